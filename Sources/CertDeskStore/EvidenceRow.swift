import CertDeskCore
import GRDB

/// The evidence register and its chain of custody as rows.
enum EvidenceRow {
    static func write(_ item: EvidenceItem, _ db: Database) throws {
        var insert = try BoundStatement(db, sql: """
            INSERT OR REPLACE INTO evidence (id, incident, kind, description, sha256, size, original_name, physical, source_host,
                collected_by, acquired_at, tool, added_at, added_by, holder, location, checked_out, hold_reason, disposed_at,
                disposed_by, disposed_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(item.id)
        insert.bind(item.incident)
        insert.bind(item.kind.rawValue)
        insert.bind(item.description)
        insert.bind(item.content?.sha256)
        insert.bind(item.content?.size)
        insert.bind(item.content?.originalName)
        insert.bind(item.physical)
        insert.bind(item.sourceHost)
        insert.bind(item.collectedBy)
        insert.bind(item.acquiredAt.millisecondsSinceEpoch)
        insert.bind(item.tool)
        insert.bind(item.addedAt.millisecondsSinceEpoch)
        insert.bind(item.addedBy)
        insert.bind(item.holder)
        insert.bind(item.location)
        insert.bind(item.checkedOut)
        insert.bind(item.holdReason)
        insert.bind(item.disposal?.at.millisecondsSinceEpoch)
        insert.bind(item.disposal?.by)
        insert.bind(item.disposal?.reason)
        try insert.run()
        try db.cachedStatement(sql: "DELETE FROM custody WHERE evidence = ?").execute(arguments: [item.id])
        var custody = try BoundStatement(db, sql: """
            INSERT INTO custody (evidence, position, action, from_holder, to_holder, at, recorded_at, by, purpose, location)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, entry) in item.custody.enumerated() {
            custody.bind(item.id)
            custody.bind(position)
            custody.bind(entry.action.rawValue)
            custody.bind(entry.from)
            custody.bind(entry.to)
            custody.bind(entry.at.millisecondsSinceEpoch)
            custody.bind(entry.recordedAt.millisecondsSinceEpoch)
            custody.bind(entry.by)
            custody.bind(entry.purpose)
            custody.bind(entry.location)
            try custody.run()
        }
    }

    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = []) throws -> [EvidenceItem] {
        var items: [EvidenceItem] = []
        var index: [String: Int] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, incident, kind, description, sha256, size, original_name, physical, source_host, collected_by, acquired_at,
                   tool, added_at, added_by, holder, location, checked_out, hold_reason, disposed_at, disposed_by, disposed_reason
            FROM evidence WHERE \(whereClause) ORDER BY id
            """), arguments: arguments)
        func instant(_ row: Row, _ i: Int) -> Instant? { (row[i] as Int64?).map(Instant.init(millisecondsSinceEpoch:)) }
        while let row = try rows.next() {
            let id = row.exactText(0)
            guard let kind = EvidenceKind(rawValue: row[2]) else {
                throw StoreError.inconsistent(seq: nil, reason: "evidence \(id) has an unreadable kind")
            }
            let content = row.exactTextIfPresent(4).map {
                EvidenceContent(sha256: $0, size: row[5] ?? 0, originalName: row.exactTextIfPresent(6) ?? "")
            }
            let disposal = instant(row, 18).map { EvidenceDisposal(at: $0, by: row.exactTextIfPresent(19) ?? "", reason: row.exactTextIfPresent(20) ?? "") }
            index[id] = items.count
            items.append(EvidenceItem(
                id: id, incident: row.exactText(1), kind: kind, description: row.exactText(3), content: content,
                physical: row.exactTextIfPresent(7), sourceHost: row.exactTextIfPresent(8), collectedBy: row.exactText(9),
                acquiredAt: instant(row, 10)!, tool: row.exactTextIfPresent(11), addedAt: instant(row, 12)!, addedBy: row.exactText(13),
                holder: row.exactText(14), location: row.exactText(15), checkedOut: row[16], holdReason: row.exactTextIfPresent(17),
                disposal: disposal))
        }
        guard !items.isEmpty else { return items }
        let custody = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT evidence, action, from_holder, to_holder, at, recorded_at, by, purpose, location FROM custody
            WHERE evidence IN (SELECT id FROM evidence WHERE \(whereClause)) ORDER BY evidence, position
            """), arguments: arguments)
        while let row = try custody.next() {
            guard let n = index[row.exactText(0)], let action = CustodyEntry.Action(rawValue: row[1]) else { continue }
            items[n].custody.append(CustodyEntry(
                action: action, from: row.exactTextIfPresent(2), to: row.exactTextIfPresent(3), at: instant(row, 4)!,
                recordedAt: instant(row, 5)!, by: row.exactText(6), purpose: row.exactTextIfPresent(7), location: row.exactTextIfPresent(8)))
        }
        return items
    }
}
