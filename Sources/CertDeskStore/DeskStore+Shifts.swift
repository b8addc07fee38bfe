import CertDeskCore
import GRDB

/// What the handover report and the shift review read: the shifts, the journal's head, a
/// shift's rows, and the desk as it stood after a row.
extension DeskStore {
    /// Every shift, oldest first, and the journal's head (open shifts run to it).
    public func shifts() throws(StoreError) -> (shifts: [Shift], head: Int64) {
        try read { db in
            (try ShiftRow.fetch(db), try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0)
        }
    }

    /// The shift on watch, if any: one indexed row (the console asks at every reload).
    public func shiftOnWatch() throws(StoreError) -> Shift? {
        try read { db in try ShiftRow.fetch(db, where: "ending IS NULL").last }
    }

    public func shift(_ id: Int) throws(StoreError) -> Shift? {
        try read { db in try ShiftRow.fetch(db, where: "id = ?", arguments: [id]).first }
    }

    /// The last journal row: its place and hash (nil for an empty journal).
    public func journalHead() throws(StoreError) -> JournalHead? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").map { JournalHead(seq: $0[0], hash: $0[1]) }
        }
    }

    /// Journal rows `from...through`, in order.
    public func events(from: Int64, through: Int64) throws(StoreError) -> [RecordedEvent] {
        try read { db in try Self.events(db, from: from, through: through) }
    }

    static func events(_ db: Database, from: Int64, through: Int64) throws -> [RecordedEvent] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT seq, at, actor, incident, kind, body FROM journal WHERE seq BETWEEN ? AND ? ORDER BY seq"),
                         arguments: [from, through]).map(JournalRows.recordedEvent)
    }

    /// What a handover report of a shift that began at row `shiftStart` needs, as the journal
    /// stood after row `head.seq`: the head's hash, the shift's rows, and the desk folded with the
    /// one reducer over the incidents that matter (open then, touched in the shift, or holding
    /// evidence). At the journal's end the projections are that fold already (`verify` proves
    /// it), so they are read instead of folding again.
    public func handoverReading(shiftStart: Int64, through seq: Int64) throws(StoreError)
        -> (state: DeskState, events: [RecordedEvent], head: JournalHead)?
    {
        try read { db in
            guard let hash = try String.fetchOne(db, sql: "SELECT hash FROM journal WHERE seq = ?", arguments: [seq]) else { return nil }
            let events = try Self.events(db, from: shiftStart, through: seq)
            var ids = Set(events.compactMap(\.event.incidentID))
            ids.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT incident FROM evidence"))
            let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0
            var state: DeskState
            if seq == last {
                state = try Projections.loadDesk(db)
                for incident in try IncidentRow.fetchOpen(db) { state.incidents[incident.id] = incident }
                for id in ids.subtracting(state.incidents.keys) {
                    for incident in try IncidentRow.fetch(db, where: "id = ?", arguments: [id]) { state.incidents[id] = incident }
                }
                for item in try EvidenceRow.fetch(db) { state.evidence[item.id] = item }
            } else {
                // Open then: open now, or changed after the row (it may have been open then).
                ids.formUnion(try String.fetchAll(db, sql: "SELECT id FROM incidents WHERE phase <> 'closed' OR last_seq > ?", arguments: [seq]))
                state = try Self.fold(db, incidents: ids, through: seq)
            }
            return (state, events, JournalHead(seq: seq, hash: hash))
        }
    }
}
