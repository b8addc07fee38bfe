import CertDeskCore
import CertDeskStore

/// What a replay covers: the journal rows it may stand after, and the times it runs between.
public struct ReplayRange: Sendable {
    /// The replay stands after row `first` at its start and can go no further back.
    public let first: Int64
    public let last: Int64
    public let start: Instant
    public let end: Instant
}

/// The replay of the journal (`certdesk replay`): the desk as it was, moved through row by row
/// with the one reducer (`ReplayCursor`). Nothing here writes.
extension Desk {
    /// The rows between `from` and `to` (the whole journal by default; an incident's own span
    /// with `incident`). Refused when the range is empty or backwards, or a time is still to come.
    public func replayRange(from: Instant?, to: Instant?, incident: String?) throws(DeskError) -> ReplayRange {
        let now = clock.now
        for (moment, text) in [(from, "--from"), (to, "--to")] {
            if let moment, moment > now {
                throw DeskError(.usage) { text + ": " + $0.inTheFuture(.asOf, when: TaipeiTime.text(moment), now: TaipeiTime.text(now)) }
            }
        }
        if let from, let to, from > to {
            throw DeskError(.usage) { $0.replayFromAfterTo(from: TaipeiTime.text(from), to: TaipeiTime.text(to)) }
        }
        let head = try read { store throws(StoreError) in try store.journalHead()?.seq } ?? 0
        guard head > 0 else { throw DeskError(.refused) { $0.replayEmptyJournal } }
        var span: (first: Int64, last: Int64) = (1, head)
        if let incident {
            let rows = try read { store throws(StoreError) in try store.timeline(of: incident) }
            guard let opened = rows.first, let latest = rows.last else { throw DeskError(.refused) { $0.noIncident(incident) } }
            span = (opened.seq, latest.seq)
        }
        let (first, last) = try read { store throws(StoreError) in
            var bounds = span
            if let from { bounds.first = try store.lastSeq(atOrBefore: from) }
            if let to { bounds.last = try store.lastSeq(atOrBefore: to) }
            return bounds
        }
        guard last >= 1, last >= first else {
            throw DeskError(.refused) { $0.replayEmpty(from: from.map(TaipeiTime.text) ?? "…", to: to.map(TaipeiTime.text) ?? "…") }
        }
        let (opened, closed) = try read { store throws(StoreError) in (try store.recordedAt(first), try store.recordedAt(last)) }
        return ReplayRange(first: first, last: last, start: from ?? opened ?? now, end: to ?? closed ?? now)
    }

    /// A cursor standing at the start of `range`.
    public func replayCursor(_ range: ReplayRange) throws(DeskError) -> ReplayCursor {
        try read { store throws(StoreError) in try ReplayCursor(store: store, first: range.first, last: range.last, start: range.first) }
    }
}
