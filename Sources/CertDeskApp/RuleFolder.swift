import CertDeskCore
import Foundation

/// The rules in a `playbooks/` folder: `policies/default.yaml` with `policies/<region>.yaml` laid
/// over it, and one playbook per `*.yaml`. Each is read once and read again only when its file's
/// modification time or size changes (or a file comes or goes), so a keypress in the console
/// does not parse every YAML file again.
public final class RuleFolder: DeskRules, @unchecked Sendable {
    public let folder: String
    public var origin: String { folder }

    /// The files a reading came from and what they looked like then.
    private struct Signature: Equatable {
        var files: [String: FileStamp] = [:]
    }

    private struct FileStamp: Equatable {
        let modified: Date
        let size: Int
    }

    private let lock = NSLock()
    /// How many times files were actually read and parsed (the policy and the playbooks count
    /// one each): what the caches save, for the tests to see.
    private(set) var reads = 0
    private var policies: [Region: (Signature, Result<PolicyReading, DeskError>)] = [:]
    private var playbookCache: (Signature, PlaybookReading)?

    public init(folder: String) {
        self.folder = folder
    }

    /// `--playbooks`, else `$CERTDESK_PLAYBOOKS`, else the `playbooks/` folder found by walking up
    /// from the executable (a build inside the source tree), else the shared install location.
    public static func locate(option: String?, environment: [String: String], executable: String = CommandLine.arguments[0]) -> String? {
        if let option, !option.isEmpty { return option }
        if let path = environment["CERTDESK_PLAYBOOKS"], !path.isEmpty { return path }
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("playbooks")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("policies/default.yaml").path) {
                return candidate.path
            }
            url.deleteLastPathComponent()
        }
        return ["/usr/local/share/certdesk/playbooks", "/usr/share/certdesk/playbooks"]
            .first { FileManager.default.fileExists(atPath: $0 + "/policies/default.yaml") }
    }

    public func policy(for region: Region) throws(DeskError) -> PolicyReading {
        let base = folder + "/policies/default.yaml"
        let regional = folder + "/policies/\(region.code.lowercased()).yaml"
        let signature = Self.signature(of: [base, regional])
        let result: Result<PolicyReading, DeskError> = lock.withLock {
            if let (seen, reading) = policies[region], seen == signature { return reading }
            let reading = Result { () throws(DeskError) in try Self.readPolicy(base: base, regional: regional) }
            reads += 1
            policies[region] = (signature, reading)
            return reading
        }
        return try result.get()
    }

    public func playbooks() -> PlaybookReading {
        let files = Self.playbookFiles(in: folder)
        let signature = Self.signature(of: files)
        return lock.withLock {
            if let (seen, reading) = playbookCache, seen == signature { return reading }
            let reading = Self.readPlaybooks(files)
            reads += 1
            playbookCache = (signature, reading)
            return reading
        }
    }

    // MARK: - Reading

    public static func playbookFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    private static func signature(of files: [String]) -> Signature {
        var signature = Signature()
        for file in files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                  let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? Int else { continue }
            signature.files[file] = FileStamp(modified: modified, size: size)
        }
        return signature
    }

    private static func readPolicy(base: String, regional: String) throws(DeskError) -> PolicyReading {
        let document = try parsePolicy(base)
        var files = [base]
        var override: DeadlinePolicyFile.Document? = nil
        if FileManager.default.fileExists(atPath: regional) {
            override = try parsePolicy(regional)
            files.append(regional)
        }
        do {
            return PolicyReading(policy: try DeadlinePolicyFile.resolve(base: document, override: override), files: files,
                                 base: document, regional: override)
        } catch {
            let file = override == nil ? base : regional
            throw DeskError(.badInput, error.message(file: file))
        }
    }

    private static func parsePolicy(_ path: String) throws(DeskError) -> DeadlinePolicyFile.Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeskError(.missingInput) { $0.fileCannotBeRead(path) }
        }
        do {
            return try DeadlinePolicyFile.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw DeskError(.badInput, error.message(file: path))
        }
    }

    private static func readPlaybooks(_ files: [String]) -> PlaybookReading {
        var reading = PlaybookReading()
        var categories: [String: String] = [:]
        for path in files {
            let result = lint(path)
            guard let playbook = result.playbook else {
                reading.problems += result.problems.prefix(1).map {
                    $0.message(file: path)
                }
                continue
            }
            if let other = categories[playbook.category] {
                reading.problems.append(duplicate(playbook.category, in: path, coveredBy: other))
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

    /// Every problem of `files` as `certdesk playbook lint` reports them: each file's own, a
    /// category covered twice, and — for the shipped set (`complete`) — a category the desk
    /// needs with no playbook.
    public static func lint(_ files: [String], complete: Bool) -> [BilingualText] {
        var problems: [BilingualText] = []
        var categories: [String: String] = [:]
        for path in files {
            let result = lint(path)
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

    /// One playbook file checked (`certdesk playbook lint`).
    public static func lint(_ path: String) -> PlaybookFile.Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            return PlaybookFile.Result(playbook: nil, problems: [FileProblem(line: nil, reason: BilingualText { $0.cannotBeRead })])
        }
        return PlaybookFile.read(String(decoding: data, as: UTF8.self))
    }
}
