import CertDeskCore

/// The `certdesk list` table. What must be acted on first leads each row, as in the console:
/// the next clock's time left (or how late it is) with its marker, and which clock it is. Rows
/// are printed as they are read (`TextTable.Stream`), so every column is as wide as the longest
/// value it can hold: the DUE text (`Countdown.longest`), the words of every clock, category and
/// phase in the language, an id (`ListColumnWidths.id`), a minute in local time; agencies and
/// titles are cut.
public struct IncidentListText: Sendable {
    let words: any Words
    let now: Instant
    let time: LocalTimeFormatter
    let table: TextTable.Stream

    public init(language: InterfaceLanguage, now: Instant, time: LocalTimeFormatter) {
        let words = language.words
        self.words = words
        self.now = now
        self.time = time
        table = TextTable.Stream(columns: [
            .init(words.heading(.due)), .init(words.heading(.clock)), .init(words.heading(.id), mayCut: false), .init(words.heading(.level)),
            .init(words.heading(.category)), .init(words.heading(.aware)), .init(words.heading(.agency)),
            .init(words.heading(.phase)), .init(words.heading(.title)),
        ], widths: [
            2 + Countdown.longest, ListColumnWidths.clock(words), ListColumnWidths.id, 1, ListColumnWidths.widest(IncidentCategory.allCases.map(words.shown)),
            ListColumnWidths.minute, 24, ListColumnWidths.widest(IncidentPhase.allCases.map(words.shown)), 60,
        ])
    }

    public var header: String { table.header }

    public var empty: String { words.noIncidents }

    public func line(_ incident: Incident) -> String {
        let next = incident.nextDue
        let due = Countdown.due(next?.dueAt, warnAt: next?.warnAt, now: now)
        return table.line([
            due.marker + " " + due.text, next.map(words.clockName) ?? "—",
            incident.id, incident.level.map { String($0.rawValue) } ?? "?", words.shown(incident.category),
            time.minuteString(incident.awareAt), incident.agency,
            words.shown(incident.phase), (incident.exercise ? words.exerciseMark : "") + incident.title,
        ])
    }

    /// The whole table at once, for incidents already in hand (the desk as it stood, `--as-of`).
    public static func render(_ incidents: [Incident], now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let text = IncidentListText(language: language, now: now, time: time)
        guard !incidents.isEmpty else { return text.empty }
        return ([text.header] + incidents.map(text.line)).joined(separator: "\n")
    }
}

/// The widths the streamed tables reserve for values drawn from a fixed set.
enum ListColumnWidths {
    /// `2026-03-02 11:42`.
    static let minute = 16
    /// `TCN-2026-999999`: a region's code, the year and six digits, more incidents than a
    /// region opens in a year. A longer id is printed whole, past the column (`mayCut`).
    static let id = 15

    static func widest(_ values: [String]) -> Int { values.map { DisplayWidth.width(of: $0) }.max() ?? 0 }

    /// Every clock's name, with room for an ordinal (`renotify#12`) and the `—` of no clock.
    static func clock(_ words: any Words) -> Int {
        let sample = Instant(millisecondsSinceEpoch: 0)
        return widest(ObligationKind.allCases.map { words.clockName(Obligation(kind: $0, ordinal: 99, startsAt: sample, dueAt: sample, warnAt: sample)) } + ["—"])
    }
}
