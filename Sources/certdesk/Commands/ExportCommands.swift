import ArgumentParser
import CertDeskApp
import CertDeskCore

extension TrafficLightProtocol: ExpressibleByArgument {}

/// `certdesk export stix`: what the desk shares with the SOC, the ISAC and N-CERT.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: HelpLanguage.words.abstract(.export),
        discussion: HelpLanguage.words.discussion(.export),
        subcommands: [ExportStixCommand.self]
    ) }
}

struct ExportStixCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "stix", abstract: HelpLanguage.words.abstract(.exportStix),
        discussion: HelpLanguage.words.discussion(.exportStix)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.exportIncidents))
    var ids: [String] = []

    @Option(help: HelpLanguage.help(.exportSince))
    var since: String?

    @Option(help: HelpLanguage.help(.exportTLP))
    var tlp: TrafficLightProtocol?

    func validate() throws {
        if ids.isEmpty && since == nil { throw ValidationError(HelpLanguage.words.exportNeedsIncidents) }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let from = try context.instant(option: since, name: "--since")
            let bundle = try context.run { () throws(DeskError) in try context.desk.stixBundle(ids, since: from, tlp: tlp) }
            Output.line(IncidentJSON.text(bundle))
        }
    }
}
