/// Checks `meet` and `waive` against an incident's clocks, with reasons the officer can act on.
/// A clock and the playbook step that meets it are one fact recorded once: meeting the clock
/// marks the step done at the same real time, and waiving it skips the step with the reason.
public enum ObligationDecisions {
    public typealias Refusal = DeskDecider.Refusal

    static func meet(_ incident: Incident, _ kind: ObligationKind, at: Instant?, note: String?,
                     now: Instant, state: DeskState) throws(Refusal) -> DeskDecider.Decision {
        let obligation = try pending(incident, kind)
        let when = at ?? now
        try checkMeetingTime(when, of: obligation, now: now)
        if let note { try DeskDecider.requireText(note, limit: FieldLimits.note, .note) }
        var events: [DeskEvent] = [.obligationMet(incident: incident.id, meeting: ObligationMeeting(
            kind: kind, ordinal: obligation.ordinal, at: when, note: note))]
        for step in openSteps(meeting: kind, of: incident, state: state) {
            events.append(.stepDone(incident: incident.id, step: step.id, at: when, note: note))
        }
        return .events(events)
    }

    static func waive(_ incident: Incident, _ kind: ObligationKind, reason: String, state: DeskState) throws(Refusal) -> DeskDecider.Decision {
        let obligation = try pending(incident, kind)
        var events: [DeskEvent] = [.obligationWaived(incident: incident.id, kind: kind, ordinal: obligation.ordinal, reason: reason)]
        for step in openSteps(meeting: kind, of: incident, state: state) {
            events.append(.stepSkipped(incident: incident.id, step: step.id, reason: reason))
        }
        return .events(events)
    }

    /// When a clock may be said to have been met: not in the future, not before it started. The
    /// console checks the time with this as soon as it is typed, before asking for the note.
    public static func checkMeetingTime(_ when: Instant, of obligation: Obligation, now: Instant) throws(Refusal) {
        try DeskDecider.requireNotFuture(when, now: now)
        guard when >= obligation.startsAt else {
            throw .invalid { $0.beforeClockStarted(when: TaipeiTime.text(when), obligation, started: TaipeiTime.text(obligation.startsAt)) }
        }
    }

    /// The playbook steps still open that meet `kind` (one per kind in the shipped playbooks).
    static func openSteps(meeting kind: ObligationKind, of incident: Incident, state: DeskState) -> [PlaybookStep] {
        PlaybookProgress(incident: incident, playbook: state.playbook(of: incident)).items
            .filter { $0.isOpen && $0.step.meets == kind }.map(\.step)
    }

    /// The pending obligation of `kind`, or why there is none.
    private static func pending(_ incident: Incident, _ kind: ObligationKind) throws(Refusal) -> Obligation {
        if let obligation = incident.pendingObligation(kind) { return obligation }
        let id = incident.id
        guard let last = incident.obligations.last(where: { $0.kind == kind }) else {
            throw .invalid { $0.noSuchClock(id, kind) }
        }
        switch last.state {
        case .met, .metLate:
            let at = last.metAt.map(TaipeiTime.text) ?? "?"
            throw .invalid { $0.clockAlreadyMet(id, last, at: at) }
        default:
            throw .invalid { $0.clockAlreadyWaived(id, last, reason: $0.waiverReason(of: last)) }
        }
    }
}
