/// One incident as the desk knows it now: the projection of its journal events.
public struct Incident: Hashable, Sendable {
    /// Desk id, e.g. `TCN-2026-0042`.
    public var id: String
    public var source: IncidentSource
    public var title: String
    public var category: IncidentCategory
    /// Nil while unclassified.
    public var level: IncidentLevel?
    /// The C/I/A facts behind the level, when the officer gave them.
    public var levelBasis: LevelBasis?
    /// Why the level was last set (required by `level`, kept for the review).
    public var levelReason: String?
    /// The reporting agency's name as received.
    public var agency: String
    /// The directory id of that agency when the desk knows it.
    public var agencyID: String?
    public var occurredAt: Instant?
    /// 知悉: when the agency became aware. The 1-hour notification clock starts here.
    public var awareAt: Instant
    /// When the incident was reported to the CERT.
    public var reportedAt: Instant
    public var description: String
    public var phase: IncidentPhase
    public var assignee: String?
    /// A drill incident (演練): shown as such and kept out of real figures.
    public var exercise: Bool
    public var tlp: TrafficLightProtocol?
    public var indicators: [Indicator]
    /// The legal clocks, in the order they started.
    public var obligations: [Obligation]
    /// The playbook version this incident follows (attached when it opened or changed category).
    public var playbook: PlaybookRef?
    /// Steps done or skipped, in the order they were recorded.
    public var steps: [StepRecord]
    /// The notifications sent or recorded, in order (NotificationRecord).
    public var notifications: [NotificationRecord]
    /// When it was (last) closed: evidence retention counts from here.
    public var closedAt: Instant?
    /// Closed as a false positive: not an incident (kept out of the blocking list).
    public var falsePositive = false
    /// When and by whom the desk opened it (the journal's time, not the sender's).
    public var openedAt: Instant
    public var openedBy: String
    public var updatedAt: Instant
    public var noteCount: Int
    /// The journal sequence number of the last event that changed it.
    public var lastSeq: Int64

    public init(id: String, source: IncidentSource, title: String, category: IncidentCategory, level: IncidentLevel?,
                levelBasis: LevelBasis?, levelReason: String?, agency: String, agencyID: String?, occurredAt: Instant?,
                awareAt: Instant, reportedAt: Instant, description: String, phase: IncidentPhase, assignee: String?,
                exercise: Bool, tlp: TrafficLightProtocol?, indicators: [Indicator], obligations: [Obligation] = [],
                playbook: PlaybookRef? = nil, steps: [StepRecord] = [], notifications: [NotificationRecord] = [], closedAt: Instant? = nil,
                openedAt: Instant, openedBy: String,
                updatedAt: Instant, noteCount: Int, lastSeq: Int64) {
        self.id = id
        self.source = source
        self.title = title
        self.category = category
        self.level = level
        self.levelBasis = levelBasis
        self.levelReason = levelReason
        self.agency = agency
        self.agencyID = agencyID
        self.occurredAt = occurredAt
        self.awareAt = awareAt
        self.reportedAt = reportedAt
        self.description = description
        self.phase = phase
        self.assignee = assignee
        self.exercise = exercise
        self.tlp = tlp
        self.indicators = indicators
        self.obligations = obligations
        self.playbook = playbook
        self.steps = steps
        self.notifications = notifications
        self.closedAt = closedAt
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.updatedAt = updatedAt
        self.noteCount = noteCount
        self.lastSeq = lastSeq
    }
}

extension Incident {
    /// The pending clock that falls due first: what the queue sorts by.
    public var nextDue: Obligation? {
        obligations.filter(\.isPending).min { ($0.dueAt, $0.kind) < ($1.dueAt, $1.kind) }
    }

    /// The pending obligation of `kind` the officer means: the earliest one (for `renotify`).
    public func pendingObligation(_ kind: ObligationKind) -> Obligation? {
        obligations.filter { $0.kind == kind && $0.isPending }.min { $0.ordinal < $1.ordinal }
    }
}

/// Desk incident ids: `<region>-<year>-<number>`, the number zero-padded to four digits and
/// counted per region and year (e.g. `TCN-2026-0042`). The year is the Asia/Taipei year in which
/// the desk opened the incident.
public struct IncidentNumbering: Sendable {
    public static func prefix(region: Region, openedAt: Instant) -> String {
        "\(region.code)-\(TaipeiTime.localDay(openedAt).date.year)"
    }

    public static func id(prefix: String, number: Int) -> String {
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Splits `TCN-2026-0042` into (`TCN-2026`, 42).
    public static func parse(_ id: String) -> (prefix: String, number: Int)? {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]), number > 0 else { return nil }
        return (String(id[..<dash]), number)
    }
}

extension Incident {
    /// A copy following another playbook (for readers that build an incident column by column).
    public func with(playbook: PlaybookRef?, closedAt: Instant?, falsePositive: Bool = false) -> Incident {
        var copy = self
        copy.playbook = playbook
        copy.closedAt = closedAt
        copy.falsePositive = falsePositive
        return copy
    }
}
