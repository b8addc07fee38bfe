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

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE, or - for standard input") }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            var ingested = 0, duplicates = 0
            var failed: CommandFailure.Status? = nil
            for file in files {
                do {
                    let (n, d) = try Self.ingest(file: file, context: context)
                    ingested += n
                    duplicates += d
                    if files.count > 1 { Output.note("\(file): " + context.words.ingestedCounts(n, duplicates: d)) }
                } catch let failure as CommandFailure {
                    Output.error(failure.message)
                    failed = failed ?? failure.status
                }
            }
            Output.line(context.words.ingestedCounts(ingested, duplicates: duplicates))
            if let failed { throw ExitCode(failed.rawValue) }
        }
    }

    /// One file, one transaction: how many incidents it opened and how many were duplicates.
    static func ingest(file: String, context: DeskContext) throws -> (Int, Int) {
        let bytes = try context.inputBytes(file)
        let showProgress = Output.stderrIsTerminal && !context.quiet
        let outcome = try context.run { () throws(DeskError) in
            try context.desk.ingest(bytes: bytes, label: file) { done, total in
                if showProgress && total >= 20_000 { Output.note("\(file): \(done)/\(total)…") }
                return true
            }
        }
        if !context.quiet { for remark in outcome.remarks { Output.note("\(file): " + remark.text(in: context.language)) } }
        return (outcome.ingested, outcome.duplicates)
    }
}
