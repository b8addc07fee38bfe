import CertDeskCore
import Foundation
import GRDB

extension DeskStore {
    /// The legal clocks across the desk, the one due first first: pending ones, or all with
    /// `includeSettled` (met, met late, waived).
    public func clocks(includeSettled: Bool = false) throws(StoreError) -> [ClockEntry] {
        var entries: [ClockEntry] = []
        try eachClock(includeSettled: includeSettled) { entries.append($0) }
        return entries
    }

    /// The same clocks handed to `body` one at a time as they are read (`certdesk clocks` on a
    /// year's backlog never holds them all): only those of incidents `filter` shows (its text;
    /// closed incidents too), the first `limit` (all when nil).
    public func eachClock(includeSettled: Bool = false, filter: String = "", limit: Int? = nil,
                          _ body: (ClockEntry) throws -> Void) throws(StoreError) {
        try read { db in
            // The incident's four columns first, then the obligation's, decoded by their names.
            let columns = ObligationColumn.allCases.map { "o." + $0.name }.joined(separator: ", ")
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if !includeSettled { conditions.append("o.state IN ('open', 'overdue')") }
            if !TextChecks.trimmed(filter).isEmpty {
                let (clause, filterArguments, _) = try QueueSQL.filter(QueueQuery(filter: filter, includeClosed: true), db, held: searchText)
                conditions.append("o.incident IN (SELECT id FROM incidents WHERE \(clause))")
                arguments += filterArguments
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.title, i.agency, i.level, i.exercise, \(columns)
                FROM obligations o JOIN incidents i ON i.id = o.incident
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY o.due_at, o.incident, o.kind, o.ordinal LIMIT ?
                """, arguments: arguments + [limit ?? -1])
            while let row = try rows.next() {
                let obligation = try ObligationRow.decode(row, offset: 4)
                let level = (row[2] as Int?).flatMap(IncidentLevel.init(rawValue:))
                try body(ClockEntry(incidentID: row.exactText(4 + ObligationColumn.incident.index), title: row.exactText(0),
                                    agency: row.exactText(1), level: level, exercise: row[3], obligation: obligation))
            }
        }
    }

    /// The earliest clock whose breach is not recorded yet: the next one to fall overdue.
    public func upcomingBreach() throws(StoreError) -> ClockEntry? {
        try read { db in
            // Along obligations_open_by_due, which holds the open clocks alone: the pending
            // index would walk a year's recorded breaches (overdue, due earlier) before the
            // first open clock (sqlite.org/partialindex.html, 2.1: the WHERE word for word).
            guard let row = try Row.fetchOne(db, sql: """
                SELECT o.incident, o.kind, o.ordinal FROM obligations o INDEXED BY obligations_open_by_due
                WHERE o.state = 'open' AND EXISTS (SELECT 1 FROM incidents i WHERE i.id = o.incident)
                ORDER BY o.due_at LIMIT 1
                """) else { return nil }
            return try Self.clockEntry(db, incident: row[0], kind: row[1], ordinal: row[2])
        }
    }

    /// Incidents with a clock past due at `now` whose breach is not recorded yet: those of the
    /// first `limit` such clocks, the one due first first, when a limit is given.
    public func incidentsWithClocksPastDue(at now: Instant, limit: Int? = nil) throws(StoreError) -> [String] {
        try read { db in
            // Joined with incidents: a stray row (which verify reports) must not block the sweep.
            // `state = 'open'` is obligations_open_by_due's own WHERE, which SQLite needs word for
            // word to read the partial index (sqlite.org/partialindex.html, 2.1): it holds only
            // the clocks still open, so a sweep reads the few that fell due since the last one,
            // not a year's 400,000 breaches already recorded (obligations_pending holds those
            // too). The few incidents found are ordered here.
            Set(try String.fetchAll(db, sql: """
                SELECT o.incident FROM obligations o INDEXED BY obligations_open_by_due JOIN incidents i ON i.id = o.incident
                WHERE o.state = 'open' AND o.due_at < ? ORDER BY o.due_at LIMIT ?
                """, arguments: [now.millisecondsSinceEpoch, limit ?? -1])).sorted()
        }
    }

    /// Records, once each, every clock that is past due and not met (an `obligation-overdue`
    /// event), so that handover, replay and monthly figures see breaches without recomputing.
    /// Returns how many were recorded.
    @discardableResult
    public func recordOverdueObligations(actor: String, clock: any Clock) throws(StoreError) -> Int {
        let now = clock.now
        let incidents = try incidentsWithClocksPastDue(at: now)
        guard !incidents.isEmpty else { return 0 }
        let outcomes = try perform(incidents.map { DeskCommand.recordOverdue(incident: $0) }, actor: actor, clock: FixedClock(now))
        return outcomes.reduce(0) { total, outcome in
            if case .recorded(let events) = outcome { return total + events.count }
            return total
        }
    }
}
