import CertDeskCore

/// The `certdesk clocks` table: every legal clock on the desk, the one due first first, printed
/// as the rows are read (`TextTable.Stream`), each column as wide as the longest value it can
/// hold (a waiver's reason, which can be longer, runs past its column rather than be cut).
public struct ClockListText: Sendable {
    let language: InterfaceLanguage
    let now: Instant
    let time: LocalTimeFormatter
    let table: TextTable.Stream

    public init(language: InterfaceLanguage, now: Instant, time: LocalTimeFormatter) {
        let words = language.words
        self.language = language
        self.now = now
        self.time = time
        let longest = String(repeating: "9", count: Countdown.longest)
        let minute = String(repeating: "9", count: ListColumnWidths.minute)
        table = TextTable.Stream(columns: [
            .init(""), .init(words.heading(.due)), .init(words.heading(.status), mayCut: false), .init(words.heading(.id), mayCut: false), .init(words.heading(.clock)),
            .init(words.heading(.level)), .init(words.heading(.title)),
        ], widths: [
            1, ListColumnWidths.minute,
            ListColumnWidths.widest([words.timeLeft(longest), words.overdueBy(longest), words.metAt(minute, late: true), words.metAt(minute, late: false)]),
            ListColumnWidths.id, ListColumnWidths.clock(words), 1, 50,
        ])
    }

    public var header: String { table.header }

    public var empty: String { language.words.noClockRunning }

    public func line(_ entry: ClockEntry) -> String {
        let o = entry.obligation, words = language.words
        return table.line([
            Countdown.marker(o, now: now), time.minuteString(o.dueAt),
            Countdown.status(o, now: now, language: language, time: time), entry.incidentID,
            words.clockName(o),
            entry.level.map { String($0.rawValue) } ?? "?", (entry.exercise ? words.exerciseMark : "") + entry.title,
        ])
    }

    /// The whole table at once, for clocks already in hand (the desk as it stood, `--as-of`).
    public static func render(_ entries: [ClockEntry], now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter) -> String {
        let text = ClockListText(language: language, now: now, time: time)
        guard !entries.isEmpty else { return text.empty }
        return ([text.header] + entries.map(text.line)).joined(separator: "\n")
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
