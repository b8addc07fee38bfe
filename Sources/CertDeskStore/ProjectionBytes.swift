import CertDeskCore
import GRDB

/// The second look `verify` takes at projections the model comparison found equal: every
/// stored row against the row the writer would write for the rebuilt desk, value by value and
/// text byte by byte. Swift's `==` calls "é" and "e\u{301}" equal; a stored name edited only in
/// its Unicode normalisation must still be named.
enum ProjectionBytes {
    static func differences(rebuilt: DeskState, _ db: Database, alreadyNamed: [VerificationReport.Problem]) throws -> [VerificationReport.Problem] {
        let named = Set(alreadyNamed.compactMap(\.subject))
        func isNamed(_ subject: String) -> Bool { named.contains(subject) }
        var problems: [VerificationReport.Problem] = []
        func add(_ subject: String, _ say: (any Words) -> String) { problems.append(.init(subject: subject, say)) }

        if !isNamed("policy"), let policy = rebuilt.policy,
           let stored = try Row.fetchOne(db, sql: "SELECT policy FROM desk WHERE singleton = 1"),
           !ColumnValue(stored, 0).isExactly(.text(CanonicalJSON.string(policy.json))) {
            add("policy") { $0.storedPolicyDiffers }
        }
        for row in try Row.fetchAll(db, sql: "SELECT key, body FROM playbooks ORDER BY key") {
            let key = row.exactText(0)
            guard let playbook = rebuilt.playbooks[key], !isNamed("playbook \(key)") else { continue }
            if !ColumnValue(row, 1).isExactly(.text(CanonicalJSON.string(playbook.json))) {
                add("playbook \(key)") { $0.storedPlaybookDiffers(key) }
            }
        }
        for id in try differing(AgencyColumn.self, db, order: "id", owner: .id, expected: rebuilt.agencies.values.map { ($0.id, [$0]) })
        where !isNamed("agency \(id)") {
            add("agency \(id)") { $0.storedAgencyDiffers(id) }
        }
        let incidents = rebuilt.incidents.values
        for (id, columns) in try differingColumns(IncidentColumn.self, db, order: "id", owner: .id, expected: incidents.map { ($0.id, [$0]) })
            .sorted(by: { $0.key < $1.key }) where !isNamed("incident \(id)") {
            add("incident \(id)") { $0.storedIncidentDiffers(id, columns) }
        }
        let parts: [(String, Set<String>)] = [
            ("indicators", try differing(IndicatorColumn.self, db, order: "incident, position", owner: .incident,
                                         expected: incidents.map { i in (i.id, i.indicators.enumerated().map { (i.id, $0.offset, $0.element) }) })),
            ("obligations", try differing(ObligationColumn.self, db, order: "incident, kind, ordinal", owner: .incident,
                                          expected: incidents.map { i in
                                              (i.id, i.obligations.sorted { TextOrder.precedes($0.kind.rawValue, $1.kind.rawValue)
                                                  || ($0.kind == $1.kind && $0.ordinal < $1.ordinal) }.map { (i.id, $0) })
                                          })),
            ("steps", try differing(StepColumn.self, db, order: "incident, position", owner: .incident,
                                    expected: incidents.map { i in (i.id, i.steps.enumerated().map { (i.id, $0.offset, $0.element) }) })),
        ]
        for (part, ids) in parts {
            for id in ids.sorted() where !isNamed("incident \(id)") {
                add("incident \(id)") { $0.storedIncidentDiffers(id, [part]) }
            }
        }
        let items = rebuilt.evidence.values
        let evidence = try differing(EvidenceColumn.self, db, order: "id", owner: .id, expected: items.map { ($0.id, [$0]) })
            .union(try differing(CustodyColumn.self, db, order: "evidence, position", owner: .evidence,
                                 expected: items.map { e in (e.id, e.custody.enumerated().map { (e.id, $0.offset, $0.element) }) }))
        for id in evidence.sorted() where !isNamed("evidence \(id)") {
            add("evidence \(id)") { $0.storedEvidenceDiffers(id) }
        }
        return problems
    }

    /// The owners (incident, item, agency) whose stored rows of `C`'s table are not, byte for
    /// byte, the rows written for `expected` (owner → its rows in `order`).
    /// Owners the journal does not know are left to the model comparison and the stray-row
    /// checks, which name them already.
    private static func differing<C: ProjectionColumn>(_ type: C.Type, _ db: Database, order: String, owner: C,
                                                       expected: [(String, [C.Source])]) throws -> Set<String> {
        Set(try differingColumns(type, db, order: order, owner: owner, expected: expected).keys)
    }

    /// The same, with the names of the columns that differ (all of them for a row missing or extra).
    private static func differingColumns<C: ProjectionColumn>(_ type: C.Type, _ db: Database, order: String, owner: C,
                                                              expected: [(String, [C.Source])]) throws -> [String: [String]] {
        let known = Set(expected.map(\.0))
        var wanted: [String: [[ColumnValue]]] = [:]
        for (id, sources) in expected where !sources.isEmpty {
            wanted[id] = sources.map { source in C.allCases.map { $0.value(of: source) } }
        }
        var stored: [String: [[ColumnValue]]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(C.names) FROM \(C.table) ORDER BY \(order)")
        while let row = try rows.next() {
            stored[row.exactText(owner), default: []].append(C.allCases.map { ColumnValue(row, $0.index) })
        }
        var differing: [String: [String]] = [:]
        for id in Set(wanted.keys).union(stored.keys) where known.contains(id) {
            let a = wanted[id] ?? [], b = stored[id] ?? []
            guard a.count == b.count else {
                differing[id] = C.allCases.map(\.name)
                continue
            }
            let columns = C.allCases.filter { c in zip(a, b).contains { !$0[c.index].isExactly($1[c.index]) } }.map(\.name)
            if !columns.isEmpty { differing[id] = columns }
        }
        return differing
    }
}
