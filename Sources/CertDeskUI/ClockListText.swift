import CertDeskCore

/// The `certdesk clocks` table: every legal clock on the desk, the one due first first.
public enum ClockListText {
    public static func render(_ entries: [ClockEntry], now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter) -> String {
        let words = language.words
        guard !entries.isEmpty else { return words.noClockRunning }
        var table = TextTable(columns: [
            .init(""), .init(words.heading(.due)), .init(words.heading(.status)), .init(words.heading(.id)), .init(words.heading(.clock)),
            .init(words.heading(.level)), .init(words.heading(.title), maxWidth: 50),
        ])
        for entry in entries {
            let o = entry.obligation
            let exercise = entry.exercise ? words.exerciseMark : ""
            table.append([
                Countdown.marker(o, now: now), time.minuteString(o.dueAt),
                Countdown.status(o, now: now, language: language, time: time), entry.incidentID,
                words.clockName(o),
                entry.level.map { String($0.rawValue) } ?? "?", exercise + entry.title,
            ])
        }
        return table.render()
    }

    /// The clocks section of `certdesk show`.
    public static func incidentSection(_ obligations: [Obligation], now: Instant, language: InterfaceLanguage,
                                       time: LocalTimeFormatter) -> [String] {
        let words = language.words
        guard !obligations.isEmpty else { return [] }
        var table = TextTable(columns: [
            .init(""), .init(words.heading(.clock)), .init(words.heading(.starts)), .init(words.heading(.due)),
            .init(words.heading(.status)),
        ])
        for o in obligations {
            table.append([Countdown.marker(o, now: now), words.clockName(o),
                          time.minuteString(o.startsAt), time.minuteString(o.dueAt),
                          Countdown.status(o, now: now, language: language, time: time)])
        }
        return ["", words.tabClocks] + table.render().split(separator: "\n").map { "  " + $0 }
    }
}
