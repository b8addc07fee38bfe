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
            return try Self.parsedPlaybooks.value(key: key, text: body) { body in
                guard let json = try? JSONValue.parse(body), let reader = try? JSONFieldReader(json), let playbook = try? Playbook(reader: reader) else {
                    throw StoreError.inconsistent { $0.playbookUnreadable(key) }
                }
                return playbook
            }
        }
    }

    private static let parsedPlaybooks = ParsedTexts<Playbook>()
}

extension DeskStore {
    /// Rows read at a time by the streaming reads: a page is enough to keep SQLite's work per
    /// row small, and memory stays flat however large the desk.
    static let streamPage = 500

    /// The incidents the queue shows for `query` (its filter, closed or not, its order, bands
    /// drawn at `now`), in that order, the first `limit` (all when nil), handed to `body` one at
    /// a time from pages of `streamPage`: `certdesk list` on a desk of 100,000 never holds them
    /// all. The top of the open queue in urgency order (a `limit`) is walked along its index
    /// (`QueueSQL.walk`), so it costs the same on any desk; the whole of any query is one sorted
    /// cursor (one sort of the desk beats a walk of every urgency band). Each comes with its legal clocks, what a row of the list
    /// shows; its steps, notices and indicators are not read.
    public func eachIncident(_ query: QueueQuery, limit: Int? = nil, now: Instant,
                             _ body: (Incident) throws -> Void) throws(StoreError) {
        let at = query.asOf ?? now
        try read { db in
            func hand(_ ids: [String]) throws {
                guard !ids.isEmpty else { return }
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
                let fetched = try IncidentRow.fetch(db, where: "id IN (\(marks))", arguments: StatementArguments(ids), clocksOnly: true)
                let byID = Dictionary(fetched.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                for id in ids { if let incident = byID[id] { try body(incident) } }
            }
            var left = limit ?? Int.max
            if query.pagesByKey, limit != nil {
                var last: QueueRow?
                while left > 0 {
                    let rows = try QueueSQL.walk(db, query, held: searchText, at: at, from: last, forward: true, limit: min(Self.streamPage, left))
                    try hand(rows.map(\.id))
                    guard let end = rows.last else { break }
                    left -= rows.count
                    last = end
                }
            } else {
                let (whereClause, arguments, _) = try QueueSQL.filter(query, db, held: searchText)
                let (keys, keyArguments) = QueueSQL.orderKeys(query, at: at)
                let ids = try String.fetchCursor(db, sql: """
                    SELECT id FROM incidents WHERE \(whereClause) ORDER BY \(keys.joined(separator: ", ")) LIMIT ?
                    """, arguments: arguments + keyArguments + [limit ?? -1])
                var page: [String] = []
                while let id = try ids.next() {
                    page.append(id)
                    if page.count == Self.streamPage {
                        try hand(page)
                        page.removeAll(keepingCapacity: true)
                    }
                }
                try hand(page)
            }
        }
    }
}
