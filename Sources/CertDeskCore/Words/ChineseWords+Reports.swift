/// 月報與調查報告的中文用語。
extension ChineseWords {
    public func monthlyTitle(_ month: ReportMonth, region: Region) -> String {
        "資安事件月報 \(month.year) 年 \(month.month) 月 · \(region.code) \(name(of: region))"
    }
    public func monthName(_ month: ReportMonth) -> String { "\(month.year) 年 \(month.month) 月" }
    public func incidentsInMonth(_ count: Int, exercises: Int) -> String {
        "事件 \(Digits.grouped(count)) 件 · 演練 \(Digits.grouped(exercises)) 件另計"
    }
    public func againstPreviousMonth(_ previous: Int, change: Int) -> String {
        "上月 \(Digits.grouped(previous)) 件（\(change >= 0 ? "+" : "")\(change)）"
    }
    public var exercisesLeftOut: String { "演練事件不計入任何統計數字。" }
    public func reportReadAt(_ time: String) -> String { "依 \(time) 之紀錄簿" }
    public var sectionLevels: String { "事件等級" }
    public var sectionCategories: String { "事件類型" }
    public var sectionAgencyTypes: String { "機關類別" }
    public var sectionCounties: String { "縣市" }
    public var sectionClocks: String { "法定時限" }
    public var sectionTimes: String { "自知悉起之處理時間" }
    public var sectionIndicators: String { "最常見之入侵指標" }
    public var sectionAgencies: String { "事件最多之機關" }
    public var sectionTrend: String { "近 12 個月各級事件趨勢" }
    public func levelRow(_ level: String?) -> String { level.map { "第 \($0) 級" } ?? "未分級" }
    public var notInDirectory: String { "名錄未列" }
    public var columnCount: String { "件數" }
    public var columnPrevious: String { "上月" }
    public var columnChange: String { "增減" }
    public var columnMet: String { "如期" }
    public var columnMetLate: String { "逾時完成" }
    public var columnOverdue: String { "逾期" }
    public var columnWaived: String { "免除" }
    public var columnRunning: String { "計時中" }
    public var columnCompliance: String { "如期率" }
    public var columnMedian: String { "中位數" }
    public var columnP90: String { "P90" }
    public var columnIncidents: String { "事件數" }
    public var columnKind: String { "類型" }
    public var columnValue: String { "值" }
    public var columnMonth: String { "月份" }
    public var columnTotal: String { "合計" }
    public var columnCounty: String { "縣市" }
    public var columnSpan: String { "區間" }
    public func name(of measure: MonthlyReport.TimeFigures.Measure) -> String {
        switch measure {
        case .notification: "知悉 → 平台通報"
        case .containment: "知悉 → 損害控制或復原"
        case .closure: "知悉 → 結案"
        }
    }
    public func span(minutes: Int64) -> String {
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        if days > 0 { return hours > 0 ? "\(days) 天 \(hours) 小時" : "\(days) 天" }
        if hours > 0 { return rest > 0 ? "\(hours) 小時 \(rest) 分" : "\(hours) 小時" }
        return "\(rest) 分"
    }
    public var noFigure: String { "—" }
    public var nothingThisMonth: String { "本月無資料。" }
    public var hintMonth: String { "月份" }
    public var helpMonthlyReport: String { "月報" }
    public var helpPreviousMonth: String { "上個月" }
    public var helpNextMonth: String { "下個月" }
    public var helpInvestigationReport: String { "事件之調查、處理及改善報告" }
    public var monthlyView: String { "月報" }
    public var investigationView: String { "調查報告" }
    public func notAMonth(_ text: String) -> String { "\(text) 不是月份：請寫成 YYYY-MM，例如 2026-03" }
    public func reportWritten(_ path: String) -> String { "報告已寫入 \(path)" }
    public func reportNotWritten(_ path: String, _ reason: String) -> String { "無法寫入 \(path)：\(reason)" }
    public var exportNeedsIncidents: String { "請指定要匯出的事件，或 --since 時間" }
    public var oneReportForm: String { "--markdown、--csv、--json 與 --html 只能擇一" }

    public func investigationTitle(_ id: String) -> String { "資通安全事件調查、處理及改善報告 · \(id)" }
    public var investigationBasis: String { "依施行細則第 8 條所列七項，由紀錄簿填入；紀錄簿未載者標示為未填。" }
    public func investigationRead(at time: String, seq: Int64) -> String { "產製於 \(time)，紀錄簿第 \(seq) 筆" }
    public func name(of item: InvestigationReportItem) -> String {
        switch item {
        case .times: "事件發生、知悉及處理時間"
        case .scope: "影響範圍及損害評估"
        case .damageControl: "損害控制及復原作業歷程"
        case .handling: "調查及處理作業歷程"
        case .rootCause: "事件發生原因"
        case .recurrence: "防範再發生之管理、技術、人力及資源措施"
        case .followUp: "措施之預定完成時程及成效追蹤機制"
        }
    }
    public func name(of milestone: InvestigationReport.Milestone.Kind) -> String {
        switch milestone {
        case .occurred: "發生"
        case .aware: "知悉"
        case .reported: "通報本中心"
        case .notified: "平台通報"
        case .contained: "完成損害控制"
        case .recovered: "完成復原"
        case .closed: "結案"
        }
    }
    public var notFilled: String { "未填" }
    public var labelLevel: String { "等級" }
    public var labelLevelReason: String { "理由" }
    public var labelImpact: String { "衝擊" }
    public var labelAsset: String { "資產" }
    public var labelAgency: String { "機關" }
    public var labelCategory: String { "類型" }
    public var labelDescription: String { "事件說明" }
    public var labelIndicators: String { "入侵指標" }
    public var labelEvidence: String { "證據" }
    public var labelNotes: String { "註記" }
    public var labelNotifications: String { "通知" }
    public var labelClocks: String { "法定時限" }
    public var labelSteps: String { "處理步驟" }
    public var labelStillToDo: String { "尚待完成" }
    public var labelReportDue: String { "本報告" }
    public var exerciseIncidentReport: String { "演練 — 非真實事件" }
    public func clockDue(_ time: String) -> String { "期限 \(time)" }
    public func stepRecorded(_ status: StepRecord.Status, at: String, by: String) -> String {
        "\(status == .done ? "完成" : "略過") \(at)，\(by)"
    }
    public func evidenceLine(_ id: String, kind: String, description: String, digest: String?) -> String {
        "\(id) \(kind)：\(description)\(digest.map { "（sha256 \($0)）" } ?? "")"
    }
    public func notificationLine(_ id: String, channel: String, recipient: String, at: String, outcome: String) -> String {
        "\(id) \(channel) 致 \(recipient)，\(at)，\(outcome)"
    }
}
