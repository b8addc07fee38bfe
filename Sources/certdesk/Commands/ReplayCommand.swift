import ArgumentParser
import CertDeskApp
import CertDeskConsole
import CertDeskCore
import CertDeskUI
import Foundation

/// `certdesk replay`: the console on the desk as it was, moved through the journal row by row.
/// It opens the desk for reading only; nothing is recorded, not even the upkeep of overdue clocks.
struct ReplayCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "replay",
        abstract: HelpLanguage.words.abstract(.replay),
        discussion: HelpLanguage.words.discussion(.replay)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.replayFrom))
    var from: String?

    @Option(help: HelpLanguage.help(.replayTo))
    var to: String?

    @Option(help: HelpLanguage.help(.replayIncident), transform: DeskID.canonical)
    var incident: String?

    @Option(help: HelpLanguage.help(.speed))
    var speed: Int = Playback.defaultSpeed

    @Option(help: HelpLanguage.help(.replayDrill))
    var drill: String?

    func validate() throws {
        guard Playback.speeds.contains(speed) else {
            throw ValidationError("--speed \(speed): " + Playback.speeds.map(String.init).joined(separator: ", "))
        }
    }

    func run() throws {
        try reportingFailures {
            let environment = ProcessInfo.processInfo.environment
            var options = options
            if let drill {
                // The drill run's own desk, found beside the desk these options name.
                let place = try DrillPlace(options, environment: environment)
                let run = try place.run(drill)
                options.db = try DeskContext.failing(place.language) { () throws(DeskError) in try DrillRun.database(run, besides: place.desk.path) }
            }
            var context = try DeskContext(options, .reads, environment: environment)
            context.quiet = true
            let from = try context.instant(option: from, name: "--from"), to = try context.instant(option: to, name: "--to")
            let desk = context.desk, language = context.language, speed = speed, incident = incident
            let replay = try context.run { () throws(DeskError) in
                try ReplayConsoleDesk(desk: desk, range: try desk.replayRange(from: from, to: to, incident: incident), language: language, speed: speed)
            }
            try ConsoleCommand.open(context, shown: .init(desk: replay, mode: .replay, playback: replay), environment: environment)
        }
    }
}
