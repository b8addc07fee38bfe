import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "The evidence register: files in a hashed vault, physical items, chain of custody, retention. 證據登錄與保管鏈。",
        discussion: "Files are copied into the vault beside the database (<db name>.vault/sha256/ab/<hash>, read-only), "
            + "hashed with SHA-256 on the way; the same content is stored once. Retention is counted from the incident's "
            + "closure: 3 years in TCN, at least 1 year in KHH (playbooks/policies).",
        subcommands: [
            EvidenceAddCommand.self, EvidenceListCommand.self, EvidenceShowCommand.self, EvidenceTransferCommand.self,
            EvidenceCheckoutCommand.self, EvidenceCheckinCommand.self, EvidenceHoldCommand.self, EvidenceReleaseCommand.self,
            EvidenceVerifyCommand.self, EvidenceDueCommand.self, EvidenceDisposeCommand.self, EvidenceTidyCommand.self,
        ]
    )
}

struct EvidenceAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a file (copied into the vault) or a physical item. 登錄證據。",
        discussion: """
              certdesk evidence add TCN-2026-0001 ./mem.raw \\
                --kind memory-image --desc "RAM of FS01" --source-host FS01 \\
                --tool "winpmem 4.0" --acquired-at 2026-03-02T10:05:00+08:00
              certdesk evidence add TCN-2026-0001 --physical "Lenovo T480" \\
                --location "safe B, shelf 2" --desc "first infected laptop"
            """
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "The file to copy into the vault (not with --physical).")
    var file: String?

    @Option(help: "What it is (default physical with --physical).")
    var kind: EvidenceKind?

    @Option(name: .customLong("desc"), help: "What it shows and why it was collected.")
    var description: String

    @Option(help: "A physical or paper item: what it is.")
    var physical: String?

    @Option(help: "Where a physical item is kept.")
    var location: String?

    @Option(name: .customLong("source-host"), help: "The host it came from.")
    var sourceHost: String?

    @Option(name: .customLong("collected-by"), help: "Who collected it (default: you).")
    var collectedBy: String?

    @Option(name: .customLong("acquired-at"), help: "When it was acquired (ISO 8601 with offset; default now).")
    var acquiredAt: String?

    @Option(help: "The tool and version used to acquire it.")
    var tool: String?

    func validate() throws {
        if file == nil && physical == nil { throw ValidationError("give a FILE, or --physical TEXT --location TEXT") }
        if file != nil && physical != nil { throw ValidationError("a FILE or --physical, not both") }
        if file != nil && location != nil { throw ValidationError("--location goes with --physical: files are kept in the vault") }
        if file != nil && kind == nil { throw ValidationError("say what the file is with --kind") }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let request = EvidenceRequest(
                incident: id, kind: kind ?? .physical, description: description,
                physical: physical, location: location, sourceHost: sourceHost, collectedBy: collectedBy,
                acquiredAt: try context.instant(option: acquiredAt, name: "--acquired-at"), tool: tool)
            let meter = ProgressMeter(label: "evidence")
            let item = try context.run { () throws(DeskError) in try context.desk.addEvidence(request, file: file, progress: meter.report) }
            meter.finish()
            if let content = item.content {
                Output.line("\(item.id)  sha256 \(content.sha256)  \(content.size) B")
            } else {
                Output.line(context.words.physicalItemAdded(item.id, at: SafeText.singleLine(item.location)))
            }
        }
    }
}

struct EvidenceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The register of one incident, or of the whole desk. 證據清單。"
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id (default: every incident).")
    var id: String?

    @Flag(help: "Also list disposed items (their tombstones).")
    var all = false

    @Flag(help: "Print JSON (times in UTC).")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            if let id { _ = try context.incident(id) }
            try context.keepClocks()
            let entries = try context.query { store throws(StoreError) in try store.evidence(of: id, includeDisposed: all) }
            if json {
                Output.line(IncidentJSON.text(.array(entries.map(EvidenceJSON.entry))))
            } else {
                Output.line(EvidenceText.list(entries, now: context.clock.now, language: context.language, time: context.time))
            }
        }
    }
}

struct EvidenceShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One item in full, with its chain of custody. 證據明細與保管鏈。"
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Evidence id, e.g. TCN-2026-0001-E01.")
    var evidence: String

    @Flag(help: "Print JSON (times in UTC).")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            _ = try context.run { () throws(DeskError) in try context.desk.evidenceItem(evidence) }
            try context.keepClocks()
            let entry = try context.run { () throws(DeskError) in try context.desk.evidenceEntry(evidence) }
            if json {
                Output.line(IncidentJSON.text(EvidenceJSON.entry(entry)))
            } else {
                Output.line(EvidenceText.detail(entry, now: context.clock.now, language: context.language, time: context.time))
            }
        }
    }
}

/// `--at` and `--location`, shared by every change of hands.
struct CustodyOptions: ParsableArguments {
    @Option(help: "When it really happened (ISO 8601 with offset; default now).")
    var at: String?

    @Option(help: "Where it is kept from now on.")
    var location: String?
}

/// Transfer, checkout, checkin, hold and release: one custody change each, recorded and
/// reported the same way.
protocol CustodyCommand: ParsableCommand {
    static var action: CustodyEntry.Action { get }
    var options: DeskOptions { get }
    var evidence: String { get }
    var custody: CustodyOptions { get }
    /// Who holds it afterwards, when the change names someone.
    var recipient: String? { get }
    /// The purpose or the reason, as the journal keeps it.
    var why: String? { get }
}

extension CustodyCommand {
    var recipient: String? { nil }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let at = try context.instant(option: custody.at) ?? context.clock.now
            let change = CustodyChange(action: Self.action, to: recipient, at: at, purpose: why, location: custody.location)
            let item = try context.run { () throws(DeskError) in try context.desk.recordCustody(evidence, change) }
            let holder = SafeText.singleLine(item.holder), location = SafeText.singleLine(item.location)
            Output.line(context.words.custodyRecorded(evidence, Self.action, holder: holder, location: location))
        }
    }
}

struct EvidenceTransferCommand: CustodyCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Hand an item to another custodian. 移交保管。",
        discussion: "certdesk evidence transfer TCN-2026-0001-E01 --to \"陳怡君 (ISAC lab)\" --purpose \"forensic analysis\" --location \"lab safe 3\""
    )

    @OptionGroup var options: DeskOptions
    @Argument(help: "Evidence id.") var evidence: String
    @Option(help: "Who receives it.") var to: String
    @Option(help: "Why it changes hands.") var purpose: String
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.transferred
    var recipient: String? { to }
    var why: String? { purpose }
}

struct EvidenceCheckoutCommand: CustodyCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkout",
        abstract: "Take an item out of storage for work; checkin returns it. 借出。"
    )

    @OptionGroup var options: DeskOptions
    @Argument(help: "Evidence id.") var evidence: String
    @Option(help: "Who takes it.") var to: String
    @Option(help: "What for.") var purpose: String
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.checkedOut
    var recipient: String? { to }
    var why: String? { purpose }
}

struct EvidenceCheckinCommand: CustodyCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Return a checked-out item to storage. 歸還。"
    )

    @OptionGroup var options: DeskOptions
    @Argument(help: "Evidence id.") var evidence: String
    @Option(help: "Who takes it back into storage (default: you).") var to: String?
    @Option(help: "A note on its state when returned.") var note: String?
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.checkedIn
    var recipient: String? { to }
    var why: String? { note }
}

struct EvidenceHoldCommand: CustodyCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Put an item on hold: it may not be disposed of until released. 保全（禁止銷毀）。"
    )

    @OptionGroup var options: DeskOptions
    @Argument(help: "Evidence id.") var evidence: String
    @Option(help: "Why (a prosecutor's request, pending litigation).") var reason: String
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.held
    var why: String? { reason }
}

struct EvidenceReleaseCommand: CustodyCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Release a hold. 解除保全。"
    )

    @OptionGroup var options: DeskOptions
    @Argument(help: "Evidence id.") var evidence: String
    @Option(help: "Why the hold ends.") var reason: String?
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.released
    var why: String? { reason }
}

struct EvidenceVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-hash vault files and compare them with the register. 驗證證據雜湊。",
        discussion: "Prints ok and exits 0 when every file matches; else names each item in doubt and exits 1."
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Evidence id (default with --all: every item).")
    var evidence: String?

    @Flag(help: "Check every item and account for every file in the vault.")
    var all = false

    func validate() throws {
        if evidence == nil && !all { throw ValidationError("give an evidence id, or --all") }
        if evidence != nil && all { throw ValidationError("an evidence id or --all, not both") }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let report = try EvidenceVerifyCommand.check(context, only: evidence)
            if !report.isIntact { throw ExitCode(1) }
            Output.line(context.words.evidenceIntact(items: report.items, files: report.contents, bytes: report.bytes))
        }
    }

    /// Re-hashes with progress on a terminal, prints problems and notes; shared with `verify`.
    static func check(_ context: DeskContext, only id: String?) throws -> EvidenceVerification {
        let meter = ProgressMeter(label: "evidence verify")
        let report = try context.run { () throws(DeskError) in try context.desk.verifyEvidence(only: id, progress: meter.report) }
        meter.finish()
        show(report, context.language)
        return report
    }

    /// Notes on stderr, problems on stdout; shared with `verify`.
    static func show(_ report: EvidenceVerification, _ language: InterfaceLanguage) {
        let words = language.words
        for note in report.notes { Output.note(words.verifyNote(SafeText.singleLine(note.text(in: language)))) }
        for problem in report.problems { Output.line("verify: " + SafeText.singleLine(problem.text(in: language))) }
    }
}

struct EvidenceDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Items whose retention has ended (or ends within DURATION): what may be disposed of. 保存期滿清單。"
    )

    @OptionGroup var options: DeskOptions

    @Option(help: "Look ahead: 30d, 3 months, 1 year (default: due now).")
    var within: String?

    @Flag(help: "Print JSON (times in UTC).")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let now = context.clock.now
            var by = now
            if let within {
                guard let duration = DeadlineDuration(text: within) else {
                    throw CommandFailure(.usage, context.words.inSetting("--within \(TextChecks.quoted(within))", context.words.withinForm))
                }
                by = duration.end(from: now)
            }
            try context.keepClocks()
            let entries = try context.query { store throws(StoreError) in try store.evidenceDue(by: by) }
            if json {
                Output.line(IncidentJSON.text(.array(entries.map(EvidenceJSON.entry))))
            } else {
                Output.line(EvidenceText.list(entries, now: now, language: context.language, time: context.time))
            }
        }
    }
}

struct EvidenceDisposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispose",
        abstract: "Dispose of an item whose retention has ended: deletes its file, keeps a tombstone. 銷毀證據。",
        discussion: "Refused while retention runs, while the item is on hold or checked out. The journal keeps hash, size, who, when and why."
    )

    @OptionGroup var options: DeskOptions
    @Argument(help: "Evidence id.") var evidence: String
    @Option(help: "Why, and under which authority.") var reason: String

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            try context.run { () throws(DeskError) in try context.desk.dispose(evidence, reason: reason) }
            Output.line(context.words.disposed(evidence))
        }
    }
}

struct EvidenceTidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tidy",
        abstract: "Remove vault files no live item names (left by an interrupted add or disposal). 清理證據庫。"
    )

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let removed = try context.run { () throws(DeskError) in try context.desk.tidyVault() }
            for path in removed { Output.line(context.words.removedFile(path)) }
            Output.line(context.words.removedFiles(removed.count))
        }
    }
}
