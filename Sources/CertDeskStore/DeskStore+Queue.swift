import CertDeskCore
import Foundation
import GRDB

extension DeskStore {
    /// One page of the queue by position.
    public func queue(_ query: QueueQuery, offset: Int, limit: Int, now: Instant) throws(StoreError) -> [QueueRow] {
        try queue(query, from: .offset(offset), limit: limit, now: now)
    }

    /// A page of the queue from an anchor. The open queue in urgency order is walked segment by
    /// segment (`QueueUrgency.segments`) along the `incidents_urgency` index, from a
    /// neighbour's key, so a page costs the same on any desk; other queries page by position.
    /// The bands are drawn at `query.asOf`, else at `now`.
    public func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int, now: Instant) throws(StoreError) -> [QueueRow] {
        let at = query.asOf ?? now
        return try read { db in
            switch anchor {
            case .offset(let n): return try QueueSQL.rows(db, query, held: searchText, at: at, offset: n, limit: limit)
            case .start where !query.pagesByKey: return try QueueSQL.rows(db, query, held: searchText, at: at, offset: 0, limit: limit)
            case .start: return try QueueSQL.walk(db, query, held: searchText, at: at, from: nil, forward: true, limit: limit)
            case .end where query.pagesByKey: return try QueueSQL.walk(db, query, held: searchText, at: at, from: nil, forward: false, limit: limit)
            case .after(let row) where query.pagesByKey: return try QueueSQL.walk(db, query, held: searchText, at: at, from: row, forward: true, limit: limit)
            case .before(let row) where query.pagesByKey: return try QueueSQL.walk(db, query, held: searchText, at: at, from: row, forward: false, limit: limit)
            case .after, .before, .end:
                throw StoreError.inconsistent { $0.keysetNeedsUrgency }
            }
        }
    }

    /// Where incident `id` stands in the queue (0 = first), or nil when the query does not show
    /// it (closed, filtered out, unknown). For the console to keep the selection on an incident
    /// that moved further than the rows it holds.
    public func queuePosition(of id: String, _ query: QueueQuery, now: Instant) throws(StoreError) -> Int? {
        let at = query.asOf ?? now
        return try read { db in
            let (whereClause, arguments, _) = try QueueSQL.filter(query, db, held: searchText)
            let (keys, keyArguments) = QueueSQL.orderKeys(query, at: at)
            guard let key = try Row.fetchOne(db, sql: "SELECT \(keys.joined(separator: ", ")) FROM incidents WHERE id = ? AND \(whereClause)",
                                             arguments: keyArguments + [id] + arguments) else { return nil }
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            return try Int.fetchOne(db, sql: """
                SELECT count(*) FROM incidents WHERE \(whereClause) AND (\(keys.joined(separator: ", "))) < (\(marks))
                """, arguments: arguments + keyArguments + StatementArguments(key.databaseValues)) ?? 0
        }
    }

    /// Reads the filter's text into memory now, for a console about to filter keystroke after
    /// keystroke (`IncidentSearchText`); every filter on this store is then answered from it.
    public func holdSearchText() throws(StoreError) {
        try read { db in try searchText.hold(at: IncidentSearch.journalHead(db), db) }
    }

    public func queueCount(_ query: QueueQuery) throws(StoreError) -> Int {
        try read { db in
            let text = TextChecks.trimmed(query.filter)
            if let count = try IncidentSearch.count(text, includeClosed: query.includeClosed, db, held: searchText) {
                return count
            }
            let (whereClause, arguments, _) = try QueueSQL.filter(query, db, held: searchText)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents WHERE \(whereClause)", arguments: arguments) ?? 0
        }
    }

    /// What the title bar says: the next clock that will breach on a real open incident (a
    /// drill's when no real one runs), and how many real open incidents are overdue.
    public func clockOutlook(at now: Instant) throws(StoreError) -> ClockOutlook {
        try read { db in
            // A count along the queue's index: a year's backlog of breached clocks costs a range.
            let overdue = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM incidents INDEXED BY incidents_urgency
                WHERE phase <> 'closed' AND exercise = 0 AND next_due_at < ?
                """, arguments: [now.millisecondsSinceEpoch]) ?? 0
            var next: ClockEntry?
            for exercise in [false, true] where next == nil {
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT o.incident, o.kind, o.ordinal FROM obligations o INDEXED BY obligations_pending JOIN incidents i ON i.id = o.incident
                    WHERE o.state IN ('open', 'overdue') AND o.due_at >= ? AND i.phase <> 'closed' AND i.exercise = ?
                    ORDER BY o.due_at, o.incident LIMIT 1
                    """, arguments: [now.millisecondsSinceEpoch, exercise]) else { continue }
                next = try Self.clockEntry(db, incident: row[0], kind: row[1], ordinal: row[2])
            }
            return ClockOutlook(next: next, overdue: overdue)
        }
    }

    /// One clock with its incident, read from the projections.
    static func clockEntry(_ db: Database, incident id: String, kind: String, ordinal: Int) throws -> ClockEntry? {
        guard let incident = try IncidentRow.fetch(db, where: "id = ?", arguments: [id]).first,
              let obligation = incident.obligations.first(where: { $0.kind.rawValue == kind && $0.ordinal == ordinal }) else { return nil }
        return ClockEntry(incidentID: id, title: incident.title, agency: incident.agency, level: incident.level,
                          exercise: incident.exercise, obligation: obligation)
    }
}

/// The SQL behind the queue's filter and orders.
enum QueueSQL {
    /// What a queue row reads of an incident, by name.
    enum Column: Int, CaseIterable {
        case id, title, level, category, agency, phase, assignee, exercise, nextDueAt, nextDueKind, nextWarnAt

        var incidentColumn: IncidentColumn {
            switch self {
            case .id: return .id
            case .title: return .title
            case .level: return .level
            case .category: return .category
            case .agency: return .agency
            case .phase: return .phase
            case .assignee: return .assignee
            case .exercise: return .exercise
            case .nextDueAt: return .nextDueAt
            case .nextDueKind: return .nextDueKind
            case .nextWarnAt: return .nextWarnAt
            }
        }
    }

    static let columns = Column.allCases.map(\.incidentColumn.name).joined(separator: ", ")

    /// The query's filter as a WHERE clause, and whether its matches were listed for the query
    /// to be driven from (`IncidentSearch.condition`): such a query reads `incidents NOT INDEXED`.
    static func filter(_ query: QueueQuery, _ db: Database, held: IncidentSearchText) throws -> (String, StatementArguments, listed: Bool) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        var listed = false
        if !query.includeClosed { clauses.append("phase <> 'closed'") }
        let text = TextChecks.trimmed(query.filter)
        if !text.isEmpty {
            let search = try IncidentSearch.condition(text, db, held: held)
            clauses.append(search.clause)
            arguments += search.arguments
            listed = search.listed
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments, listed)
    }

    /// An urgency segment as a condition on the incident's columns.
    static func condition(_ segment: QueueUrgency.Segment) -> (String, StatementArguments) {
        var clauses = ["exercise = ?"]
        var arguments: StatementArguments = [segment.exercise]
        // By `queue_level` (4 - level, 4 when unclassified), the urgency index's own column, so a
        // walk along the index decides a row without reading it. Unclassified as a range, not
        // `= 4`: with an equality there SQLite sorts the segment again instead of reading it in
        // the index's order (QueueQueryPagingTests).
        switch segment.levels {
        case .any: break
        case .major: clauses.append("queue_level <= 1")
        case .unclassified: clauses.append("queue_level > 3")
        case .minor: clauses.append("queue_level BETWEEN 2 AND 3")
        }
        if segment.noClock {
            clauses.append("next_due_at = ?")
            arguments += [IncidentRow.noDeadline]
        } else {
            clauses.append("next_due_at BETWEEN ? AND ?")
            arguments += [segment.dueFrom?.millisecondsSinceEpoch ?? Int64.min,
                          segment.dueTo?.millisecondsSinceEpoch ?? IncidentRow.noDeadline - 1]
        }
        return (clauses.joined(separator: " AND "), arguments)
    }

    /// The order of a whole query as the columns (or expressions) it sorts by, in turn; the
    /// urgency segment is a CASE over `QueueUrgency.segments`.
    static func orderKeys(_ query: QueueQuery, at now: Instant) -> ([String], StatementArguments) {
        switch query.order {
        case .urgency:
            var cases = "CASE"
            var arguments: StatementArguments = []
            for (n, segment) in QueueUrgency.segments(at: now).enumerated() {
                let (condition, values) = condition(segment)
                cases += " WHEN \(condition) THEN \(n)"
                arguments += values
            }
            return ([cases + " END", "next_due_at", "queue_level", "id"], arguments)
        case .level: return (["queue_level", "next_due_at", "id"], [])
        case .id: return (["id"], [])
        case .agency: return (["agency", "next_due_at", "id"], [])
        case .phase: return (["phase", "next_due_at", "id"], [])
        }
    }

    static func rows(_ db: Database, _ query: QueueQuery, held: IncidentSearchText, at now: Instant, offset: Int, limit: Int) throws -> [QueueRow] {
        let (whereClause, arguments, listed) = try filter(query, db, held: held)
        let (keys, orderArguments) = orderKeys(query, at: now)
        return try decode(Row.fetchCursor(db, sql: """
            SELECT \(columns) FROM incidents \(listed ? "NOT INDEXED" : "") WHERE \(whereClause) ORDER BY \(keys.joined(separator: ", ")) LIMIT ? OFFSET ?
            """, arguments: arguments + orderArguments + [limit, offset]))
    }

    /// Walks the urgency segments from `row` (exclusive; nil: from the first or the last row),
    /// forwards or backwards, until `limit` rows are found. Rows come back in display order.
    /// A filter answered from the text held in memory is paged there (`IncidentSearchText.page`).
    static func walk(_ db: Database, _ query: QueueQuery, held: IncidentSearchText, at now: Instant, from row: QueueRow?, forward: Bool,
                     limit: Int) throws -> [QueueRow] {
        let text = TextChecks.trimmed(query.filter)
        if !text.isEmpty, IncidentSearch.answersFromMemory(text, held),
           let rowids = try held.page(text, at: IncidentSearch.journalHead(db), db, now: now, includeClosed: query.includeClosed,
                                      from: row.map { QueueUrgency.key($0, at: now) }, forward: forward, limit: limit) {
            return try decode(Row.fetchCursor(db.cachedStatement(sql: """
                SELECT \(columns) FROM incidents JOIN (SELECT key AS place, value AS line FROM json_each(?)) ON incidents.rowid = line
                ORDER BY place
                """), arguments: ["[" + rowids.map(String.init).joined(separator: ",") + "]"]))
        }
        let (whereClause, filterArguments, listed) = try filter(query, db, held: held)
        if listed { return try walkListed(db, query, whereClause, filterArguments, at: now, from: row, forward: forward, limit: limit) }
        let segments = QueueUrgency.segments(at: now)
        let table = query.pagesByKey ? "INDEXED BY incidents_urgency" : ""
        var indices = Array(segments.indices)
        if let row {
            let start = QueueUrgency.segmentIndex(exercise: row.exercise, level: row.level, nextDueAt: row.nextDueAt, at: now)
            indices = forward ? Array(start..<segments.count) : Array((0...start).reversed())
        } else if !forward {
            indices.reverse()
        }
        var found: [QueueRow] = []
        for index in indices where found.count < limit {
            var (condition, arguments) = condition(segments[index])
            // The anchor's own segment continues from its key; the next ones from their edge.
            if let row, index == indices.first {
                condition += forward ? " AND (next_due_at, queue_level, id) > (?, ?, ?)" : " AND (next_due_at, queue_level, id) < (?, ?, ?)"
                arguments += [dueKey(row), QueueUrgency.levelRank(row.level), row.id]
            }
            let direction = forward ? "" : " DESC"
            // A dozen segments a page, a few shapes of query among them: prepared once.
            let page = try decode(Row.fetchCursor(db.cachedStatement(sql: """
                SELECT \(columns) FROM incidents \(table)
                WHERE \(whereClause) AND \(condition)
                ORDER BY next_due_at\(direction), queue_level\(direction), id\(direction) LIMIT ?
                """), arguments: filterArguments + arguments + [limit - found.count]))
            found += page
        }
        return forward ? found : found.reversed()
    }

    /// A page of a filter's few matches (listed, `IncidentSearch.condition`): read by rowid and
    /// sorted in one query by the whole urgency order, where walking the segments would hand
    /// SQLite the list once a segment.
    private static func walkListed(_ db: Database, _ query: QueueQuery, _ whereClause: String, _ filterArguments: StatementArguments,
                                   at now: Instant, from row: QueueRow?, forward: Bool, limit: Int) throws -> [QueueRow] {
        let (keys, keyArguments) = orderKeys(query, at: now)
        var condition = ""
        var arguments = filterArguments
        if let row {
            condition = " AND (\(keys.joined(separator: ", "))) \(forward ? ">" : "<") (?, ?, ?, ?)"
            arguments += keyArguments
            arguments += [QueueUrgency.segmentIndex(exercise: row.exercise, level: row.level, nextDueAt: row.nextDueAt, at: now),
                          dueKey(row), QueueUrgency.levelRank(row.level), row.id]
        }
        let direction = forward ? "" : " DESC"
        let rows = try decode(Row.fetchCursor(db, sql: """
            SELECT \(columns) FROM incidents NOT INDEXED WHERE \(whereClause)\(condition)
            ORDER BY \(keys.map { $0 + direction }.joined(separator: ", ")) LIMIT ?
            """, arguments: arguments + keyArguments + [limit]))
        return forward ? rows : rows.reversed()
    }

    static func decode(_ rows: RowCursor) throws -> [QueueRow] {
        var out: [QueueRow] = []
        while let row = try rows.next() {
            func text(_ c: Column) -> String? { row.exactTextIfPresent(c.rawValue) }
            let id = text(.id) ?? ""
            guard let category = text(.category).flatMap(IncidentCategory.init(rawValue:)), let phase = text(.phase).flatMap(IncidentPhase.init(rawValue:)) else {
                throw StoreError.inconsistent { $0.incidentRowUnreadable(id) }
            }
            let due: Int64 = row[Column.nextDueAt.rawValue]
            out.append(QueueRow(
                id: id, title: text(.title) ?? "", level: (row[Column.level.rawValue] as Int?).flatMap(IncidentLevel.init(rawValue:)),
                category: category, agency: text(.agency) ?? "", phase: phase, assignee: text(.assignee),
                exercise: row[Column.exercise.rawValue], nextDueAt: due == IncidentRow.noDeadline ? nil : Instant(millisecondsSinceEpoch: due),
                nextDueKind: text(.nextDueKind).flatMap(ObligationKind.init(rawValue:)),
                nextWarnAt: (row[Column.nextWarnAt.rawValue] as Int64?).map(Instant.init(millisecondsSinceEpoch:))))
        }
        return out
    }

    static func dueKey(_ row: QueueRow) -> Int64 { row.nextDueAt?.millisecondsSinceEpoch ?? IncidentRow.noDeadline }

}
