/// The desk as the journal stood at an instant: every row recorded at or before it, folded with
/// the one reducer, and its clocks judged at that instant (what was overdue then). `list`,
/// `clocks` and `show` print it with `--as-of` through the same JSON and text as live, so the
/// output is what they printed at that moment. Nothing here writes.
public struct DeskMoment: Sendable {
    /// The desk then as far as incidents go: the region, policy and playbooks, and the
    /// incidents its `scope` reads (all of them for `.all`). Evidence and the shifts' counts are
    /// not part of it (`Desk.state(atSeq:)` is the whole desk, folded from the first row).
    public let state: DeskState
    /// The last journal row it covers (0: before the first).
    public let seq: Int64
    public let instant: Instant

    public init(state: DeskState, seq: Int64, instant: Instant) {
        self.state = state
        self.seq = seq
        self.instant = instant
    }

    /// The open incidents (or all) in the queue's order as of the instant.
    public func incidents(includeClosed: Bool) -> [Incident] {
        QueueUrgency.sorted(state.incidents.values.filter { includeClosed || $0.phase != .closed }, at: instant)
    }

    /// The incidents the queue showed for `query` then (its filter and order), the first `limit`.
    public func incidents(_ query: QueueQuery, limit: Int? = nil) -> [Incident] {
        let admitted = state.incidents.values.filter(query.admits)
        let byID = Dictionary(admitted.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = QueueOrdering.sorted(admitted.map(QueueRow.init), by: query.order, at: query.asOf ?? instant)
        return ordered.prefix(limit ?? Int.max).compactMap { byID[$0.id] }
    }

    public func clocks(includeSettled: Bool) -> [ClockEntry] {
        ClockEntry.list(state.incidents.values, includeSettled: includeSettled)
    }

    /// The clocks of the incidents `filter` showed then (closed ones too), the first `limit`.
    public func clocks(includeSettled: Bool, filter: String, limit: Int? = nil) -> [ClockEntry] {
        let query = QueueQuery(filter: filter, includeClosed: true)
        return Array(ClockEntry.list(state.incidents.values.filter(query.admits), includeSettled: includeSettled).prefix(limit ?? Int.max))
    }
}

/// Which incidents a reading of the desk as it was needs, so that a year's closed incidents are
/// not read for the few that were open then.
public enum MomentScope: Hashable, Sendable {
    /// The incidents open then (`list`).
    case open
    /// The incidents with a clock running then (`clocks`).
    case pendingClocks
    /// Every incident (`list --all`, `clocks --all`).
    case all
    /// One incident (`show`).
    case incident(String)
}
