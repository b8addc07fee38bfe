import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

/// `certdesk report monthly|incident`: readings of the journal, printed or written to a file.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: HelpLanguage.words.abstract(.report),
        discussion: HelpLanguage.words.discussion(.report),
        subcommands: [MonthlyReportCommand.self, IncidentReportCommand.self]
    ) }
}

/// The forms a report is given in: Markdown (the default, with its charts), CSV, JSON, or an
/// HTML file.
struct ReportOutput: ParsableArguments {
    @Flag(help: HelpLanguage.help(.markdown))
    var markdown = false

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    @Option(name: .long, help: HelpLanguage.help(.html))
    var html: String?

    func validate() throws {
        if [markdown, json, html != nil].filter({ $0 }).count > 1 { throw ValidationError(HelpLanguage.words.oneReportForm) }
    }

    /// Writes the page whole or not at all (a temporary file renamed over the target), so a
    /// half-written report never replaces a good one.
    static func write(_ text: String, to path: String, context: DeskContext) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw CommandFailure(.cannotCreate, context.words.reportNotWritten(TextChecks.quoted(path), reason))
        }
        Output.note(context.words.reportWritten(path))
    }
}

struct MonthlyReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "monthly", abstract: HelpLanguage.words.abstract(.reportMonthly),
        discussion: HelpLanguage.words.discussion(.reportMonthly)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.reportMonth))
    var month: String?

    @Flag(help: HelpLanguage.help(.csv))
    var csv = false

    @OptionGroup var output: ReportOutput

    func validate() throws {
        if csv && (output.markdown || output.json || output.html != nil) { throw ValidationError(HelpLanguage.words.oneReportForm) }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let chosen: ReportMonth
            if let month {
                guard let parsed = ReportMonth.parse(month) else {
                    throw CommandFailure(.usage, "--month " + context.words.notAMonth(TextChecks.quoted(month)))
                }
                chosen = parsed
            } else {
                chosen = ReportMonth.containing(context.clock.now)
            }
            let report = try context.run { () throws(DeskError) in try context.desk.monthlyReport(chosen) }
            if output.json {
                Output.line(IncidentJSON.text(report.json))
            } else if csv {
                print(MonthlyReportCSV.text(report), terminator: "")
            } else if let path = output.html {
                try ReportOutput.write(MonthlyReportHTML.text(report, language: context.language, time: context.time), to: path, context: context)
            } else {
                let plain = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
                print(MonthlyReportMarkdown.text(report, language: context.language, time: context.time, plain: plain))
            }
        }
    }
}

struct IncidentReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "incident", abstract: HelpLanguage.words.abstract(.reportIncident),
        discussion: HelpLanguage.words.discussion(.reportIncident)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.reportIncident))
    var id: String

    @OptionGroup var output: ReportOutput

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let report = try context.run { () throws(DeskError) in try context.desk.investigationReport(id) }
            if output.json {
                Output.line(IncidentJSON.text(InvestigationReportJSON.report(report)))
            } else if let path = output.html {
                try ReportOutput.write(InvestigationReportHTML.text(report, language: context.language, time: context.time),
                                       to: path, context: context)
            } else {
                print(InvestigationReportMarkdown.text(report, language: context.language, time: context.time))
            }
        }
    }
}
