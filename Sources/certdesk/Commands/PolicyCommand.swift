import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "The deadline policy. 時限政策。",
        subcommands: [PolicyShowCommand.self]
    )
}

struct PolicyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the deadline policy in force for this desk's region, and where each row comes from."
    )

    @OptionGroup var options: DeskOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let loaded = try context.run { () throws(DeskError) in try context.desk.policyInForce() }
            if json {
                Output.line(IncidentJSON.text(loaded.policy.json))
                return
            }
            let overridden = Set(loaded.regional?.rows.map(\.kind) ?? [])
            Output.line(PolicyText.render(loaded.policy, files: loaded.files, overridden: overridden, language: context.language))
        }
    }
}

struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Incident playbooks. 處理手冊。",
        subcommands: [PlaybookLintCommand.self]
    )
}
