import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the incidents on the desk. 列出事件。",
        discussion: "Open incidents in the console's order: what must be acted on first on top (real incidents before drills; clocks due or missed within a day, level 3–4 first; then later clocks; then clocks missed more than a day ago). --json prints UTC times."
    )

    @OptionGroup var options: DeskOptions

    @Flag(help: "Print JSON (times in UTC, ISO 8601).")
    var json = false

    @Flag(help: "Include closed incidents.")
    var all = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let incidents = try context.query { store throws(StoreError) in try store.incidents(includeClosed: all, inQueueOrderAt: context.clock.now) }
            try context.keepClocks()
            if json {
                Output.line(IncidentJSON.text(.array(incidents.map { IncidentJSON.summary($0, now: context.clock.now) })))
            } else {
                Output.line(IncidentListText.render(incidents, language: context.language, time: context.time))
            }
        }
    }
}
