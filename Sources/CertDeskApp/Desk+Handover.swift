import CertDeskCore
import CertDeskStore

/// The shift change: shifts opened and ended, the handover report built, offered, signed and
/// reviewed. The report is always `HandoverReport.build` over the journal; nothing here edits
/// state except through `perform`.
extension Desk {
    public func startShift(officer: String?, at: Instant?, force: String?) throws(DeskError) -> Shift {
        try perform(.startShift(officer: officer ?? actor, at: at, force: force))
        return try shiftOnWatch()!
    }

    @discardableResult
    public func endShift(at: Instant?) throws(DeskError) -> Shift {
        let open = try requireShiftOnWatch()
        try perform(.endShift(at: at))
        return try read { store throws(StoreError) in try store.shift(open.id) } ?? open
    }

    public func remarkHandover(_ text: String) throws(DeskError) {
        try perform(.remarkHandover(text: text))
    }

    public func shiftOnWatch() throws(DeskError) -> Shift? {
        try read { store throws(StoreError) in try store.shiftOnWatch() }
    }

    public func shifts() throws(DeskError) -> (shifts: [Shift], head: Int64) {
        try read { store throws(StoreError) in try store.shifts() }
    }

    /// The handover of the shift on watch: the report it offered, if it offered one, else a
    /// draft of the desk now looking `horizonMinutes` ahead (default: the policy's).
    public func handoverOnWatch(horizonMinutes: Int? = nil) throws(DeskError) -> HandoverReading {
        let shift = try requireShiftOnWatch()
        if let offer = shift.offer { return try reading(of: shift, offer: offer) }
        try keepClocks()
        return try draft(of: try requireShiftOnWatch(), horizonMinutes: horizonMinutes)
    }

    /// The outgoing officer offers the report as the desk stands now.
    public func offerHandover(horizonMinutes: Int? = nil) throws(DeskError) -> HandoverReading {
        try keepClocks()
        let shift = try requireShiftOnWatch()
        let draft = try draft(of: shift, horizonMinutes: horizonMinutes)
        let acceptWithin = try read { store throws(StoreError) in try store.policy() }?.handoverAcceptWithinMinutes
            ?? DeadlinePolicy.defaultHandoverAcceptWithinMinutes
        try perform(.offerHandover(digest: draft.digest, head: draft.report.header.head,
                                   horizonMinutes: draft.report.header.horizonMinutes, acceptWithinMinutes: acceptWithin,
                                   generatedAt: draft.report.header.generatedAt))
        let offered = try requireShiftOnWatch()
        return HandoverReading(shift: offered, report: draft.report, offer: offered.offer)
    }

    /// The incoming officer signs the report offered, rebuilt from the journal as they read it;
    /// refused, with what changed, when anything was recorded after the offer. `shown`: the
    /// digest of the report on the officer's screen (the console), which must be the one offered.
    public func acceptHandover(officer: String?, remark: String?, shown digest: String? = nil) throws(DeskError) -> Shift {
        try keepClocks()
        let shift = try requireShiftOnWatch()
        guard let offer = shift.offer else {
            throw DeskError(.refused) { $0.noHandoverOffered(shift.id) }
        }
        let head = try read { store throws(StoreError) in try store.journalHead() }?.seq ?? 0
        if head > offer.seq {
            let later = try read { store throws(StoreError) in try store.events(from: offer.seq + 1, through: head) }
            let incidents = Array(Set(later.compactMap(\.event.incidentID))).sorted()
            throw DeskError(.refused) { $0.recordedSinceOffer(later.count, incidents: incidents) }
        }
        let shown = try reading(of: shift, offer: offer)
        try perform(.acceptHandover(officer: officer ?? actor, digest: digest ?? shown.digest, remark: remark))
        return try shiftOnWatch()!
    }

    /// Shift `id`'s report as it was handed over (or, never offered, as it stood when the shift
    /// ended), rebuilt from the journal.
    public func review(shift id: Int) throws(DeskError) -> HandoverReading {
        guard let shift = try read({ store throws(StoreError) in try store.shift(id) }) else {
            throw DeskError(.refused) { $0.noShift(id) }
        }
        if let offer = shift.offer { return try reading(of: shift, offer: offer) }
        guard let end = shift.endSeq, let endedAt = shift.endedAt else {
            return try draft(of: shift, horizonMinutes: nil)
        }
        let horizon = try read { store throws(StoreError) in try store.policy() }?.handoverHorizonMinutes
            ?? DeadlinePolicy.defaultHandoverHorizonMinutes
        return HandoverReading(shift: shift, report: try build(shift, through: end, at: endedAt, horizonMinutes: horizon), offer: nil)
    }

    private func reading(of shift: Shift, offer: HandoverOffer) throws(DeskError) -> HandoverReading {
        HandoverReading(shift: shift, report: try build(shift, through: offer.head.seq, at: offer.generatedAt,
                                                        horizonMinutes: offer.horizonMinutes),
                        offer: offer)
    }

    private func draft(of shift: Shift, horizonMinutes: Int?) throws(DeskError) -> HandoverReading {
        let policy = try read { store throws(StoreError) in try store.policy() }
        let horizon = horizonMinutes ?? policy?.handoverHorizonMinutes ?? DeadlinePolicy.defaultHandoverHorizonMinutes
        let head = try read { store throws(StoreError) in try store.journalHead() }?.seq ?? 0
        return HandoverReading(shift: shift, report: try build(shift, through: head, at: clock.now, horizonMinutes: horizon), offer: nil)
    }

    private func build(_ shift: Shift, through seq: Int64, at: Instant, horizonMinutes: Int) throws(DeskError) -> HandoverReport {
        guard let reading = try read({ store throws(StoreError) in try store.handoverReading(shiftStart: shift.startSeq, through: seq) }),
              let region = try region() else {
            throw DeskError(.inconsistent) { $0.journalRowMissing(seq) }
        }
        return HandoverReport.build(state: reading.state, region: region, shift: shift, events: reading.events, head: reading.head,
                                    at: at, horizonMinutes: horizonMinutes)
    }

    private func requireShiftOnWatch() throws(DeskError) -> Shift {
        guard let shift = try shiftOnWatch() else { throw DeskError(.refused) { $0.noShiftOnWatch } }
        return shift
    }
}
