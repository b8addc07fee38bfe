import CertDeskCore
import GRDB

extension DeskStore {
    /// The `added_after` a TAXII pull from `collection` at `apiRoot` starts from: the last
    /// `X-TAXII-Date-Added-Last` the server sent, exactly as it wrote it (TAXII 2.1 §3.4.2).
    public func exchangeBookmark(apiRoot: String, collection: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT added_after FROM exchange_bookmarks WHERE api_root = ? AND collection = ?",
                                arguments: [apiRoot, collection])
        }
    }

    /// Moves the bookmark on after a pull's objects were ingested.
    public func setExchangeBookmark(apiRoot: String, collection: String, addedAfter: String, at: Instant) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO exchange_bookmarks (api_root, collection, added_after, pulled_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (api_root, collection) DO UPDATE SET added_after = excluded.added_after, pulled_at = excluded.pulled_at
                """, arguments: [apiRoot, collection, addedAfter, at.millisecondsSinceEpoch])
        }
    }
}

extension DeskStore {
    /// Every indicator a blocking list could hold, with what judges its incident (confirmed, an
    /// exercise, a false positive): `Blocklist` decides, this only reads.
    public func blocklistSightings() throws(StoreError) -> [Blocklist.Sighting] {
        try read { db in
            let kinds: [Indicator.Kind] = [.ipv4, .ipv6, .domain, .url, .sha256, .md5]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.id, i.aware_at, i.level, i.phase, i.exercise, i.false_positive, x.type, x.value
                FROM indicators x JOIN incidents i ON i.id = x.incident
                WHERE x.type IN (\(kinds.map { "'\($0.rawValue)'" }.joined(separator: ",")))
                """)
            var sightings: [Blocklist.Sighting] = []
            while let row = try rows.next() {
                guard let phase = IncidentPhase(rawValue: row[3]), let kind = Indicator.Kind(rawValue: row[6]) else { continue }
                sightings.append(Blocklist.Sighting(
                    incident: row[0], awareAt: Instant(millisecondsSinceEpoch: row[1]), level: (row[2] as Int?).flatMap(IncidentLevel.init(rawValue:)),
                    phase: phase, exercise: row[4], falsePositive: row[5], indicator: Indicator(kind: kind, value: row[7])))
            }
            return sightings
        }
    }
}

extension DeskStore {
    /// Everyone who ever recorded on the desk (officers, `certdesk` itself): names a case for
    /// teaching must not carry.
    public func journalActors() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM journal") }
    }
}
