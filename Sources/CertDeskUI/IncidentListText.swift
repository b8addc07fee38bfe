import CertDeskCore

/// The `certdesk list` table.
public enum IncidentListText {
    public static func render(_ incidents: [Incident], language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        guard !incidents.isEmpty else {
            return zh ? "（值勤台上沒有事件）" : "(no incidents on this desk)"
        }
        var table = TextTable(columns: [
            .init("ID"), .init(zh ? "等級" : "LV"), .init(zh ? "類別" : "CATEGORY"),
            .init(zh ? "知悉時間" : "AWARE"), .init(zh ? "機關" : "AGENCY", maxWidth: 24),
            .init(zh ? "階段" : "PHASE"), .init(zh ? "標題" : "TITLE", maxWidth: 60),
        ])
        for incident in incidents {
            let exercise = incident.exercise ? (zh ? "[演練] " : "[EXERCISE] ") : ""
            table.append([
                incident.id, incident.level.map { String($0.rawValue) } ?? "?", incident.category.rawValue,
                time.minuteString(incident.awareAt), incident.agency,
                zh ? incident.phase.label.zh : incident.phase.rawValue, exercise + incident.title,
            ])
        }
        return table.render()
    }
}
