import CertDeskCore
import GRDB

extension DeskStore {
    /// The vault beside this database.
    public var vault: EvidenceVault { EvidenceVault(databasePath: path, sharing: sharing) }

    public func evidence(_ id: String) throws(StoreError) -> EvidenceItem? {
        try read { db in try EvidenceRow.fetch(db, where: "id = ?", arguments: [id]).first }
    }

    /// The register of one incident, or of the whole desk, with retention dates; disposed
    /// items (tombstones) only when asked for.
    public func evidence(of incident: String?, includeDisposed: Bool = true) throws(StoreError) -> [RetainedEvidence] {
        try read { db in
            var clauses = [String]()
            var arguments = StatementArguments()
            if let incident {
                clauses.append("incident = ?")
                _ = arguments.append(contentsOf: [incident])
            }
            if !includeDisposed { clauses.append("disposed_at IS NULL") }
            let items = try EvidenceRow.fetch(db, where: clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments: arguments)
            return try Self.withRetention(items, db)
        }
    }

    /// Live items whose retention ends by `date`, soonest first (`EvidenceRetention.due`).
    public func evidenceDue(by date: Instant) throws(StoreError) -> [RetainedEvidence] {
        try read { db in
            let items = try EvidenceRow.fetch(db, where: """
                disposed_at IS NULL AND incident IN (SELECT id FROM incidents WHERE closed_at IS NOT NULL)
                """)
            return EvidenceRetention.due(try Self.withRetention(items, db), by: date)
        }
    }

    /// Whether a live item still names this content (so disposing of another may not remove it).
    public func evidenceContentInUse(_ sha256: String) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ? AND disposed_at IS NULL)",
                              arguments: [sha256]) ?? false
        }
    }

    private static func withRetention(_ items: [EvidenceItem], _ db: Database) throws -> [RetainedEvidence] {
        let policy = try Projections.loadPolicy(db)
        var closedAt: [String: Instant] = [:]
        // A few incidents' items (one incident's, for its detail at every move in the console)
        // ask after those incidents alone, not every incident that has evidence.
        let incidents = Set(items.map(\.incident))
        let few = incidents.count <= 500
        let list = few ? "[" + incidents.map { CanonicalJSON.string(.string($0)) }.joined(separator: ",") + "]" : ""
        for row in try Row.fetchAll(db, sql: """
            SELECT id, closed_at FROM incidents WHERE closed_at IS NOT NULL
            AND id IN \(few ? "(SELECT value FROM json_each(?))" : "(SELECT DISTINCT incident FROM evidence)")
            """, arguments: few ? [list] : []) {
            closedAt[row[0]] = Instant(millisecondsSinceEpoch: row[1])
        }
        return items.map { RetainedEvidence(item: $0, keepUntil: EvidenceRetention.until(closedAt: closedAt[$0.incident], policy: policy)) }
    }
}
