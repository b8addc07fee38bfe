import CertDeskCore

/// Time left on a legal clock, or how long it has been overdue, as the officer reads it:
/// `00:35:00`, `1d 04:12:09`, to the second; from 1,000 days on in days alone (`1204d`), so a
/// value is never longer than `longest` and the columns that show it can be sized for it.
public enum Countdown {
    public static func text(milliseconds: Int64) -> String {
        let seconds = abs(milliseconds) / 1000
        let days = seconds / 86_400, rest = seconds % 86_400
        if days >= 1000 { return "\(days)d" }
        let clock = Digits.two(rest / 3600) + ":" + Digits.two(rest / 60 % 60) + ":" + Digits.two(rest % 60)
        return days > 0 ? "\(days)d \(clock)" : clock
    }

    /// The most cells a DUE value takes: `-999d 23:59:59`.
    public static let longest = 14

    /// `00:35:00 left`, `overdue 00:04:12`, or how the clock ended.
    public static func status(_ obligation: Obligation, now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter) -> String {
        let words = language.words
        switch obligation.state(at: now) {
        case .open:
            return words.timeLeft(text(milliseconds: now.milliseconds(until: obligation.dueAt)))
        case .overdue:
            return words.overdueBy(text(milliseconds: obligation.dueAt.milliseconds(until: now)))
        case .met:
            return words.metAt(obligation.metAt.map(time.string) ?? "?", late: false)
        case .metLate:
            return words.metAt(obligation.metAt.map(time.string) ?? "?", late: true)
        case .waived:
            return words.waivedBecause(SafeText.singleLine(words.waiverReason(of: obligation)))
        }
    }

    /// The queue's DUE cell, in the console and in `certdesk list` alike: `00:35:00` left,
    /// `-00:04:12` overdue, `—` with no clock running; with its marker and urgency.
    public static func due(_ dueAt: Instant?, warnAt: Instant?, now: Instant) -> (marker: String, text: String, urgency: ClockUrgency?) {
        guard let dueAt else { return (" ", "—", nil) }
        let urgency = ClockUrgency(dueAt: dueAt, warnAt: warnAt, at: now)
        return (urgency.marker, (urgency == .overdue ? "-" : "") + text(milliseconds: now.milliseconds(until: dueAt)), urgency)
    }

    /// A marker that shows urgency without colour (NO_COLOR, monochrome terminals).
    public static func marker(_ obligation: Obligation, now: Instant) -> String { ClockUrgency(obligation, at: now).marker }

}
