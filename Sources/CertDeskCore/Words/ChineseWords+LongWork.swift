/// 長時間作業的中文用語。
extension ChineseWords {
    public func copyCancelled(_ path: String) -> String { "已取消複製 \(path)；未保留任何內容" }
    public var batchCancelled: String { "已取消匯入；未登錄任何內容" }
    public func copyLimitForm(_ quoted: String) -> String { "\(quoted) 不是速率：每秒位元組數，可加 K、M 或 G（例：64M）" }
    public func workCopying(_ name: String) -> String { "複製 \(name)" }
    public func workIngesting(_ name: String) -> String { "匯入 \(name)" }
    public func workRecords(_ done: Int64, of total: Int64) -> String { "\(Digits.grouped(done)) / \(Digits.grouped(total)) 件" }
    public func workRate(bytesPerSecond: String) -> String { "\(bytesPerSecond)/秒" }
    public func workRecordRate(_ perSecond: Int64) -> String { "\(Digits.grouped(perSecond)) 件/秒" }
    public func workLeft(seconds: Int64) -> String {
        seconds >= 3600 ? "剩 \(seconds / 3600) 時 \(seconds % 3600 / 60) 分" : seconds >= 60 ? "剩 \(seconds / 60) 分 \(seconds % 60) 秒" : "剩 \(seconds) 秒"
    }
    public var workCancelling: String { "取消中…" }
    public var workCancelKey: String { "取消" }
    public var workAlreadyRunning: String { "已有複製或匯入作業進行中：請稍候，或按 X 取消" }
    public var workNothingToCancel: String { "目前沒有進行中的作業" }
    public func workCancelled(_ what: String) -> String { "\(what)：已取消，未保留任何內容" }
}
