import CertDeskCore
import GRDB

extension DeskStore {
    /// Open incidents (or all), by id.
    public func incidents(includeClosed: Bool = false) throws(StoreError) -> [Incident] {
        try read { db in try includeClosed ? IncidentRow.fetch(db) : IncidentRow.fetchOpen(db) }
    }

    /// Incidents in the queue's order (`QueueUrgency`, as of `now`), as `certdesk list` shows them.
    public func incidents(includeClosed: Bool = false, inQueueOrderAt now: Instant) throws(StoreError) -> [Incident] {
        QueueUrgency.sorted(try incidents(includeClosed: includeClosed), at: now)
    }

    /// Incidents changed at or after `since` (the projection's `updated_at`), by id.
    public func incidents(changedSince since: Instant) throws(StoreError) -> [Incident] {
        try read { db in try IncidentRow.fetch(db, where: "updated_at >= ?", arguments: [since.millisecondsSinceEpoch]) }
    }

    public func incident(_ id: String) throws(StoreError) -> Incident? {
        try read { db in try IncidentRow.fetch(db, where: "id = ?", arguments: [id]).first }
    }

    public func agencies() throws(StoreError) -> [Agency] {
        try read { db in try AgencyRow.fetch(db) }
    }

    /// The agency with directory id `id`, in any case (`ag-001` finds `AG-001`).
    public func agency(_ id: String) throws(StoreError) -> Agency? {
        try read { db in try AgencyRow.fetch(db, where: "upper(id) = upper(?)", arguments: [id]).first }
    }

    /// The directory's entry for the incident's agency (`DeskState.agency(of:)`).
    public func agency(of incident: Incident) throws(StoreError) -> Agency? {
        try read { db in
            if let id = incident.agencyID, let found = try AgencyRow.fetch(db, where: "id = ?", arguments: [id]).first { return found }
            return try AgencyRow.fetch(db, where: "name = ?", arguments: [incident.agency]).first
        }
    }

    /// The incident's journal events in order, up to row `seq` (all by default): its timeline.
    public func timeline(of id: String, through seq: Int64 = .max) throws(StoreError) -> [RecordedEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT seq, at, actor, incident, kind, body FROM journal WHERE incident = ? AND seq <= ? ORDER BY seq",
                             arguments: [id, seq]).map(JournalRows.recordedEvent)
        }
    }

    /// How many journal rows there are.
    public func journalLength() throws(StoreError) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0 }
    }
}

extension DeskStore {
    /// The playbook version an incident follows.
    public func playbook(of incident: Incident) throws(StoreError) -> Playbook? {
        guard let key = incident.playbook?.key else { return nil }
        return try read { db in
            guard let body = try Row.fetchOne(db, sql: "SELECT body FROM playbooks WHERE key = ?", arguments: [key])?.exactText(0) else {
                return nil
            }
            guard let json = try? JSONValue.parse(body), let reader = try? JSONFieldReader(json), let playbook = try? Playbook(reader: reader) else {
                throw StoreError.inconsistent { $0.playbookUnreadable(key) }
            }
            return playbook
        }
    }
}
