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
            let (incidents, now) = try asOf.reading(context, scope: all ? .all : .open, then: { $0.incidents(includeClosed: all) }) { now in
                try context.query { store throws(StoreError) in try store.incidents(includeClosed: all, inQueueOrderAt: now) }
            }
            if json {
                Output.line(IncidentJSON.text(.array(incidents.map { IncidentJSON.summary($0, now: now) })))
            } else {
                Output.line(IncidentListText.render(incidents, now: now, language: context.language, time: context.time))
            }
        }
    }
}
