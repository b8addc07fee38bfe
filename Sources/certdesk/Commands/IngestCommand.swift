import ArgumentParser
import CertDeskCore
import CertDeskApp
import CertDeskStore
import Foundation

struct IngestCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "ingest",
        abstract: HelpLanguage.words.abstract(.ingest),
        discussion: HelpLanguage.words.discussion(.ingest)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.ingestFiles))
    var files: [String]

    @Flag(help: HelpLanguage.help(.ingestStrict))
    var strict = false

    @Option(name: .customLong("max-input"), help: HelpLanguage.help(.maxInput))
    var maxInput: String?

    /// `--strict`: an input held no incident (none of sysexits(3) says so).
    static let emptyInputStatus: Int32 = 2

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE, or - for standard input") }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records, maxInput: maxInput)
            var ingested = 0, duplicates = 0
            var failed: Int32? = nil
            for file in files {
                do {
                    let outcome = try Self.ingest(file: file, context: context)
                    ingested += outcome.ingested
                    duplicates += outcome.duplicates
                    if files.count > 1 { Output.note("\(file): " + context.words.ingestedCounts(outcome.ingested, duplicates: outcome.duplicates)) }
                    if outcome.emptiness != nil && strict { failed = failed ?? Self.emptyInputStatus }
                } catch let failure as CommandFailure {
                    Output.error(failure.message)
                    failed = failed ?? failure.status.rawValue
                }
            }
            // The same words in every language: scripts read this line (README, "Languages").
            Output.line("ingested \(ingested), duplicates \(duplicates)")
            if let failed { throw ExitCode(failed) }
        }
    }

    /// One file, one transaction: how many incidents it opened and how many were duplicates.
    static func ingest(file: String, context: DeskContext) throws -> IngestOutcome {
        let showProgress = Output.stderrIsTerminal && !context.quiet
        let outcome = try context.run { () throws(DeskError) in
            try context.desk.ingest(file: file) { done, total in
                if showProgress && total >= 20_000 { Output.note("\(file): \(done)/\(total)…") }
                return true
            }
        }
        let shown = InputFile.shown(file)
        if !context.quiet {
            for remark in outcome.remarks { Output.note("\(shown): " + remark.text(in: context.language)) }
            if let emptiness = outcome.emptiness { Output.note("\(shown): " + context.words.emptyInput(emptiness)) }
        }
        return outcome
    }
}
