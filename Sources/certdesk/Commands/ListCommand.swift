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

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let incidents = try context.query { store throws(StoreError) in try store.incidents(includeClosed: all, inQueueOrderAt: context.clock.now) }
            try context.keepClocks()
            if json {
                Output.line(IncidentJSON.text(.array(incidents.map { IncidentJSON.summary($0, now: context.clock.now) })))
            } else {
                Output.line(IncidentListText.render(incidents, now: context.clock.now, language: context.language, time: context.time))
            }
        }
    }
}
