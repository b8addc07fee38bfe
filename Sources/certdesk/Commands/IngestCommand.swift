import ArgumentParser
import CertDeskCore
import CertDeskApp
import CertDeskStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Take in SOC event tickets, agency reports and STIX 2.1 bundles. 匯入事件單、機關通報與 STIX。",
        discussion: """
            Each FILE (or - for standard input) is a JSON object, a JSON array or JSON Lines of tickets, or a
            STIX 2.1 bundle. Each file is one transaction: a bad file writes nothing, and the error names the
            file, the line and field, and the reason (exit status 65). A source id already on the desk is a
            duplicate and is skipped. Prints "ingested N, duplicates M".
            """
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Files to read; - reads standard input.")
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
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file)
        } catch {
            throw CommandFailure(.noInput, error.message(context.language))
        }
        let showProgress = Output.stderrIsTerminal && !context.quiet
        let outcome = try context.run { () throws(DeskError) in
            try context.desk.ingest(bytes: bytes, label: file) { done, total in
                if showProgress && total >= 20_000 { Output.note("\(file): \(done)/\(total)…") }
            }
        }
        if !context.quiet { for remark in outcome.remarks { Output.note("\(file): " + remark.text(in: context.language)) } }
        return (outcome.ingested, outcome.duplicates)
    }
}
