/// 演練的用語（正體中文）。
extension ChineseWords {
    public var drillIDForm: String { "演練代號限小寫英文字母、數字及連字號，至多 64 字" }
    public func drillIDNotFileName(_ name: String) -> String { "代號須與檔名（不含 .yaml）相同（\(name)）" }
    public func drillStart(_ text: String) -> String { "\(text) 不是 `now` 或含時區之 ISO 8601 時間" }
    public var drillDurationPositive: String { "演練時間長度須晚於開始（+HH:MM）" }
    public var drillNeedsInjects: String { "演練至少須有一則狀況注入" }
    public func drillRefTwice(_ ref: String) -> String { "ref \(ref) 指向兩張事件單" }
    public func drillTicketIDTwice(_ id: String, firstLine: Int) -> String { "事件單編號 \(id) 已用於第 \(firstLine) 行" }
    public func drillMargin(_ text: String) -> String { "\(text) 不是 HH:MM 格式之寬裕時間（請加引號）" }
    public var drillExpectedTwice: String { "上方已列同一項期望" }
    public func drillStepNotInPlaybook(_ step: String, _ playbook: String) -> String { "\(step) 不是 \(playbook) 應變手冊的步驟" }
    public func drillExpectedBeforeTicket(_ ref: String) -> String { "此時間早於 \(ref) 到達" }
    public func drillAfterEnd(_ duration: String) -> String { "此時間晚於演練結束（\(duration)）" }
    public func drillOffset(_ text: String) -> String { "\(text) 不是 +HH:MM 或 -HH:MM 格式之時間差（請加引號）" }
    public func drillUnknownRef(_ ref: String) -> String { "\(ref) 不是先前注入之事件單 ref" }
    public var drillInjectBeforeStart: String { "狀況注入不可早於演練開始" }
    public func drillInjectGoesBack(_ previous: String) -> String { "時間倒退（上一行為 \(previous)）" }
    public func drillInjectKinds(_ kinds: [String]) -> String { "狀況注入須有 `at`，且恰有下列其中一項：" + kinds.joined(separator: "、") }
    public func drillLevel(_ text: String) -> String { "\(text) 不是第 1–4 級" }
    public var drillTextBlank: String { "此文字為空白" }
    public func drillTextTooLong(_ limit: Int) -> String { "此文字超過 \(limit) 字" }
    public var drillRefForm: String { "ref 不可含空白或大括號" }
    public func drillTime(_ text: String) -> String { "\(text) 不是 +HH:MM 時間差或含時區之 ISO 8601 時間" }
    public var drillAwareAfterArrival: String { "aware_at（知悉時間）晚於事件單到達" }
    public var drillActionQuote: String { "雙引號未成對" }
    public func drillActionCommand(_ command: String, _ allowed: [String]) -> String {
        "\(command) 不是腳本值勤人員可下的指令（限：\(allowed.joined(separator: "、"))）"
    }
    public func drillActionOption(_ option: String) -> String { "動作檔不寫 \(option)：每行皆於其時間差在演練平台上生效" }
    public func drillActionBeforeTicket(_ ref: String, _ arrives: String) -> String { "\(ref) 尚未到達（於 \(arrives) 到達）" }
    public func drillsOK(_ count: Int) -> String { "\(count) 個演練情境：無問題" }
    public func noDrillScenario(_ name: String, _ known: [String]) -> String {
        "找不到演練情境 \(name)" + (known.isEmpty ? "" : "（現有情境：\(known.joined(separator: "、"))）")
    }
    public func noDrillRun(_ id: String) -> String { "找不到演練紀錄 \(id)（certdesk drill list 列出歷次演練）" }
    public func drillRunUnreadable(_ id: String) -> String { "無法讀取演練 \(id) 的紀錄" }
    public var drillFromDrillDesk: String { "此為演練平台；請自正式平台啟動演練" }
    public func drillRunStarted(_ run: String, _ path: String) -> String { "演練 \(run) 使用獨立平台 \(path)" }
    public func drillRunFinished(_ run: String) -> String { "演練 \(run) 結束" }
    public func drillRunReport(_ run: String) -> String { "演練檢討報告：certdesk drill report \(run)" }
    public func drillInjected(_ offset: String, _ what: String) -> String { "\(offset) 狀況注入：\(what)" }
    public func drillActionDone(_ offset: String, _ command: String) -> String { "\(offset) 值勤人員：\(command)" }
    public func drillActionRefused(_ offset: String, _ line: Int, _ why: String) -> String { "\(offset) 值勤人員（第 \(line) 行）遭拒：\(why)" }
    public func drillActionsRefused(_ count: Int) -> String { "\(count) 則腳本指令遭平台拒絕" }
    public func drillInjectName(_ inject: DrillInject.What, incident: String?) -> String {
        let on = incident.map { "（\($0)）" } ?? ""
        switch inject {
        case .ticket(let ticket): return "事件單 \(ticket.ref) 到達" + (incident.map { "，立案為 \($0)" } ?? "")
        case .level(_, let level, _): return "演練管制組改判為第 \(level.rawValue) 級" + on
        case .note(_, let kind, _):
            switch kind {
            case .call: return "機關來電" + on
            case .indicators: return "新增情資指標" + on
            case .ncertUpdate: return "N-CERT 要求更新進度" + on
            case .platformDown: return "通報平台無法使用" + on
            }
        }
    }
    public var noDrillRuns: String { "尚無演練紀錄（certdesk drill run 情境名稱）" }
    public func drillReportTitle(_ title: String) -> String { "演練檢討報告：\(title)" }
    public var drillRunLabel: String { "演練" }
    public var drillScenarioLabel: String { "情境" }
    public var drillPlayedLabel: String { "演練時間" }
    public var drillScoreLabel: String { "成績" }
    public func drillScore(_ score: Int?, earned: Int, possible: Int) -> String {
        guard let score else { return "未評分（無期望項目）" }
        return "\(score) / 100（得 \(Digits.halves(earned)) 分，滿分 \(Digits.halves(possible)) 分）"
    }
    public var drillClocksHeading: String { "法定時限" }
    public var drillStepsHeading: String { "應變手冊步驟" }
    public var drillTimelineHeading: String { "時序" }
    public var drillColumnsClocks: [String] { ["事件", "時限", "期限", "完成", "餘裕", "要求寬裕", "結果"] }
    public var drillColumnsSteps: [String] { ["事件", "步驟", "期限", "完成", "結果"] }
    public var drillColumnsTimeline: [String] { ["時間差", "時間", "執行者", "事件", "內容"] }
    public var drillColumnsRuns: [String] { ["演練", "情境", "演練開始", "倍速", "方式", "結束時間"] }
    public func drillOutcome(_ outcome: AfterActionReport.Outcome) -> String {
        switch outcome {
        case .onTime: "準時"
        case .late: "逾時"
        case .missed: "未完成"
        case .waived: "免除"
        case .notDue: "尚未到期"
        case .done: "完成"
        case .skipped: "略過"
        case .missing: "未執行"
        }
    }
    public func drillSpare(_ minutes: Int) -> String {
        minutes >= 0 ? "提前 \(DrillOffset.clockText(minutes))" : "逾時 \(DrillOffset.clockText(-minutes))"
    }
    public var drillScoreRule: String {
        "法定時限（權重 2）於期限前至少要求寬裕時間完成得 1 分，演練內較晚完成得 0.5 分；"
            + "應變步驟（權重 1）於期限內完成得 1 分，逾時完成或敘明理由略過得 0.5 分；"
            + "未完成、免除或未執行得 0 分。演練結束時尚未到期之時限不計分。"
    }
    public var drillHeadless: String { "無畫面" }
    public var drillInConsole: String { "主控台" }
    public var drillUnfinished: String { "未結束" }
}
