import Foundation
import CertDeskCore
import GRDB

/// The queue filter's index: an FTS5 table with SQLite's own trigram tokenizer
/// (sqlite.org/fts5.html, 4.3.4) over what the filter matches — each incident's id, title,
/// agency and indicator values —, so a filter of three characters or more is an index lookup
/// instead of a `LIKE` scan of every incident (at 100,000 incidents a console keystroke went
/// from a 207 ms median to 52 ms; `certdesk-bench backlog` prints each filter's). Trigrams are
/// characters, not words, so Chinese (one character each, no spaces) is found like any text;
/// matching is case-insensitive, as the `LIKE` it replaces. A filter shorter than three
/// characters has no trigram to look up and keeps the scan (`QueueSQL.filter`).
///
/// An index row's rowid is its incident row's (`incidents` rows are updated in place, so it
/// never changes): the filter is a set of rowids, and the queue reads its rows by them. Beside
/// the body, the `queue` column says `open` or `closed`, so the open queue's count for a filter
/// is the index's own rather than a probe of every matching incident row. The body is written when an incident is opened and when its indicators
/// change — nothing else the filter reads ever changes —, the queue column when it is closed
/// or reopened.
enum IncidentSearch {
    /// The trigram tokenizer's unit: shorter text cannot be looked up.
    static let minimumLength = 3

    static let schema = "CREATE VIRTUAL TABLE incident_search USING fts5(body, queue, tokenize = 'trigram')"

    /// Whether `text` (trimmed) is long enough to be looked up.
    static func indexes(_ text: String) -> Bool { text.count >= minimumLength }

    /// At most this many matches are handed to SQLite as a list the query is driven from; more
    /// are checked row by row as the queue's index is walked (`FilterMatches.function`).
    static let listedMatches = 2_000

    /// The filter as a condition on an `incidents` row, and whether the query should be driven
    /// from it (`NOT INDEXED`: a few matches are read by rowid, not found by walking the queue's
    /// index). The index is looked up once for all the queries of one reading: the console's
    /// count, window and detail for a keystroke each ask, and a query walks up to a dozen
    /// urgency bands, each of which would otherwise look the phrase up again (30–90 ms a
    /// keystroke at 100,000 incidents, where the set held costs one lookup).
    static func condition(_ text: String, _ db: Database,
                          listing: Int = listedMatches) throws -> (clause: String, arguments: StatementArguments, listed: Bool) {
        // Any commit by another connection since changes `data_version` (sqlite.org/pragma.html#pragma_data_version).
        let version = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        let head = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(seq), 0) FROM journal")) ?? 0
        let key = "\(ObjectIdentifier(db).hashValue)|\(version)|\(head)|\(text)"
        let rows = try FilterMatches.shared.rows(for: key) {
            Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT rowid FROM incident_search WHERE incident_search MATCH ?"),
                                   arguments: [match(text)]))
        }
        if rows.count <= listing {
            let list = "[" + rows.sorted().map(String.init).joined(separator: ",") + "]"
            return ("incidents.rowid IN (SELECT value FROM json_each(?))", [list], true)
        }
        return ("\(FilterMatches.function.name)(?, incidents.rowid)", [key], false)
    }

    /// The query of the body column alone (a filter `open` must not match the queue column).
    static func match(_ text: String) -> String {
        "body : \"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// How many incidents `text` matches, in the open queue or among all: from the index alone.
    static func count(_ text: String, includeClosed: Bool, _ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM incident_search WHERE incident_search MATCH ?"),
                         arguments: [match(text) + (includeClosed ? "" : " AND queue : \"open\"")]) ?? 0
    }

    static func queueWord(_ phase: IncidentPhase) -> String { phase == .closed ? "closed" : "open" }

    /// The text the filter is matched against, one field a line: a filter holds no line break,
    /// so a match never spans two fields.
    static func body(id: String, title: String, agency: String, indicators: [String]) -> String {
        ([id, title, agency] + indicators).map { $0.contains("\n") ? $0.replacingOccurrences(of: "\n", with: " ") : $0 }
            .joined(separator: "\n")
    }

    /// Writes (or rewrites) the incident's entry; its `incidents` row is written already.
    static func write(_ incident: Incident, _ db: Database) throws {
        guard let key = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM incidents WHERE id = ?"), arguments: [incident.id]) else {
            return
        }
        try write(key: key, body: body(id: incident.id, title: incident.title, agency: incident.agency,
                                        indicators: incident.indicators.map(\.value)), queue: queueWord(incident.phase), db)
    }

    /// After any change to the incident's row: its queue column follows a closing or a reopening.
    static func follow(_ incident: Incident, _ db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.rowid, s.body, s.queue FROM incident_search s WHERE s.rowid = (SELECT rowid FROM incidents WHERE id = ?)
            """), arguments: [incident.id]) else { return try write(incident, db) }
        let word = queueWord(incident.phase)
        if (row[2] as String?) != word { try write(key: row[0], body: row[1], queue: word, db) }
    }

    private static func write(key: Int64, body: String, queue: String, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM incident_search WHERE rowid = ?").execute(arguments: [key])
        try db.cachedStatement(sql: "INSERT INTO incident_search (rowid, body, queue) VALUES (?, ?, ?)").execute(arguments: [key, body, queue])
    }

    /// Fills the index from the projections (the migration that adds it, on a desk of any size).
    static func fill(_ db: Database) throws {
        var indicators: [String: [String]] = [:]
        let values = try Row.fetchCursor(db, sql: "SELECT incident, value FROM indicators ORDER BY incident, position")
        while let row = try values.next() { indicators[row[0], default: []].append(row[1]) }
        let incidents = try Row.fetchCursor(db, sql: "SELECT rowid, id, title, agency, phase FROM incidents")
        while let row = try incidents.next() {
            let id: String = row[1]
            try write(key: row[0], body: body(id: id, title: row[2], agency: row[3], indicators: indicators[id] ?? []),
                      queue: row[4] == "closed" ? "closed" : "open", db)
        }
    }
}

/// The rowids a filter matched, held while the queries of one reading use them, keyed by the
/// connection, its data version and the journal's head (any commit is a new key) and the text. `filterMatch(key,
/// rowid)`, registered on every connection (`DeskStore.init`), answers from it in a set lookup.
final class FilterMatches: @unchecked Sendable {
    static let shared = FilterMatches()

    static let function = DatabaseFunction("certdesk_filter_match", argumentCount: 2, pure: false) { values in
        guard let key = String.fromDatabaseValue(values[0]), let rowid = Int64.fromDatabaseValue(values[1]) else { return false }
        return shared.contains(key, rowid)
    }

    private let lock = NSLock()
    /// The last few, newest last: a console and a background read may each hold one.
    private var held: [(key: String, rows: Set<Int64>)] = []

    func rows(for key: String, load: () throws -> Set<Int64>) rethrows -> Set<Int64> {
        if let found = lock.withLock({ held.first { $0.key == key }?.rows }) { return found }
        let rows = try load()
        lock.withLock {
            held.removeAll { $0.key == key }
            held.append((key, rows))
            if held.count > 8 { held.removeFirst() }
        }
        return rows
    }

    func contains(_ key: String, _ rowid: Int64) -> Bool {
        lock.withLock { held.first { $0.key == key }?.rows.contains(rowid) ?? false }
    }
}
