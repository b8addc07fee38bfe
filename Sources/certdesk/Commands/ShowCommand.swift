import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: HelpLanguage.words.abstract(.show),
        discussion: HelpLanguage.words.discussion(.show)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Flag(help: HelpLanguage.help(.json))
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
