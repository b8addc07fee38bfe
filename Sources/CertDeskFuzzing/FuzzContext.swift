import CertDeskCore
import Foundation

/// What some readers are given besides their input, taken from the repository's shipped files
/// as the desk takes them: the default policy a region's file extends, the playbooks a drill
/// scenario's expected steps are checked against, the scenario a drill's actions file is for.
public struct FuzzContext: Sendable {
    public let defaultPolicy: DeadlinePolicyFile.Document
    public let playbooks: [String: Playbook]
    public let scenario: DrillScenario

    /// A shipped file that does not read is a broken checkout, not a finding.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The scenario the drill-actions corpus is written for.
    static let actionsScenario = "playbooks/drills/mass-defacement.yaml"

    public init(repository: URL) throws(Problem) {
        func text(_ path: String) throws(Problem) -> String {
            guard let data = FileManager.default.contents(atPath: repository.appendingPathComponent(path).path) else {
                throw Problem(description: "cannot read \(path) under \(repository.path) (run from the repository's root)")
            }
            return String(decoding: data, as: UTF8.self)
        }
        func reading<T>(_ path: String, _ read: (String) throws(FileProblem) -> T) throws(Problem) -> T {
            let contents = try text(path)
            do {
                return try read(contents)
            } catch {
                throw Problem(description: error.message(file: path, language: .en))
            }
        }
        defaultPolicy = try reading("playbooks/policies/default.yaml") { text throws(FileProblem) in try DeadlinePolicyFile.parse(text) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("playbooks").path)) ?? []
        var playbooks: [String: Playbook] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") {
            let playbook = try reading("playbooks/" + name) { text throws(FileProblem) in try PlaybookFile.parse(text) }
            playbooks[playbook.category] = playbook
        }
        self.playbooks = playbooks
        scenario = try reading(Self.actionsScenario) { [playbooks] text throws(FileProblem) in
            try DrillScenarioFile.parse(text, playbooks: playbooks)
        }
    }
}
