import CertDeskCore

/// How urgent a legal clock is at a moment, and how that shows: its marker (which carries the
/// urgency without colour, for NO_COLOR and monochrome terminals) and its style role. Every view
/// that shows a clock — the queue's due column, the title bar, the clocks tab, the summary —
/// asks this, so they cannot disagree.
public enum ClockUrgency: Sendable {
    case overdue, warning, running, met, waived

    public init(_ obligation: Obligation, at now: Instant) {
        switch obligation.state(at: now) {
        case .overdue: self = .overdue
        case .open: self = now >= obligation.warnAt ? .warning : .running
        case .met, .metLate: self = .met
        case .waived: self = .waived
        }
    }

    /// A pending clock known only by its due and warning times (a queue row).
    public init(dueAt: Instant, warnAt: Instant?, at now: Instant) {
        self = now > dueAt ? .overdue : warnAt.map { now >= $0 } ?? false ? .warning : .running
    }

    public var marker: String {
        switch self {
        case .overdue: return "✖"
        case .warning: return "▲"
        case .running: return "●"
        case .met: return "✔"
        case .waived: return "–"
        }
    }

    /// Its role, `calm` where nothing is urgent (plain text, or the bar it sits on).
    public func role(calm: StyleRole = .normal) -> StyleRole {
        switch self {
        case .overdue: return .overdue
        case .warning: return .warning
        case .running: return calm
        case .met: return .met
        case .waived: return .dim
        }
    }
}
