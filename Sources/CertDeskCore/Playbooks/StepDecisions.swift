/// Checks step and phase commands against the incident's playbook: the gate on leaving a phase
/// with required steps open, and the legal clock a step meets.
enum StepDecisions {
    typealias Refusal = DeskDecider.Refusal

    static func phaseChange(_ incident: Incident, to phase: IncidentPhase, override: String?,
                            state: DeskState) throws(Refusal) -> DeskEvent {
        let blockers = PlaybookProgress(incident: incident, playbook: state.playbook(of: incident)).blockers(movingTo: phase)
        guard !blockers.isEmpty else { return .phaseChanged(incident: incident.id, phase: phase) }
        guard let override else {
            let ids = blockers.map(\.id).joined(separator: ", ")
            throw .invalid("\(incident.id) has required steps open: \(ids); do or skip them, or give --override REASON",
                           "\(incident.id) 尚有必要步驟未完成：\(ids)；請完成或略過，或以 --override 理由 強制變更")
        }
        try DeskDecider.requireText(override, limit: FieldLimits.reason, en: "override reason", zh: "強制理由")
        return .phaseChanged(incident: incident.id, phase: phase,
                             override: PhaseOverride(reason: override, openSteps: blockers.map(\.id)))
    }

    static func complete(_ incident: Incident, _ stepID: String, at: Instant?, note: String?, now: Instant,
                         state: DeskState) throws(Refusal) -> [DeskEvent] {
        let step = try openStep(incident, stepID, state: state)
        let when = at ?? now
        try DeskDecider.requireNotFuture(when, now: now)
        let earliest = incident.occurredAt ?? incident.awareAt
        guard when >= earliest else {
            throw .invalid("--at \(ISO8601.utcString(when)) is before the incident began (\(ISO8601.utcString(earliest)))",
                           "--at \(ISO8601.utcString(when)) 早於事件開始（\(ISO8601.utcString(earliest))）")
        }
        if let note { try DeskDecider.requireText(note, limit: FieldLimits.note, en: "note", zh: "備註") }
        var events: [DeskEvent] = [.stepDone(incident: incident.id, step: step.id, at: when, note: note)]
        // The step is how the law's clock is met: record both, at the same real time.
        if let kind = step.meets, let clock = incident.pendingObligation(kind), when >= clock.startsAt {
            events.append(.obligationMet(incident: incident.id, meeting: ObligationMeeting(
                kind: kind, ordinal: clock.ordinal, at: when, note: note ?? "playbook step \(step.id)")))
        }
        return events
    }

    static func skip(_ incident: Incident, _ stepID: String, reason: String, state: DeskState) throws(Refusal) -> [DeskEvent] {
        let step = try openStep(incident, stepID, state: state)
        return [.stepSkipped(incident: incident.id, step: step.id, reason: reason)]
    }

    private static func openStep(_ incident: Incident, _ stepID: String, state: DeskState) throws(Refusal) -> PlaybookStep {
        guard let playbook = state.playbook(of: incident) else {
            throw .invalid("\(incident.id) has no playbook", "\(incident.id) 沒有處理手冊")
        }
        guard let step = playbook.step(stepID) else {
            throw .invalid("\(incident.id)'s playbook (\(playbook.category) v\(playbook.version)) has no step \(TextChecks.quoted(stepID))",
                           "\(incident.id) 的處理手冊（\(playbook.category) v\(playbook.version)）沒有步驟 \(TextChecks.quoted(stepID))")
        }
        guard step.when.holds(for: incident) else {
            throw .invalid("step \(step.id) does not apply to \(incident.id) (its conditions do not hold)",
                           "步驟 \(step.id) 不適用於 \(incident.id)（條件不符）")
        }
        if let record = incident.steps.first(where: { $0.step == step.id }) {
            throw .invalid("step \(step.id) was already \(record.status.rawValue) at \(ISO8601.utcString(record.at)) by \(record.by)",
                           "步驟 \(step.id) 已於 \(ISO8601.utcString(record.at)) 由 \(record.by) \(record.status == .done ? "完成" : "略過")")
        }
        return step
    }
}
