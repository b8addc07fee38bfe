import ArgumentParser
import CertDeskCore
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
                    if files.count > 1 { Output.note("\(file): ingested \(n), duplicates \(d)") }
                } catch let failure as CommandFailure {
                    Output.error(failure.message)
                    failed = failed ?? failure.status
                }
            }
            Output.line("ingested \(ingested), duplicates \(duplicates)")
            if let failed { throw ExitCode(failed.rawValue) }
        }
    }

    /// One file, one transaction: how many incidents it opened and how many were duplicates.
    static func ingest(file: String, context: DeskContext) throws -> (Int, Int) {
        let label = file == "-" ? "-" : file
        let bytes = try InputFile.read(file, language: context.language)
        let batch: IngestBatch
        do {
            batch = try IngestReader(now: context.clock.now, fileLabel: label).read(bytes)
        } catch {
            throw CommandFailure(.dataError, error.message(file: file == "-" ? "<stdin>" : file, language: context.language))
        }
        if !context.quiet { for remark in batch.remarks { Output.note("\(file): " + remark.text(in: context.language)) } }
        let showProgress = Output.stderrIsTerminal && batch.drafts.count >= 20_000 && !context.quiet
        let outcomes = try context.performWithUpkeep(batch.drafts.map(DeskCommand.openIncident)) { done in
            if showProgress { Output.note("\(file): \(done)/\(batch.drafts.count)…") }
        }
        let duplicates = outcomes.filter { if case .duplicate = $0 { return true } else { return false } }.count
        return (outcomes.count - duplicates, duplicates)
    }
}

/// Reads a whole input file (or standard input) with a clear error when it cannot.
enum InputFile {
    static func read(_ path: String, language: InterfaceLanguage) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(.noInput, language == .zhTW ? "\(path)：檔案不存在" : "\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure(.noInput, language == .zhTW ? "\(path)：這是資料夾，不是檔案" : "\(path): is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(.noInput, language == .zhTW ? "\(path)：無法讀取（權限？）" : "\(path): cannot be read (permissions?)")
        }
        return Array(data)
    }
}
