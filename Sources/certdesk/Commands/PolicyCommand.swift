import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct PolicyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "policy",
        abstract: HelpLanguage.words.abstract(.policy),
        discussion: HelpLanguage.words.discussion(.policy),
        subcommands: [PolicyShowCommand.self]
    ) }
}

struct PolicyShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: HelpLanguage.words.abstract(.policyShow),
        discussion: HelpLanguage.words.discussion(.policyShow)
    ) }

    @OptionGroup var options: DeskOptions

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let loaded = try context.run { () throws(DeskError) in try context.desk.policyInForce() }
            if json {
                Output.line(IncidentJSON.text(loaded.policy.json))
                return
            }
            if let location = context.desk.rules?.location { Output.line(RulesText.inForce(location, language: context.language)) }
            let overridden = Set(loaded.regional?.rows.map(\.kind) ?? [])
            Output.line(PolicyText.render(loaded.policy, files: loaded.files, overridden: overridden, language: context.language))
        }
    }
}

struct PlaybookCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "playbook",
        abstract: HelpLanguage.words.abstract(.playbook),
        discussion: HelpLanguage.words.discussion(.playbook),
        subcommands: [PlaybookLintCommand.self]
    ) }
}
