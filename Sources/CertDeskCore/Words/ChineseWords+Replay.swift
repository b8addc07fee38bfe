/// 重播與演練的用語（正體中文）。
extension ChineseWords {
    public var helpTogglePlaying: String { "播放或暫停" }
    public var hintTogglePlaying: String { "播放/暫停" }
    public var helpFaster: String { "加快（實際時間的 1、10、60、300、900、3600 倍）" }
    public var helpSlower: String { "放慢" }
    public var hintSpeed: String { "速度" }
    public var helpStepForward: String { "前進一筆日誌" }
    public var helpStepBack: String { "後退一筆日誌" }
    public var hintStep: String { "逐筆" }
    public var helpIncidentForward: String { "所選事件的下一筆日誌" }
    public var helpIncidentBack: String { "所選事件的上一筆日誌" }
    public var hintIncidentStep: String { "本事件" }
    public var helpJumpToTime: String { "跳至某時間（HH:MM 為重播當日，或 YYYY-MM-DD HH:MM）" }
    public var hintJumpToTime: String { "時間" }
    public var helpReplayStart: String { "重播起點" }
    public var helpReplayEnd: String { "重播終點" }
    public var replayHelpNote: String {
        "重播呈現日誌在該時間點的原貌，時限依當時判定。重播為唯讀：記錄類按鍵僅提示無法記錄，不會寫入任何資料。"
    }
    public var playing: String { "播放中" }
    public var paused: String { "已暫停" }
    public func playbackSpeed(_ speed: Int) -> String { "速度 ×\(speed)" }
    public func replayRow(_ row: Int64, of last: Int64) -> String { "第 \(Digits.grouped(row)) / \(Digits.grouped(last)) 筆" }
    public func replayReadOnly(_ key: String) -> String { "\(key)：重播為唯讀，無法記錄" }
    public func replayShowsThen(_ key: String) -> String {
        "\(key) 讀取的是今日的值勤台；重播只呈現當時的佇列與事件（請結束重播後於值勤主控台使用）"
    }
    public var replayRecordsNothing: String { "重播為唯讀，無法記錄" }
    public var replayAtEnd: String { "已在重播終點" }
    public var replayAtStart: String { "已在重播起點" }
    public func noMoreRowsOf(_ id: String, later: Bool) -> String {
        later ? "\(id) 在本次重播中沒有更晚的日誌" : "\(id) 在本次重播中沒有更早的日誌"
    }
    public var replayTimeLabel: String { "跳至" }
    public var replayTimeHint: String { "HH:MM（重播當日）、YYYY-MM-DD HH:MM 或 ISO 8601" }
    public func replayRowShown(_ row: Int64, _ at: String) -> String { "第 \(Digits.grouped(row)) 筆 · \(at)：" }
    public func replayStandsAt(_ at: String) -> String { "值勤台於 \(at) 的原貌" }
    public func replayEmpty(from: String, to: String) -> String { "\(from) 至 \(to) 之間沒有任何日誌" }
    public var replayEmptyJournal: String { "日誌是空的，沒有可重播的內容" }
    public func replayFromAfterTo(from: String, to: String) -> String { "--from \(from) 晚於 --to \(to)" }
}
