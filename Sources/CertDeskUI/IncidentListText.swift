import CertDeskCore

/// The `certdesk list` table.
public enum IncidentListText {
    /// What must be acted on first leads each row, as in the console: the next clock's time
    /// left (or how late it is) with its marker, and which clock it is.
    public static func render(_ incidents: [Incident], now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let words = language.words
        guard !incidents.isEmpty else { return words.noIncidents }
        var table = TextTable(columns: [
            .init(words.heading(.due)), .init(words.heading(.clock)), .init(words.heading(.id)), .init(words.heading(.level)),
            .init(words.heading(.category)), .init(words.heading(.aware)), .init(words.heading(.agency), maxWidth: 24),
            .init(words.heading(.phase)), .init(words.heading(.title), maxWidth: 60),
        ])
        for incident in incidents {
            let exercise = incident.exercise ? words.exerciseMark : ""
            let next = incident.nextDue
            let due = Countdown.due(next?.dueAt, warnAt: next?.warnAt, now: now)
            table.append([
                due.marker + " " + due.text, next.map(words.clockName) ?? "—",
                incident.id, incident.level.map { String($0.rawValue) } ?? "?", words.shown(incident.category),
                time.minuteString(incident.awareAt), incident.agency,
                words.shown(incident.phase), exercise + incident.title,
            ])
        }
        return table.render()
    }
}
