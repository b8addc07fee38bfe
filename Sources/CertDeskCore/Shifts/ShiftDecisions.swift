/// The checks on shift and handover commands (part of `DeskDecider`). One shift is on watch at
/// a time, and the watch passes only by a handover the incoming officer signs, so the review can
/// prove who held the desk at every moment.
enum ShiftDecisions {
    typealias Refusal = DeskDecider.Refusal

    static func decide(_ command: DeskCommand, state: DeskState, now: Instant) throws(Refusal) -> [DeskEvent] {
        switch command {
        case .startShift(let officer, let at, let force):
            try requireName(officer)
            let start = at ?? now
            try DeskDecider.requireNotFuture(start, now: now)
            if let open = state.shiftOnWatch {
                guard let force else {
                    throw .invalid { $0.shiftStillOpen(open.id, officer: open.officer, since: TaipeiTime.text(open.startedAt)) }
                }
                try DeskDecider.requireText(force, limit: FieldLimits.reason, .reason)
                try requireNotBefore(start, open)
            }
            return [.shiftStarted(shift: state.lastShiftID + 1, officer: officer, at: start, forced: force)]

        case .endShift(let at):
            let open = try onWatch(state)
            let end = at ?? now
            try DeskDecider.requireNotFuture(end, now: now)
            try requireNotBefore(end, open)
            return [.shiftEnded(shift: open.id, at: end)]

        case .remarkHandover(let text):
            let open = try onWatch(state)
            try DeskDecider.requireText(text, limit: FieldLimits.note, .remark)
            return [.handoverRemark(shift: open.id, text: text)]

        case .offerHandover(let digest, let head, let horizon, let acceptWithin, let generatedAt):
            let open = try onWatch(state)
            try DeskDecider.requireNotFuture(generatedAt, now: now)
            // The report was built outside this transaction; it must cover every row so far.
            guard head.seq == state.journalHead else {
                throw .invalid { $0.journalMovedDuringReport }
            }
            return [.handoverOffered(shift: open.id, digest: digest, head: head, horizonMinutes: horizon,
                                     acceptWithinMinutes: acceptWithin, generatedAt: generatedAt)]

        case .acceptHandover(let officer, let digest, let remark):
            try requireName(officer)
            let open = try onWatch(state)
            guard let offer = open.offer else {
                throw .invalid { $0.noHandoverOffered(open.id) }
            }
            if let remark { try DeskDecider.requireText(remark, limit: FieldLimits.note, .remark) }
            guard state.journalHead == offer.seq else {
                throw .invalid { $0.recordedSinceOffer(Int(state.journalHead - offer.seq), incidents: []) }
            }
            guard digest == offer.digest else {
                throw .invalid { $0.digestNotOffered(shown: String(digest.prefix(12)), offered: String(offer.digest.prefix(12))) }
            }
            return [.handoverAccepted(shift: open.id, next: state.lastShiftID + 1, officer: officer, digest: digest, remark: remark)]

        default:
            return []
        }
    }

    private static func onWatch(_ state: DeskState) throws(Refusal) -> Shift {
        guard let open = state.shiftOnWatch else { throw .invalid { $0.noShiftOnWatch } }
        return open
    }

    private static func requireName(_ name: String) throws(Refusal) {
        if let problem = PersonName.problem(name) { throw Refusal(kind: .invalid, reason: problem) }
    }

    private static func requireNotBefore(_ when: Instant, _ shift: Shift) throws(Refusal) {
        guard when >= shift.startedAt else {
            throw .invalid { $0.beforeShiftBegan(TaipeiTime.text(when), shift.id, began: TaipeiTime.text(shift.startedAt)) }
        }
    }
}
