/// How the shift events change the desk (part of `DeskReducer`, the one place state changes).
enum ShiftReduction {
    static func apply(_ recorded: RecordedEvent, _ state: inout DeskState) throws(DeskReducer.InconsistencyError)
        -> Set<ProjectionChange>
    {
        func outOfOrder(_ shift: Int) -> DeskReducer.InconsistencyError {
            DeskReducer.InconsistencyError(seq: recorded.seq) { $0.shiftEventOutOfOrder(recorded.event.kind, shift: shift) }
        }
        switch recorded.event {
        case .shiftStarted(let id, let officer, let at, let forced):
            guard id == state.lastShiftID + 1 else { throw outOfOrder(id) }
            var changes: Set<ProjectionChange> = [.shift(id)]
            if let previous = state.openShift {
                end(previous, .displaced, at: at, seq: recorded.seq, &state)
                changes.insert(.shift(previous))
            }
            begin(Shift(id: id, officer: officer, startedAt: at, startSeq: recorded.seq, forcedReason: forced), &state)
            return changes

        case .shiftEnded(let id, let at):
            guard state.openShift == id else { throw outOfOrder(id) }
            end(id, .ended, at: at, seq: recorded.seq, &state)
            return [.shift(id)]

        case .handoverRemark(let id, _):
            guard state.openShift == id else { throw outOfOrder(id) }
            return []

        case .handoverOffered(let id, let digest, let head, let horizon, let acceptWithin, let generatedAt):
            guard state.openShift == id else { throw outOfOrder(id) }
            state.shifts[id]?.offer = HandoverOffer(shift: id, digest: digest, head: head, horizonMinutes: horizon,
                                                    acceptWithinMinutes: acceptWithin, generatedAt: generatedAt, at: recorded.at,
                                                    by: recorded.actor, seq: recorded.seq)
            return [.shift(id)]

        case .handoverAccepted(let id, let next, let officer, let digest, let remark):
            guard state.openShift == id, state.shifts[id]?.offer != nil, next == state.lastShiftID + 1 else { throw outOfOrder(id) }
            state.shifts[id]?.acceptance = HandoverAcceptance(officer: officer, digest: digest, remark: remark, at: recorded.at,
                                                              seq: recorded.seq)
            end(id, .handedOver, at: recorded.at, seq: recorded.seq, &state)
            begin(Shift(id: next, officer: officer, startedAt: recorded.at, startSeq: recorded.seq), &state)
            return [.shift(id), .shift(next)]

        default:
            return []
        }
    }

    /// Counts an event towards the shift on watch; true when a counter changed.
    static func countTowards(_ shift: inout Shift?, _ event: DeskEvent) -> Bool {
        switch event {
        case .incidentOpened: shift?.incidentsOpened += 1
        case .phaseChanged(_, .closed, _): shift?.incidentsClosed += 1
        case .obligationOverdue: shift?.clocksBreached += 1
        default: return false
        }
        return shift != nil
    }

    private static func begin(_ shift: Shift, _ state: inout DeskState) {
        state.shifts[shift.id] = shift
        state.openShift = shift.id
        state.lastShiftID = shift.id
    }

    private static func end(_ id: Int, _ ending: ShiftEnding, at: Instant, seq: Int64, _ state: inout DeskState) {
        state.shifts[id]?.ending = ending
        state.shifts[id]?.endedAt = at
        state.shifts[id]?.endSeq = seq
        if state.openShift == id { state.openShift = nil }
    }
}
