import CertDeskFuzzing
import Foundation

/// The targets, with what they are given besides their input read from the repository the
/// process runs in (`make fuzz` runs it from the root).
enum TargetSetup {
    static func targets() throws -> [FuzzTarget] {
        FuzzTarget.all(try FuzzContext(repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
    }

    /// The target a child runs; the process ends here, with the reason, when there is none.
    static func target(named name: String) -> FuzzTarget {
        let all: [FuzzTarget]
        do {
            all = try targets()
        } catch {
            fail(66, "\(error)")
        }
        guard let target = all.first(where: { $0.name == name }) else {
            fail(64, "no target \(name); targets: \(all.map(\.name).joined(separator: ", "))\n\(FuzzCommandLine.synopsis)")
        }
        return target
    }

    static func list() {
        do {
            for target in try targets() { print("\(target.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(target.reads)") }
        } catch {
            fail(66, "\(error)")
        }
    }

    static func fail(_ status: Int32, _ message: String) -> Never {
        FileHandle.standardError.write(Data("certdesk-fuzz: \(message)\n".utf8))
        exit(status)
    }
}
