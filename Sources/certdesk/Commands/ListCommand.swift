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
            if let moment = try asOf.moment(context, scope: all ? .all : .open) {
                let incidents = moment.incidents(query, limit: queue.limit)
                if json {
                    Output.line(IncidentJSON.text(.array(incidents.map { IncidentJSON.summary($0, now: moment.instant) })))
                } else {
                    Output.line(IncidentListText.render(incidents, now: moment.instant, language: context.language, time: context.time))
                }
                return
            }
            try AsOfOption.beforeReading(context)
            let now = context.clock.now
            let text = IncidentListText(language: context.language, now: now, time: context.time)
            var rows = StreamedRows(json: json, header: text.header, empty: text.empty)
            try context.query { store throws(StoreError) in
                try store.eachIncident(query, limit: queue.limit, now: now) { incident in
                    rows.add(json: IncidentJSON.text(IncidentJSON.summary(incident, now: now)), line: text.line(incident))
                }
            }
            rows.finish()
        }
    }
}
