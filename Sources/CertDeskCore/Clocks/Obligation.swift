/// One legal clock on one incident.
public struct Obligation: Hashable, Sendable {
    public enum State: String, CaseIterable, Hashable, Sendable {
        case open
        /// Past due and not met; recorded in the journal once, when the desk first noticed.
        case overdue
        case met
        case metLate = "met-late"
        case waived
    }

    public var kind: ObligationKind
    /// 1 for most kinds; `renotify` counts the level changes (1, 2, ...).
    public var ordinal: Int
    public var startsAt: Instant
    public var dueAt: Instant
    /// When the screen turns amber.
    public var warnAt: Instant
    public var state: State
    /// When it really happened (`meet --at`), which may be earlier than when it was recorded.
    public var metAt: Instant?
    public var metRecordedAt: Instant?
    public var metBy: String?
    /// What the officer wrote when it was met.
    public var note: String?
    /// The playbook step whose completion met it, when it was met that way.
    public var metByStep: String?
    /// What the officer wrote when waiving it (for a clock waived by closing, the override reason).
    public var waivedReason: String?
    public var waivedBy: String?
    public var waivedAt: Instant?
    /// Waived because the incident was closed over it, with the override reason.
    public var waivedOnClose: Bool
    /// Waived by the desk because a level change made it not apply (not by an officer): it
    /// applies again, from the change, if the level comes back.
    public var levelWaiver: LevelWaiver?

    public var waivedForLevel: Bool { levelWaiver != nil }

    public init(kind: ObligationKind, ordinal: Int = 1, startsAt: Instant, dueAt: Instant, warnAt: Instant,
                state: State = .open, metAt: Instant? = nil, metRecordedAt: Instant? = nil, metBy: String? = nil,
                note: String? = nil, metByStep: String? = nil, waivedReason: String? = nil, waivedBy: String? = nil,
                waivedAt: Instant? = nil, waivedOnClose: Bool = false, levelWaiver: LevelWaiver? = nil) {
        self.kind = kind
        self.ordinal = ordinal
        self.startsAt = startsAt
        self.dueAt = dueAt
        self.warnAt = warnAt
        self.state = state
        self.metAt = metAt
        self.metRecordedAt = metRecordedAt
        self.metBy = metBy
        self.note = note
        self.metByStep = metByStep
        self.waivedReason = waivedReason
        self.waivedBy = waivedBy
        self.waivedAt = waivedAt
        self.waivedOnClose = waivedOnClose
        self.levelWaiver = levelWaiver
    }

    /// Still running: nobody has met or waived it.
    public var isPending: Bool { state == .open || state == .overdue }

    /// The state as the officer sees it at `now`: an open clock past its due time is overdue
    /// even before the journal has recorded it.
    public func state(at now: Instant) -> State {
        state == .open && now > dueAt ? .overdue : state
    }

    /// The one order an incident's clocks are kept in: by start, then kind, then ordinal.
    public static func precedes(_ a: Obligation, _ b: Obligation) -> Bool {
        (a.startsAt, a.kind, a.ordinal) < (b.startsAt, b.kind, b.ordinal)
    }

    /// `renotify#2` for the second level-change report, else the kind alone.
    public var name: String { ordinal > 1 ? "\(kind.rawValue)#\(ordinal)" : kind.rawValue }
}
