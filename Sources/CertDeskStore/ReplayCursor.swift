import CertDeskCore
import GRDB

/// The journal read back a row at a time, for replay (../shared/DESIGN.md: replay is the journal
/// folded with the one reducer up to a row). It holds the desk after row `seq` as a moment does
/// (`moment(through:scope:)`: the incidents, the region, the policy, the playbooks and the shift
/// on watch; the shifts' counters are not kept), and moves without folding the journal again:
///
/// - one row forward applies that row with `DeskReducer`;
/// - one row back folds again only what the row changed: its incident from its own rows (an
///   index read of a dozen rows) with the desk-wide rows that bear on incidents, kept in memory,
///   or, for a desk-wide row, the desk-wide rows alone;
/// - a jump reads the moment afresh (`moment(through:scope:)`).
///
/// No second path edits state: every change is the reducer applying a journal row.
public final class ReplayCursor {
    let store: DeskStore
    /// The rows the replay may show: after `first` … through `last`.
    public let first: Int64
    public let last: Int64
    public private(set) var seq: Int64
    public private(set) var state: DeskState
    /// Which incidents the state holds: the open ones (and any a step touched), or every one.
    public private(set) var scope: MomentScope
    /// Every desk-wide row (no incident), parsed once: a desk has a few thousand (shifts, policy,
    /// playbooks), against a million rows of incidents.
    let deskRows: [RecordedEvent]
    /// The desk-wide rows an incident's fold needs: all but the shifts' (a shift row changes
    /// only the shifts; `ShiftReduction`).
    let incidentContext: [RecordedEvent]
    /// Incidents whose evidence register is in the state: folded from their rows since the last
    /// jump (a moment reads incidents from their projection rows, without their evidence).
    var folded: Set<String> = []

    /// A replay of rows `first+1 … last`, standing after row `start`.
    public init(store: DeskStore, first: Int64, last: Int64, start: Int64, scope: MomentScope = .open) throws(StoreError) {
        self.store = store
        self.first = first
        self.last = last
        self.scope = scope
        seq = min(max(start, first), last)
        deskRows = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, at, actor, incident, kind, body FROM journal WHERE incident IS NULL AND seq <= ? ORDER BY seq",
                             arguments: [last]).map(JournalRows.recordedEvent)
        }
        incidentContext = deskRows.filter { !$0.event.isShiftEvent }
        state = try store.moment(through: seq, scope: scope)
    }

    /// The time of row `seq` (nil for 0, before the first row).
    public func recordedAt(_ seq: Int64) throws(StoreError) -> Instant? { try store.recordedAt(seq) }

    /// The row `seq` itself.
    public func row(_ seq: Int64) throws(StoreError) -> RecordedEvent? { try store.read { db in try Self.row(db, seq) } }

    /// Incidents opened by rows after `seq` up to the cursor, oldest first (the arrivals the
    /// console announces as the replay plays).
    public func openings(after seq: Int64) throws(StoreError) -> [String] {
        guard seq < self.seq else { return [] }
        return try store.read { db in
            try String.fetchAll(db, sql: "SELECT incident FROM journal WHERE kind = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT 100",
                                arguments: [DeskEvent.Kind.incidentOpened.rawValue, seq, self.seq])
        }
    }

    /// Moves one row on; false at the end.
    @discardableResult
    public func forward() throws(StoreError) -> Bool {
        guard seq < last else { return false }
        let next = seq + 1
        try store.read { db in
            guard let row = try Self.row(db, next) else { throw StoreError.inconsistent(seq: next) { $0.journalRowMissing(next) } }
            if let id = row.event.incidentID, !folded.contains(id) {
                if case .incidentOpened = row.event {
                    folded.insert(id)
                } else {
                    try refold(db, incident: id, through: seq)
                }
            }
            try DeskReducer.apply(row, to: &state)
        }
        seq = next
        return true
    }

    /// Moves one row back; false at the start.
    @discardableResult
    public func back() throws(StoreError) -> Bool {
        guard seq > first else { return false }
        let previous = seq - 1
        try store.read { db in
            guard let row = try Self.row(db, seq) else { throw StoreError.inconsistent(seq: seq) { $0.journalRowMissing(seq) } }
            if let id = row.event.incidentID {
                try refold(db, incident: id, through: previous)
            } else {
                refoldDesk(through: previous)
            }
        }
        seq = previous
        state.journalHead = previous
        return true
    }

    /// Stands after row `target` (clamped to the replay's rows): a few rows are stepped, a long
    /// way is a fresh moment.
    public func move(to target: Int64) throws(StoreError) {
        let target = min(max(target, first), last)
        if target >= seq, target - seq <= Self.stepsBeforeJumping {
            while seq < target { try forward() }
        } else if target < seq, seq - target <= Self.stepsBeforeJumping / 16 {
            while seq > target { try back() }
        } else {
            state = try store.moment(through: target, scope: scope)
            folded = []
            seq = target
        }
    }

    /// How far stepping is cheaper than reading a moment afresh (a step takes a fraction of a
    /// millisecond, more when it folds an incident first; a moment of a year's desk some tens).
    static let stepsBeforeJumping: Int64 = 256

    /// Holds every incident (the queue showing closed ones) or the open ones again.
    public func widen(to scope: MomentScope) throws(StoreError) {
        guard scope != self.scope else { return }
        self.scope = scope
        state = try store.moment(through: seq, scope: scope)
        folded = []
    }

    /// The row after row `seq` on or before the replay's end whose incident is `id`, and the
    /// one before it (after the start).
    public func row(of id: String, after seq: Int64) throws(StoreError) -> Int64? {
        try store.read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM journal WHERE incident = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT 1",
                               arguments: [id, seq, last])
        }
    }

    public func row(of id: String, before seq: Int64) throws(StoreError) -> Int64? {
        try store.read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM journal WHERE incident = ? AND seq < ? AND seq > ? ORDER BY seq DESC LIMIT 1",
                               arguments: [id, seq, first])
        }
    }

    /// The evidence register of incident `id` at the cursor, from its own rows.
    public func evidence(of id: String) throws(StoreError) -> [EvidenceItem] {
        if !folded.contains(id), state.incidents[id] != nil {
            try store.read { db in try refold(db, incident: id, through: seq) }
        }
        return state.evidence.values.filter { $0.incident == id }.sorted { $0.id < $1.id }
    }

    /// Incident `id` (and its evidence) after row `through`, folded from its rows and the
    /// desk-wide rows that bear on it; gone when it was not opened by then.
    private func refold(_ db: Database, incident id: String, through seq: Int64) throws {
        let own = try Row.fetchAll(db.cachedStatement(sql: "SELECT seq, at, actor, incident, kind, body FROM journal WHERE incident = ? AND seq <= ? ORDER BY seq"),
                                   arguments: [id, seq]).map(JournalRows.recordedEvent)
        var scratch = DeskState()
        var context = incidentContext.makeIterator(), nextDesk = context.next()
        for row in own {
            while let desk = nextDesk, desk.seq < row.seq {
                try DeskReducer.apply(desk, to: &scratch)
                nextDesk = context.next()
            }
            try DeskReducer.apply(row, to: &scratch)
        }
        let source = state.incidents[id]?.source.id ?? scratch.incidents[id]?.source.id
        state.incidents[id] = scratch.incidents[id]
        if let source { state.incidentBySource[source] = scratch.incidentBySource[source] }
        for (key, item) in state.evidence where item.incident == id { state.evidence[key] = nil }
        for (key, item) in scratch.evidence { state.evidence[key] = item }
        folded.insert(id)
    }

    /// The desk-wide part after row `through`: the desk-wide rows folded again, the incidents
    /// kept (a desk-wide row changes none).
    private func refoldDesk(through seq: Int64) {
        var desk = DeskState()
        for row in deskRows where row.seq <= seq {
            // These rows were folded once already (moment, forward): they cannot fail now.
            _ = try? DeskReducer.apply(row, to: &desk)
        }
        desk.incidents = state.incidents
        desk.evidence = state.evidence
        desk.incidentBySource = state.incidentBySource
        desk.lastIncidentNumber = state.lastIncidentNumber
        state = desk
    }

    private static func row(_ db: Database, _ seq: Int64) throws -> RecordedEvent? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, at, actor, incident, kind, body FROM journal WHERE seq = ?"), arguments: [seq])
            .map(JournalRows.recordedEvent)
    }
}
