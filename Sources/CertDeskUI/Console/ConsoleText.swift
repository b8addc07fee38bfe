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
        case .due: return language == .zhTW ? "期限" : "deadline"
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
    static let quietDesk = BilingualText(en: "No open incident. The desk is quiet.", zh: "目前沒有待處理的事件。")
    static let noMatch = BilingualText(en: "No incident matches the filter.", zh: "沒有符合篩選條件的事件。")
    static func tooSmall(_ rows: Int, _ columns: Int) -> BilingualText {
        BilingualText(en: "Terminal too small: \(columns)×\(rows); certdesk needs at least 80×24.",
                      zh: "終端機太小：\(columns)×\(rows)；certdesk 至少需要 80×24。")
    }

    /// SP 800-61 r2 phases as the regional plan explains them (seed L14515–14572).
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
