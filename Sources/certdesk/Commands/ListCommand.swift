import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: HelpLanguage.words.abstract(.list),
        discussion: HelpLanguage.words.discussion(.list)
    ) }

    @OptionGroup var options: DeskOptions

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    @Flag(help: HelpLanguage.help(.listAll))
    var all = false

    @OptionGroup var queue: QueueOptions

    @Option(help: HelpLanguage.help(.sort))
    var sort: QueueQuery.Order = .urgency

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let query = queue.query(includeClosed: all, order: sort)
            // The desk as it stood, or now: one printer for both, so `--as-of` prints the same bytes.
            let moment = try asOf.moment(context, scope: all ? .all : .open)
            if moment == nil { try AsOfOption.beforeReading(context) }
            let now = moment?.instant ?? context.clock.now
            let text = IncidentListText(language: context.language, now: now, time: context.time)
            var rows = StreamedRows(json: json, header: text.header, empty: text.empty)
            func add(_ incident: Incident) { rows.add(json: IncidentJSON.text(IncidentJSON.summary(incident, now: now)), line: text.line(incident)) }
            if let moment {
                moment.incidents(query, limit: queue.limit).forEach(add)
            } else {
                try context.query { store throws(StoreError) in
                    try store.eachIncident(query, limit: queue.limit, now: now, add)
                }
            }
            rows.finish()
        }
    }
}
