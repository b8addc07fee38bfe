import CertDeskCore
import GRDB

/// The columns of `incidents`, by name, and the value each takes from an incident. The last
/// three are the queue's order key, kept from the incident's clocks.
enum IncidentColumn: Int, ProjectionColumn {
    case id, sourceKind, sourceID, sourceFile, title, category, level, levelBasis, levelReason, agency, agencyID
    case occurredAt, awareAt, reportedAt, description, phase, assignee, exercise, tlp, openedAt, openedBy
    case updatedAt, noteCount, lastSeq, playbookCategory, playbookRevision, closedAt
    case nextDueAt, nextDueKind, nextWarnAt, falsePositive

    static let table = "incidents"

    var name: String {
        switch self {
        case .id: return "id"
        case .sourceKind: return "source_kind"
        case .sourceID: return "source_id"
        case .sourceFile: return "source_file"
        case .title: return "title"
        case .category: return "category"
        case .level: return "level"
        case .levelBasis: return "level_basis"
        case .levelReason: return "level_reason"
        case .agency: return "agency"
        case .agencyID: return "agency_id"
        case .occurredAt: return "occurred_at"
        case .awareAt: return "aware_at"
        case .reportedAt: return "reported_at"
        case .description: return "description"
        case .phase: return "phase"
        case .assignee: return "assignee"
        case .exercise: return "exercise"
        case .tlp: return "tlp"
        case .openedAt: return "opened_at"
        case .openedBy: return "opened_by"
        case .updatedAt: return "updated_at"
        case .noteCount: return "note_count"
        case .lastSeq: return "last_seq"
        case .playbookCategory: return "playbook_category"
        case .playbookRevision: return "playbook_revision"
        case .closedAt: return "closed_at"
        case .nextDueAt: return "next_due_at"
        case .nextDueKind: return "next_due_kind"
        case .nextWarnAt: return "next_warn_at"
        case .falsePositive: return "false_positive"
        }
    }

    func value(of incident: Incident) -> ColumnValue {
        switch self {
        case .id: return .text(incident.id)
        case .sourceKind: return .text(incident.source.kind.rawValue)
        case .sourceID: return .text(incident.source.id)
        case .sourceFile: return ColumnValue(incident.source.file)
        case .title: return .text(incident.title)
        case .category: return .text(incident.category.rawValue)
        case .level: return ColumnValue(incident.level?.rawValue)
        case .levelBasis: return ColumnValue(incident.levelBasis.map { CanonicalJSON.string($0.json) })
        case .levelReason: return ColumnValue(incident.levelReason)
        case .agency: return .text(incident.agency)
        case .agencyID: return ColumnValue(incident.agencyID)
        case .occurredAt: return ColumnValue(incident.occurredAt?.millisecondsSinceEpoch)
        case .awareAt: return .integer(incident.awareAt.millisecondsSinceEpoch)
        case .reportedAt: return .integer(incident.reportedAt.millisecondsSinceEpoch)
        case .description: return .text(incident.description)
        case .phase: return .text(incident.phase.rawValue)
        case .assignee: return ColumnValue(incident.assignee)
        case .exercise: return ColumnValue(incident.exercise)
        case .tlp: return ColumnValue(incident.tlp?.rawValue)
        case .openedAt: return .integer(incident.openedAt.millisecondsSinceEpoch)
        case .openedBy: return .text(incident.openedBy)
        case .updatedAt: return .integer(incident.updatedAt.millisecondsSinceEpoch)
        case .noteCount: return ColumnValue(incident.noteCount)
        case .lastSeq: return .integer(incident.lastSeq)
        case .playbookCategory: return ColumnValue(incident.playbook?.category)
        case .playbookRevision: return ColumnValue(incident.playbook?.revision)
        case .closedAt: return ColumnValue(incident.closedAt?.millisecondsSinceEpoch)
        case .nextDueAt: return .integer(incident.nextDue?.dueAt.millisecondsSinceEpoch ?? IncidentRow.noDeadline)
        case .nextDueKind: return ColumnValue(incident.nextDue?.kind.rawValue)
        case .nextWarnAt: return ColumnValue(incident.nextDue?.warnAt.millisecondsSinceEpoch)
        case .falsePositive: return ColumnValue(incident.falsePositive)
        }
    }
}

/// The columns of `indicators`: one indicator of one incident, in the order received.
enum IndicatorColumn: Int, ProjectionColumn {
    case incident, position, type, value

    static let table = "indicators"

    var name: String {
        switch self {
        case .incident: return "incident"
        case .position: return "position"
        case .type: return "type"
        case .value: return "value"
        }
    }

    func value(of source: (incident: String, position: Int, indicator: Indicator)) -> ColumnValue {
        switch self {
        case .incident: return .text(source.incident)
        case .position: return ColumnValue(source.position)
        case .type: return .text(source.indicator.kind.rawValue)
        case .value: return .text(source.indicator.value)
        }
    }
}

/// Incidents and their indicators as table rows, both ways.
enum IncidentRow {
    /// `next_due_at` of an incident with no pending clock: sorts after every real deadline.
    static let noDeadline = Int64.max

    /// In place: the trigram index (`IncidentSearch`) is keyed by the row's rowid.
    private static let upsert = IncidentColumn.upsert(key: .id)

    static func write(_ incident: Incident, _ db: Database) throws {
        var insert = try BoundStatement(db, sql: upsert)
        IncidentColumn.bind(incident, into: &insert)
        try insert.run()
    }

    static func writeIndicators(of incident: Incident, _ db: Database, replacing: Bool) throws {
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM indicators WHERE incident = ?").execute(arguments: [incident.id])
        }
        guard !incident.indicators.isEmpty else { return }
        var insert = try BoundStatement(db, sql: IndicatorColumn.insert(replacing: false))
        for (position, indicator) in incident.indicators.enumerated() {
            IndicatorColumn.bind((incident.id, position, indicator), into: &insert)
            try insert.run()
        }
    }

    /// Every open incident, by id. Read along incidents_urgency, the queue's partial index, which
    /// holds the open incidents only, and sorted here: `ORDER BY id` would walk a year of closed
    /// incidents through the primary key to spare a sort of the few open ones.
    static func fetchOpen(_ db: Database) throws -> [Incident] {
        try fetch(db, where: "phase <> 'closed'", orderBy: "exercise, next_due_at, queue_level, id").sorted { $0.id < $1.id }
    }

    /// Reads incident rows selected by `whereClause`, whole; with `clocksOnly`, with their legal
    /// clocks alone (a row of `certdesk list`: its steps, notices and indicators are not read).
    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = [],
                      orderBy: String = "id", clocksOnly: Bool = false) throws -> [Incident] {
        var incidents: [Incident] = []
        var index: [String: Int] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(IncidentColumn.names) FROM incidents WHERE \(whereClause) ORDER BY \(orderBy)"),
                                       arguments: arguments)
        while let row = try rows.next() {
            let incident = try decode(row)
            index[incident.id] = incidents.count
            incidents.append(incident)
        }
        guard !incidents.isEmpty else { return incidents }
        if clocksOnly {
            try ObligationRow.attach(to: &incidents, index: index, db, where: whereClause, arguments: arguments)
            return incidents
        }
        typealias I = IndicatorColumn
        let indicatorRows: RowCursor
        if incidents.count == 1 {
            indicatorRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(I.names) FROM indicators WHERE incident = ? ORDER BY position"),
                                                arguments: [incidents[0].id])
        } else {
            indicatorRows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT \(I.names) FROM indicators
                WHERE incident IN (SELECT id FROM incidents WHERE \(whereClause)) ORDER BY incident, position
                """), arguments: arguments)
        }
        try ObligationRow.attach(to: &incidents, index: index, db, where: whereClause, arguments: arguments)
        try StepRow.attach(to: &incidents, index: index, db, where: whereClause, arguments: arguments)
        try NotificationRow.attach(to: &incidents, index: index, db, where: whereClause, arguments: arguments)
        while let row = try indicatorRows.next() {
            let id = row.exactText(I.incident)
            guard let n = index[id] else { continue }
            let typeName = row.exactText(I.type)
            guard let kind = Indicator.Kind(rawValue: typeName) else {
                throw StoreError.inconsistent { $0.indicatorTypeUnknown(id, TextChecks.quoted(typeName)) }
            }
            incidents[n].indicators.append(Indicator(kind: kind, value: row.exactText(I.value)))
        }
        return incidents
    }

    private static func decode(_ row: Row) throws -> Incident {
        typealias C = IncidentColumn
        let id = row.exactText(C.id)
        func bad(_ column: C) -> StoreError {
            StoreError.inconsistent { $0.incidentColumnUnreadable(id, column.name) }
        }
        guard let sourceKind = IncidentSource.Kind(rawValue: row.exactText(C.sourceKind)) else { throw bad(.sourceKind) }
        guard let category = IncidentCategory(rawValue: row.exactText(C.category)) else { throw bad(.category) }
        guard let phase = IncidentPhase(rawValue: row.exactText(C.phase)) else { throw bad(.phase) }
        var level: IncidentLevel? = nil
        if let n: Int = row.value(C.level) {
            guard let parsed = IncidentLevel(rawValue: n) else { throw bad(.level) }
            level = parsed
        }
        var basis: LevelBasis? = nil
        if let text = row.exactTextIfPresent(C.levelBasis) {
            guard let json = try? JSONValue.parse(text), let reader = try? JSONFieldReader(json),
                  let parsed = try? LevelBasis(reader: reader) else { throw bad(.levelBasis) }
            basis = parsed
        }
        var tlp: TrafficLightProtocol? = nil
        if let text = row.exactTextIfPresent(C.tlp) {
            guard let parsed = TrafficLightProtocol(rawValue: text) else { throw bad(.tlp) }
            tlp = parsed
        }
        func instant(_ column: C) -> Instant? { row.instant(column).map(Instant.init(millisecondsSinceEpoch:)) }
        guard let aware = instant(.awareAt), let reported = instant(.reportedAt), let opened = instant(.openedAt),
              let updated = instant(.updatedAt) else { throw bad(.awareAt) }
        let playbook = row.exactTextIfPresent(C.playbookCategory).flatMap { category in
            (row.value(C.playbookRevision) as Int?).map { PlaybookRef(category: category, revision: $0) }
        }
        return Incident(
            id: id, source: IncidentSource(kind: sourceKind, id: row.exactText(C.sourceID), file: row.exactTextIfPresent(C.sourceFile)),
            title: row.exactText(C.title), category: category, level: level, levelBasis: basis,
            levelReason: row.exactTextIfPresent(C.levelReason), agency: row.exactText(C.agency), agencyID: row.exactTextIfPresent(C.agencyID),
            occurredAt: instant(.occurredAt), awareAt: aware, reportedAt: reported,
            description: row.exactText(C.description), phase: phase, assignee: row.exactTextIfPresent(C.assignee),
            exercise: row.required(C.exercise), tlp: tlp, indicators: [], openedAt: opened, openedBy: row.exactText(C.openedBy),
            updatedAt: updated, noteCount: row.required(C.noteCount), lastSeq: row.required(C.lastSeq))
            .with(playbook: playbook, closedAt: instant(.closedAt), falsePositive: row.required(C.falsePositive))
    }
}
