import CertDeskCore
import Foundation
import GRDB

extension DeskStore {
    /// One page of the queue. In deadline order the page comes straight off an index, so the
    /// cost of a page does not grow with the desk.
    public func queue(_ query: QueueQuery, offset: Int, limit: Int) throws(StoreError) -> [QueueRow] {
        try queue(query, from: .offset(offset), limit: limit)
    }

    /// A page of the queue from an anchor. `.after`/`.before`/`.end` walk the deadline index
    /// from a neighbour's key; other orders fall back to positions.
    public func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws(StoreError) -> [QueueRow] {
        try read { db in
            var (whereClause, arguments) = QueueSQL.filter(query)
            var order = QueueSQL.order(query)
            var offset = 0
            var reversed = false
            switch anchor {
            case .start: break
            case .offset(let n): offset = n
            case .after(let row) where query.order == .due:
                whereClause += " AND (next_due_at, id) > (?, ?)"
                arguments += [QueueSQL.dueKey(row), row.id]
            case .before(let row) where query.order == .due:
                whereClause += " AND (next_due_at, id) < (?, ?)"
                arguments += [QueueSQL.dueKey(row), row.id]
                order = "next_due_at DESC, id DESC"
                reversed = true
            case .end where query.order == .due:
                order = "next_due_at DESC, id DESC"
                reversed = true
            case .after, .before, .end:
                throw StoreError.inconsistent(seq: nil, reason: "keyset paging needs the deadline order")
            }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT id, title, level, category, agency, phase, assignee, exercise, next_due_at, next_due_kind, next_warn_at
                FROM incidents \(QueueSQL.indexHint(query)) WHERE \(whereClause)
                ORDER BY \(order) LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset])
            let rows = try Self.queueRows(cursor)
            return reversed ? rows.reversed() : rows
        }
    }

    private static func queueRows(_ rows: RowCursor) throws -> [QueueRow] {
            var out: [QueueRow] = []
            while let row = try rows.next() {
                let id: String = row[0]
                guard let category = IncidentCategory(rawValue: row[3]), let phase = IncidentPhase(rawValue: row[5]) else {
                    throw StoreError.inconsistent(seq: nil, reason: "incident \(id) has an unreadable row")
                }
                let due: Int64 = row[8]
                out.append(QueueRow(
                    id: id, title: row.exactText(1), level: (row[2] as Int?).flatMap(IncidentLevel.init(rawValue:)),
                    category: category, agency: row.exactText(4), phase: phase, assignee: row.exactTextIfPresent(6),
                    exercise: row[7], nextDueAt: due == IncidentRow.noDeadline ? nil : Instant(millisecondsSinceEpoch: due),
                    nextDueKind: (row[9] as String?).flatMap(ObligationKind.init(rawValue:)),
                    nextWarnAt: (row[10] as Int64?).map(Instant.init(millisecondsSinceEpoch:))))
            }
            return out
    }

    public func queueCount(_ query: QueueQuery) throws(StoreError) -> Int {
        try read { db in
            let (whereClause, arguments) = QueueSQL.filter(query)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents WHERE \(whereClause)", arguments: arguments) ?? 0
        }
    }

    /// The pending clock across the desk that falls due first: the "next breach".
    public func nextBreach() throws(StoreError) -> ClockEntry? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id FROM incidents INDEXED BY incidents_queue WHERE phase <> 'closed' ORDER BY next_due_at, id LIMIT 1
                """), let id = row[0] as String?, let incident = try IncidentRow.fetch(db, where: "id = ?", arguments: [id]).first,
                let next = incident.nextDue else { return nil }
            return ClockEntry(incidentID: id, title: incident.title, agency: incident.agency, level: incident.level,
                              exercise: incident.exercise, obligation: next)
        }
    }
}

/// The SQL behind the queue's filter and order.
enum QueueSQL {
    static func filter(_ query: QueueQuery) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if !query.includeClosed { clauses.append("phase <> 'closed'") }
        let text = query.filter.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            let pattern = "%" + escapeLike(text) + "%"
            clauses.append("""
                (id LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR agency LIKE ? ESCAPE '\\'
                 OR id IN (SELECT incident FROM indicators WHERE value LIKE ? ESCAPE '\\'))
                """)
            arguments += [pattern, pattern, pattern, pattern]
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }

    static func order(_ query: QueueQuery) -> String {
        switch query.order {
        case .due: return "next_due_at, id"
        case .level: return "COALESCE(level, 0) DESC, next_due_at, id"
        case .id: return "id"
        case .agency: return "agency, next_due_at, id"
        case .phase: return "phase, next_due_at, id"
        }
    }

    /// The open queue in deadline order walks the partial index instead of sorting.
    static func indexHint(_ query: QueueQuery) -> String {
        query.order == .due && !query.includeClosed ? "INDEXED BY incidents_queue" : ""
    }

    static func dueKey(_ row: QueueRow) -> Int64 { row.nextDueAt?.millisecondsSinceEpoch ?? IncidentRow.noDeadline }

    static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
