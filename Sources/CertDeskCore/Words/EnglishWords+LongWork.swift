/// English words of long work.
extension EnglishWords {
    public func copyCancelled(_ path: String) -> String { "copying \(path) was cancelled; nothing was kept" }
    public var batchCancelled: String { "the ingest was cancelled; nothing of it was recorded" }
    public func copyLimitForm(_ quoted: String) -> String { "\(quoted) is not a rate: bytes a second, with K, M or G (e.g. 64M)" }
    public func workCopying(_ name: String) -> String { "copying \(name)" }
    public func workIngesting(_ name: String) -> String { "ingesting \(name)" }
    public func workRecords(_ done: Int64, of total: Int64) -> String { "\(Digits.grouped(done)) / \(Digits.grouped(total)) incidents" }
    public func workRate(bytesPerSecond: String) -> String { "\(bytesPerSecond)/s" }
    public func workRecordRate(_ perSecond: Int64) -> String { "\(Digits.grouped(perSecond))/s" }
    public func workLeft(seconds: Int64) -> String {
        seconds >= 3600 ? "\(seconds / 3600) h \(seconds % 3600 / 60) min left" : seconds >= 60 ? "\(seconds / 60) min \(seconds % 60) s left" : "\(seconds) s left"
    }
    public var workCancelling: String { "cancelling…" }
    public var workCancelKey: String { "cancel" }
    public var workAlreadyRunning: String { "a copy or an ingest is already running: wait for it, or X to cancel it" }
    public var workNothingToCancel: String { "nothing is running" }
    public func workCancelled(_ what: String) -> String { "\(what): cancelled, nothing was kept" }
}
