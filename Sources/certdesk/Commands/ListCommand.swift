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

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let incidents: [Incident], now: Instant
            if let moment = try asOf.moment(context, scope: all ? .all : .open) {
                (incidents, now) = (moment.incidents(includeClosed: all), moment.instant)
            } else {
                // The upkeep first, so that the list shows the breaches it records (and a list
                // `--as-of` this moment prints the same bytes).
                try context.keepClocks()
                now = context.clock.now
                incidents = try context.query { store throws(StoreError) in try store.incidents(includeClosed: all, inQueueOrderAt: now) }
            }
            if json {
                Output.line(IncidentJSON.text(.array(incidents.map { IncidentJSON.summary($0, now: now) })))
            } else {
                Output.line(IncidentListText.render(incidents, now: now, language: context.language, time: context.time))
            }
        }
    }
}
