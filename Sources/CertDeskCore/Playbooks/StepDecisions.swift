/// Checks step and phase commands against the incident's playbook: the gate on leaving a phase
/// with required steps open, and the legal clock a step meets.
enum StepDecisions {
    typealias Refusal = DeskDecider.Refusal

    /// Leaving a phase with required steps open needs the officer's override reason. Closing
    /// needs every legal clock met or waived first: a closed incident's clocks would otherwise
    /// run on unseen. With an override, closing waives the clocks still running with that
    /// reason, each in its own journal event, before the phase changes.
    static func phaseChange(_ incident: Incident, to phase: IncidentPhase, override: String?,
                            state: DeskState) throws(Refusal) -> [DeskEvent] {
        let blockers = PlaybookProgress(incident: incident, playbook: state.playbook(of: incident)).blockers(movingTo: phase)
        let running = phase == .closed ? incident.obligations.filter(\.isPending) : []
        guard !blockers.isEmpty || !running.isEmpty else { return [.phaseChanged(incident: incident.id, phase: phase)] }
        guard let override else {
            var en: [String] = [], zh: [String] = []
            if !blockers.isEmpty {
                let ids = blockers.map(\.id).joined(separator: ", ")
                en.append("required steps open: \(ids) (do or skip them)")
                zh.append("必要步驟未完成：\(ids)（請完成或略過）")
            }
            if !running.isEmpty {
                en.append("clocks still running: \(running.map(\.name).joined(separator: ", ")) (meet or waive each)")
                zh.append("時限仍在計時：\(running.map { $0.kind.label.zh }.joined(separator: "、"))（請逐一登錄完成或免除）")
            }
            throw Refusal(kind: .needsOverride, reason: BilingualText(
                en: "\(incident.id) has \(en.joined(separator: "; ")); or override with a reason",
                zh: "\(incident.id) \(zh.joined(separator: "；"))；或說明理由強制變更"))
        }
        try DeskDecider.requireText(override, limit: FieldLimits.reason, en: "override reason", zh: "強制理由")
        let waivers = running.map { DeskEvent.obligationWaived(incident: incident.id, kind: $0.kind, ordinal: $0.ordinal,
                                                               reason: "closed: \(override)") }
        return waivers + [.phaseChanged(incident: incident.id, phase: phase,
                                        override: PhaseOverride(reason: override, openSteps: blockers.map(\.id)))]
    }

    static func complete(_ incident: Incident, _ stepID: String, at: Instant?, note: String?, now: Instant,
                         state: DeskState) throws(Refusal) -> [DeskEvent] {
        let step = try openStep(incident, stepID, state: state)
        let when = at ?? now
        try DeskDecider.requireNotFuture(when, now: now)
        let earliest = incident.occurredAt ?? incident.awareAt
        guard when >= earliest else {
            throw .invalid("the time \(TaipeiTime.text(when)) is before the incident began (\(TaipeiTime.text(earliest)))",
                           "時間 \(TaipeiTime.text(when)) 早於事件開始（\(TaipeiTime.text(earliest))）")
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
            throw .invalid("step \(step.id) was already \(record.status.rawValue) at \(TaipeiTime.text(record.at)) by \(record.by)",
                           "步驟 \(step.id) 已於 \(TaipeiTime.text(record.at)) 由 \(record.by) \(record.status == .done ? "完成" : "略過")")
        }
        return step
    }
}
