import CertDeskCore
import CertDeskStore

/// The desk as it was at a moment: the journal up to a row, folded with the one reducer the
/// live desk uses (../shared/DESIGN.md: handover, reports and replay are readings of the journal up to a
/// sequence number). Nothing here writes.
extension Desk {
    /// The desk after journal row `seq` (all of it when `seq` is past the end).
    public func state(atSeq seq: Int64) throws(DeskError) -> DeskState {
        try read { store throws(StoreError) in try store.fold(through: seq) }
    }

    /// The desk as it stood at `instant`, holding the incidents `scope` reads, for `--as-of`:
    /// refused for a time still to come (the desk cannot say what it will be).
    public func moment(at instant: Instant, scope: MomentScope) throws(DeskError) -> DeskMoment {
        let now = clock.now
        guard instant <= now else {
            throw DeskError(.usage) { $0.inTheFuture(.asOf, when: TaipeiTime.text(instant), now: TaipeiTime.text(now)) }
        }
        return try read { store throws(StoreError) in
            let seq = try store.lastSeq(atOrBefore: instant)
            return DeskMoment(state: try store.moment(through: seq, scope: scope), seq: seq, instant: instant)
        }
    }

    /// Incident `id` as it stood at the moment, with its journal rows up to it.
    public func incident(_ id: String, in moment: DeskMoment) throws(DeskError) -> (incident: Incident, timeline: [RecordedEvent]) {
        guard let incident = moment.state.incidents[id] else {
            throw DeskError(.refused) { $0.noIncidentAsOf(id, when: TaipeiTime.text(moment.instant)) }
        }
        return (incident, try read { store throws(StoreError) in try store.timeline(of: id, through: moment.seq) })
    }
}
