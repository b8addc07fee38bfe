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

    public func incident(_ id: String) throws(StoreError) -> Incident? {
        try read { db in try IncidentRow.fetch(db, where: "id = ?", arguments: [id]).first }
    }

    public func agencies() throws(StoreError) -> [Agency] {
        try read { db in try AgencyRow.fetch(db) }
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

enum JournalRows {
    static func recordedEvent(_ row: Row) throws -> RecordedEvent {
        let seq: Int64 = row[0]
        let atText: String = row[1]
        let kind: String = row[4]
        let bodyText: String = row[5]
        guard let at = try? ISO8601.parse(atText) else {
            throw StoreError.inconsistent(seq: seq) { $0.unreadableJournalTime(TextChecks.quoted(atText)) }
        }
        let body: JSONValue
        do {
            body = try JSONValue.parse(bodyText)
        } catch {
            throw StoreError.inconsistent(seq: seq) { $0.bodyNotJSON($0.say(error.reason)) }
        }
        do {
            return RecordedEvent(seq: seq, at: at, actor: row[2], event: try DeskEvent(kind: kind, incident: row[3], body: body))
        } catch {
            throw StoreError.inconsistent(seq: seq, reason: error.reason)
        }
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
