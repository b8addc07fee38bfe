import Foundation
import CertDeskCore
import GRDB

/// The queue filter's index: an FTS5 table with SQLite's own trigram tokenizer
/// (sqlite.org/fts5.html, 4.3.4) over what the filter matches (`QueueFilterText.body`: each
/// incident's id, title, agency and indicator values), so a one-off filter of three characters
/// or more (`certdesk list --filter`) is an index lookup instead of a scan of every incident.
/// Trigrams are characters, not words, so Chinese (one character each, no spaces) is found
/// like any text. A filter shorter than three characters has no trigram to look up, and a
/// console filters keystroke after keystroke: both are searched in the text the store holds in
/// memory (`IncidentSearchText`), read from this table.
///
/// An index row's rowid is its incident row's (`incidents` rows are updated in place, so it
/// never changes): the filter is a set of rowids, and the queue reads its rows by them. Beside
/// the body, the `queue` column says `open` or `closed`, so the open queue's count for a filter
/// is the index's own rather than a probe of every matching incident row. The body is written
/// when an incident is opened and when its indicators change — nothing else the filter reads
/// ever changes —, the queue column when it is closed or reopened.
enum IncidentSearch {
    /// The trigram tokenizer's unit: shorter text cannot be looked up.
    static let minimumLength = 3

    static let schema = "CREATE VIRTUAL TABLE incident_search USING fts5(body, queue, tokenize = 'trigram')"

    /// Whether `text` (trimmed) is long enough to be looked up.
    static func indexes(_ text: String) -> Bool { text.count >= minimumLength }

    /// At most this many matches are handed to SQLite as a list the query is driven from; more
    /// are checked row by row as the queue's index is walked (`FilterMatches.function`).
    static let listedMatches = 2_000

    /// The incidents `text` (trimmed, not empty) matches as of the reading `db` is in, looked up
    /// once for all the queries of that reading: the console's count, window and detail for a
    /// keystroke each ask, and a query walks up to a dozen urgency bands, each of which would
    /// otherwise look the phrase up again. From the text the store holds in memory when it
    /// holds it (a console) or the filter is too short for a trigram; else from the index.
    static func matches(_ text: String, _ db: Database, held: IncidentSearchText) throws -> FilterMatch {
        let head = try journalHead(db)
        if answersFromMemory(text, held) {
            return try FilterMatches.shared.match(for: "\(held.serial)|held|\(head)|\(text)") {
                // A reader older than the text held (another's commit came in between) reads its own.
                let found = try held.matches(text, at: head, db) ?? IncidentSearchText().matches(text, at: head, db)!
                return (found.rowids, found.open)
            }
        }
        // Any commit by another connection changes `data_version` (sqlite.org/pragma.html#pragma_data_version).
        let version = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        return try FilterMatches.shared.match(for: "\(held.serial)|\(ObjectIdentifier(db).hashValue)|\(version)|\(head)|\(text)") {
            let rows = try Int64.fetchCursor(db.cachedStatement(sql: "SELECT rowid FROM incident_search WHERE incident_search MATCH ?"),
                                             arguments: [match(text)])
            var found = RowidSet()
            while let rowid = try rows.next() { found.insert(rowid) }
            return (found, nil)
        }
    }

    /// Whether `text` (trimmed, not empty) is answered from the text held in memory rather than
    /// the index: always once it is held (a console), and a filter too short for a trigram.
    static func answersFromMemory(_ text: String, _ held: IncidentSearchText) -> Bool {
        held.isHeld || !indexes(text)
    }

    /// The journal's last row in the reading `db` is in: the version of everything the filter reads.
    static func journalHead(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(seq), 0) FROM journal")) ?? 0
    }

    /// The filter as a condition on an `incidents` row, and whether the query should be driven
    /// from it (`NOT INDEXED`: a few matches are read by rowid, not found by walking the queue's
    /// index).
    static func condition(_ text: String, _ db: Database, held: IncidentSearchText,
                          listing: Int = listedMatches) throws -> (clause: String, arguments: StatementArguments, listed: Bool) {
        let found = try matches(text, db, held: held)
        if found.rowids.count <= listing {
            let list = "[" + found.rowids.sorted.map(String.init).joined(separator: ",") + "]"
            return ("incidents.rowid IN (SELECT value FROM json_each(?))", [list], true)
        }
        return ("\(FilterMatches.function.name)(?, incidents.rowid)", [found.key], false)
    }

    /// The query of the body column alone (a filter `open` must not match the queue column).
    static func match(_ text: String) -> String {
        "body : \"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// How many incidents `text` matches (all of them when it is empty), in the open queue or
    /// among all: from the text held in memory, else (a lookup in the index of many) from the
    /// index alone, else nil (count the rows).
    static func count(_ text: String, includeClosed: Bool, _ db: Database, held: IncidentSearchText) throws -> Int? {
        // Empty: the whole queue, from the text held only when it is held already.
        if held.isHeld || (!text.isEmpty && answersFromMemory(text, held)), let counted = try held.count(text, at: journalHead(db), db) {
            return includeClosed ? counted.all : counted.open
        }
        guard !text.isEmpty else { return nil }
        let found = try matches(text, db, held: held)
        if includeClosed { return found.rowids.count }
        if let open = found.open { return open }
        guard found.rowids.count > listedMatches else { return nil }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM incident_search WHERE incident_search MATCH ?"),
                                arguments: [match(text) + " AND queue : \"open\""]) ?? 0
    }

    static func queueWord(_ phase: IncidentPhase) -> String { phase == .closed ? "closed" : "open" }

    /// Writes (or rewrites) the incident's entry; its `incidents` row is written already.
    static func write(_ incident: Incident, _ db: Database) throws {
        guard let key = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM incidents WHERE id = ?"), arguments: [incident.id]) else {
            return
        }
        try write(key: key, body: QueueFilterText.body(of: incident), queue: queueWord(incident.phase), db)
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
            try write(key: row[0], body: QueueFilterText.body(id: id, title: row[2], agency: row[3], indicators: indicators[id] ?? []),
                      queue: row[4] == "closed" ? "closed" : "open", db)
        }
    }
}

/// A filter's matches for one reading, and the key SQL asks about them by.
struct FilterMatch: Sendable {
    let key: String
    let rowids: RowidSet
    /// How many are in the open queue, when the text held counted them.
    let open: Int?
}

/// The matches of the last few readings, keyed by the store, the journal's head (any commit is
/// a new key), the text and, for a lookup in the index, the connection and its data version.
/// `certdesk_filter_match(key, rowid)`, registered on every connection (`DeskStore.init`),
/// answers from them in a bit test.
final class FilterMatches: @unchecked Sendable {
    static let shared = FilterMatches()

    static let function = DatabaseFunction("certdesk_filter_match", argumentCount: 2, pure: false) { values in
        guard let key = String.fromDatabaseValue(values[0]), let rowid = Int64.fromDatabaseValue(values[1]) else { return false }
        return shared.contains(key, rowid)
    }

    private let lock = NSLock()
    /// The last few, newest last: a console and a background read may each hold one.
    private var held: [FilterMatch] = []

    func match(for key: String, find: () throws -> (RowidSet, Int?)) rethrows -> FilterMatch {
        if let found = lock.withLock({ held.first { $0.key == key } }) { return found }
        let (rowids, open) = try find()
        let found = FilterMatch(key: key, rowids: rowids, open: open)
        lock.withLock {
            held.removeAll { $0.key == key }
            held.append(found)
            if held.count > 8 { held.removeFirst() }
        }
        return found
    }

    func contains(_ key: String, _ rowid: Int64) -> Bool {
        lock.withLock { held.last { $0.key == key }?.rowids.contains(rowid) ?? false }
    }
}
