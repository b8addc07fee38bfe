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

    /// The desk as it stood at `instant`: every row recorded at or before it.
    public func state(at instant: Instant) throws(DeskError) -> DeskState {
        let seq = try read { store throws(StoreError) in try store.lastSeq(atOrBefore: instant) }
        return try state(atSeq: seq)
    }
}
