import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one incident with its indicators and timeline. 顯示事件詳情。"
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id, e.g. TCN-2026-0042.")
    var id: String

    @Flag(help: "Print JSON (times in UTC, ISO 8601).")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let incident = try context.incidentForShowing(id)
            let timeline = try context.query { store throws(StoreError) in try store.timeline(of: id) }
            if json {
                Output.line(IncidentJSON.text(IncidentJSON.detail(incident, timeline: timeline, now: context.clock.now)))
            } else {
                Output.line(IncidentDetailText.render(incident, timeline: timeline, now: context.clock.now,
                                                      language: context.language, time: context.time))
            }
        }
    }
}
