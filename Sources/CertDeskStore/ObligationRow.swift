import CertDeskCore
import GRDB

/// The columns of `obligations`: one legal clock of one incident.
enum ObligationColumn: Int, ProjectionColumn {
    case incident, kind, ordinal, startsAt, dueAt, warnAt, state, metAt, metRecordedAt, metBy, note, metByStep
    case waivedReason, waivedBy, waivedAt, waivedOnClose, levelWaiver

    static let table = "obligations"

    var name: String {
        switch self {
        case .incident: return "incident"
        case .kind: return "kind"
        case .ordinal: return "ordinal"
        case .startsAt: return "starts_at"
        case .dueAt: return "due_at"
        case .warnAt: return "warn_at"
        case .state: return "state"
        case .metAt: return "met_at"
        case .metRecordedAt: return "met_recorded_at"
        case .metBy: return "met_by"
        case .note: return "note"
        case .metByStep: return "met_by_step"
        case .waivedReason: return "waived_reason"
        case .waivedBy: return "waived_by"
        case .waivedAt: return "waived_at"
        case .waivedOnClose: return "waived_on_close"
        case .levelWaiver: return "level_waiver"
        }
    }

    func value(of source: (incident: String, obligation: Obligation)) -> ColumnValue {
        let o = source.obligation
        switch self {
        case .incident: return .text(source.incident)
        case .kind: return .text(o.kind.rawValue)
        case .ordinal: return ColumnValue(o.ordinal)
        case .startsAt: return .integer(o.startsAt.millisecondsSinceEpoch)
        case .dueAt: return .integer(o.dueAt.millisecondsSinceEpoch)
        case .warnAt: return .integer(o.warnAt.millisecondsSinceEpoch)
        case .state: return .text(o.state.rawValue)
        case .metAt: return ColumnValue(o.metAt?.millisecondsSinceEpoch)
        case .metRecordedAt: return ColumnValue(o.metRecordedAt?.millisecondsSinceEpoch)
        case .metBy: return ColumnValue(o.metBy)
        case .note: return ColumnValue(o.note)
        case .metByStep: return ColumnValue(o.metByStep)
        case .waivedReason: return ColumnValue(o.waivedReason)
        case .waivedBy: return ColumnValue(o.waivedBy)
        case .waivedAt: return ColumnValue(o.waivedAt?.millisecondsSinceEpoch)
        case .waivedOnClose: return ColumnValue(o.waivedOnClose)
        case .levelWaiver: return ColumnValue(o.levelWaiver.map { CanonicalJSON.string($0.json) })
        }
    }
}

/// Legal clocks as rows of the `obligations` table, both ways.
enum ObligationRow {
    static func write(_ incident: Incident, _ db: Database, replacing: Bool) throws {
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM obligations WHERE incident = ?").execute(arguments: [incident.id])
        }
        guard !incident.obligations.isEmpty else { return }
        var insert = try BoundStatement(db, sql: ObligationColumn.insert(replacing: false))
        for o in incident.obligations {
            ObligationColumn.bind((incident.id, o), into: &insert)
            try insert.run()
        }
    }

    static var columns: String { ObligationColumn.names }

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
            guard let n = index[row.exactText(ObligationColumn.incident)] else { continue }
            incidents[n].obligations.append(try decode(row))
        }
        // SQL sorts kinds by name; the model keeps them in its own order.
        for n in incidents.indices where incidents[n].obligations.count > 1 {
            incidents[n].obligations.sort(by: Obligation.precedes)
        }
    }

    /// One row of `obligations` selected as `ObligationColumn.names` (possibly after other columns,
    /// `offset` of them).
    static func decode(_ row: Row, offset: Int = 0) throws -> Obligation {
        typealias C = ObligationColumn
        func text(_ c: C) -> String? { row.exactTextIfPresent(c.index + offset) }
        func instant(_ c: C) -> Instant? { (row[c.index + offset] as Int64?).map(Instant.init(millisecondsSinceEpoch:)) }
        let id = text(.incident) ?? "?"
        guard let kind = text(.kind).flatMap(ObligationKind.init(rawValue:)), let state = text(.state).flatMap(Obligation.State.init(rawValue:)),
              let starts = instant(.startsAt), let due = instant(.dueAt), let warn = instant(.warnAt) else {
            throw StoreError.inconsistent { $0.obligationUnreadable(id) }
        }
        var levelWaiver: LevelWaiver? = nil
        if let text = text(.levelWaiver) {
            guard let json = try? JSONValue.parse(text), let reader = try? JSONFieldReader(json), let waiver = try? LevelWaiver(reader: reader) else {
                throw StoreError.inconsistent { $0.obligationUnreadable(id) }
            }
            levelWaiver = waiver
        }
        return Obligation(kind: kind, ordinal: row[C.ordinal.index + offset], startsAt: starts, dueAt: due, warnAt: warn,
                          state: state, metAt: instant(.metAt), metRecordedAt: instant(.metRecordedAt), metBy: text(.metBy),
                          note: text(.note), metByStep: text(.metByStep), waivedReason: text(.waivedReason), waivedBy: text(.waivedBy),
                          waivedAt: instant(.waivedAt), waivedOnClose: row[C.waivedOnClose.index + offset], levelWaiver: levelWaiver)
    }
}
