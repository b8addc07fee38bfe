import ArgumentParser
import CertDeskCore

/// The C/I/A facts behind a level (資通安全事件通報及應變辦法 Art 2), as options.
struct LevelBasisOptions: ParsableArguments {
    @Option(name: [.customLong("confidentiality"), .customShort("c")], help: "Disclosure: none, minor or serious.")
    var confidentiality: String?

    @Option(name: [.customLong("integrity"), .customShort("i")], help: "Tampering: none, minor or serious.")
    var integrity: String?

    @Option(name: [.customLong("availability"), .customShort("a")],
            help: "Operation affected: none, restored-in-time or not-restored-in-time.")
    var availability: String?

    @Option(name: .long, help: "What was hit: non-core, core, core-ci, official-secret, sensitive or national-secret.")
    var asset: String?

    var isGiven: Bool { confidentiality != nil || integrity != nil || availability != nil || asset != nil }

    /// The basis, or nil when no C/I/A option was given.
    func basis() throws -> LevelBasis? {
        guard isGiven else { return nil }
        guard let asset else {
            throw ValidationError("--asset is needed with --confidentiality/--integrity/--availability (which asset class was hit?)")
        }
        return LevelBasis(confidentiality: try parse(confidentiality, "confidentiality") ?? .none,
                          integrity: try parse(integrity, "integrity") ?? .none,
                          availability: try parse(availability, "availability") ?? .none,
                          asset: try parse(asset, "asset")!)
    }

    private func parse<E: RawRepresentable & CaseIterable>(_ text: String?, _ name: String) throws -> E?
    where E.RawValue == String {
        guard let text else { return nil }
        guard let value = E(rawValue: text) else {
            throw ValidationError("--\(name) \(text): use one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}
