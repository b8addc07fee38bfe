import CertDeskCore
import GRDB

/// The desk as it was after a journal row: what `--as-of`, the handover review and replay
/// read. Always the journal folded with the one reducer; nothing here writes.
extension DeskStore {
    /// The desk after journal row `seq`, the whole journal up to it folded again.
    public func fold(through seq: Int64) throws(StoreError) -> DeskState {
        try read { db in
            var state = DeskState()
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT seq, at, actor, incident, kind, body FROM journal WHERE seq <= ? ORDER BY seq"),
                                           arguments: [seq])
            while let row = try rows.next() {
                try DeskReducer.apply(try JournalRows.recordedEvent(row), to: &state)
            }
            return state
        }
    }

    /// The desk after row `seq` as far as incidents go (evidence and the shifts' counts are left
    /// out: only some incidents' rows are folded), holding the incidents `scope` needs. The desk-wide rows and the
    /// rows of every incident changed after `seq` are folded again; an incident no row has
    /// touched since `seq` is then exactly its projection row (every change to an incident is a
    /// row of it, and `verify` proves the projections are the fold), so it is read, not folded:
    /// a moment in a year-old journal of a million rows folds only what changed after it.
    public func moment(through seq: Int64, scope: MomentScope) throws(StoreError) -> DeskState {
        try read { db in
            // Changed after the row, and opened by then: the journal is in time order, so an
            // incident opened later was opened at or after the row's time (a tie only adds an
            // incident the fold finds no row of).
            let at = try String.fetchOne(db, sql: "SELECT at FROM journal WHERE seq = ?", arguments: [seq])
                .flatMap { try? ISO8601.parse($0) }?.millisecondsSinceEpoch ?? Int64.min
            var changed = "last_seq > ? AND opened_at <= ?"
            var changedArguments: StatementArguments = [seq, at]
            // What was untouched since is read from its projection row. `+last_seq` keeps
            // SQLite on the index that selects the rest (the queue's partial index of open
            // incidents, the pending clocks, the id) rather than walking every incident along
            // `incidents_by_last_change`, which serves the changed ones.
            let untouched: String
            var arguments: StatementArguments = [seq]
            // The state keeps incidents by id, so they are read in the order of the index
            // that finds them, not walked by primary key.
            var order = "id"
            switch scope {
            case .open:
                untouched = "phase <> 'closed' AND +last_seq <= ?"
                order = "exercise, next_due_at, queue_level, id"
            case .pendingClocks:
                untouched = "+last_seq <= ? AND id IN (SELECT incident FROM obligations WHERE state IN ('open', 'overdue'))"
            case .all: untouched = "last_seq <= ?"
            case .incident(let id):
                changed = "id = ? AND " + changed
                changedArguments = [id] + changedArguments
                untouched = "+last_seq <= ? AND id = ?"
                arguments += [id]
            }
            let changedIDs = try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM incidents WHERE \(changed)"), arguments: changedArguments)
            var state = try Self.fold(db, incidents: Set(changedIDs), through: seq)
            for incident in try IncidentRow.fetch(db, where: untouched, arguments: arguments, orderBy: order) {
                state.incidents[incident.id] = incident
            }
            return state
        }
    }

    /// The last journal row recorded at or before `instant` (0 when none was). The journal is
    /// written in time order (each row at the desk clock's now), so the rows up to it are the
    /// journal as it stood then; it is found by halving over `seq` (1...head, no gaps, as
    /// `verify` proves), twenty row reads for a million rows instead of reading every row.
    public func lastSeq(atOrBefore instant: Instant) throws(StoreError) -> Int64 {
        try read { db in
            // `at` is UTC with milliseconds, always the same length: its text order is time order.
            let limit = ISO8601.utcMillisecondString(instant)
            let statement = try db.cachedStatement(sql: "SELECT at <= ? FROM journal WHERE seq = ?")
            func recordedBy(_ seq: Int64) throws -> Bool { try Bool.fetchOne(statement, arguments: [limit, seq]) ?? false }
            var (low, high) = (Int64(0), try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0)
            // Invariant: row `low` was recorded by then (0 stands before the first), rows after `high` were not.
            while low < high {
                let middle = low + (high - low + 1) / 2
                if try recordedBy(middle) { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }

    /// When row `seq` was recorded (nil when there is no such row).
    public func recordedAt(_ seq: Int64) throws(StoreError) -> Instant? {
        try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT at FROM journal WHERE seq = ?"), arguments: [seq]).flatMap { try? ISO8601.parse($0) }
        }
    }

    /// The desk-wide rows and the rows of `incidents` up to `seq`, folded in journal order.
    /// The rows are read from SQLite first and their bodies parsed afterwards, on every core
    /// (`JournalRows.recordedEvents`): a moment folds thousands of rows, and parsing them is
    /// most of a jump in replay.
    static func fold(_ db: Database, incidents: Set<String>, through seq: Int64) throws -> DeskState {
        let sql = "SELECT seq, at, actor, incident, kind, body FROM journal"
        var rows: [JournalRowText] = []
        func read(_ statement: Statement, _ arguments: StatementArguments) throws {
            let cursor = try Row.fetchCursor(statement, arguments: arguments)
            while let row = try cursor.next() { rows.append(JournalRowText(row)) }
        }
        try read(try db.cachedStatement(sql: "\(sql) WHERE incident IS NULL AND seq <= ?"), [seq])
        let ids = Array(incidents)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            var arguments = StatementArguments(chunk)
            arguments += [seq]
            try read(try db.cachedStatement(sql: "\(sql) WHERE incident IN (\(marks)) AND seq <= ?"), arguments)
        }
        rows.sort { $0.seq < $1.seq }
        var state = DeskState()
        for event in try JournalRows.recordedEvents(rows) { try DeskReducer.apply(event, to: &state) }
        return state
    }
}
