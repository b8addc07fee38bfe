import CertDeskCore
import Foundation
import GRDB

/// Reads projections into a `DeskState` and writes back what the reducer changed.
enum Projections {
    /// Adds to `state` whatever `scope` names that is not loaded yet. `loaded` remembers what was
    /// already looked up (including misses) within one transaction.
    static func load(_ scope: StateScope, into state: inout DeskState, loaded: inout LoadedScope, _ db: Database) throws {
        for id in scope.incidentIDs where state.incidents[id] == nil {
            for incident in try IncidentRow.fetch(db, where: "id = ?", arguments: [id]) {
                state.incidents[incident.id] = incident
                state.incidentBySource[incident.source.id] = incident.id
            }
        }
        for sourceID in scope.sourceIDs where state.incidentBySource[sourceID] == nil {
            guard loaded.sources.insert(sourceID).inserted else { continue }
            if let id = try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM incidents WHERE source_id = ?"),
                                            arguments: [sourceID]) {
                state.incidentBySource[sourceID] = id
            }
        }
        for prefix in scope.numberPrefixes where loaded.prefixes.insert(prefix).inserted {
            if let last = try Int.fetchOne(db.cachedStatement(sql: "SELECT last FROM incident_numbers WHERE prefix = ?"), arguments: [prefix]) {
                state.lastIncidentNumber[prefix] = last
            }
        }
        for id in scope.agencyIDs where loaded.agencyIDs.insert(id).inserted {
            for agency in try AgencyRow.fetch(db, where: "id = ?", arguments: [id]) { state.agencies[agency.id] = agency }
        }
        for incident in scope.evidenceOfIncidents where loaded.evidenceOf.insert(incident).inserted {
            for item in try EvidenceRow.fetch(db, where: "incident = ?", arguments: [incident]) { state.evidence[item.id] = item }
        }
        for name in scope.agencyNames where loaded.agencyNames.insert(name).inserted {
            for agency in try AgencyRow.fetch(db, where: "name = ?", arguments: [name]) { state.agencies[agency.id] = agency }
        }
    }

    /// Looks up the source ids of a whole batch in a few queries instead of one per ticket.
    static func prefetchSources(of commands: [DeskCommand], into state: inout DeskState, loaded: inout LoadedScope,
                                _ db: Database) throws {
        var pending: [String] = []
        for case .openIncident(let draft) in commands where loaded.sources.insert(draft.source.id).inserted {
            pending.append(draft.source.id)
        }
        let chunkSize = 500
        for start in stride(from: 0, to: pending.count, by: chunkSize) {
            let chunk = Array(pending[start..<min(start + chunkSize, pending.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT source_id, id FROM incidents WHERE source_id IN (\(marks))",
                                        arguments: StatementArguments(chunk)) {
                state.incidentBySource[row[0]] = row[1]
            }
        }
    }

    /// The deadline policy the desk adopted last, alone (the evidence register's retention
    /// reads it for every detail shown; the playbooks `loadDesk` parses too are not needed).
    static func loadPolicy(_ db: Database) throws -> DeadlinePolicy? {
        guard let text = try String.fetchOne(db, sql: "SELECT policy FROM desk WHERE singleton = 1") else { return nil }
        return try parsedPolicies.value(key: "policy", text: text) { text in
            guard let json = try? JSONValue.parse(text), let reader = try? JSONFieldReader(json),
                  let parsed = try? DeadlinePolicy(reader: reader) else {
                throw StoreError.inconsistent { $0.policyUnreadable }
            }
            return parsed
        }
    }

    private static let parsedPolicies = ParsedTexts<DeadlinePolicy>(limit: 4)

    /// The region the desk serves, alone; nil for a desk never opened.
    static func loadRegion(_ db: Database) throws -> Region? {
        guard let code = try String.fetchOne(db, sql: "SELECT region FROM desk WHERE singleton = 1") else { return nil }
        guard let region = Region(rawValue: code) else {
            throw StoreError.inconsistent { $0.unknownRegionStored(code) }
        }
        return region
    }

    /// The desk-wide state every command may need: its region and deadline policy.
    static func loadDesk(_ db: Database) throws -> DeskState {
        guard let region = try loadRegion(db) else { return DeskState() }
        var state = DeskState(region: region, policy: try loadPolicy(db))
        state.journalHead = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0
        state.lastShiftID = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM shifts") ?? 0
        for shift in try ShiftRow.fetch(db, where: "ending IS NULL") {
            state.shifts[shift.id] = shift
            state.openShift = shift.id
        }
        for row in try Row.fetchAll(db, sql: "SELECT key, category, revision, body FROM playbooks ORDER BY key") {
            let key: String = row["key"]
            guard let json = try? JSONValue.parse(String(decoding: row["body"] as Data, as: UTF8.self)), let reader = try? JSONFieldReader(json),
                  let playbook = try? Playbook(reader: reader) else {
                throw StoreError.inconsistent { $0.playbookUnreadable(key) }
            }
            state.playbooks[key] = playbook
            let category: String = row["category"], revision: Int = row["revision"]
            state.currentPlaybook[category] = max(state.currentPlaybook[category] ?? 0, revision)
        }
        return state
    }

    /// Every projection, for `verify` to compare with a rebuild.
    static func loadAll(_ db: Database) throws -> DeskState {
        var state = try loadDesk(db)
        for agency in try AgencyRow.fetch(db) { state.agencies[agency.id] = agency }
        for incident in try IncidentRow.fetch(db) {
            state.incidents[incident.id] = incident
            state.incidentBySource[incident.source.id] = incident.id
        }
        for item in try EvidenceRow.fetch(db) { state.evidence[item.id] = item }
        for shift in try ShiftRow.fetch(db) { state.shifts[shift.id] = shift }
        for row in try Row.fetchAll(db, sql: "SELECT prefix, last FROM incident_numbers") {
            state.lastIncidentNumber[row["prefix"]] = row["last"]
        }
        return state
    }

    static func persist(_ changes: Set<ProjectionChange>, from state: DeskState, _ db: Database) throws {
        // A new incident's rows are written whole from the state; its other changes in the same
        // command (clocks recorded overdue as it arrived) are already in them.
        let created = Set(changes.compactMap { change -> String? in
            if case .incidentCreated(let id) = change { return id }
            return nil
        })
        for change in changes {
            switch change {
            case .incident(let id) where created.contains(id), .obligations(let id) where created.contains(id),
                 .indicators(let id) where created.contains(id):
                continue
            case .desk:
                if let region = state.region {
                    try db.execute(sql: "INSERT OR REPLACE INTO desk (singleton, region, policy) VALUES (1, ?, ?)",
                                   arguments: [region.rawValue, state.policy.map { CanonicalJSON.string($0.json) }])
                }
            case .agency(let id):
                if let agency = state.agencies[id] { try AgencyRow.write(agency, db) }
            case .incidentCreated(let id):
                if let incident = state.incidents[id] {
                    try IncidentRow.write(incident, db)
                    try IncidentRow.writeIndicators(of: incident, db, replacing: false)
                    try ObligationRow.write(incident, db, replacing: false)
                    try IncidentSearch.write(incident, db)
                }
            case .evidence(let id):
                if let item = state.evidence[id] { try EvidenceRow.write(item, db) }
            case .steps(let id):
                if let incident = state.incidents[id] { try StepRow.write(incident, db) }
            case .notifications(let id):
                if let incident = state.incidents[id] { try NotificationRow.write(incident, db) }
            case .playbook(let key):
                if let playbook = state.playbooks[key], let revision = Int(key.split(separator: "#").last ?? "") {
                    try db.execute(sql: "INSERT OR REPLACE INTO playbooks (key, category, revision, body) VALUES (?, ?, ?, ?)",
                                   arguments: [key, playbook.category, revision, CanonicalJSON.string(playbook.json)])
                }
            case .obligations(let id):
                if let incident = state.incidents[id] { try ObligationRow.write(incident, db, replacing: true) }
            case .incident(let id):
                if let incident = state.incidents[id] {
                    try IncidentRow.write(incident, db)
                    try IncidentSearch.follow(incident, db)
                }
            case .indicators(let id):
                if let incident = state.incidents[id] {
                    try IncidentRow.writeIndicators(of: incident, db, replacing: true)
                    try IncidentSearch.write(incident, db)
                }
            case .shift(let id):
                if let shift = state.shifts[id] { try ShiftRow.write(shift, db) }
            case .incidentNumber(let prefix):
                if let last = state.lastIncidentNumber[prefix] {
                    try db.cachedStatement(sql: "INSERT OR REPLACE INTO incident_numbers (prefix, last) VALUES (?, ?)")
                        .execute(arguments: [prefix, last])
                }
            }
        }
    }
}

/// What one transaction has already looked up, so a batch of ten thousand tickets asks the
/// database once per distinct key.
struct LoadedScope {
    var sources = Set<String>()
    var prefixes = Set<String>()
    var agencyIDs = Set<String>()
    var agencyNames = Set<String>()
    var evidenceOf = Set<String>()
}

/// The columns of `agencies`: the directory, contacts as canonical JSON.
enum AgencyColumn: Int, ProjectionColumn {
    case id, name, nameEn, region, county, type, grade, contacts

    static let table = "agencies"

    var name: String {
        switch self {
        case .id: return "id"
        case .name: return "name"
        case .nameEn: return "name_en"
        case .region: return "region"
        case .county: return "county"
        case .type: return "type"
        case .grade: return "grade"
        case .contacts: return "contacts"
        }
    }

    func value(of agency: Agency) -> ColumnValue {
        switch self {
        case .id: return .text(agency.id)
        case .name: return .text(agency.name)
        case .nameEn: return ColumnValue(agency.nameEn)
        case .region: return .text(agency.region.rawValue)
        case .county: return .text(agency.county)
        case .type: return .text(agency.type)
        case .grade: return .text(agency.grade.rawValue)
        case .contacts: return .text(CanonicalJSON.string(.array(agency.contacts.map(\.json))))
        }
    }
}

enum AgencyRow {
    static func write(_ agency: Agency, _ db: Database) throws {
        var insert = try BoundStatement(db, sql: AgencyColumn.insert(replacing: true))
        AgencyColumn.bind(agency, into: &insert)
        try insert.run()
    }

    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = []) throws -> [Agency] {
        typealias C = AgencyColumn
        var agencies: [Agency] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(C.names) FROM agencies WHERE \(whereClause) ORDER BY id"),
                                       arguments: arguments)
        while let row = try rows.next() {
            let id = row.exactText(C.id)
            guard let region = Region(rawValue: row.exactText(C.region)), let grade = Agency.Grade(rawValue: row.exactText(C.grade)),
                  let contactsJSON = try? JSONValue.parse(row.exactText(C.contacts)), case .array(let items) = contactsJSON else {
                throw StoreError.inconsistent { $0.agencyRowUnreadable(id) }
            }
            var contacts: [Agency.Contact] = []
            for item in items {
                guard let reader = try? JSONFieldReader(item), let contact = try? Agency.Contact(reader: reader) else {
                    throw StoreError.inconsistent { $0.agencyContactUnreadable(id) }
                }
                contacts.append(contact)
            }
            agencies.append(Agency(id: id, name: row.exactText(C.name), nameEn: row.exactTextIfPresent(C.nameEn), region: region,
                                   county: row.exactText(C.county), type: row.exactText(C.type), grade: grade, contacts: contacts))
        }
        return agencies
    }
}
