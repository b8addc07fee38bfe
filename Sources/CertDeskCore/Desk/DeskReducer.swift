/// The one place where state changes (../shared/DESIGN.md: the same reducer updates projections live and
/// rebuilds them on replay). Pure: the event carries every fact, the recorded time and actor
/// stamp it, and nothing here reads a clock or a database.
public enum DeskReducer {
    public struct InconsistencyError: Error, Equatable, Sendable {
        public let seq: Int64
        public let reason: BilingualText

        init(seq: Int64, _ say: (any Words) -> String) {
            self.seq = seq
            self.reason = BilingualText(say)
        }
    }

    @discardableResult
    public static func apply(_ recorded: RecordedEvent, to state: inout DeskState) throws(InconsistencyError)
        -> Set<ProjectionChange>
    {
        var changes = try applyEvent(recorded, to: &state)
        state.journalHead = recorded.seq
        if let id = state.openShift, ShiftReduction.countTowards(&state.shifts[id], recorded.event) {
            changes.insert(.shift(id))
        }
        return changes
    }

    private static func applyEvent(_ recorded: RecordedEvent, to state: inout DeskState) throws(InconsistencyError)
        -> Set<ProjectionChange>
    {
        switch recorded.event {
        case .shiftStarted, .shiftEnded, .handoverRemark, .handoverOffered, .handoverAccepted:
            return try ShiftReduction.apply(recorded, &state)

        case .deskOpened(let region):
            guard state.region == nil else {
                throw InconsistencyError(seq: recorded.seq) { $0.deskOpenedTwice }
            }
            state.region = region
            return [.desk]

        case .agencyRegistered(let agency):
            state.agencies[agency.id] = agency
            return [.agency(agency.id)]

        case .incidentOpened(let opening):
            return try open(opening, recorded, &state)

        case .levelSet(let id, let change):
            let policy = state.policy
            return try update(id, recorded, &state, clocks: true) { incident in
                let previous = incident.level
                incident.level = change.level
                incident.levelReason = change.reason
                incident.levelBasis = change.basis
                if previous != change.level, let policy {
                    ObligationDerivation.levelChanged(&incident, from: previous, policy: policy, at: recorded.at,
                                                      actor: recorded.actor)
                }
            }

        case .phaseChanged(let id, let phase, let override):
            return try update(id, recorded, &state) { incident in
                incident.phase = phase
                incident.closedAt = phase == .closed ? recorded.at : nil
                incident.falsePositive = phase == .closed && override?.falsePositive == true
            }

        case .evidenceAdded(let addition):
            return try EvidenceReduction.added(addition, recorded, &state)

        case .evidenceCustody(_, let id, let change):
            return try EvidenceReduction.custody(id, change, recorded, &state)

        case .evidenceDisposed(_, let id, let reason, _, _):
            return try EvidenceReduction.disposed(id, reason, recorded, &state)

        case .categoryChanged(let id, let category):
            let ref = state.playbookRef(for: category)
            return try update(id, recorded, &state) { incident in
                incident.category = category
                incident.playbook = ref
            }

        case .playbookAdopted(let playbook):
            let revision = state.currentPlaybook[playbook.category, default: 0] + 1
            let ref = PlaybookRef(category: playbook.category, revision: revision)
            state.playbooks[ref.key] = playbook
            state.currentPlaybook[playbook.category] = revision
            return [.playbook(ref.key)]

        case .stepDone(let id, let step, let at, let note):
            var changes = try update(id, recorded, &state) { incident in
                incident.steps.removeAll { $0.step == step }
                incident.steps.append(StepRecord(step: step, status: .done, at: at, recordedAt: recorded.at, by: recorded.actor, text: note))
            }
            changes.insert(.steps(id))
            return changes

        case .stepSkipped(let id, let step, let reason):
            var changes = try update(id, recorded, &state) { incident in
                incident.steps.removeAll { $0.step == step }
                incident.steps.append(StepRecord(step: step, status: .skipped, at: recorded.at, recordedAt: recorded.at,
                                                 by: recorded.actor, text: reason))
            }
            changes.insert(.steps(id))
            return changes

        case .noteAdded(let id, _):
            return try update(id, recorded, &state) { $0.noteCount += 1 }

        case .notificationRecorded(let record):
            let policy = state.policy
            var changes = try update(record.incident, recorded, &state, clocks: true) { incident in
                incident.notifications.append(record)
                if record.wentOut, record.fallbackReason != nil, let policy {
                    ObligationDerivation.fellBack(at: record.sentAt, &incident, policy: policy)
                }
            }
            changes.insert(.notifications(record.incident))
            return changes

        case .notificationConfirmed(let id, let number, let at):
            var known = false
            var changes = try update(id, recorded, &state) { incident in
                guard let index = incident.notifications.firstIndex(where: { $0.number == number }) else { return }
                known = true
                incident.notifications[index].confirmedAt = at
                incident.notifications[index].outcome = .confirmed
            }
            guard known else { throw InconsistencyError(seq: recorded.seq) { $0.eventForUnknownNotification(NotificationRecord.id(incident: id, number: number)) } }
            changes.insert(.notifications(id))
            return changes

        case .assigned(let id, let assignee):
            return try update(id, recorded, &state) { $0.assignee = assignee }

        case .policyAdopted(let policy):
            state.policy = policy
            return [.desk]

        case .obligationMet(let id, let meeting):
            let policy = state.policy
            return try updateObligation(id, meeting.kind, meeting.ordinal, recorded, &state) { incident, obligation in
                obligation.metAt = meeting.at
                obligation.metRecordedAt = recorded.at
                obligation.metBy = recorded.actor
                obligation.note = meeting.note
                obligation.metByStep = meeting.step
                obligation.state = meeting.at <= obligation.dueAt ? .met : .metLate
                return { incident in
                    if let policy { ObligationDerivation.met(meeting.kind, at: meeting.at, &incident, policy: policy) }
                }
            }

        case .obligationWaived(let id, let kind, let ordinal, let reason, let closing):
            return try updateObligation(id, kind, ordinal, recorded, &state) { _, obligation in
                obligation.state = .waived
                obligation.waivedReason = reason
                obligation.waivedOnClose = closing
                obligation.waivedBy = recorded.actor
                obligation.waivedAt = recorded.at
                return nil
            }

        case .obligationOverdue(let id, let kind, let ordinal, _):
            return try updateObligation(id, kind, ordinal, recorded, &state) { _, obligation in
                if obligation.state == .open { obligation.state = .overdue }
                return nil
            }
        }
    }

    private static func open(_ opening: IncidentOpening, _ recorded: RecordedEvent,
                             _ state: inout DeskState) throws(InconsistencyError) -> Set<ProjectionChange> {
        guard state.incidents[opening.id] == nil else {
            throw InconsistencyError(seq: recorded.seq) { $0.incidentOpenedTwice(opening.id) }
        }
        let facts = opening.facts
        guard state.incidentBySource[facts.source.id] == nil else {
            throw InconsistencyError(seq: recorded.seq) { $0.sourceOpenedTwice(facts.source.id) }
        }
        state.incidents[opening.id] = Incident(
            id: opening.id, source: facts.source, title: facts.title, category: facts.category,
            level: facts.level, levelBasis: nil, levelReason: nil, agency: facts.agency, agencyID: opening.agencyID,
            occurredAt: facts.occurredAt, awareAt: facts.awareAt, reportedAt: facts.reportedAt,
            description: facts.description, phase: .preparation, assignee: nil, exercise: facts.exercise,
            tlp: facts.tlp, indicators: facts.indicators, openedAt: recorded.at, openedBy: recorded.actor,
            updatedAt: recorded.at, noteCount: 0, lastSeq: recorded.seq)
        state.incidents[opening.id]!.playbook = state.playbookRef(for: facts.category)
        if let policy = state.policy {
            state.incidents[opening.id]!.obligations = ObligationDerivation.opening(state.incidents[opening.id]!, policy: policy)
                .sorted(by: Obligation.precedes)
        }
        state.incidentBySource[facts.source.id] = opening.id
        var changes: Set<ProjectionChange> = [.incidentCreated(opening.id)]
        if let (prefix, number) = IncidentNumbering.parse(opening.id), number > state.lastIncidentNumber[prefix, default: 0] {
            state.lastIncidentNumber[prefix] = number
            changes.insert(.incidentNumber(prefix))
        }
        return changes
    }

    private static func update(_ id: String, _ recorded: RecordedEvent, _ state: inout DeskState, clocks: Bool = false,
                               _ change: (inout Incident) -> Void) throws(InconsistencyError) -> Set<ProjectionChange> {
        guard var incident = state.incidents[id] else {
            throw InconsistencyError(seq: recorded.seq) { $0.eventForUnknownIncident(recorded.event.kind, id) }
        }
        let clocksBefore = incident.obligations
        change(&incident)
        if clocks { incident.obligations.sort(by: Obligation.precedes) }
        incident.updatedAt = recorded.at
        incident.lastSeq = recorded.seq
        state.incidents[id] = incident
        return clocks && incident.obligations != clocksBefore ? [.incident(id), .obligations(id)] : [.incident(id)]
    }

    /// Changes one obligation; the change may return a follow-up on the whole incident (e.g.
    /// start the clocks that waited on this one).
    private static func updateObligation(
        _ id: String, _ kind: ObligationKind, _ ordinal: Int, _ recorded: RecordedEvent, _ state: inout DeskState,
        _ change: (Incident, inout Obligation) -> ((inout Incident) -> Void)?
    ) throws(InconsistencyError) -> Set<ProjectionChange> {
        var thrown: InconsistencyError? = nil
        let changes = try update(id, recorded, &state, clocks: true) { incident in
            guard let index = incident.obligations.firstIndex(where: { $0.kind == kind && $0.ordinal == ordinal }) else {
                thrown = InconsistencyError(seq: recorded.seq) { $0.eventForUnknownClock(recorded.event.kind, id, kind, ordinal) }
                return
            }
            var obligation = incident.obligations[index]
            let followUp = change(incident, &obligation)
            incident.obligations[index] = obligation
            followUp?(&incident)
        }
        if let thrown { throw thrown }
        return changes
    }
}
