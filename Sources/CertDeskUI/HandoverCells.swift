import CertDeskCore

/// The handover report's values as words, for every way it is shown (Markdown, the console's
/// handover view): one clock name, one level, one "time left / overdue by".
enum HandoverCells {
    /// `notification #2`: the clock's kind, and its ordinal when a kind runs more than once.
    static func clockName(_ clock: HandoverReport.Clock, _ w: any Words) -> String {
        w.name(of: clock.kind) + (clock.ordinal > 1 ? " #\(clock.ordinal)" : "")
    }

    static func level(_ level: IncidentLevel?) -> String { level.map { String($0.rawValue) } ?? "—" }

    /// Time left, or overdue by, as of the report's own instant (not the wall clock: a report
    /// reads the same whenever it is read).
    static func left(_ due: Instant, now: Instant, _ w: any Words) -> String {
        let ms = now.milliseconds(until: due)
        return ms >= 0 ? w.timeLeft(Countdown.text(milliseconds: ms)) : w.overdueBy(Countdown.text(milliseconds: ms))
    }

    /// `TCN-2026-0001 notification`, as the "during the shift" lists name a clock.
    static func clockOf(_ clock: HandoverReport.Clock, _ w: any Words) -> String { "\(clock.incident) \(clockName(clock, w))" }

    /// `TCN-2026-0001 → 3 (2026-03-02 09:12, 林志明)`
    static func levelChange(_ change: HandoverReport.LevelChange, _ time: LocalTimeFormatter) -> String {
        "\(change.incident) → \(level(change.level)) (\(time.minuteString(change.at)), \(SafeText.singleLine(change.actor)))"
    }
}
