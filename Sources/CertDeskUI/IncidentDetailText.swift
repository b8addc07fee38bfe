import CertDeskCore

/// The `certdesk show` page: the incident's facts, indicators and timeline. Every string that
/// came from outside is neutralised for the terminal here, and only here.
public enum IncidentDetailText {
    public static func render(_ incident: Incident, timeline: [RecordedEvent], now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter, agency: Agency? = nil) -> String {
        let words = language.words
        func label(_ field: FieldName) -> String {
            DisplayWidth.pad(words.label(field), toWidth: 12)
        }
        let none = "—"
        var lines: [String] = []
        let exercise = incident.exercise ? words.exerciseBanner : ""
        lines.append(incident.id + "  " + SafeText.singleLine(incident.title) + exercise)
        let level = words.levelValue(incident.level)
            + (incident.level == nil ? "" : incident.levelReason.map { "  (" + SafeText.singleLine($0) + ")" } ?? "")
        lines.append("  " + label(.level) + level)
        if let basis = incident.levelBasis {
            for reason in LevelAssessment(basis).reasons {
                lines.append("  " + DisplayWidth.pad("", toWidth: 12) + "· " + reason.text(in: language))
            }
        }
        lines.append("  " + label(.category) + words.shown(incident.category))
        lines.append("  " + label(.agency) + SafeText.singleLine(incident.agency)
            + (incident.agencyID.map { " (\($0))" } ?? ""))
        // Whom the 60-minute notice reaches, by the channel the agency asked for.
        for contact in agency?.contacts ?? [] {
            lines.append("  " + DisplayWidth.pad(words.agencyContactLabel, toWidth: 12)
                + SafeText.singleLine(contact.name + (contact.role.map { " · \($0)" } ?? "")) + "  " + AgencyText.reach(contact, words))
        }
        lines.append("  " + label(.phase) + words.shownPhase(of: incident))
        lines.append("  " + label(.assignee) + (incident.assignee.map(SafeText.singleLine) ?? none))
        var source = incident.source.kind.rawValue + " " + SafeText.singleLine(incident.source.id)
        if let file = incident.source.file { source += words.fromFile(SafeText.singleLine(file)) }
        lines.append("  " + label(.source) + source)
        lines.append("  " + label(.tlp) + (incident.tlp.map { "TLP:" + $0.rawValue.uppercased() } ?? none))
        lines.append("  " + label(.occurred) + (incident.occurredAt.map(time.string) ?? none))
        lines.append("  " + label(.aware) + time.string(incident.awareAt))
        lines.append("  " + label(.reported) + time.string(incident.reportedAt))
        lines.append("  " + label(.opened) + words.openedBy(time.string(incident.openedAt), SafeText.singleLine(incident.openedBy)))
        lines += ClockListText.incidentSection(incident.obligations, now: now, language: language, time: time)
        if !incident.description.isEmpty {
            lines.append("")
            lines.append(words.descriptionHeading)
            lines += SafeText.multiLine(incident.description).map { "  " + $0 }
        }
        if !incident.indicators.isEmpty {
            lines.append("")
            lines.append(words.tabIndicators)
            var table = TextTable(columns: [.init(words.heading(.type)), .init(words.heading(.value))])
            for indicator in incident.indicators { table.append([indicator.kind.rawValue, indicator.value]) }
            lines += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        if !timeline.isEmpty {
            lines.append("")
            lines.append(words.tabTimeline)
            for entry in timeline {
                lines.append("  " + time.string(entry.at) + "  #\(entry.seq)  " + SafeText.singleLine(entry.actor) + "  "
                    + SafeText.singleLine(EventSummary.text(entry.event, language, time: time)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
