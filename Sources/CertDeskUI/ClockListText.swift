import CertDeskCore

/// The `certdesk clocks` table: every legal clock on the desk, the one due first first.
public enum ClockListText {
    public static func render(_ entries: [ClockEntry], now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        guard !entries.isEmpty else { return zh ? "（沒有進行中的法定時限）" : "(no legal clock is running)" }
        var table = TextTable(columns: [
            .init(""), .init(zh ? "期限" : "DUE"), .init(zh ? "狀態" : "STATUS"), .init("ID"), .init(zh ? "時限" : "CLOCK"),
            .init(zh ? "等級" : "LV"), .init(zh ? "標題" : "TITLE", maxWidth: 50),
        ])
        for entry in entries {
            let o = entry.obligation
            let exercise = entry.exercise ? (zh ? "[演練] " : "[EXERCISE] ") : ""
            table.append([
                Countdown.marker(o, now: now), time.minuteString(o.dueAt),
                Countdown.status(o, now: now, language: language, time: time), entry.incidentID,
                zh ? o.kind.label.zh + (o.ordinal > 1 ? " #\(o.ordinal)" : "") : o.name,
                entry.level.map { String($0.rawValue) } ?? "?", exercise + entry.title,
            ])
        }
        return table.render()
    }

    /// The clocks section of `certdesk show`.
    public static func incidentSection(_ obligations: [Obligation], now: Instant, language: InterfaceLanguage,
                                       time: LocalTimeFormatter) -> [String] {
        let zh = language == .zhTW
        guard !obligations.isEmpty else { return [] }
        var table = TextTable(columns: [
            .init(""), .init(zh ? "時限" : "CLOCK"), .init(zh ? "起算" : "STARTS"), .init(zh ? "期限" : "DUE"),
            .init(zh ? "狀態" : "STATUS"),
        ])
        for o in obligations {
            table.append([Countdown.marker(o, now: now), zh ? o.kind.label.zh + (o.ordinal > 1 ? " #\(o.ordinal)" : "") : o.name,
                          time.minuteString(o.startsAt), time.minuteString(o.dueAt),
                          Countdown.status(o, now: now, language: language, time: time)])
        }
        return ["", zh ? "法定時限" : "Clocks"] + table.render().split(separator: "\n").map { "  " + $0 }
    }
}
