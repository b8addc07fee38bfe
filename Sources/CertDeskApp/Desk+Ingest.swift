import CertDeskCore
import CertDeskStore

/// What one file came to.
public struct IngestOutcome: Sendable {
    public let ingested: Int
    public let duplicates: Int
    /// What the reader noticed but did not refuse (an unknown agency, a pattern kept verbatim).
    public let remarks: [BilingualText]
    /// Set when the file held no incident at all (`ingest --strict` fails on it).
    public let emptiness: EmptyInput?
}

extension Desk {
    /// One file of tickets, agency reports or a STIX bundle (or standard input, `-`), read as
    /// it comes and within `inputLimit`, then recorded in one transaction: a bad file writes
    /// nothing, and the error names the file, the line and field, and the reason. `progress` is
    /// told how many incidents are done (every `progressInterval`) and how many there are, and
    /// answers whether to go on: stopped, nothing is written.
    public func ingest(file path: String, progressInterval: Int = 10_000,
                       progress: ((Int, Int) -> Bool)? = nil) throws(DeskError) -> IngestOutcome {
        let input: InputFile
        do {
            input = try InputFile(path, limit: inputLimit)
        } catch {
            throw DeskError(error)
        }
        var reader = IngestReader(now: clock.now, fileLabel: path)
        while let chunk = try Self.nextChunk(input) {
            try Self.decoding(path) { () throws(FileProblem) in
                try chunk.withUnsafeBufferPointer { buffer throws(FileProblem) in try reader.feed(buffer) }
            }
        }
        let batch = try Self.decoding(path) { () throws(FileProblem) in try reader.finish() }
        return try ingest(batch, progressInterval: progressInterval, progress: progress)
    }

    private static func nextChunk(_ input: InputFile) throws(DeskError) -> [UInt8]? {
        do {
            return try input.next()
        } catch {
            throw DeskError(error)
        }
    }

    /// A problem in the file's contents, named by the file.
    private static func decoding<T>(_ label: String, _ body: () throws(FileProblem) -> T) throws(DeskError) -> T {
        do {
            return try body()
        } catch {
            throw DeskError(.badInput, error.message(file: InputFile.shown(label)))
        }
    }

    /// The same for bytes already in memory, under `label`.
    public func ingest(bytes: [UInt8], label: String, progressInterval: Int = 10_000,
                       progress: ((Int, Int) -> Bool)? = nil) throws(DeskError) -> IngestOutcome {
        let batch = try Self.decoding(label) { () throws(FileProblem) in
            try IngestReader(now: clock.now, fileLabel: label).read(bytes)
        }
        return try ingest(batch, progressInterval: progressInterval, progress: progress)
    }

    /// A batch already read (a TAXII pull's objects), in one transaction.
    func ingest(_ batch: IngestBatch, progressInterval: Int = 10_000, progress: ((Int, Int) -> Bool)? = nil) throws(DeskError) -> IngestOutcome {
        let total = batch.drafts.count
        let outcomes = try perform(batch.drafts.map(DeskCommand.openIncident), progressInterval: progressInterval,
                                   progress: progress.map { report in { report($0, total) } })
        let duplicates = outcomes.filter { if case .duplicate = $0 { return true } else { return false } }.count
        return IngestOutcome(ingested: outcomes.count - duplicates, duplicates: duplicates, remarks: batch.remarks,
                             emptiness: batch.emptiness)
    }
}
