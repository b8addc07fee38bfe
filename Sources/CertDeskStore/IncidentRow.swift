import CertDeskCore
import GRDB

/// Incidents and their indicators as table rows, both ways.
enum IncidentRow {
    static let columns = """
        id, source_kind, source_id, source_file, title, category, level, level_basis, level_reason, agency, agency_id,
        occurred_at, aware_at, reported_at, description, phase, assignee, exercise, tlp, opened_at, opened_by,
        updated_at, note_count, last_seq, playbook_category, playbook_revision, closed_at
        """

    /// `next_due_at` of an incident with no pending clock: sorts after every real deadline.
    static let noDeadline = Int64.max

    static func write(_ incident: Incident, _ db: Database) throws {
        var insert = try BoundStatement(db, sql: """
            INSERT OR REPLACE INTO incidents (\(columns), next_due_at, next_due_kind, next_warn_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(incident.id)
        insert.bind(incident.source.kind.rawValue)
        insert.bind(incident.source.id)
        insert.bind(incident.source.file)
        insert.bind(incident.title)
        insert.bind(incident.category.rawValue)
        insert.bind(incident.level?.rawValue)
        insert.bind(incident.levelBasis.map { CanonicalJSON.string($0.json) })
        insert.bind(incident.levelReason)
        insert.bind(incident.agency)
        insert.bind(incident.agencyID)
        insert.bind(incident.occurredAt?.millisecondsSinceEpoch)
        insert.bind(incident.awareAt.millisecondsSinceEpoch)
        insert.bind(incident.reportedAt.millisecondsSinceEpoch)
        insert.bind(incident.description)
        insert.bind(incident.phase.rawValue)
        insert.bind(incident.assignee)
        insert.bind(incident.exercise)
        insert.bind(incident.tlp?.rawValue)
        insert.bind(incident.openedAt.millisecondsSinceEpoch)
        insert.bind(incident.openedBy)
        insert.bind(incident.updatedAt.millisecondsSinceEpoch)
        insert.bind(incident.noteCount)
        insert.bind(incident.lastSeq)
        insert.bind(incident.playbook?.category)
        insert.bind(incident.playbook?.revision)
        insert.bind(incident.closedAt?.millisecondsSinceEpoch)
        let next = incident.nextDue
        insert.bind(next?.dueAt.millisecondsSinceEpoch ?? noDeadline)
        insert.bind(next?.kind.rawValue)
        insert.bind(next?.warnAt.millisecondsSinceEpoch)
        try insert.run()
    }

    static func writeIndicators(of incident: Incident, _ db: Database, replacing: Bool) throws {
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM indicators WHERE incident = ?").execute(arguments: [incident.id])
        }
        guard !incident.indicators.isEmpty else { return }
        var insert = try BoundStatement(db, sql: "INSERT INTO indicators (incident, position, type, value) VALUES (?, ?, ?, ?)")
        for (position, indicator) in incident.indicators.enumerated() {
            insert.bind(incident.id)
            insert.bind(position)
            insert.bind(indicator.kind.rawValue)
            insert.bind(indicator.value)
            try insert.run()
        }
    }

    /// Reads incident rows selected by `whereClause`, with their indicators.
    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = [],
                      orderBy: String = "id") throws -> [Incident] {
        var incidents: [Incident] = []
        var index: [String: Int] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(columns) FROM incidents WHERE \(whereClause) ORDER BY \(orderBy)"),
                                       arguments: arguments)
        while let row = try rows.next() {
            let incident = try decode(row)
            index[incident.id] = incidents.count
            incidents.append(incident)
        }
        guard !incidents.isEmpty else { return incidents }
        let indicatorRows: RowCursor
        if incidents.count == 1 {
            indicatorRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT incident, type, value FROM indicators WHERE incident = ? ORDER BY position"),
                                                arguments: [incidents[0].id])
        } else {
            indicatorRows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT incident, type, value FROM indicators
                WHERE incident IN (SELECT id FROM incidents WHERE \(whereClause)) ORDER BY incident, position
                """), arguments: arguments)
        }
        try ObligationRow.attach(to: &incidents, index: index, db, where: whereClause, arguments: arguments)
        try StepRow.attach(to: &incidents, index: index, db, where: whereClause, arguments: arguments)
        while let row = try indicatorRows.next() {
            let id: String = row[0]
            guard let n = index[id] else { continue }
            let typeName: String = row[1]
            guard let kind = Indicator.Kind(rawValue: typeName) else {
                throw StoreError.inconsistent(seq: nil, reason: "indicator of \(id) has unknown type \(typeName)")
            }
            incidents[n].indicators.append(Indicator(kind: kind, value: row.exactText(2)))
        }
        return incidents
    }

    private static func decode(_ row: Row) throws -> Incident {
        let id: String = row[0]
        func bad(_ column: String) -> StoreError {
            StoreError.inconsistent(seq: nil, reason: "incident \(id) has an unreadable \(column)")
        }
        guard let sourceKind = IncidentSource.Kind(rawValue: row[1]) else { throw bad("source_kind") }
        guard let category = IncidentCategory(rawValue: row[5]) else { throw bad("category") }
        guard let phase = IncidentPhase(rawValue: row[15]) else { throw bad("phase") }
        var level: IncidentLevel? = nil
        if let n: Int = row[6] {
            guard let parsed = IncidentLevel(rawValue: n) else { throw bad("level") }
            level = parsed
        }
        var basis: LevelBasis? = nil
        if let text: String = row[7] {
            guard let json = try? JSONValue.parse(text), let reader = try? JSONFieldReader(json),
                  let parsed = try? LevelBasis(reader: reader) else { throw bad("level_basis") }
            basis = parsed
        }
        var tlp: TrafficLightProtocol? = nil
        if let text: String = row[18] {
            guard let parsed = TrafficLightProtocol(rawValue: text) else { throw bad("tlp") }
            tlp = parsed
        }
        return Incident(
            id: id, source: IncidentSource(kind: sourceKind, id: row.exactText(2), file: row.exactTextIfPresent(3)),
            title: row.exactText(4), category: category, level: level, levelBasis: basis,
            levelReason: row.exactTextIfPresent(8), agency: row.exactText(9), agencyID: row[10],
            occurredAt: (row[11] as Int64?).map(Instant.init(millisecondsSinceEpoch:)),
            awareAt: Instant(millisecondsSinceEpoch: row[12]), reportedAt: Instant(millisecondsSinceEpoch: row[13]),
            description: row.exactText(14), phase: phase, assignee: row.exactTextIfPresent(16), exercise: row[17], tlp: tlp,
            indicators: [], openedAt: Instant(millisecondsSinceEpoch: row[19]), openedBy: row.exactText(20),
            updatedAt: Instant(millisecondsSinceEpoch: row[21]), noteCount: row[22], lastSeq: row[23])
            .with(playbook: (row[24] as String?).flatMap { category in (row[25] as Int?).map { PlaybookRef(category: category, revision: $0) } },
                  closedAt: (row[26] as Int64?).map(Instant.init(millisecondsSinceEpoch:)))
    }
}
