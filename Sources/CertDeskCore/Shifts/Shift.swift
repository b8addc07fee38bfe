/// A watch at the desk: who was on duty, from when to when, and how it ended. The regional plan
/// staffs the desk around the clock in shifts (../shared/seed/seed-brief.md §2); each change of
/// watch is a handover the incoming officer signs (`HandoverOffer`, `HandoverAcceptance`).
public struct Shift: Hashable, Sendable {
    /// Numbered 1, 2, 3… in the order the desk opened them.
    public var id: Int
    public var officer: String
    /// When the watch began, as stated (`shift start --at`), else when it was recorded.
    public var startedAt: Instant
    /// The journal row that opened it: a `shift-started` or a `handover-accepted`.
    public var startSeq: Int64
    /// Why this shift was started over one still open (`shift start --force`).
    public var forcedReason: String?
    public var endedAt: Instant?
    /// The journal row that ended it; the shift covers rows `startSeq...endSeq`.
    public var endSeq: Int64?
    public var ending: ShiftEnding?
    /// The latest offer of a handover; a later offer replaces it.
    public var offer: HandoverOffer?
    public var acceptance: HandoverAcceptance?
    /// Counted as the journal goes, for the list of shifts.
    public var incidentsOpened = 0
    public var incidentsClosed = 0
    /// Clocks the desk recorded past due during the shift.
    public var clocksBreached = 0

    public init(id: Int, officer: String, startedAt: Instant, startSeq: Int64, forcedReason: String? = nil) {
        self.id = id
        self.officer = officer
        self.startedAt = startedAt
        self.startSeq = startSeq
        self.forcedReason = forcedReason
    }

    public var isOpen: Bool { ending == nil }

    /// Journal rows recorded during the shift, up to `head` while it is open (its first and
    /// last rows included: a handover row closes one shift and opens the next).
    public func eventCount(head: Int64) -> Int64 { max(0, (endSeq ?? head) - startSeq + 1) }
}

/// How a shift ended.
public enum ShiftEnding: String, Hashable, Sendable, CaseIterable {
    /// The incoming officer accepted the handover.
    case handedOver = "handed-over"
    /// `shift end`: the desk closed without a successor.
    case ended
    /// A new shift was forced over it: it ended without a handover (flagged in the review).
    case displaced
}

/// The journal row a report covers up to: its place in the chain and its hash, so a printed
/// report anchors the journal (`certdesk verify --anchor SEQ:HASH`).
public struct JournalHead: Hashable, Sendable {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// `SEQ:HASH`, as `verify --anchor` takes it.
    public var anchor: String { "\(seq):\(hash)" }
}

/// The outgoing officer's offer: the digest of the report they hand over, and what it covers.
public struct HandoverOffer: Hashable, Sendable {
    public var shift: Int
    /// SHA-256 of the report's canonical JSON (`HandoverReport.digest`).
    public var digest: String
    public var head: JournalHead
    /// The report's look-ahead for clocks falling due, and how long the offer may wait.
    public var horizonMinutes: Int
    public var acceptWithinMinutes: Int
    /// The report's own instant ("generated at"), which the review rebuilds it at.
    public var generatedAt: Instant
    /// Filled from the journal row: when and by whom it was offered, at which row.
    public var at: Instant
    public var by: String
    public var seq: Int64

    public init(shift: Int, digest: String, head: JournalHead, horizonMinutes: Int, acceptWithinMinutes: Int,
                generatedAt: Instant, at: Instant, by: String, seq: Int64) {
        self.generatedAt = generatedAt
        self.shift = shift
        self.digest = digest
        self.head = head
        self.horizonMinutes = horizonMinutes
        self.acceptWithinMinutes = acceptWithinMinutes
        self.at = at
        self.by = by
        self.seq = seq
    }

    /// The instant after which an unaccepted offer is flagged.
    public var acceptBy: Instant { at.adding(seconds: Int64(acceptWithinMinutes) * 60) }
}

/// The incoming officer's signature on the report they were shown.
public struct HandoverAcceptance: Hashable, Sendable {
    public var officer: String
    public var digest: String
    public var remark: String?
    public var at: Instant
    public var seq: Int64

    public init(officer: String, digest: String, remark: String?, at: Instant, seq: Int64) {
        self.officer = officer
        self.digest = digest
        self.remark = remark
        self.at = at
        self.seq = seq
    }
}

/// The columns of the list of shifts (`certdesk shift list`, the shift-review view).
public enum ShiftListColumn: Hashable, Sendable {
    case id, officer, start, end, events, opened, closed, breached, handover
}
