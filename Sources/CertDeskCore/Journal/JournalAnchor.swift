/// A journal row named outside the machine — its `seq` and `hash`, as a printed or mailed
/// handover ends with them (`SEQ:HASH`). `verify` cannot see rows cut from the end of the
/// journal on its own; an anchor kept elsewhere proves the journal was at least that long, and
/// the chain up to it, unchanged (README, "The journal").
public struct JournalAnchor: Sendable, Equatable, CustomStringConvertible {
    public let seq: Int64
    /// Lower-case hex SHA-256 of the row (`journal.hash`).
    public let hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// `SEQ:HASH`: a row number from 1 and 64 hex digits (either case); nil for anything else.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq >= 1, String(seq) == parts[0],
              parts[1].utf8.count == 64, parts[1].unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
        self.init(seq: seq, hash: parts[1].lowercased())
    }

    public var description: String { "\(seq):\(hash)" }
}
