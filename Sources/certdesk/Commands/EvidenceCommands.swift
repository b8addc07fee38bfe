import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

struct EvidenceCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "evidence",
        abstract: HelpLanguage.words.abstract(.evidence),
        discussion: HelpLanguage.words.discussion(.evidence),
        subcommands: [
            EvidenceAddCommand.self, EvidenceListCommand.self, EvidenceShowCommand.self, EvidenceTransferCommand.self,
            EvidenceCheckoutCommand.self, EvidenceCheckinCommand.self, EvidenceHoldCommand.self, EvidenceReleaseCommand.self,
            EvidenceVerifyCommand.self, EvidenceDueCommand.self, EvidenceDisposeCommand.self, EvidenceTidyCommand.self,
        ]
    ) }
}

struct EvidenceAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add",
        abstract: HelpLanguage.words.abstract(.evidenceAdd),
        discussion: HelpLanguage.words.discussion(.evidenceAdd)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.evidenceFile))
    var file: String?

    @Option(help: HelpLanguage.help(.evidenceKind))
    var kind: EvidenceKind?

    @Option(name: .customLong("desc"), help: HelpLanguage.help(.evidenceDescription))
    var description: String

    @Option(help: HelpLanguage.help(.physical))
    var physical: String?

    @Option(help: HelpLanguage.help(.physicalLocation))
    var location: String?

    @Option(name: .customLong("source-host"), help: HelpLanguage.help(.sourceHost))
    var sourceHost: String?

    @Option(name: .customLong("collected-by"), help: HelpLanguage.help(.collectedBy))
    var collectedBy: String?

    @Option(name: .customLong("acquired-at"), help: HelpLanguage.help(.acquiredAt))
    var acquiredAt: String?

    @Option(help: HelpLanguage.help(.tool))
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: HelpLanguage.words.abstract(.evidenceList),
        discussion: HelpLanguage.words.discussion(.evidenceList)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.evidenceOfIncident), transform: DeskID.canonical)
    var id: String?

    @Flag(help: HelpLanguage.help(.evidenceListAll))
    var all = false

    @Flag(help: HelpLanguage.help(.json))
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: HelpLanguage.words.abstract(.evidenceShow),
        discussion: HelpLanguage.words.discussion(.evidenceShow)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical)
    var evidence: String

    @Flag(help: HelpLanguage.help(.json))
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
    @Option(help: HelpLanguage.help(.at))
    var at: String?

    @Option(help: HelpLanguage.help(.custodyLocation))
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "transfer",
        abstract: HelpLanguage.words.abstract(.evidenceTransfer),
        discussion: HelpLanguage.words.discussion(.evidenceTransfer)
    ) }

    @OptionGroup var options: DeskOptions
    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical) var evidence: String
    @Option(help: HelpLanguage.help(.transferTo)) var to: String
    @Option(help: HelpLanguage.help(.transferPurpose)) var purpose: String
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.transferred
    var recipient: String? { to }
    var why: String? { purpose }
}

struct EvidenceCheckoutCommand: CustodyCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "checkout",
        abstract: HelpLanguage.words.abstract(.evidenceCheckout),
        discussion: HelpLanguage.words.discussion(.evidenceCheckout)
    ) }

    @OptionGroup var options: DeskOptions
    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical) var evidence: String
    @Option(help: HelpLanguage.help(.checkoutTo)) var to: String
    @Option(help: HelpLanguage.help(.checkoutPurpose)) var purpose: String
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.checkedOut
    var recipient: String? { to }
    var why: String? { purpose }
}

struct EvidenceCheckinCommand: CustodyCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "checkin",
        abstract: HelpLanguage.words.abstract(.evidenceCheckin),
        discussion: HelpLanguage.words.discussion(.evidenceCheckin)
    ) }

    @OptionGroup var options: DeskOptions
    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical) var evidence: String
    @Option(help: HelpLanguage.help(.checkinTo)) var to: String?
    @Option(help: HelpLanguage.help(.checkinNote)) var note: String?
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.checkedIn
    var recipient: String? { to }
    var why: String? { note }
}

struct EvidenceHoldCommand: CustodyCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "hold",
        abstract: HelpLanguage.words.abstract(.evidenceHold),
        discussion: HelpLanguage.words.discussion(.evidenceHold)
    ) }

    @OptionGroup var options: DeskOptions
    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical) var evidence: String
    @Option(help: HelpLanguage.help(.holdReason)) var reason: String
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.held
    var why: String? { reason }
}

struct EvidenceReleaseCommand: CustodyCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "release",
        abstract: HelpLanguage.words.abstract(.evidenceRelease),
        discussion: HelpLanguage.words.discussion(.evidenceRelease)
    ) }

    @OptionGroup var options: DeskOptions
    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical) var evidence: String
    @Option(help: HelpLanguage.help(.releaseReason)) var reason: String?
    @OptionGroup var custody: CustodyOptions

    static let action = CustodyEntry.Action.released
    var why: String? { reason }
}

struct EvidenceVerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "verify",
        abstract: HelpLanguage.words.abstract(.evidenceVerify),
        discussion: HelpLanguage.words.discussion(.evidenceVerify)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.evidenceToVerify), transform: DeskID.canonical)
    var evidence: String?

    @Flag(help: HelpLanguage.help(.verifyAll))
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "due",
        abstract: HelpLanguage.words.abstract(.evidenceDue),
        discussion: HelpLanguage.words.discussion(.evidenceDue)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.within))
    var within: String?

    @Flag(help: HelpLanguage.help(.json))
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "dispose",
        abstract: HelpLanguage.words.abstract(.evidenceDispose),
        discussion: HelpLanguage.words.discussion(.evidenceDispose)
    ) }

    @OptionGroup var options: DeskOptions
    @Argument(help: HelpLanguage.help(.evidence), transform: DeskID.canonical) var evidence: String
    @Option(help: HelpLanguage.help(.disposeReason)) var reason: String

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            try context.run { () throws(DeskError) in try context.desk.dispose(evidence, reason: reason) }
            Output.line(context.words.disposed(evidence))
        }
    }
}

struct EvidenceTidyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "tidy",
        abstract: HelpLanguage.words.abstract(.evidenceTidy),
        discussion: HelpLanguage.words.discussion(.evidenceTidy)
    ) }

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
