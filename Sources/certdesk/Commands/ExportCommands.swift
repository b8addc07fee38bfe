import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

extension TrafficLightProtocol: ExpressibleByArgument {}

/// `certdesk export stix`: what the desk shares with the SOC, the ISAC and N-CERT.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: HelpLanguage.words.abstract(.export),
        discussion: HelpLanguage.words.discussion(.export),
        subcommands: [ExportStixCommand.self, ExportBlocklistCommand.self, ExportCaseCommand.self]
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

/// The forms of the blocking list.
enum BlocklistFormat: String, CaseIterable, ExpressibleByArgument {
    case plain, csv, stix
}

/// The kinds a blocking list can be cut to, as UTMs take them.
enum BlocklistKind: String, CaseIterable, ExpressibleByArgument {
    case ip, domain, url, hash

    var kinds: Set<Blocklist.Kind> {
        switch self {
        case .ip: [.ip]
        case .domain: [.domain]
        case .url: [.url]
        case .hash: [.sha256, .md5]
        }
    }
}

struct ExportBlocklistCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "blocklist", abstract: HelpLanguage.words.abstract(.exportBlocklist),
        discussion: HelpLanguage.words.discussion(.exportBlocklist)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.blocklistSince))
    var since: String?

    @Option(help: HelpLanguage.help(.blocklistFormat))
    var format: BlocklistFormat = .plain

    @Option(help: HelpLanguage.help(.blocklistKind))
    var kind: BlocklistKind?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let from = try context.instant(option: since, name: "--since")
            let whole = try context.run { () throws(DeskError) in try context.desk.blocklist(since: from) }
            let list = kind.map { whole.only($0.kinds) } ?? whole
            switch format {
            case .plain: FileHandle.standardOutput.write(Data(BlocklistText.plain(list).utf8))
            case .csv: FileHandle.standardOutput.write(Data(BlocklistText.csv(list).utf8))
            case .stix:
                let bundle = try context.run { () throws(DeskError) in try context.desk.blocklistBundle(list) }
                Output.line(IncidentJSON.text(bundle))
            }
            if format != .csv, !list.flagged.isEmpty { Output.note(context.words.blocklistFlagged(list.flagged.count)) }
        }
    }
}

struct ExportCaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "case", abstract: HelpLanguage.words.abstract(.exportCase),
        discussion: HelpLanguage.words.discussion(.exportCase)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.caseIncident), transform: DeskID.canonical)
    var id: String

    @Flag(help: HelpLanguage.help(.deidentify))
    var deidentify = false

    @Flag(help: HelpLanguage.help(.caseMarkdown))
    var markdown = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let teaching = try context.run { () throws(DeskError) in
                try context.desk.teachingCase(id, deidentify: deidentify, language: context.language)
            }
            let text = markdown ? TeachingCaseText.markdown(teaching) : TeachingCaseText.plain(teaching)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
