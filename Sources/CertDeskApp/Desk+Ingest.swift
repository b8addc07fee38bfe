import CertDeskCore
import CertDeskStore

/// What one file came to.
public struct IngestOutcome: Sendable {
    public let ingested: Int
    public let duplicates: Int
    /// What the reader noticed but did not refuse (an unknown agency, a pattern kept verbatim).
    public let remarks: [BilingualText]
}

extension Desk {
    /// One file of tickets, agency reports or a STIX bundle, in one transaction: a bad file writes
    /// nothing, and the error names the file (`label`), the line and field, and the reason.
    /// `progress` is told how many incidents are done (every `progressInterval`) and how many
    /// there are, and answers whether to go on: stopped, nothing is written.
    public func ingest(bytes: [UInt8], label: String, progressInterval: Int = 10_000,
                       progress: ((Int, Int) -> Bool)? = nil) throws(DeskError) -> IngestOutcome {
        let batch: IngestBatch
        do {
            batch = try IngestReader(now: clock.now, fileLabel: label).read(bytes)
        } catch {
            let shown = label == "-" ? "<stdin>" : label
            throw DeskError(.badInput, error.message(file: shown))
        }
        return try ingest(batch, progressInterval: progressInterval, progress: progress)
    }

    /// A batch already read (a TAXII pull's objects), in one transaction.
    func ingest(_ batch: IngestBatch, progressInterval: Int = 10_000, progress: ((Int, Int) -> Bool)? = nil) throws(DeskError) -> IngestOutcome {
        let total = batch.drafts.count
        let outcomes = try perform(batch.drafts.map(DeskCommand.openIncident), progressInterval: progressInterval,
                                   progress: progress.map { report in { report($0, total) } })
        let duplicates = outcomes.filter { if case .duplicate = $0 { return true } else { return false } }.count
        return IngestOutcome(ingested: outcomes.count - duplicates, duplicates: duplicates, remarks: batch.remarks)
    }
}
