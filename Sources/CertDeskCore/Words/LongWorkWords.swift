/// The words of work that takes longer than a frame: a copy into the evidence vault, a large
/// ingest; its progress line, its cancel, its end.
public protocol LongWorkWords {
    func copyCancelled(_ path: String) -> String
    var batchCancelled: String { get }
    func copyLimitForm(_ quoted: String) -> String
    /// What is running: `copying fs01.raw`, `ingesting tickets.jsonl`.
    func workCopying(_ name: String) -> String
    func workIngesting(_ name: String) -> String
    /// `1.2 GiB / 4.0 GiB`, `12,000 / 30,000 incidents`.
    func workRecords(_ done: Int64, of total: Int64) -> String
    func workRate(bytesPerSecond: String) -> String
    func workRecordRate(_ perSecond: Int64) -> String
    func workLeft(seconds: Int64) -> String
    var workCancelling: String { get }
    var workCancelKey: String { get }
    var workAlreadyRunning: String { get }
    var workNothingToCancel: String { get }
    func workCancelled(_ what: String) -> String
}
