import CertDeskCore
import Foundation
import GRDB
import GRDBSQLite

/// The filter's text of every incident (`QueueFilterText.body`, folded), held in memory by a
/// store that filters again and again — the console, where each keystroke is a new filter — and
/// searched there instead of in the trigram index.
///
/// Why: the trigram index answers a filter in time that grows with the incidents it matches.
/// At 100,000 incidents a phrase that most of them hold (an agency's name, the `203.0.113.`
/// of an address) took 30–250 ms a keystroke in the index — twice, once for the rows and once
/// for the count —, text shorter than a trigram had no index at all, and a filter whose
/// matches lay far down the queue walked the queue's index past every row before them. Held in
/// memory (about 20 MB at 100,000 incidents, read in 0.15–0.3 s), a whole search is 1–7 ms, the
/// count comes with it, a keystroke that lengthens the filter searches only what the shorter
/// one matched (a body that holds `主機連線` holds `主機`), and the queue's page is picked from
/// the matches by each row's urgency key, held beside its text. A one-off reading (`certdesk
/// list --filter`) keeps the index: it filters once, and reading every incident's text costs
/// more than one lookup.
///
/// The text follows the journal: a reading at a later journal head reads again the incidents
/// the new rows name (a new ticket, indicators added, a closing), or everything when they are
/// many. Every change to what the filter matches is a journal row naming its incident, so the
/// head says whether the text held is the desk's.
final class IncidentSearchText: @unchecked Sendable {
    /// What a filter matched, as of one journal head.
    struct Matches: Sendable {
        let rowids: RowidSet
        /// How many of them are in the open queue.
        let open: Int
    }

    /// Unique in the process: the key of the matches its store hands to SQL (`FilterMatches`).
    let serial: Int
    private static let serials = NSLock()
    nonisolated(unsafe) private static var lastSerial = 0

    init() {
        serial = Self.serials.withLock {
            Self.lastSerial += 1
            return Self.lastSerial
        }
    }

    private let lock = NSLock()
    /// The journal head the text was read at; nil until the first filter.
    private var head: Int64?
    /// Ascending, with each row's text (a range of `text`) and whether it is in the open queue.
    private var rowids: [Int64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var isOpen: [Bool] = []
    /// What the queue's urgency order compares of each row (`QueueUrgency.SortKey`).
    private var orderKeys: [OrderKey] = []
    private var text: [UInt8] = []
    /// How often each byte stands in `text` as last read whole.
    private var byteCounts = [Int](repeating: 0, count: 256)
    /// Bytes of `text` no row points at any more (a body written again).
    private var unused = 0
    /// The last filters' matches at `head` as positions in `rowids`, newest first.
    private var recent: [(pattern: [UInt8], positions: [Int32])] = []
    private static let recentKept = 16
    /// The rows' leads at one moment (`leads(at:)`); dropped when the rows change.
    private var cachedLeads: (at: Instant, leads: [Lead])?

    struct OrderKey: Sendable {
        let id: String
        let exercise: Bool
        let level: IncidentLevel?
        let due: Instant?

        func sortKey(at now: Instant) -> QueueUrgency.SortKey {
            QueueUrgency.SortKey(exercise: exercise, level: level, nextDueAt: due, id: id, at: now)
        }
    }

    /// When more incidents than this changed since the text was read, it is read again whole.
    static let rereadAbove = 5_000

    /// Whether a filter has read the text (the store then answers every filter from it).
    var isHeld: Bool { lock.withLock { head != nil } }

    /// The incidents whose text holds `filter` (trimmed, not empty), as of the reading `db` is
    /// in (its journal head `at`); nil when the text held is newer than that reading (a reader
    /// that began before another's commit), which must look its matches up otherwise.
    func matches(_ filter: String, at journalHead: Int64, _ db: Database) throws -> Matches? {
        try reading(filter, at: journalHead, db) { positions in
            var rows = RowidSet()
            for position in positions { rows.insert(rowids[Int(position)]) }
            return Matches(rowids: rows, open: openCount(positions))
        }
    }

    /// How many incidents `filter` matches, among all and in the open queue (every incident
    /// and the open queue when `filter` is empty), with no set of them built; nil as `matches`.
    func count(_ filter: String, at journalHead: Int64, _ db: Database) throws -> (all: Int, open: Int)? {
        guard !filter.isEmpty else {
            return try lock.withLock { () throws -> (all: Int, open: Int)? in
                if let head, head > journalHead { return nil }
                try follow(to: journalHead, db)
                return (rowids.count, isOpen.reduce(0) { $1 ? $0 + 1 : $0 })
            }
        }
        return try reading(filter, at: journalHead, db) { (all: $0.count, open: openCount($0)) }
    }

    /// `body` given the positions of `filter`'s matches, under the lock, the text brought to
    /// the reading's head first; nil when the text is newer than the reading.
    private func reading<T>(_ filter: String, at journalHead: Int64, _ db: Database, _ body: ([Int32]) throws -> T) throws -> T? {
        let pattern = QueueFilterText.folded(filter)
        return try lock.withLock { () throws -> T? in
            if let head, head > journalHead { return nil }
            try follow(to: journalHead, db)
            return try body(search(pattern))
        }
    }

    private func openCount(_ positions: [Int32]) -> Int {
        let isOpen = self.isOpen
        return positions.reduce(0) { isOpen[Int($1)] ? $0 + 1 : $0 }
    }

    /// Reads the text (or what changed in it) as of the reading `db` is in, ahead of a filter.
    func hold(at journalHead: Int64, _ db: Database) throws {
        try lock.withLock {
            if let head, head > journalHead { return }
            try follow(to: journalHead, db)
        }
    }

    /// A page of `filter`'s matches in the queue's urgency order as of `now` — the first
    /// `limit` after `anchor` (before it, going back; from either end without one) — as rowids
    /// in display order; nil when the text held is newer than the reading. The order is Core's
    /// (`QueueUrgency.SortKey`), the one the SQL's segments state; the rows are picked from the
    /// matches alone, so a filter whose matches lie far down the queue costs what one near its
    /// top does (walking the queue's index to them read every row before).
    func page(_ filter: String, at journalHead: Int64, _ db: Database, now: Instant, includeClosed: Bool,
              from anchor: QueueUrgency.SortKey?, forward: Bool, limit: Int) throws -> [Int64]? {
        try reading(filter, at: journalHead, db) { positions in
            let keys = orderKeys, isOpen = self.isOpen, rowids = self.rowids, leads = leads(at: now)
            let anchorLead = anchor.map { Lead(segment: $0.segment, due: $0.due, levelRank: $0.levelRank) }
            // The best `limit` so far, ascending: a sorted insert, since few rows beat the last
            // kept. A row's lead (segment, due time, level) decides it against the anchor and the
            // worst kept before its whole key is made (its id, a string, is needed only on a tie).
            var kept: [(key: QueueUrgency.SortKey, position: Int32)] = []
            kept.reserveCapacity(limit + 1)
            for position in positions {
                let row = Int(position)
                guard includeClosed || isOpen[row] else { continue }
                let lead = leads[row]
                if let anchorLead, forward ? lead < anchorLead : anchorLead < lead { continue }
                if kept.count == limit, let worst = forward ? kept.last?.key : kept.first?.key {
                    let worstLead = Lead(segment: worst.segment, due: worst.due, levelRank: worst.levelRank)
                    if forward ? worstLead < lead : lead < worstLead { continue }
                }
                let key = keys[row].sortKey(at: now)
                if let anchor, forward ? !(anchor < key) : !(key < anchor) { continue }
                if kept.count == limit, let worst = forward ? kept.last : kept.first, forward ? !(key < worst.key) : !(worst.key < key) { continue }
                var low = 0, high = kept.count
                while low < high {
                    let middle = (low + high) / 2
                    if kept[middle].key < key { low = middle + 1 } else { high = middle }
                }
                kept.insert((key, position), at: low)
                if kept.count > limit { if forward { kept.removeLast() } else { kept.removeFirst() } }
            }
            return kept.map { rowids[Int($0.position)] }
        }
    }

    /// A row's urgency key without its id: what decides the order but on a tie.
    struct Lead: Comparable {
        let segment: Int, due: Int64, levelRank: Int
        static func < (a: Lead, b: Lead) -> Bool { (a.segment, a.due, a.levelRank) < (b.segment, b.due, b.levelRank) }
    }

    /// Every row's lead as of `now`, kept while `now` and the rows stay: the keystrokes of one
    /// filter fall within the same second, and a row's segment moves only with the clock.
    private func leads(at now: Instant) -> [Lead] {
        if let cached = cachedLeads, cached.at == now, cached.leads.count == orderKeys.count { return cached.leads }
        let leads = orderKeys.map { key in
            Lead(segment: QueueUrgency.segmentIndex(exercise: key.exercise, level: key.level, nextDueAt: key.due, at: now),
                 due: key.due?.millisecondsSinceEpoch ?? .max, levelRank: QueueUrgency.levelRank(key.level))
        }
        cachedLeads = (now, leads)
        return leads
    }

    /// Positions of the rows that hold `pattern`: from the narrowest earlier filter it contains,
    /// else from every row.
    private func search(_ pattern: [UInt8]) -> [Int32] {
        if let same = recent.firstIndex(where: { $0.pattern == pattern }) {
            let found = recent.remove(at: same)
            recent.insert(found, at: 0)
            return found.positions
        }
        let wider = recent.filter { Self.holds(pattern, $0.pattern) }.min { $0.positions.count < $1.positions.count }
        // Locals again: the loop below runs once per incident.
        let starts = self.starts, lengths = self.lengths, anchor = rarestByte(of: pattern)
        var found: [Int32] = []
        text.withUnsafeBufferPointer { all in
            pattern.withUnsafeBufferPointer { needle in
                func check(_ position: Int) {
                    let body = UnsafeBufferPointer(rebasing: all[starts[position]..<(starts[position] + lengths[position])])
                    if QueueFilterText.contains(body, needle, anchor: anchor) { found.append(Int32(position)) }
                }
                if let wider {
                    for position in wider.positions { check(Int(position)) }
                } else {
                    for position in starts.indices { check(position) }
                }
            }
        }
        recent.insert((pattern, found), at: 0)
        if recent.count > Self.recentKept { recent.removeLast() }
        return found
    }

    /// Where in `pattern` the byte that stands least often in the desk's text is: the byte the
    /// search looks for first (in `host-4242` the `h`, once a body, not the `2` of every `2026`).
    private func rarestByte(of pattern: [UInt8]) -> Int {
        pattern.indices.min { byteCounts[Int(pattern[$0])] < byteCounts[Int(pattern[$1])] } ?? 0
    }

    private static func holds(_ longer: [UInt8], _ shorter: [UInt8]) -> Bool {
        longer.count >= shorter.count
            && longer.withUnsafeBufferPointer { a in shorter.withUnsafeBufferPointer { QueueFilterText.contains(a, $0) } }
    }

    /// Brings the text to `journalHead`: the incidents named by the journal rows since, or all.
    private func follow(to journalHead: Int64, _ db: Database) throws {
        guard let head else { return try readAll(at: journalHead, db) }
        guard head < journalHead else { return }
        // The desk's own rows (a policy, a shift) change no incident's row (`DeskReducer`).
        let changed = try String.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT incident FROM journal WHERE seq > ? AND seq <= ? AND incident IS NOT NULL
            """), arguments: [head, journalHead])
        guard changed.count <= Self.rereadAbove else { return try readAll(at: journalHead, db) }
        for id in changed {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT s.rowid, s.body, s.queue, i.id, i.exercise, i.level, i.next_due_at
                FROM incident_search s JOIN incidents i ON i.rowid = s.rowid WHERE s.rowid = (SELECT rowid FROM incidents WHERE id = ?)
                """), arguments: [id]) else { continue }
            let due: Int64 = row[6]
            try place(rowid: row[0], body: QueueFilterText.folded(row[1]), open: row[2] == "open",
                      key: OrderKey(id: row[3], exercise: row[4], level: (row[5] as Int?).flatMap(IncidentLevel.init(rawValue:)),
                                    due: due == IncidentRow.noDeadline ? nil : Instant(millisecondsSinceEpoch: due)))
        }
        if unused > text.count / 2 { compact() }
        self.head = journalHead
        recent.removeAll()
        cachedLeads = nil
    }

    private func readAll(at journalHead: Int64, _ db: Database) throws {
        // Built in locals: each touch of a class's stored array is an exclusivity check.
        var rowids: [Int64] = [], starts: [Int] = [], lengths: [Int] = [], isOpen: [Bool] = [], text: [UInt8] = []
        var orderKeys: [OrderKey] = []
        // The index's own copy of its text (FTS5's `_content` table, sqlite.org/fts5.html 6.1),
        // stepped through the C API and folded from SQLite's bytes: GRDB's rows and Swift's
        // strings took four times as long for 100,000 incidents.
        let statement = try db.makeStatement(sql: """
            SELECT s.id, s.c0, s.c1, i.id, i.exercise, i.level, i.next_due_at
            FROM incident_search_content s JOIN incidents i ON i.rowid = s.id ORDER BY s.id
            """)
        let raw = statement.sqliteStatement
        var code = sqlite3_step(raw)
        while code == SQLITE_ROW {
            let start = text.count
            if let body = sqlite3_column_blob(raw, 1) {
                QueueFilterText.fold(UnsafeBufferPointer(start: body.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_column_bytes(raw, 1))),
                                     into: &text)
            }
            rowids.append(sqlite3_column_int64(raw, 0)); starts.append(start); lengths.append(text.count - start)
            isOpen.append(sqlite3_column_bytes(raw, 2) == 4) // "open", not "closed"
            let due = sqlite3_column_int64(raw, 6)
            orderKeys.append(OrderKey(id: String(cString: sqlite3_column_text(raw, 3)), exercise: sqlite3_column_int64(raw, 4) != 0,
                                      level: sqlite3_column_type(raw, 5) == SQLITE_NULL ? nil : IncidentLevel(rawValue: Int(sqlite3_column_int64(raw, 5))),
                                      due: due == IncidentRow.noDeadline ? nil : Instant(millisecondsSinceEpoch: due)))
            code = sqlite3_step(raw)
        }
        sqlite3_reset(raw)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
        var counts = [Int](repeating: 0, count: 256)
        counts.withUnsafeMutableBufferPointer { counts in
            text.withUnsafeBufferPointer { for byte in $0 { counts[Int(byte)] += 1 } }
        }
        self.rowids = rowids; self.starts = starts; self.lengths = lengths; self.isOpen = isOpen; self.text = text
        self.orderKeys = orderKeys
        byteCounts = counts; unused = 0; recent = []; cachedLeads = nil
        head = journalHead
    }

    /// One incident's text written again, or a new incident's added.
    private func place(rowid: Int64, body: [UInt8], open: Bool, key: OrderKey) throws {
        var low = 0, high = rowids.count
        while low < high {
            let middle = (low + high) / 2
            if rowids[middle] < rowid { low = middle + 1 } else { high = middle }
        }
        if low < rowids.count, rowids[low] == rowid {
            isOpen[low] = open
            orderKeys[low] = key
            let old = text[starts[low]..<(starts[low] + lengths[low])]
            guard !old.elementsEqual(body) else { return }
            unused += lengths[low]
            starts[low] = text.count; lengths[low] = body.count
        } else {
            rowids.insert(rowid, at: low); starts.insert(text.count, at: low); lengths.insert(body.count, at: low)
            isOpen.insert(open, at: low)
            orderKeys.insert(key, at: low)
        }
        text.append(contentsOf: body)
    }

    private func compact() {
        var packed: [UInt8] = []
        packed.reserveCapacity(text.count - unused)
        for position in rowids.indices {
            let start = packed.count
            packed.append(contentsOf: text[starts[position]..<(starts[position] + lengths[position])])
            starts[position] = start
        }
        text = packed
        unused = 0
    }
}
