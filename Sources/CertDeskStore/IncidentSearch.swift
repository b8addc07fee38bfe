import Foundation
import CertDeskCore
import GRDB

/// The queue filter's index: an FTS5 table with SQLite's own trigram tokenizer
/// (sqlite.org/fts5.html, 4.3.4) over what the filter matches — each incident's id, title,
/// agency and indicator values —, so a filter of three characters or more is an index lookup
/// instead of a `LIKE` scan of every incident (30–80 ms a keystroke at 100,000). Trigrams are
/// characters, not words, so Chinese (one character each, no spaces) is found like any text;
/// matching is case-insensitive, as the `LIKE` it replaces. A filter shorter than three
/// characters has no trigram to look up and keeps the scan (`QueueSQL.filter`).
///
/// An index row's rowid is its incident row's (`incidents` rows are updated in place, so it
/// never changes): the filter is a set of rowids, and the queue reads its rows by them. The
/// body is written when an incident is opened and when its indicators change: nothing else the
/// filter reads ever changes.
enum IncidentSearch {
    /// The trigram tokenizer's unit: shorter text cannot be looked up.
    static let minimumLength = 3

    static let schema = "CREATE VIRTUAL TABLE incident_search USING fts5(body, tokenize = 'trigram')"

    /// Whether `text` (trimmed) is long enough to be looked up.
    static func indexes(_ text: String) -> Bool { text.count >= minimumLength }

    /// The filter as a condition on an `incidents` row: one FTS5 phrase (a quoted string
    /// matches as a substring under the trigram tokenizer; its quotes are doubled, fts5.html 3.1).
    static func condition(_ text: String) -> (String, StatementArguments) {
        let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return ("incidents.rowid IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)", [phrase])
    }

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
                                        indicators: incident.indicators.map(\.value)), db)
    }

    private static func write(key: Int64, body: String, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM incident_search WHERE rowid = ?").execute(arguments: [key])
        try db.cachedStatement(sql: "INSERT INTO incident_search (rowid, body) VALUES (?, ?)").execute(arguments: [key, body])
    }

    /// Fills the index from the projections (the migration that adds it, on a desk of any size).
    static func fill(_ db: Database) throws {
        var indicators: [String: [String]] = [:]
        let values = try Row.fetchCursor(db, sql: "SELECT incident, value FROM indicators ORDER BY incident, position")
        while let row = try values.next() { indicators[row[0], default: []].append(row[1]) }
        let incidents = try Row.fetchCursor(db, sql: "SELECT rowid, id, title, agency FROM incidents")
        while let row = try incidents.next() {
            let id: String = row[1]
            try write(key: row[0], body: body(id: id, title: row[2], agency: row[3], indicators: indicators[id] ?? []), db)
        }
    }
}
