import CertDeskCore

/// Time left on a legal clock, or how long it has been overdue, as the officer reads it:
/// `00:35:00`, `1d 04:12:09`, to the second.
public enum Countdown {
    public static func text(milliseconds: Int64) -> String {
        let seconds = abs(milliseconds) / 1000
        let days = seconds / 86_400, rest = seconds % 86_400
        let clock = Digits.two(rest / 3600) + ":" + Digits.two(rest / 60 % 60) + ":" + Digits.two(rest % 60)
        return days > 0 ? "\(days)d \(clock)" : clock
    }

    /// `00:35:00 left`, `overdue 00:04:12`, or how the clock ended.
    public static func status(_ obligation: Obligation, now: Instant, language: InterfaceLanguage,
                              time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        switch obligation.state(at: now) {
        case .open:
            let left = text(milliseconds: now.milliseconds(until: obligation.dueAt))
            return zh ? "剩 \(left)" : "\(left) left"
        case .overdue:
            let late = text(milliseconds: obligation.dueAt.milliseconds(until: now))
            return zh ? "逾期 \(late)" : "overdue \(late)"
        case .met:
            let at = obligation.metAt.map(time.string) ?? "?"
            return zh ? "已完成 \(at)" : "met \(at)"
        case .metLate:
            let at = obligation.metAt.map(time.string) ?? "?"
            return zh ? "逾時完成 \(at)" : "met late \(at)"
        case .waived:
            return (zh ? "已免除：" : "waived: ") + SafeText.singleLine(obligation.waivedReason ?? "")
        }
    }

    /// A marker that shows urgency without colour (NO_COLOR, monochrome terminals).
    public static func marker(_ obligation: Obligation, now: Instant) -> String { ClockUrgency(obligation, at: now).marker }

}
