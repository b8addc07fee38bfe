import CertDeskCore
import Foundation

/// The rules in a playbooks tree (a folder, or the built-in copies — `RuleLocation` says
/// which): `policies/default.yaml` with `policies/<region>.yaml` laid over it, and one playbook
/// per `*.yaml`. Each is read once and read again only when its file's modification time or
/// size changes (or a file comes or goes), so a keypress in the console does not parse every
/// YAML file again.
public final class RuleReader: DeskRules, @unchecked Sendable {
    public let location: RuleLocation
    var files: RuleFiles { location.files }

    /// The files a reading came from and what they looked like then.
    private struct Signature: Equatable {
        var files: [String: RuleFiles.Stamp] = [:]
    }

    private let lock = NSLock()
    /// How many times files were actually read and parsed (the policy and the playbooks count
    /// one each): what the caches save, for the tests to see.
    private(set) var reads = 0
    private var policies: [Region: (Signature, Result<PolicyReading, DeskError>)] = [:]
    private var playbookCache: (Signature, PlaybookReading)?

    public init(_ location: RuleLocation) {
        self.location = location
    }

    /// The rules of one folder, named explicitly.
    public convenience init(folder: String) {
        self.init(RuleLocation(files: .folder(folder), origin: .option("--playbooks")))
    }

    public func policy(for region: Region) throws(DeskError) -> PolicyReading {
        let base = "policies/default.yaml"
        let regional = "policies/\(region.code.lowercased()).yaml"
        let signature = signature(of: [base, regional])
        let result: Result<PolicyReading, DeskError> = lock.withLock {
            if let (seen, reading) = policies[region], seen == signature { return reading }
            let reading = Result { () throws(DeskError) in try readPolicy(base: base, regional: regional) }
            reads += 1
            policies[region] = (signature, reading)
            return reading
        }
        return try result.get()
    }

    public func playbooks() -> PlaybookReading {
        let names = files.yamlFiles()
        let signature = signature(of: names)
        return lock.withLock {
            if let (seen, reading) = playbookCache, seen == signature { return reading }
            let reading = readPlaybooks(names)
            reads += 1
            playbookCache = (signature, reading)
            return reading
        }
    }

    // MARK: - Reading

    private func signature(of names: [String]) -> Signature {
        var signature = Signature()
        for name in names { signature.files[name] = files.stamp(name) }
        return signature
    }

    private func readPolicy(base: String, regional: String) throws(DeskError) -> PolicyReading {
        let document = try parsePolicy(base)
        var read = [files.location(of: base)]
        var override: DeadlinePolicyFile.Document? = nil
        if files.contains(regional) {
            override = try parsePolicy(regional)
            read.append(files.location(of: regional))
        }
        do {
            return PolicyReading(policy: try DeadlinePolicyFile.resolve(base: document, override: override), files: read,
                                 base: document, regional: override)
        } catch {
            throw DeskError(.badInput, error.message(file: files.location(of: override == nil ? base : regional)))
        }
    }

    private func parsePolicy(_ name: String) throws(DeskError) -> DeadlinePolicyFile.Document {
        guard let text = files.text(name) else {
            throw DeskError(.missingInput) { $0.fileCannotBeRead(self.files.location(of: name)) }
        }
        do {
            return try DeadlinePolicyFile.parse(text)
        } catch {
            throw DeskError(.badInput, error.message(file: files.location(of: name)))
        }
    }

    private func readPlaybooks(_ names: [String]) -> PlaybookReading {
        var reading = PlaybookReading()
        var categories: [String: String] = [:]
        for name in names {
            let path = files.location(of: name)
            let result = Self.lint(text: files.text(name))
            guard let playbook = result.playbook else {
                reading.problems += result.problems.prefix(1).map { $0.message(file: path) }
                continue
            }
            if let other = categories[playbook.category] {
                reading.problems.append(Self.duplicate(playbook.category, in: path, coveredBy: other))
                continue
            }
            categories[playbook.category] = path
            reading.playbooks.append(playbook)
        }
        return reading
    }

    static func duplicate(_ category: String, in path: String, coveredBy other: String) -> BilingualText {
        BilingualText { $0.categoryCoveredTwice(category, in: path, by: other) }
    }

    /// Every problem of the playbooks in force, as `certdesk playbook lint` reports them, with
    /// a category the desk needs and no playbook covers (`complete`: the whole set is checked),
    /// and a notification template missing or not parsing (playbooks/templates/).
    public func lint() -> [BilingualText] {
        Self.lint(files.yamlFiles().map { (files.location(of: $0), files.text($0)) }, complete: true)
            + NotificationMessages(files).problems()
    }

    /// Every problem of `files` (where each is, and its text: nil when unreadable): each file's
    /// own, a category covered twice, and — for a whole set (`complete`) — a category the desk
    /// needs with no playbook.
    public static func lint(_ files: [(path: String, text: String?)], complete: Bool) -> [BilingualText] {
        var problems: [BilingualText] = []
        var categories: [String: String] = [:]
        for (path, text) in files {
            let result = lint(text: text)
            problems += result.problems.map { $0.message(file: path) }
            if let playbook = result.playbook {
                if let other = categories[playbook.category] { problems.append(duplicate(playbook.category, in: path, coveredBy: other)) }
                categories[playbook.category] = path
            }
        }
        if complete {
            // Each category that has its own playbook, and the generic one for the rest.
            let needed = [IncidentCategory.ransomware, .ddos, .defacement, .dataLeak, .unauthorizedAccess, .malwareOutbreak,
                          .c2Beacon, .phishing].map(\.rawValue) + [Playbook.genericCategory]
            for category in needed where categories[category] == nil {
                problems.append(BilingualText { $0.noPlaybookFor(category) })
            }
        }
        return problems
    }

    /// One playbook checked; nil text is a file that could not be read.
    public static func lint(text: String?) -> PlaybookFile.Result {
        guard let text else {
            return PlaybookFile.Result(playbook: nil, problems: [FileProblem(line: nil, reason: BilingualText { $0.cannotBeRead })])
        }
        return PlaybookFile.read(text)
    }

    /// The playbook files named on a command line (`certdesk playbook lint FILE…`).
    public static func namedFiles(_ paths: [String]) -> [(path: String, text: String?)] {
        paths.map { ($0, FileManager.default.contents(atPath: $0).map { String(decoding: $0, as: UTF8.self) }) }
    }
}
