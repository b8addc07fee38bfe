import CertDeskCore
import Foundation

/// The drill scenarios in force: `drills/*.yaml` of the playbooks tree (a folder, or the copies
/// built in), read and linted against the playbooks beside them.
public struct DrillScenarios {
    public let rules: RuleReader

    public init(_ rules: RuleReader) { self.rules = rules }

    /// The shipped or configured scenario names (file names without `.yaml`).
    public var names: [String] {
        rules.location.files.yamlFiles(in: "drills").map { String($0.dropFirst("drills/".count).dropLast(".yaml".count)) }
    }

    /// The playbooks in force by category, for checking the steps a scenario expects.
    var playbooks: [String: Playbook] {
        Dictionary(rules.playbooks().playbooks.map { ($0.category, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A scenario by NAME (in force) or PATH (a file), with its text and where it was read.
    public func scenario(_ nameOrPath: String) throws(DeskError) -> (scenario: DrillScenario, text: String, file: String) {
        let files = rules.location.files
        let text: String?, file: String
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") {
            file = nameOrPath
            text = FileManager.default.contents(atPath: nameOrPath).map { String(decoding: $0, as: UTF8.self) }
            guard text != nil else { throw DeskError(.missingInput) { $0.noDrillScenario(TextChecks.quoted(nameOrPath), []) } }
        } else {
            let inTree = "drills/\(nameOrPath).yaml"
            file = files.location(of: inTree)
            text = files.text(inTree)
            guard text != nil else { throw DeskError(.missingInput) { [names] in $0.noDrillScenario(TextChecks.quoted(nameOrPath), names) } }
        }
        let result = read(text!, file: file)
        if let problem = result.problems.first { throw DeskError(.badInput, problem) }
        return (result.scenario!, text!, file)
    }

    /// Reads one scenario file; problems already carry the file's name.
    public func read(_ text: String, file: String) -> (scenario: DrillScenario?, problems: [BilingualText]) {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let result = DrillScenarioFile.read(text, fileName: name, playbooks: playbooks)
        return (result.scenario, result.problems.map { $0.message(file: file) })
    }

    /// `drill lint`: every problem of the named files, or of the scenarios in force.
    public func lint(_ paths: [String]) -> (checked: Int, problems: [BilingualText]) {
        let files: [(String, String?)]
        if paths.isEmpty {
            let tree = rules.location.files
            files = tree.yamlFiles(in: "drills").map { (tree.location(of: $0), tree.text($0)) }
        } else {
            files = RuleReader.namedFiles(paths)
        }
        var problems: [BilingualText] = []
        for (file, text) in files {
            guard let text else {
                problems.append(FileProblem(line: nil, reason: BilingualText { $0.cannotBeRead }).message(file: file))
                continue
            }
            problems += read(text, file: file).problems
        }
        return (files.count, problems)
    }
}
