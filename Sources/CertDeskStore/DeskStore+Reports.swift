import CertDeskCore
import GRDB

extension DeskStore {
    /// The facts the monthly report counts of every incident of `region` reported in
    /// [`from`, `to`), from the projections: the incident's columns, its agency's type and county
    /// from the directory, its clocks and its indicators. A month of a busy desk is thousands of
    /// incidents; each table is read once, in incident order, through the reported-time index.
    public func reportIncidents(region: Region, from: Instant, to: Instant) throws(StoreError) -> [ReportIncident] {
        try read { db in
            let selected = "SELECT id FROM incidents INDEXED BY incidents_by_reported WHERE reported_at >= ? AND reported_at < ? AND id LIKE ?"
            let arguments: StatementArguments = [from.millisecondsSinceEpoch, to.millisecondsSinceEpoch, region.code + "-%"]
            var incidents: [ReportIncident] = []
            var index: [String: Int] = [:]
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT i.id, i.reported_at, i.aware_at, i.level, i.category, i.exercise, i.agency, a.type, a.county, i.closed_at, i.phase
                FROM incidents i INDEXED BY incidents_by_reported LEFT JOIN agencies a ON a.id = i.agency_id
                WHERE i.reported_at >= ? AND i.reported_at < ? AND i.id LIKE ? ORDER BY i.id
                """), arguments: arguments)
            while let row = try rows.next() {
                let id = row.exactText(0)
                let category = try Self.reportCategory(row.exactText(4), of: id)
                let level = try Self.reportLevel(row[3], of: id)
                let closed = row.exactText(10) == IncidentPhase.closed.rawValue
                index[id] = incidents.count
                incidents.append(ReportIncident(
                    id: id, reportedAt: Instant(millisecondsSinceEpoch: row[1]), awareAt: Instant(millisecondsSinceEpoch: row[2]),
                    level: level, category: category, exercise: row[5], agency: row.exactText(6),
                    agencyType: row.exactTextIfPresent(7), county: row.exactTextIfPresent(8),
                    closedAt: closed ? (row[9] as Int64?).map(Instant.init(millisecondsSinceEpoch:)) : nil,
                    obligations: [], indicators: []))
            }
            guard !incidents.isEmpty else { return incidents }
            let clocks = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT \(ObligationRow.columns) FROM obligations WHERE incident IN (\(selected)) ORDER BY incident
                """), arguments: arguments)
            while let row = try clocks.next() {
                guard let n = index[row.exactText(ObligationColumn.incident.index)] else { continue }
                incidents[n].obligations.append(try ObligationRow.decode(row))
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

    /// Month, level, category and exercise flag of every incident of `region` reported in
    /// [`from`, `to`): a year of trend from the reported-time index and four columns.
    public func incidentTallies(region: Region, from: Instant, to: Instant) throws(StoreError) -> [IncidentTally] {
        try read { db in
            var tallies: [IncidentTally] = []
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT reported_at, level, category, exercise, id FROM incidents INDEXED BY incidents_by_reported
                WHERE reported_at >= ? AND reported_at < ? AND id LIKE ?
                """), arguments: [from.millisecondsSinceEpoch, to.millisecondsSinceEpoch, region.code + "-%"])
            while let row = try rows.next() {
                let id = row.exactText(4)
                tallies.append(IncidentTally(reportedAt: Instant(millisecondsSinceEpoch: row[0]), level: try Self.reportLevel(row[1], of: id),
                                             category: try Self.reportCategory(row.exactText(2), of: id), exercise: row[3]))
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
