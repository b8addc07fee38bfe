import CertDeskCore
import GRDB

/// The notifications of an incident as rows of `incident_notifications`, in recording order:
/// the columns a query needs by name, and the whole record as the journal's canonical JSON.
enum NotificationRow {
    static func write(_ incident: Incident, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM incident_notifications WHERE incident = ?").execute(arguments: [incident.id])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO incident_notifications (incident, number, channel, sent_at, outcome, body) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for record in incident.notifications {
            try insert.execute(arguments: [incident.id, record.number, record.channel.rawValue, record.sentAt.millisecondsSinceEpoch,
                                           record.outcome.rawValue, CanonicalJSON.string(record.json)])
        }
    }

    static func attach(to incidents: inout [Incident], index: [String: Int], _ db: Database, where whereClause: String,
                       arguments: StatementArguments) throws {
        let sql = incidents.count == 1
            ? "SELECT incident, body FROM incident_notifications WHERE incident = ? ORDER BY number"
            : "SELECT incident, body FROM incident_notifications WHERE incident IN (SELECT id FROM incidents WHERE \(whereClause)) ORDER BY incident, number"
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: incidents.count == 1 ? [incidents[0].id] : arguments)
        while let row = try rows.next() {
            let id = row.exactText(0)
            guard let n = index[id] else { continue }
            guard let json = try? JSONValue.parse(row.exactText(1)), let reader = try? JSONFieldReader(json),
                  let record = try? NotificationRecord(incident: id, reader: reader) else {
                throw StoreError.inconsistent { $0.notificationUnreadable(id) }
            }
            incidents[n].notifications.append(record)
        }
    }
}
