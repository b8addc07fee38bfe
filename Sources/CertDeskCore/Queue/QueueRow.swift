/// One line of the incident queue: what the officer scans at a glance. A read model of the
/// incidents projection, fetched a page at a time so the screen's cost never grows with the desk.
public struct QueueRow: Hashable, Sendable {
    public var id: String
    public var title: String
    public var level: IncidentLevel?
    public var category: IncidentCategory
    public var agency: String
    public var phase: IncidentPhase
    public var assignee: String?
    public var exercise: Bool
    /// The pending clock that falls due first, if any.
    public var nextDueAt: Instant?
    public var nextDueKind: ObligationKind?
    /// When the screen turns that clock amber.
    public var nextWarnAt: Instant?

    public init(id: String, title: String, level: IncidentLevel?, category: IncidentCategory, agency: String,
                phase: IncidentPhase, assignee: String?, exercise: Bool, nextDueAt: Instant?, nextDueKind: ObligationKind?,
                nextWarnAt: Instant?) {
        self.id = id
        self.title = title
        self.level = level
        self.category = category
        self.agency = agency
        self.phase = phase
        self.assignee = assignee
        self.exercise = exercise
        self.nextDueAt = nextDueAt
        self.nextDueKind = nextDueKind
        self.nextWarnAt = nextWarnAt
    }
}

/// Where a page of the queue starts. In urgency order a page is found from its neighbour's
/// key (keyset paging), so reaching the thousandth page costs what the first one does.
public enum QueueAnchor: Hashable, Sendable {
    case start
    /// The last page, in display order.
    case end
    /// The rows after this one.
    case after(QueueRow)
    /// The rows before this one, in display order.
    case before(QueueRow)
    /// By position, for the orders an index cannot serve.
    case offset(Int)
}

/// Which incidents the queue shows, and in what order.
public struct QueueQuery: Hashable, Sendable {
    public enum Order: String, CaseIterable, Hashable, Sendable {
        /// What the officer must act on first (the default; `QueueUrgency`).
        case urgency
        case level
        case id
        case agency
        case phase
    }

    /// Matched against id, title, agency and indicator values; empty shows everything.
    public var filter: String
    public var includeClosed: Bool
    public var order: Order
    /// The moment the urgency bands are drawn at. The console fixes it when it reloads, so the
    /// pages of one window agree; nil means the desk's now.
    public var asOf: Instant?

    public init(filter: String = "", includeClosed: Bool = false, order: Order = .urgency, asOf: Instant? = nil) {
        self.filter = filter
        self.includeClosed = includeClosed
        self.order = order
        self.asOf = asOf
    }

    /// The open queue in urgency order comes off an index a page at a time, from a neighbour's
    /// key (`QueueAnchor.after`/`.before`/`.end`); every other query pages by position.
    public var pagesByKey: Bool { order == .urgency && !includeClosed }
}

extension QueueRow {
    /// The queue's line for an incident held in memory (a replay, the tests' desk); the store
    /// reads the same fields from the incidents projection.
    public init(_ incident: Incident) {
        let next = incident.nextDue
        self.init(id: incident.id, title: incident.title, level: incident.level, category: incident.category, agency: incident.agency,
                  phase: incident.phase, assignee: incident.assignee, exercise: incident.exercise, nextDueAt: next?.dueAt,
                  nextDueKind: next?.kind, nextWarnAt: next?.warnAt)
    }
}

extension QueueQuery {
    /// Whether the queue shows `incident`, for a desk held in memory: the rule the store's SQL
    /// states (`QueueSQL.filter`): closed ones only when asked, and the filter text found as
    /// `QueueFilterText` says.
    public func admits(_ incident: Incident) -> Bool {
        if !includeClosed, incident.phase == .closed { return false }
        let text = QueueFilterText.folded(TextChecks.trimmed(filter))
        guard !text.isEmpty else { return true }
        return QueueFilterText.contains(QueueFilterText.folded(QueueFilterText.body(of: incident)), text)
    }
}
