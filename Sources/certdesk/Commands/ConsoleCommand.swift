import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskConsole
import CertDeskTerminal
import CertDeskUI
import Foundation

struct ConsoleCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "console",
        abstract: HelpLanguage.words.abstract(.console),
        discussion: HelpLanguage.words.discussion(.console)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.theme))
    var theme: String?

    @Flag(help: HelpLanguage.help(.bell))
    var bell = false

    @Flag(help: HelpLanguage.help(.demo))
    var demo = false

    func run() throws {
        try reportingFailures {
            var options = options
            let environment = ProcessInfo.processInfo.environment
            if demo { try DemoCommand.prepareFreshDemo(&options, environment: environment) }
            var context = try DeskContext(options, .reads, theme: theme, bell: bell, environment: environment)
            context.quiet = true
            // No upkeep before the first frame: the console records the breaches that fell due
            // on its first ticks, a bounded batch each (`Desk.overdueBatch`), with rows on screen.
            try Self.open(context, environment: environment)
        }
    }

    /// Opens the console on `context`'s desk (or on what `shown` puts there: a replay), in the
    /// theme in force, until the officer quits; no terminal is exit status 69.
    static func open(_ context: DeskContext, shown: ConsoleLoop.Shown? = nil, environment: [String: String]) throws {
        let settings = context.settings
        let theme = try context.run { () throws(DeskError) in
            try ThemeFiles.load(settings[.theme], playbooks: settings.rules, environment: environment)
        }
        let notifications = try context.run { () throws(DeskError) in
            try NotificationSettings.resolve(environment: environment, configuration: settings.configuration)
        }
        do {
            try ConsoleLoop(desk: context.desk, shown: shown, language: context.language, time: context.time, theme: theme,
                            bell: shown == nil && settings.bell, environment: environment, notifications: notifications).run()
        } catch let noTerminal as ConsoleLoop.NoTerminal {
            throw CommandFailure(.unavailable, noTerminal.message)
        }
    }
}
