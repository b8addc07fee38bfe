/// Checks step and phase commands against the incident's playbook: the gate on leaving a phase
/// with required steps open, and the legal clock a step meets.
enum StepDecisions {
    typealias Refusal = DeskDecider.Refusal

    /// Leaving a phase with required steps open needs the officer's override reason. Closing
    /// needs every legal clock met or waived first: a closed incident's clocks would otherwise
    /// run on unseen. With an override, closing waives the clocks still running with that
    /// reason, each in its own journal event, before the phase changes.
    /// `falsePositive`: a closing as not an incident, whose reason is `override` (always recorded,
    /// and lifting the gate like an override: nothing is owed for what was not an incident).
    static func phaseChange(_ incident: Incident, to phase: IncidentPhase, override: String?, falsePositive: Bool = false,
                            state: DeskState) throws(Refusal) -> [DeskEvent] {
        let blockers = PlaybookProgress(incident: incident, playbook: state.playbook(of: incident)).blockers(movingTo: phase)
        let running = phase == .closed ? incident.obligations.filter(\.isPending) : []
        guard falsePositive || !blockers.isEmpty || !running.isEmpty else { return [.phaseChanged(incident: incident.id, phase: phase)] }
        guard let override else {
            throw Refusal(kind: .needsOverride, reason: BilingualText {
                $0.phaseGate(incident.id, steps: blockers.map(\.id), clocks: running)
            })
        }
        try DeskDecider.requireText(override, limit: FieldLimits.reason, .overrideReason)
        let waivers = running.map { DeskEvent.obligationWaived(incident: incident.id, kind: $0.kind, ordinal: $0.ordinal,
                                                               reason: override, closing: true) }
        return waivers + [.phaseChanged(incident: incident.id, phase: phase,
                                        override: PhaseOverride(reason: override, openSteps: blockers.map(\.id), falsePositive: falsePositive))]
    }

    static func complete(_ incident: Incident, _ stepID: String, at: Instant?, note: String?, now: Instant,
                         state: DeskState) throws(Refusal) -> [DeskEvent] {
        let step = try openStep(incident, stepID, state: state)
        let when = at ?? now
        try DeskDecider.requireNotFuture(when, now: now)
        let earliest = incident.occurredAt ?? incident.awareAt
        guard when >= earliest else {
            throw .invalid { $0.beforeIncidentBegan(when: TaipeiTime.text(when), began: TaipeiTime.text(earliest)) }
        }
        if let note { try DeskDecider.requireText(note, limit: FieldLimits.note, .note) }
        var events: [DeskEvent] = [.stepDone(incident: incident.id, step: step.id, at: when, note: note)]
        // The step is how the law's clock is met: record both, at the same real time.
        if let kind = step.meets, let clock = incident.pendingObligation(kind), when >= clock.startsAt {
            events.append(.obligationMet(incident: incident.id, meeting: ObligationMeeting(
                kind: kind, ordinal: clock.ordinal, at: when, note: note, step: step.id)))
        }
        return events
    }

    static func skip(_ incident: Incident, _ stepID: String, reason: String, state: DeskState) throws(Refusal) -> [DeskEvent] {
        let step = try openStep(incident, stepID, state: state)
        return [.stepSkipped(incident: incident.id, step: step.id, reason: reason)]
    }

    private static func openStep(_ incident: Incident, _ stepID: String, state: DeskState) throws(Refusal) -> PlaybookStep {
        guard let playbook = state.playbook(of: incident) else {
            throw .invalid { $0.noPlaybook(incident.id) }
        }
        guard let step = playbook.step(stepID) else {
            throw .invalid { $0.noSuchStep(incident.id, category: playbook.category, version: playbook.version, step: TextChecks.quoted(stepID)) }
        }
        guard step.when.holds(for: incident) else {
            throw .invalid { $0.stepDoesNotApply(step.id, to: incident.id) }
        }
        if let record = incident.steps.first(where: { $0.step == step.id }) {
            throw .invalid { $0.stepAlreadyRecorded(step.id, status: record.status, at: TaipeiTime.text(record.at), by: record.by) }
        }
        return step
    }
}
