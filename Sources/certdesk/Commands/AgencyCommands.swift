import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI

/// `certdesk agencies`: the agency directory (CI 提供者名冊; README, "Agency directory").
struct AgenciesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "agencies",
        abstract: HelpLanguage.words.abstract(.agencies),
        discussion: HelpLanguage.words.discussion(.agencies),
        subcommands: [AgenciesImportCommand.self, AgenciesListCommand.self, AgenciesShowCommand.self]
    ) }
}

/// How a directory file is read when its name does not say.
enum DirectoryFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, yaml

    var form: AgencyDirectoryFile.Form { self == .csv ? .csv : .yaml }
}

struct AgenciesImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: HelpLanguage.words.abstract(.agenciesImport),
        discussion: HelpLanguage.words.discussion(.agenciesImport)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.directoryFile))
    var file: String

    @Option(help: HelpLanguage.help(.directoryFormat))
    var format: DirectoryFormat?

    func validate() throws {
        if format == nil, AgencyDirectoryFile.form(ofFileNamed: file) == nil {
            throw ValidationError("\(file): name the format with --format csv or --format yaml (the name does not end in .csv, .yaml or .yml)")
        }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let bytes = try context.inputBytes(file)
            let form = format?.form ?? AgencyDirectoryFile.form(ofFileNamed: file)!
            let done = try context.run { () throws(DeskError) in try context.desk.importAgencies(bytes: bytes, label: file, form: form) }
            Output.line(context.words.directoryImported(added: done.added, updated: done.updated, unchanged: done.unchanged))
        }
    }
}

struct AgenciesListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: HelpLanguage.words.abstract(.agenciesList),
        discussion: HelpLanguage.words.discussion(.agenciesList)
    ) }

    @OptionGroup var options: DeskOptions

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let agencies = try context.query { store throws(StoreError) in try store.agencies() }
            if json { return Output.line(IncidentJSON.text(.array(agencies.map(\.json)))) }
            guard !agencies.isEmpty else { return Output.line(context.words.noAgencies) }
            Output.line(AgencyText.list(agencies, language: context.language))
        }
    }
}

struct AgenciesShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: HelpLanguage.words.abstract(.agenciesShow),
        discussion: HelpLanguage.words.discussion(.agenciesShow)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.agency))
    var id: String

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            guard let agency = try context.query({ store throws(StoreError) in try store.agency(id) }) else {
                throw CommandFailure(.dataError, context.words.noAgency(TextChecks.quoted(id)))
            }
            Output.line(json ? IncidentJSON.text(agency.json) : AgencyText.show(agency, language: context.language))
        }
    }
}
