import CertDeskCore
import GRDB

/// Legal clocks as rows of the `obligations` table, both ways.
enum ObligationRow {
    static func write(_ incident: Incident, _ db: Database, replacing: Bool) throws {
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM obligations WHERE incident = ?").execute(arguments: [incident.id])
        }
        guard !incident.obligations.isEmpty else { return }
        var insert = try BoundStatement(db, sql: """
            INSERT INTO obligations (incident, kind, ordinal, starts_at, due_at, warn_at, state, met_at, met_recorded_at,
                                     met_by, note, waived_reason, waived_by, waived_at, waived_for_level)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for o in incident.obligations {
            insert.bind(incident.id)
            insert.bind(o.kind.rawValue)
            insert.bind(o.ordinal)
            insert.bind(o.startsAt.millisecondsSinceEpoch)
            insert.bind(o.dueAt.millisecondsSinceEpoch)
            insert.bind(o.warnAt.millisecondsSinceEpoch)
            insert.bind(o.state.rawValue)
            insert.bind(o.metAt?.millisecondsSinceEpoch)
            insert.bind(o.metRecordedAt?.millisecondsSinceEpoch)
            insert.bind(o.metBy)
            insert.bind(o.note)
            insert.bind(o.waivedReason)
            insert.bind(o.waivedBy)
            insert.bind(o.waivedAt?.millisecondsSinceEpoch)
            insert.bind(o.waivedForLevel)
            try insert.run()
        }
    }

    static let columns = """
        incident, kind, ordinal, starts_at, due_at, warn_at, state, met_at, met_recorded_at, met_by, note,
        waived_reason, waived_by, waived_at, waived_for_level
        """

    /// Loads the obligations of the incidents selected by `whereClause` into `incidents`.
    static func attach(to incidents: inout [Incident], index: [String: Int], _ db: Database, where whereClause: String,
                       arguments: StatementArguments) throws {
        let rows: RowCursor
        if incidents.count == 1 {
            rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(columns) FROM obligations WHERE incident = ? ORDER BY starts_at, kind, ordinal"),
                                       arguments: [incidents[0].id])
        } else {
            rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT \(columns) FROM obligations WHERE incident IN (SELECT id FROM incidents WHERE \(whereClause))
                ORDER BY incident, starts_at, kind, ordinal
                """), arguments: arguments)
        }
        while let row = try rows.next() {
            let id: String = row[0]
            guard let n = index[id] else { continue }
            incidents[n].obligations.append(try decode(row))
        }
        // SQL sorts kinds by name; the model keeps them in its own order.
        for n in incidents.indices where incidents[n].obligations.count > 1 {
            incidents[n].obligations.sort(by: Obligation.precedes)
        }
    }

    static func decode(_ row: Row) throws -> Obligation {
        let id: String = row[0]
        guard let kind = ObligationKind(rawValue: row[1]), let state = Obligation.State(rawValue: row[6]) else {
            throw StoreError.inconsistent(seq: nil, reason: "an obligation of \(id) has an unreadable kind or state")
        }
        func instant(_ i: Int) -> Instant? { (row[i] as Int64?).map(Instant.init(millisecondsSinceEpoch:)) }
        return Obligation(kind: kind, ordinal: row[2], startsAt: instant(3)!, dueAt: instant(4)!, warnAt: instant(5)!,
                          state: state, metAt: instant(7), metRecordedAt: instant(8), metBy: row.exactTextIfPresent(9),
                          note: row.exactTextIfPresent(10), waivedReason: row.exactTextIfPresent(11),
                          waivedBy: row.exactTextIfPresent(12), waivedAt: instant(13), waivedForLevel: row[14])
    }
}
