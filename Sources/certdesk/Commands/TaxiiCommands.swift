import ArgumentParser
import CertDeskApp
import CertDeskCore
import Foundation

/// `certdesk taxii pull/push`: the exchange with the SOC, the ISAC and N-CERT over TAXII 2.1.
struct TaxiiCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "taxii",
        abstract: HelpLanguage.words.abstract(.taxii),
        discussion: HelpLanguage.words.discussion(.taxii),
        subcommands: [TaxiiPullCommand.self, TaxiiPushCommand.self]
    ) }
}

/// Where on the server: the options a pull and a push share.
struct TaxiiPlaceOptions: ParsableArguments {
    @Argument(help: HelpLanguage.help(.taxiiServer))
    var server: String

    @Option(help: HelpLanguage.help(.taxiiCollection))
    var collection: String

    @Option(name: .customLong("api-root"), help: HelpLanguage.help(.taxiiAPIRoot))
    var apiRoot: String?

    /// The account from the environment and the configuration file, never the command line.
    func settings(_ context: DeskContext) throws -> TaxiiSettings {
        try context.run { () throws(DeskError) in
            try TaxiiSettings.resolve(environment: ProcessInfo.processInfo.environment, configuration: context.settings.configuration)
        }
    }
}

struct TaxiiPullCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "pull", abstract: HelpLanguage.words.abstract(.taxiiPull),
        discussion: HelpLanguage.words.discussion(.taxiiPull)
    ) }

    @OptionGroup var options: DeskOptions
    @OptionGroup var place: TaxiiPlaceOptions

    @Option(name: .customLong("page-size"), help: HelpLanguage.help(.taxiiPageSize))
    var pageSize: Int = 100

    func validate() throws {
        if !(1...10_000).contains(pageSize) { throw ValidationError(HelpLanguage.words.taxiiPageSizeRange) }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let settings = try place.settings(context)
            let words = context.words
            let showProgress = Output.stderrIsTerminal
            let outcome = try context.run { () throws(DeskError) in
                try context.desk.pullTaxii(server: place.server, apiRoot: place.apiRoot, collection: place.collection,
                                           settings: settings, pageSize: pageSize) { pages, objects in
                    // Every tenth page: a collection read from the start can be thousands of pages.
                    if showProgress && pages % 10 == 0 { Output.note(words.taxiiPullProgress(pages: pages, objects: objects)) }
                }
            }
            for remark in outcome.ingest.remarks { Output.note(outcome.collection + ": " + remark.text(in: context.language)) }
            Output.line(words.taxiiPulled(objects: outcome.objects, pages: outcome.pages, from: outcome.collection))
            Output.line(words.taxiiPullIngested(outcome.ingest.ingested, duplicates: outcome.ingest.duplicates))
            Output.line(words.taxiiBookmark(outcome.bookmark))
        }
    }
}

struct TaxiiPushCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "push", abstract: HelpLanguage.words.abstract(.taxiiPush),
        discussion: HelpLanguage.words.discussion(.taxiiPush)
    ) }

    @OptionGroup var options: DeskOptions
    @OptionGroup var place: TaxiiPlaceOptions

    @Argument(help: HelpLanguage.help(.taxiiIncidents))
    var incidents: [String] = []

    @Option(help: HelpLanguage.help(.exportTLP))
    var tlp: TrafficLightProtocol?

    func validate() throws {
        if incidents.isEmpty { throw ValidationError(HelpLanguage.words.taxiiPushNeedsIncidents) }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let settings = try place.settings(context)
            let outcome = try context.run { () throws(DeskError) in
                try context.desk.pushTaxii(server: place.server, apiRoot: place.apiRoot, collection: place.collection,
                                           incidents: incidents, tlp: tlp, settings: settings)
            }
            let words = context.words
            let status = outcome.status
            Output.line(words.taxiiPushed(outcome.sent, unchanged: outcome.unchanged, to: outcome.collection))
            Output.line(words.taxiiPushStatus(successes: status.successes, failures: status.failures.count, pending: status.pending))
            for failure in status.failures {
                Output.note(words.taxiiPushFailure(TextChecks.sanitized(failure.id, limit: 120),
                                                   message: failure.message.map { TextChecks.sanitized($0) }))
            }
            if !status.failures.isEmpty { throw ExitCode(CommandFailure.Status.dataError.rawValue) }
        }
    }
}
