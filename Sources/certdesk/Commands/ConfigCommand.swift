import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

struct ConfigCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "config",
        abstract: HelpLanguage.words.abstract(.config),
        discussion: HelpLanguage.words.discussion(.config),
        subcommands: [ConfigShowCommand.self]
    ) }
}

/// Each setting in force, and the option, variable, file line or default it came from (as
/// `git config --show-origin` shows them).
struct ConfigShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: HelpLanguage.words.abstract(.configShow),
        discussion: HelpLanguage.words.discussion(.configShow)
    ) }

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let settings = try DeskContext.settings(options)
            let words = settings.language.words
            if let file = settings.configuration {
                Output.line(words.configurationFileLine(file.path, exists: file.exists))
            }
            var table = TextTable(columns: [.init(words.heading(.setting)), .init(words.heading(.value)), .init(words.heading(.origin))])
            for key in ConfigurationFile.Key.allCases {
                let setting = settings[key]
                let value = key == .playbooks && setting.origin == .builtIn ? words.builtInRules(version: CertDeskVersion.text) : setting.value
                table.append([key.rawValue, value, setting.origin.text(words)])
            }
            // How notices leave the desk, as far as it is set; never the password itself.
            let notifications = try DeskContext.failing(settings.language) { () throws(DeskError) in
                try NotificationSettings.resolve(environment: ProcessInfo.processInfo.environment, configuration: settings.configuration)
            }
            let exchange = try DeskContext.failing(settings.language) { () throws(DeskError) in
                try TaxiiSettings.resolve(environment: ProcessInfo.processInfo.environment, configuration: settings.configuration)
            }
            for setting in notifications.origins + exchange.origins { table.append([setting.key, setting.shown, setting.origin.text(words)]) }
            Output.line(table.render())
        }
    }
}
