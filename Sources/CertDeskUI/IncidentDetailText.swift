import CertDeskCore

/// The `certdesk show` page: the incident's facts, indicators and timeline. Every string that
/// came from outside is neutralised for the terminal here, and only here.
public enum IncidentDetailText {
    public static func render(_ incident: Incident, timeline: [RecordedEvent], now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        func label(_ en: String, _ zhText: String) -> String {
            DisplayWidth.pad(zh ? zhText : en, toWidth: 12)
        }
        let none = "—"
        var lines: [String] = []
        let exercise = incident.exercise ? (zh ? "  [演練 EXERCISE]" : "  [EXERCISE 演練]") : ""
        lines.append(incident.id + "  " + SafeText.singleLine(incident.title) + exercise)
        let level: String
        if let value = incident.level {
            level = (zh ? "第 \(value.rawValue) 級" : "\(value.rawValue)")
                + (incident.levelReason.map { "  (" + SafeText.singleLine($0) + ")" } ?? "")
        } else {
            level = zh ? "未分級" : "unclassified"
        }
        lines.append("  " + label("Level", "等級") + level)
        if let basis = incident.levelBasis {
            for reason in LevelAssessment(basis).reasons {
                lines.append("  " + DisplayWidth.pad("", toWidth: 12) + "· " + reason.text(in: language))
            }
        }
        lines.append("  " + label("Category", "類別") + (zh ? incident.category.label.zh : incident.category.rawValue))
        lines.append("  " + label("Agency", "機關") + SafeText.singleLine(incident.agency)
            + (incident.agencyID.map { " (\($0))" } ?? ""))
        lines.append("  " + label("Phase", "階段") + (zh ? incident.phase.label.zh : incident.phase.rawValue))
        lines.append("  " + label("Assignee", "承辦人") + (incident.assignee.map(SafeText.singleLine) ?? none))
        var source = incident.source.kind.rawValue + " " + SafeText.singleLine(incident.source.id)
        if let file = incident.source.file { source += zh ? "（檔案 \(SafeText.singleLine(file))）" : " (file \(SafeText.singleLine(file)))" }
        lines.append("  " + label("Source", "來源") + source)
        lines.append("  " + label("TLP", "TLP") + (incident.tlp.map { "TLP:" + $0.rawValue.uppercased() } ?? none))
        lines.append("  " + label("Occurred", "發生時間") + (incident.occurredAt.map(time.string) ?? none))
        lines.append("  " + label("Aware", "知悉時間") + time.string(incident.awareAt))
        lines.append("  " + label("Reported", "通報時間") + time.string(incident.reportedAt))
        lines.append("  " + label("Opened", "開立") + time.string(incident.openedAt) + (zh ? "，" : " by ")
            + SafeText.singleLine(incident.openedBy) + (zh ? " 開立" : ""))
        lines += ClockListText.incidentSection(incident.obligations, now: now, language: language, time: time)
        if !incident.description.isEmpty {
            lines.append("")
            lines.append(zh ? "說明" : "Description")
            lines += SafeText.multiLine(incident.description).map { "  " + $0 }
        }
        if !incident.indicators.isEmpty {
            lines.append("")
            lines.append(zh ? "指標" : "Indicators")
            var table = TextTable(columns: [.init(zh ? "類型" : "TYPE"), .init(zh ? "值" : "VALUE")])
            for indicator in incident.indicators { table.append([indicator.kind.rawValue, indicator.value]) }
            lines += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        if !timeline.isEmpty {
            lines.append("")
            lines.append(zh ? "時間軸" : "Timeline")
            for entry in timeline {
                lines.append("  " + time.string(entry.at) + "  #\(entry.seq)  " + SafeText.singleLine(entry.actor) + "  "
                    + SafeText.singleLine(EventSummary.text(entry.event, language, time: time)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
