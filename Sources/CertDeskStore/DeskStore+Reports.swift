import CertDeskCore
import GRDB

extension DeskStore {
    /// The facts the monthly report counts of every incident of `region` the agencies became aware
    /// of in [`from`, `to`), from the projections: the incident's columns, its agency's type and
    /// county from the directory, its clocks and its indicators. A month of a busy desk is
    /// thousands of incidents; each table is read once, through the awareness index.
    public func reportIncidents(region: Region, from: Instant, to: Instant) throws(StoreError) -> [ReportIncident] {
        try read { db in
            let selected = "SELECT id FROM incidents INDEXED BY incidents_by_aware WHERE aware_at >= ? AND aware_at < ? AND id LIKE ?"
            let arguments: StatementArguments = [from.millisecondsSinceEpoch, to.millisecondsSinceEpoch, region.code + "-%"]
            var incidents: [ReportIncident] = []
            var index: [String: Int] = [:]
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT i.id, i.aware_at, i.level, i.category, i.exercise, i.agency, a.type, a.county, i.closed_at, i.phase
                FROM incidents i INDEXED BY incidents_by_aware LEFT JOIN agencies a ON a.id = i.agency_id
                WHERE i.aware_at >= ? AND i.aware_at < ? AND i.id LIKE ?
                """), arguments: arguments)
            while let row = try rows.next() {
                let id = row.exactText(0)
                let category = try Self.reportCategory(row.exactText(3), of: id)
                let level = try Self.reportLevel(row[2], of: id)
                let closed = row.exactText(9) == IncidentPhase.closed.rawValue
                index[id] = incidents.count
                incidents.append(ReportIncident(
                    id: id, awareAt: Instant(millisecondsSinceEpoch: row[1]),
                    level: level, category: category, exercise: row[4], agency: row.exactText(5),
                    agencyType: row.exactTextIfPresent(6), county: row.exactTextIfPresent(7),
                    closedAt: closed ? (row[8] as Int64?).map(Instant.init(millisecondsSinceEpoch:)) : nil,
                    obligations: [], indicators: []))
            }
            guard !incidents.isEmpty else { return incidents }
            // The clocks as the report counts them: kind, state and times, not their notes.
            let clocks = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT incident, kind, ordinal, state, starts_at, due_at, warn_at, met_at FROM obligations WHERE incident IN (\(selected))
                """), arguments: arguments)
            while let row = try clocks.next() {
                let id = row.exactText(0)
                guard let n = index[id] else { continue }
                guard let kind = ObligationKind(rawValue: row.exactText(1)), let state = Obligation.State(rawValue: row.exactText(3)) else {
                    throw StoreError.inconsistent { $0.obligationUnreadable(id) }
                }
                incidents[n].obligations.append(Obligation(
                    kind: kind, ordinal: row[2], startsAt: Instant(millisecondsSinceEpoch: row[4]), dueAt: Instant(millisecondsSinceEpoch: row[5]),
                    warnAt: Instant(millisecondsSinceEpoch: row[6]), state: state,
                    metAt: (row[7] as Int64?).map(Instant.init(millisecondsSinceEpoch:))))
            }
            let indicators = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT incident, type, value FROM indicators WHERE incident IN (\(selected)) ORDER BY incident, position
                """), arguments: arguments)
            while let row = try indicators.next() {
                guard let n = index[row.exactText(0)], let kind = Indicator.Kind(rawValue: row.exactText(1)) else { continue }
                incidents[n].indicators.append(Indicator(kind: kind, value: row.exactText(2)))
            }
            return incidents
        }
    }

    /// How many incidents of `region` the agencies became aware of in [`from`, `to`), per Taipei
    /// day, level and kind, and within [`byCategoryFrom`, `byCategoryTo`) per category too: a
    /// year of trend counted in SQLite from the awareness index alone (it holds every column
    /// asked), a few thousand rows for a hundred thousand incidents. Outside the category range
    /// the count is grouped by one integer (day, level, kind), which SQLite sorts twice as fast
    /// as the columns themselves.
    public func incidentTallies(region: Region, from: Instant, to: Instant,
                                byCategoryFrom: Instant, byCategoryTo: Instant) throws(StoreError) -> [IncidentTally] {
        try read { db in
            let day: Int64 = 86_400_000, offset = Int64(TaipeiTime.offsetMinutes) * 60_000
            func midnight(_ day: Int64) -> Instant { Instant(millisecondsSinceEpoch: day * 86_400_000 - offset) }
            let prefix = region.code + "-%"
            var tallies: [IncidentTally] = []
            // key = day × 16 + level × 2 + exercise (level 0: unclassified).
            let year = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT ((aware_at + \(offset)) / \(day)) * 16 + COALESCE(level, 0) * 2 + exercise AS k, count(*), min(id),
                       min(COALESCE(level, 0)), max(COALESCE(level, 0))
                FROM incidents INDEXED BY incidents_by_aware
                WHERE aware_at >= ? AND aware_at < ? AND id LIKE ? AND NOT (aware_at >= ? AND aware_at < ?)
                GROUP BY k
                """), arguments: [from.millisecondsSinceEpoch, to.millisecondsSinceEpoch, prefix,
                                  byCategoryFrom.millisecondsSinceEpoch, byCategoryTo.millisecondsSinceEpoch])
            while let row = try year.next() {
                let key: Int64 = row[0]
                let level = Int(key % 16 / 2)
                // A level outside 1–4 (an edited row) would spill into the key: the group's own
                // levels say so, and the row is named rather than counted wrong.
                let lowest: Int = row[3], highest: Int = row[4]
                guard lowest == level, highest == level else {
                    for seen in [lowest, highest] where seen != 0 { _ = try Self.reportLevel(seen, of: row.exactText(2)) }
                    throw StoreError.inconsistent { $0.incidentColumnUnreadable(row.exactText(2), "level") }
                }
                tallies.append(IncidentTally(awareAt: midnight(key / 16), level: try Self.reportLevel(level == 0 ? nil : level, of: row.exactText(2)),
                                             category: nil, exercise: key % 2 == 1, count: row[1]))
            }
            let month = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT (aware_at + \(offset)) / \(day) AS day, level, category, exercise, count(*), min(id)
                FROM incidents INDEXED BY incidents_by_aware
                WHERE aware_at >= ? AND aware_at < ? AND id LIKE ?
                GROUP BY day, level, category, exercise
                """), arguments: [byCategoryFrom.millisecondsSinceEpoch, byCategoryTo.millisecondsSinceEpoch, prefix])
            while let row = try month.next() {
                let id = row.exactText(5)
                tallies.append(IncidentTally(awareAt: midnight(row[0]), level: try Self.reportLevel(row[1], of: id),
                                             category: try Self.reportCategory(row.exactText(2), of: id), exercise: row[3], count: row[4]))
            }
            return tallies
        }
    }

    /// A column the report counts by that does not read back is an edited projection: said, never skipped.
    private static func reportCategory(_ name: String, of id: String) throws -> IncidentCategory {
        guard let category = IncidentCategory(rawValue: name) else {
            throw StoreError.inconsistent { $0.incidentColumnUnreadable(id, "category") }
        }
        return category
    }

    private static func reportLevel(_ value: Int?, of id: String) throws -> IncidentLevel? {
        guard let value else { return nil }
        guard let level = IncidentLevel(rawValue: value) else { throw StoreError.inconsistent { $0.incidentColumnUnreadable(id, "level") } }
        return level
    }
}
