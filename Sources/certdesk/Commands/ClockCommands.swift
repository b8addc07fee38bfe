import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct ClocksCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "clocks",
        abstract: HelpLanguage.words.abstract(.clocks),
        discussion: HelpLanguage.words.discussion(.clocks)
    ) }

    @OptionGroup var options: DeskOptions

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    @Flag(help: HelpLanguage.help(.clocksAll))
    var all = false

    @OptionGroup var queue: QueueOptions

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let filter = queue.filter ?? ""
            let moment = try asOf.moment(context, scope: all ? .all : .pendingClocks)
            if moment == nil { try AsOfOption.beforeReading(context) }
            let now = moment?.instant ?? context.clock.now
            let text = ClockListText(language: context.language, now: now, time: context.time)
            var rows = StreamedRows(json: json, header: text.header, empty: text.empty)
            func add(_ entry: ClockEntry) { rows.add(json: IncidentJSON.text(ClockJSON.entry(entry, now: now)), line: text.line(entry)) }
            if let moment {
                moment.clocks(includeSettled: all, filter: filter, limit: queue.limit).forEach(add)
            } else {
                try context.query { store throws(StoreError) in
                    try store.eachClock(includeSettled: all, filter: filter, limit: queue.limit, add)
                }
            }
            rows.finish()
        }
    }
}

struct MeetCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "meet",
        abstract: HelpLanguage.words.abstract(.meet),
        discussion: HelpLanguage.words.discussion(.meet)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.clockKind))
    var kind: ObligationKind

    @Option(help: HelpLanguage.help(.at))
    var at: String?

    @Option(help: HelpLanguage.help(.meetNote))
    var note: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            _ = try context.perform(.meet(incident: id, kind: kind, at: try context.instant(option: at), note: note))
            let incident = try context.incident(id)
            let met = incident.obligations.filter { $0.kind == kind && $0.metAt != nil }.max { $0.ordinal < $1.ordinal }
            Output.line("\(id) \(kind.rawValue): " + (met.map { context.words.metState(late: $0.state == .metLate) } ?? ""))
        }
    }
}

struct WaiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "waive",
        abstract: HelpLanguage.words.abstract(.waive),
        discussion: HelpLanguage.words.discussion(.waive)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.clockKind))
    var kind: ObligationKind

    @Option(help: HelpLanguage.help(.waiveReason))
    var reason: String

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            _ = try context.perform(.waive(incident: id, kind: kind, reason: reason))
            Output.line("\(id) \(kind.rawValue): " + context.words.waived)
        }
    }
}
