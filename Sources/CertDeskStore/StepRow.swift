import CertDeskCore
import GRDB

/// The steps an officer has done or skipped, as rows of `incident_steps`, in recording order.
enum StepRow {
    static func write(_ incident: Incident, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM incident_steps WHERE incident = ?").execute(arguments: [incident.id])
        guard !incident.steps.isEmpty else { return }
        var insert = try BoundStatement(db, sql: """
            INSERT INTO incident_steps (incident, position, step, status, at, recorded_at, by, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, record) in incident.steps.enumerated() {
            insert.bind(incident.id)
            insert.bind(position)
            insert.bind(record.step)
            insert.bind(record.status.rawValue)
            insert.bind(record.at.millisecondsSinceEpoch)
            insert.bind(record.recordedAt.millisecondsSinceEpoch)
            insert.bind(record.by)
            insert.bind(record.text)
            try insert.run()
        }
    }

    static func attach(to incidents: inout [Incident], index: [String: Int], _ db: Database, where whereClause: String,
                       arguments: StatementArguments) throws {
        let sql = incidents.count == 1
            ? "SELECT incident, step, status, at, recorded_at, by, text FROM incident_steps WHERE incident = ? ORDER BY position"
            : """
              SELECT incident, step, status, at, recorded_at, by, text FROM incident_steps
              WHERE incident IN (SELECT id FROM incidents WHERE \(whereClause)) ORDER BY incident, position
              """
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: incidents.count == 1 ? [incidents[0].id] : arguments)
        while let row = try rows.next() {
            let id: String = row[0]
            guard let n = index[id] else { continue }
            guard let status = StepRecord.Status(rawValue: row[2]) else {
                throw StoreError.inconsistent(seq: nil, reason: "a step of \(id) has an unreadable status")
            }
            incidents[n].steps.append(StepRecord(step: row.exactText(1), status: status, at: Instant(millisecondsSinceEpoch: row[3]),
                                                 recordedAt: Instant(millisecondsSinceEpoch: row[4]), by: row.exactText(5),
                                                 text: row.exactTextIfPresent(6)))
        }
    }
}
