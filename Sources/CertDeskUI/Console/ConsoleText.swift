import CertDeskCore

/// The console's words in both interface languages, in one place.
enum ConsoleText {
    static func phase(_ phase: IncidentPhase, _ language: InterfaceLanguage) -> String {
        language == .zhTW ? phase.label.zh : phase.rawValue
    }

    static func category(_ category: IncidentCategory, _ language: InterfaceLanguage) -> String {
        language == .zhTW ? category.label.zh : category.rawValue
    }

    static func clockName(_ o: Obligation, _ language: InterfaceLanguage) -> String {
        language == .zhTW ? o.kind.label.zh + (o.ordinal > 1 ? " #\(o.ordinal)" : "") : o.name
    }

    static func orderName(_ order: QueueQuery.Order, _ language: InterfaceLanguage) -> String {
        switch order {
        case .urgency: return language == .zhTW ? "緊急程度" : "urgency"
        case .level: return language == .zhTW ? "等級" : "level"
        case .id: return language == .zhTW ? "編號" : "id"
        case .agency: return language == .zhTW ? "機關" : "agency"
        case .phase: return language == .zhTW ? "階段" : "phase"
        }
    }

    static func level(_ level: IncidentLevel?) -> String { level.map { String($0.rawValue) } ?? "?" }

    static func regionTitle(_ region: Region?, _ language: InterfaceLanguage) -> String {
        guard let region else { return "" }
        guard language == .zhTW else { return "\(region.code) CERT" }
        let name = region.name.zh
        return "\(region.code) " + (name.hasSuffix("區域") ? String(name.dropLast(2)) : name)
    }

    static let exerciseTag = BilingualText(en: "EXERCISE", zh: "演練")

    /// `d works in the Playbook tab`, `Tab works in an incident's detail`.
    static func worksElsewhere(_ key: KeyPress, _ elsewhere: ConsoleBindings.Elsewhere, _ language: InterfaceLanguage) -> String {
        let zh = language == .zhTW
        if !elsewhere.tabs.isEmpty, elsewhere.views == [.detail] {
            let tabs = DetailTab.allCases.filter(elsewhere.tabs.contains).map { $0.label.text(in: language) }
            return zh ? "\(key.label) 只在事件詳情的「\(tabs.joined(separator: "、"))」分頁使用"
                      : "\(key.label) works in the \(tabs.joined(separator: ", ")) tab of an incident"
        }
        let place = elsewhere.views.contains(.queue) ? (zh ? "事件佇列" : "the queue") : (zh ? "事件詳情" : "an incident's detail")
        return zh ? "\(key.label) 只在\(place)中使用" : "\(key.label) works in \(place)"
    }

    static func doesNothing(_ key: KeyPress) -> BilingualText {
        BilingualText(en: "\(key.label) does nothing here; ? shows the keys", zh: "\(key.label) 沒有功能；按 ? 看說明")
    }

    static func leftTheQueue(_ id: String) -> BilingualText {
        BilingualText(en: "\(id) left the queue (c shows closed incidents)", zh: "\(id) 已不在佇列中（按 c 顯示已結案）")
    }

    /// `new: TCN-2026-0014 level 3 主機…` for incidents another process brought in.
    static func arrived(_ arrivals: [Arrival], _ language: InterfaceLanguage) -> String {
        let zh = language == .zhTW
        let first = arrivals[0]
        let level = first.level.map { zh ? "第\($0.rawValue)級" : "level \($0.rawValue)" } ?? (zh ? "未分級" : "unclassified")
        let drill = first.exercise ? " " + exerciseTag.text(in: language) : ""
        let more = arrivals.count > 1 ? (zh ? "（另有 \(arrivals.count - 1) 件）" : " (+\(arrivals.count - 1) more)") : ""
        return (zh ? "新事件：" : "new: ") + "\(first.id) \(level)\(drill) \(first.title)" + more
    }

    static func notRecorded(_ banner: BilingualText) -> BilingualText {
        BilingualText(en: "nothing was recorded: " + banner.en, zh: "未登錄任何紀錄：" + banner.zh)
    }

    /// What the status bar says while a prompt of this kind is open.
    static let filterHint = BilingualText(en: "matches id, title, agency, indicator as you type · Enter keeps it · Esc puts the old one back",
                                          zh: "即時比對編號、標題、機關、指標 · Enter 保留 · Esc 還原")
    static let commandHint = BilingualText(en: "level phase meet waive note assign ingest filter sort closed help q · a unique beginning is enough",
                                           zh: "level phase meet waive note assign ingest filter sort closed help q · 可只打開頭")
    static let pathHint = BilingualText(en: "Tab completes the path · Enter goes on · Esc cancels", zh: "Tab 補全路徑 · Enter 繼續 · Esc 取消")
    static let reasonHint = BilingualText(en: "the journal keeps the reason · Enter records · Esc cancels, nothing is recorded",
                                          zh: "理由將保存於紀錄 · Enter 登錄 · Esc 取消（不登錄）")
    static let textHint = BilingualText(en: "Enter records · Esc cancels, nothing is recorded", zh: "Enter 登錄 · Esc 取消（不登錄）")

    static let noIncidentSelected = BilingualText(en: "no incident selected", zh: "沒有選取事件")

    static let reasonNeeded = BilingualText(en: "give the reason (the journal keeps it)", zh: "請填寫理由（紀錄將保存）")
    static let pathNeeded = BilingualText(en: "give the path of the file", zh: "請輸入檔案路徑")

    static func sayWhen(_ kind: ObligationKind) -> BilingualText {
        BilingualText(en: "say when it really happened (HH:MM, or now): \(kind.label.en) is a fact in the world, not a click",
                      zh: "請填寫實際發生時間（HH:MM 或 now）：「\(kind.label.zh)」須記錄實際時間")
    }

    static func moved(_ id: String, _ phase: IncidentPhase, override: Bool) -> BilingualText {
        override ? BilingualText(en: "\(id) moved to \(phase.rawValue) (override)", zh: "\(id) 強制改為「\(phase.label.zh)」")
                 : BilingualText(en: "\(id) moved to \(phase.rawValue)", zh: "\(id) 改為「\(phase.label.zh)」")
    }
    static let quietDesk = BilingualText(en: "No open incident. The desk is quiet.", zh: "目前沒有待處理的事件。")
    static let noMatch = BilingualText(en: "No incident matches the filter.", zh: "沒有符合篩選條件的事件。")
    static func tooSmall(_ rows: Int, _ columns: Int) -> BilingualText {
        BilingualText(en: "Terminal too small: \(columns)×\(rows); certdesk needs at least 80×24.",
                      zh: "終端機太小：\(columns)×\(rows)；certdesk 至少需要 80×24。")
    }

    /// SP 800-61 r2 phases as the regional plan explains them (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14515–14572).
    static func phaseMeaning(_ phase: IncidentPhase) -> BilingualText {
        switch phase {
        case .preparation:
            return BilingualText(en: "Contacts, procedures and data ready; early warning of a repeat of the same incident.",
                                 zh: "建立聯絡窗口、處理程序與資料，並對同類事件提早預警。")
        case .detectionAnalysis:
            return BilingualText(en: "Find the category and impact scope; decide the level; assign staff to handle and coordinate.",
                                 zh: "判斷事件類型與影響範圍，判定資安事件等級，指派人員處理與協調。")
        case .containmentEradicationRecovery:
            return BilingualText(en: "Limit the spread, remove the root cause, assess security before restoring the system.",
                                 zh: "遏制擴散、根除原因（如修補），系統復原前先做安全評估。")
        case .postIncident:
            return BilingualText(en: "Find why it happened, prevent a repeat, decide fixes, tune monitoring and alerting.",
                                 zh: "找出原因、防止再發、決定改善措施並調整監控告警。")
        case .closed:
            return BilingualText(en: "Closed (結案): the closure notification is sent.", zh: "已結案：完成結案通報。")
        }
    }
}
