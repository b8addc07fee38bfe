import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct ClocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clocks",
        abstract: "Every legal clock running on the desk, the one due first first. 法定時限總覽。",
        discussion: "Open and overdue clocks with time left (or overdue by); --all adds met and waived ones."
    )

    @OptionGroup var options: DeskOptions

    @Flag(help: "Print JSON (times in UTC, ISO 8601).")
    var json = false

    @Flag(help: "Also list clocks already met or waived.")
    var all = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            try context.keepClocks()
            let entries = try context.query { store throws(StoreError) in try store.clocks(includeSettled: all) }
            let now = context.clock.now
            if json {
                Output.line(IncidentJSON.text(.array(entries.map { ClockJSON.entry($0, now: now) })))
            } else {
                Output.line(ClockListText.render(entries, now: now, language: context.language, time: context.time))
            }
        }
    }
}

struct MeetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meet",
        abstract: "Record that a legal clock was met, and when it really happened. 登錄時限已完成。",
        discussion: """
            KIND is one of: \(ObligationKind.allNames).
            --at records when it really happened (ISO 8601), which may be earlier than now but not before the
            clock started; the journal keeps both times. Example:
              certdesk meet TCN-2026-0001 notify-agency-contact --at 2026-03-02T09:20:00+08:00 --note "phoned 劉先生"
            """
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "The clock.")
    var kind: ObligationKind

    @Option(help: "When it really happened (ISO 8601 with offset; default now).")
    var at: String?

    @Option(help: "What was done: who was reached, by which channel.")
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
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Waive a legal clock that does not apply, with the reason. 免除時限。",
        discussion: "KIND is one of: \(ObligationKind.allNames). The reason and who waived it are kept in the journal."
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "The clock.")
    var kind: ObligationKind

    @Option(help: "Why it does not apply.")
    var reason: String

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            _ = try context.perform(.waive(incident: id, kind: kind, reason: reason))
            Output.line("\(id) \(kind.rawValue): " + context.words.waived)
        }
    }
}
