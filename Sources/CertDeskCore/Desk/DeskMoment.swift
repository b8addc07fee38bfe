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

    public func clocks(includeSettled: Bool) -> [ClockEntry] {
        ClockEntry.list(state.incidents.values, includeSettled: includeSettled)
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
