import CertDeskCore
import GRDB

/// The columns of `evidence`: one item of the register.
enum EvidenceColumn: Int, ProjectionColumn {
    case id, incident, kind, description, sha256, size, originalName, physical, sourceHost, collectedBy, acquiredAt
    case tool, addedAt, addedBy, holder, location, checkedOut, holdReason, disposedAt, disposedBy, disposedReason

    static let table = "evidence"

    var name: String {
        switch self {
        case .id: return "id"
        case .incident: return "incident"
        case .kind: return "kind"
        case .description: return "description"
        case .sha256: return "sha256"
        case .size: return "size"
        case .originalName: return "original_name"
        case .physical: return "physical"
        case .sourceHost: return "source_host"
        case .collectedBy: return "collected_by"
        case .acquiredAt: return "acquired_at"
        case .tool: return "tool"
        case .addedAt: return "added_at"
        case .addedBy: return "added_by"
        case .holder: return "holder"
        case .location: return "location"
        case .checkedOut: return "checked_out"
        case .holdReason: return "hold_reason"
        case .disposedAt: return "disposed_at"
        case .disposedBy: return "disposed_by"
        case .disposedReason: return "disposed_reason"
        }
    }

    func value(of item: EvidenceItem) -> ColumnValue {
        switch self {
        case .id: return .text(item.id)
        case .incident: return .text(item.incident)
        case .kind: return .text(item.kind.rawValue)
        case .description: return .text(item.description)
        case .sha256: return ColumnValue(item.content?.sha256)
        case .size: return ColumnValue(item.content?.size)
        case .originalName: return ColumnValue(item.content?.originalName)
        case .physical: return ColumnValue(item.physical)
        case .sourceHost: return ColumnValue(item.sourceHost)
        case .collectedBy: return .text(item.collectedBy)
        case .acquiredAt: return .integer(item.acquiredAt.millisecondsSinceEpoch)
        case .tool: return ColumnValue(item.tool)
        case .addedAt: return .integer(item.addedAt.millisecondsSinceEpoch)
        case .addedBy: return .text(item.addedBy)
        case .holder: return .text(item.holder)
        case .location: return .text(item.location)
        case .checkedOut: return ColumnValue(item.checkedOut)
        case .holdReason: return ColumnValue(item.holdReason)
        case .disposedAt: return ColumnValue(item.disposal?.at.millisecondsSinceEpoch)
        case .disposedBy: return ColumnValue(item.disposal?.by)
        case .disposedReason: return ColumnValue(item.disposal?.reason)
        }
    }
}

/// The columns of `custody`: one change of hands of one item, in order.
enum CustodyColumn: Int, ProjectionColumn {
    case evidence, position, action, fromHolder, toHolder, at, recordedAt, by, purpose, location

    static let table = "custody"

    var name: String {
        switch self {
        case .evidence: return "evidence"
        case .position: return "position"
        case .action: return "action"
        case .fromHolder: return "from_holder"
        case .toHolder: return "to_holder"
        case .at: return "at"
        case .recordedAt: return "recorded_at"
        case .by: return "by"
        case .purpose: return "purpose"
        case .location: return "location"
        }
    }

    func value(of source: (evidence: String, position: Int, entry: CustodyEntry)) -> ColumnValue {
        let e = source.entry
        switch self {
        case .evidence: return .text(source.evidence)
        case .position: return ColumnValue(source.position)
        case .action: return .text(e.action.rawValue)
        case .fromHolder: return ColumnValue(e.from)
        case .toHolder: return ColumnValue(e.to)
        case .at: return .integer(e.at.millisecondsSinceEpoch)
        case .recordedAt: return .integer(e.recordedAt.millisecondsSinceEpoch)
        case .by: return .text(e.by)
        case .purpose: return ColumnValue(e.purpose)
        case .location: return ColumnValue(e.location)
        }
    }
}

/// The evidence register and its chain of custody as rows.
enum EvidenceRow {
    static func write(_ item: EvidenceItem, _ db: Database) throws {
        var insert = try BoundStatement(db, sql: EvidenceColumn.insert(replacing: true))
        EvidenceColumn.bind(item, into: &insert)
        try insert.run()
        try db.cachedStatement(sql: "DELETE FROM custody WHERE evidence = ?").execute(arguments: [item.id])
        var custody = try BoundStatement(db, sql: CustodyColumn.insert(replacing: false))
        for (position, entry) in item.custody.enumerated() {
            CustodyColumn.bind((item.id, position, entry), into: &custody)
            try custody.run()
        }
    }

    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = []) throws -> [EvidenceItem] {
        typealias C = EvidenceColumn
        var items: [EvidenceItem] = []
        var index: [String: Int] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(C.names) FROM evidence WHERE \(whereClause) ORDER BY id"),
                                       arguments: arguments)
        while let row = try rows.next() {
            let id = row.exactText(C.id)
            func instant(_ c: C) -> Instant? { row.instant(c).map(Instant.init(millisecondsSinceEpoch:)) }
            guard let kind = EvidenceKind(rawValue: row.exactText(C.kind)), let acquired = instant(.acquiredAt), let added = instant(.addedAt) else {
                throw StoreError.inconsistent { $0.evidenceKindUnreadable(id) }
            }
            let content = row.exactTextIfPresent(C.sha256).map {
                EvidenceContent(sha256: $0, size: row.value(C.size) ?? 0, originalName: row.exactTextIfPresent(C.originalName) ?? "")
            }
            let disposal = instant(.disposedAt).map {
                EvidenceDisposal(at: $0, by: row.exactTextIfPresent(C.disposedBy) ?? "", reason: row.exactTextIfPresent(C.disposedReason) ?? "")
            }
            index[id] = items.count
            items.append(EvidenceItem(
                id: id, incident: row.exactText(C.incident), kind: kind, description: row.exactText(C.description), content: content,
                physical: row.exactTextIfPresent(C.physical), sourceHost: row.exactTextIfPresent(C.sourceHost),
                collectedBy: row.exactText(C.collectedBy), acquiredAt: acquired, tool: row.exactTextIfPresent(C.tool), addedAt: added,
                addedBy: row.exactText(C.addedBy), holder: row.exactText(C.holder), location: row.exactText(C.location),
                checkedOut: row.required(C.checkedOut), holdReason: row.exactTextIfPresent(C.holdReason), disposal: disposal))
        }
        guard !items.isEmpty else { return items }
        typealias K = CustodyColumn
        let custody = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT \(K.names) FROM custody WHERE evidence IN (SELECT id FROM evidence WHERE \(whereClause)) ORDER BY evidence, position
            """), arguments: arguments)
        while let row = try custody.next() {
            guard let n = index[row.exactText(K.evidence)], let action = CustodyEntry.Action(rawValue: row.exactText(K.action)),
                  let at = row.instant(K.at), let recorded = row.instant(K.recordedAt) else { continue }
            items[n].custody.append(CustodyEntry(
                action: action, from: row.exactTextIfPresent(K.fromHolder), to: row.exactTextIfPresent(K.toHolder),
                at: Instant(millisecondsSinceEpoch: at), recordedAt: Instant(millisecondsSinceEpoch: recorded), by: row.exactText(K.by),
                purpose: row.exactTextIfPresent(K.purpose), location: row.exactTextIfPresent(K.location)))
        }
        return items
    }
}
