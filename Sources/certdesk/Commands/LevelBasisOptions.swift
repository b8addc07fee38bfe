import ArgumentParser
import CertDeskCore

/// The C/I/A facts behind a level (資通安全事件通報及應變辦法 Art 2), as options.
struct LevelBasisOptions: ParsableArguments {
    @Option(name: [.customLong("confidentiality"), .customShort("c")], help: HelpLanguage.help(.confidentiality))
    var confidentiality: LevelBasis.Severity?

    @Option(name: [.customLong("integrity"), .customShort("i")], help: HelpLanguage.help(.integrity))
    var integrity: LevelBasis.Severity?

    @Option(name: [.customLong("availability"), .customShort("a")], help: HelpLanguage.help(.availability))
    var availability: LevelBasis.Availability?

    @Option(name: .long, help: HelpLanguage.help(.asset))
    var asset: LevelBasis.AssetClass?

    var isGiven: Bool { confidentiality != nil || integrity != nil || availability != nil || asset != nil }

    /// The basis, or nil when no C/I/A option was given.
    func basis() throws -> LevelBasis? {
        guard isGiven else { return nil }
        guard let asset else {
            throw ValidationError("--asset is needed with --confidentiality/--integrity/--availability (which asset class was hit?)")
        }
        return LevelBasis(confidentiality: confidentiality ?? .none, integrity: integrity ?? .none,
                          availability: availability ?? .none, asset: asset)
    }
}
