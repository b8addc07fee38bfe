/// One row of the journal exactly as stored, and the bytes its hash covers.
///
/// `hash = SHA-256(prev_hash ‖ canonical record)` (../shared/DESIGN.md, Journal), where `prev_hash` is the
/// previous row's hash in lowercase hex (64 zeros before the first row) and the canonical record
/// is the JSON object `{"actor","at","body","incident","kind","seq"}` with the body embedded as
/// its canonical JSON. Changing any byte of any field of any row breaks the chain from there on.
public struct JournalRecord: Hashable, Sendable {
    public static let genesisHash = String(repeating: "0", count: 64)

    public let seq: Int64
    public let at: Instant
    public let actor: String
    public let incident: String?
    public let kind: String
    /// Canonical JSON text of the body.
    public let body: String
    public let prevHash: String
    public let hash: String

    public init(seq: Int64, at: Instant, actor: String, incident: String?, kind: String, body: String,
                prevHash: String, hash: String) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.incident = incident
        self.kind = kind
        self.body = body
        self.prevHash = prevHash
        self.hash = hash
    }

    /// The bytes that are hashed for a row. `atText` is the stored UTC text of `at`.
    public static func hashInput(prevHash: String, seq: Int64, atText: String, actor: String, incident: String?,
                                 kind: String, body: String) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(prevHash.utf8.count + body.utf8.count + actor.utf8.count + 96)
        out.append(contentsOf: prevHash.utf8)
        out.append(contentsOf: #"{"actor":"#.utf8)
        CanonicalJSON.writeString(actor, into: &out)
        out.append(contentsOf: #","at":"#.utf8)
        CanonicalJSON.writeString(atText, into: &out)
        out.append(contentsOf: #","body":"#.utf8)
        out.append(contentsOf: body.utf8)
        out.append(contentsOf: #","incident":"#.utf8)
        if let incident { CanonicalJSON.writeString(incident, into: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: #","kind":"#.utf8)
        CanonicalJSON.writeString(kind, into: &out)
        out.append(contentsOf: #","seq":"#.utf8)
        out.append(contentsOf: String(seq).utf8)
        out.append(UInt8(ascii: "}"))
        return out
    }
}
