import CertDeskCore
import GRDB

/// The columns of `incident_steps`: one step done or skipped, in recording order.
enum StepColumn: Int, ProjectionColumn {
    case incident, position, step, status, at, recordedAt, by, text

    static let table = "incident_steps"

    var name: String {
        switch self {
        case .incident: return "incident"
        case .position: return "position"
        case .step: return "step"
        case .status: return "status"
        case .at: return "at"
        case .recordedAt: return "recorded_at"
        case .by: return "by"
        case .text: return "text"
        }
    }

    func value(of source: (incident: String, position: Int, record: StepRecord)) -> ColumnValue {
        let r = source.record
        switch self {
        case .incident: return .text(source.incident)
        case .position: return ColumnValue(source.position)
        case .step: return .text(r.step)
        case .status: return .text(r.status.rawValue)
        case .at: return .integer(r.at.millisecondsSinceEpoch)
        case .recordedAt: return .integer(r.recordedAt.millisecondsSinceEpoch)
        case .by: return .text(r.by)
        case .text: return ColumnValue(r.text)
        }
    }
}

/// The steps an officer has done or skipped, as rows of `incident_steps`, in recording order.
enum StepRow {
    static func write(_ incident: Incident, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM incident_steps WHERE incident = ?").execute(arguments: [incident.id])
        guard !incident.steps.isEmpty else { return }
        var insert = try BoundStatement(db, sql: StepColumn.insert(replacing: false))
        for (position, record) in incident.steps.enumerated() {
            StepColumn.bind((incident.id, position, record), into: &insert)
            try insert.run()
        }
    }

    static func attach(to incidents: inout [Incident], index: [String: Int], _ db: Database, where whereClause: String,
                       arguments: StatementArguments) throws {
        typealias C = StepColumn
        let sql = incidents.count == 1
            ? "SELECT \(C.names) FROM incident_steps WHERE incident = ? ORDER BY position"
            : "SELECT \(C.names) FROM incident_steps WHERE incident IN (SELECT id FROM incidents WHERE \(whereClause)) ORDER BY incident, position"
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: incidents.count == 1 ? [incidents[0].id] : arguments)
        while let row = try rows.next() {
            let id = row.exactText(C.incident)
            guard let n = index[id] else { continue }
            guard let status = StepRecord.Status(rawValue: row.exactText(C.status)), let at = row.instant(C.at),
                  let recorded = row.instant(C.recordedAt) else {
                throw StoreError.inconsistent { $0.stepStatusUnreadable(id) }
            }
            incidents[n].steps.append(StepRecord(step: row.exactText(C.step), status: status, at: Instant(millisecondsSinceEpoch: at),
                                                 recordedAt: Instant(millisecondsSinceEpoch: recorded), by: row.exactText(C.by),
                                                 text: row.exactTextIfPresent(C.text)))
        }
    }
}
