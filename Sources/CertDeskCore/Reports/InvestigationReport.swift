/// The investigation, handling and improvement report (調查、處理及改善報告) an agency owes within
/// one month of damage control or recovery (2021 Regulations Art 6(2)–(3)), with the seven items
/// the Enforcement Rules fix (Art 8; ../shared/domain/regulations-and-standards.md §1.1):
/// (1) the times, (2) scope and damage, (3) damage control and recovery, (4) investigation and
/// handling, (5) root cause, (6) measures against recurrence, (7) their schedule and tracking.
///
/// Every item is filled from the journal only: the level and its basis, the clocks and when they
/// were met, the playbook steps done with their notes, the evidence register, the notes and the
/// notifications. What the journal does not hold stays empty, and the readers print it as a gap
/// (未填 / not recorded): the desk never writes a root cause nobody recorded.
public struct InvestigationReport: Sendable {
    public var incident: Incident
    /// The agency in the directory, when known (its county and type for item 2).
    public var agency: Agency?
    public var generatedAt: Instant
    /// The last journal row the report reads.
    public var journalSeq: Int64
    /// Item 1, in the order of the law's list and of an incident's life.
    public var times: [Milestone]
    /// Item 3: the steps of containment, eradication and recovery, and the damage-control clock.
    public var damageControl: [StepEntry]
    public var damageControlClock: Obligation?
    /// Item 4: the other steps done or skipped (not the report's own, which item 7 shows), the
    /// officers' notes, the notifications, the evidence register and every clock.
    public var handling: [StepEntry]
    public var notes: [Note]
    public var evidence: [RetainedEvidence]
    /// Item 5: what the root-cause analysis steps recorded (CSF 2.0 RS.AN-03).
    public var rootCause: [StepEntry]
    /// Item 6: the post-incident steps that improve identification, protection and detection
    /// (CSF 2.0 functions ID, PR, DE) that were done.
    public var recurrence: [StepEntry]
    /// Item 7: the report's own clock and the post-incident steps still to do.
    public var reportClock: Obligation?
    public var stillToDo: [PlaybookStep]

    /// One of the item-1 times; `at` nil when the journal has none.
    public struct Milestone: Hashable, Sendable {
        public enum Kind: String, CaseIterable, Sendable {
            case occurred, aware, reported, notified, contained, recovered, closed
        }

        public var kind: Kind
        public var at: Instant?
    }

    /// A playbook step as the journal recorded it; `step` nil when the incident's playbook no
    /// longer names it.
    public struct StepEntry: Hashable, Sendable {
        public var step: PlaybookStep?
        public var record: StepRecord
    }

    public struct Note: Hashable, Sendable {
        public var at: Instant
        public var by: String
        public var text: String
    }

    public var notifications: [NotificationRecord] { incident.notifications }
    public var clocks: [Obligation] { incident.obligations }
}

extension InvestigationReport {
    /// The report on `incident` from its journal rows (`timeline`, in order) and its playbook,
    /// evidence register and directory entry as the desk holds them.
    public static func build(incident: Incident, timeline: [RecordedEvent], playbook: Playbook?,
                             evidence: [RetainedEvidence], agency: Agency?, generatedAt: Instant) -> InvestigationReport {
        let entries = incident.steps.map { StepEntry(step: playbook?.step($0.step), record: $0) }
        var damageControl: [StepEntry] = [], handling: [StepEntry] = [], rootCause: [StepEntry] = [], recurrence: [StepEntry] = []
        for entry in entries {
            guard let step = entry.step else { handling.append(entry); continue }
            if step.establishesRootCause, entry.record.status == .done {
                rootCause.append(entry)
            } else if step.phase == .postIncident, step.preventsRecurrence, entry.record.status == .done {
                recurrence.append(entry)
            } else if step.phase == .containmentEradicationRecovery {
                damageControl.append(entry)
            } else if step.meets == .investigationReport {
                // The report itself: item 7 says when it was due and done.
                continue
            } else {
                handling.append(entry)
            }
        }
        let notes = timeline.compactMap { row -> Note? in
            guard case .noteAdded(_, let text) = row.event else { return nil }
            return Note(at: row.at, by: row.actor, text: text)
        }
        // Recovery is done when the last recovery step of the containment phase was (CSF 2.0 RC.*:
        // services restored, normal operation confirmed), at the time the officer gave; without
        // one, when the incident moved on to post-incident activity.
        let recovered = damageControl.filter { $0.record.status == .done && ($0.step?.csf.hasPrefix("RC.") ?? false) }
            .map(\.record.at).max()
            ?? timeline.first { row in
                if case .phaseChanged(_, .postIncident, _) = row.event { return true }
                return false
            }?.at
        let notified = incident.obligations.first { $0.kind == .reportPlatform && $0.metAt != nil }?.metAt
            ?? incident.notifications.filter(\.wentOut).map(\.sentAt).min()
        let damageClock = incident.obligations.first { $0.kind == .damageControl }
        let times: [Milestone] = [
            Milestone(kind: .occurred, at: incident.occurredAt), Milestone(kind: .aware, at: incident.awareAt),
            Milestone(kind: .reported, at: incident.reportedAt), Milestone(kind: .notified, at: notified),
            Milestone(kind: .contained, at: damageClock?.metAt), Milestone(kind: .recovered, at: recovered),
            Milestone(kind: .closed, at: incident.phase == .closed ? incident.closedAt : nil),
        ]
        let stillToDo = PlaybookProgress(incident: incident, playbook: playbook).items(in: .postIncident)
            .filter(\.isOpen).map(\.step)
        return InvestigationReport(
            incident: incident, agency: agency, generatedAt: generatedAt, journalSeq: timeline.last?.seq ?? incident.lastSeq,
            times: times, damageControl: damageControl, damageControlClock: damageClock, handling: handling, notes: notes,
            evidence: evidence, rootCause: rootCause, recurrence: recurrence,
            reportClock: incident.obligations.first { $0.kind == .investigationReport }, stillToDo: stillToDo)
    }

    public func time(_ kind: Milestone.Kind) -> Instant? { times.first { $0.kind == kind }?.at }
}

extension PlaybookStep {
    /// CSF 2.0 RS.AN-03: "analysis is performed to establish what has taken place during an
    /// incident and the root cause of the incident" — the step whose note says the cause.
    public var establishesRootCause: Bool { csf.hasPrefix("RS.AN-03") }

    /// A CSF 2.0 subcategory of Identify (ID.IM improvement), Protect or Detect: a measure that
    /// keeps the incident from happening again or catches it sooner.
    public var preventsRecurrence: Bool { ["ID.", "PR.", "DE."].contains { csf.hasPrefix($0) } }
}
