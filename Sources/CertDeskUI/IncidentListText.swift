import CertDeskCore

/// The `certdesk list` table.
public enum IncidentListText {
    public static func render(_ incidents: [Incident], language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let words = language.words
        guard !incidents.isEmpty else { return words.noIncidents }
        var table = TextTable(columns: [
            .init(words.heading(.id)), .init(words.heading(.level)), .init(words.heading(.category)),
            .init(words.heading(.aware)), .init(words.heading(.agency), maxWidth: 24),
            .init(words.heading(.phase)), .init(words.heading(.title), maxWidth: 60),
        ])
        for incident in incidents {
            let exercise = incident.exercise ? words.exerciseMark : ""
            table.append([
                incident.id, incident.level.map { String($0.rawValue) } ?? "?", words.shown(incident.category),
                time.minuteString(incident.awareAt), incident.agency,
                words.shown(incident.phase), exercise + incident.title,
            ])
        }
        return table.render()
    }
}
