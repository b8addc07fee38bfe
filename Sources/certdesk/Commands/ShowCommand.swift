import ArgumentParser
import CertDeskApp
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

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let incident: Incident, timeline: [RecordedEvent], now: Instant, agency: Agency?
            if let moment = try asOf.moment(context, scope: .incident(id)) {
                (incident, timeline) = try context.run { () throws(DeskError) in try context.desk.incident(id, in: moment) }
                now = moment.instant
                agency = moment.state.agency(of: incident)
            } else {
                incident = try context.incidentForShowing(id)
                timeline = try context.query { store throws(StoreError) in try store.timeline(of: id) }
                now = context.clock.now
                agency = try context.query { store throws(StoreError) in try store.agency(of: incident) }
            }
            if json {
                Output.line(IncidentJSON.text(IncidentJSON.detail(incident, timeline: timeline, now: now)))
            } else {
                Output.line(IncidentDetailText.render(incident, timeline: timeline, now: now,
                                                      language: context.language, time: context.time, agency: agency))
            }
        }
    }
}
