import CertDeskCore
import GRDB

/// Appends events to the hash chain inside a write transaction that the caller holds.
/// The head (last seq and hash) is read once per transaction and then carried in memory.
struct JournalAppender {
    private(set) var lastSeq: Int64
    private(set) var lastHash: String
    /// A batch records many events at the same instant; format it once.
    private var lastAt: (Instant, String)?

    init(_ db: Database) throws {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1") {
            lastSeq = row[0]
            lastHash = row[1]
        } else {
            lastSeq = 0
            lastHash = JournalRecord.genesisHash
        }
    }

    mutating func append(_ event: DeskEvent, at: Instant, actor: String, _ db: Database) throws -> RecordedEvent {
        let seq = lastSeq + 1
        let atText: String
        if let lastAt, lastAt.0 == at {
            atText = lastAt.1
        } else {
            atText = ISO8601.utcMillisecondString(at)
            lastAt = (at, atText)
        }
        let body = CanonicalJSON.string(event.body)
        let incident = event.incidentID
        let kind = event.kind
        let hash = JournalHash.of(prevHash: lastHash, seq: seq, atText: atText, actor: actor, incident: incident,
                                  kind: kind, body: body)
        var insert = try BoundStatement(db, sql: """
            INSERT INTO journal (seq, at, actor, incident, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(seq)
        insert.bind(atText)
        insert.bind(actor)
        insert.bind(incident)
        insert.bind(kind)
        insert.bind(body)
        insert.bind(lastHash)
        insert.bind(hash)
        try insert.run()
        lastSeq = seq
        lastHash = hash
        return RecordedEvent(seq: seq, at: at, actor: actor, event: event)
    }
}
