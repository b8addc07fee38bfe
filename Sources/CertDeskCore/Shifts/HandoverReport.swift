/// What the outgoing duty officer hands over: what is open, what falls due, what they hold, and
/// what they did. One pure reading of the journal up to a row and an instant; the console view,
/// Markdown, JSON and the review all print this one value, and its digest (SHA-256 of its
/// canonical JSON, the same in every interface language) is what the incoming officer signs.
public struct HandoverReport: Equatable, Sendable {
    public struct Header: Equatable, Sendable {
        public var region: Region
        public var shift: Int
        public var officer: String
        public var startedAt: Instant
        public var endedAt: Instant?
        public var generatedAt: Instant
        public var head: JournalHead
        public var horizonMinutes: Int
    }

    /// An open incident as the incoming officer needs it first: where it stands, what is next.
    public struct OpenIncident: Equatable, Sendable {
        public var id: String
        public var title: String
        public var level: IncidentLevel?
        public var category: IncidentCategory
        public var agency: String
        public var phase: IncidentPhase
        public var assignee: String?
        public var exercise: Bool
        public var nextClock: Clock?
    }

    /// A legal clock of an incident; `metAt` when it was met.
    public struct Clock: Equatable, Sendable {
        public var incident: String
        public var kind: ObligationKind
        public var ordinal: Int
        public var dueAt: Instant
        public var metAt: Instant?
    }

    public struct LevelChange: Equatable, Sendable {
        public var incident: String
        public var level: IncidentLevel
        public var reason: String
        public var at: Instant
        public var actor: String
    }

    /// Every journal row of the shift about one incident (or, with no incident, the desk).
    public struct Actions: Equatable, Sendable {
        public var incident: String?
        public var events: [RecordedEvent]
    }

    public struct Remark: Equatable, Sendable {
        public var at: Instant
        public var actor: String
        public var text: String
    }

    public var header: Header
    public var openIncidents: [OpenIncident]
    public var overdue: [Clock]
    public var dueWithinHorizon: [Clock]
    public var opened: [String]
    public var closed: [String]
    public var relevelled: [LevelChange]
    public var met: [Clock]
    public var metLate: [Clock]
    public var breached: [Clock]
    public var actions: [Actions]
    /// Items the outgoing officer holds, items out of storage, items on legal hold.
    public var evidenceHeld: [EvidenceItem]
    public var evidenceCheckedOut: [EvidenceItem]
    public var evidenceOnHold: [EvidenceItem]
    public var remarks: [Remark]

    /// Builds the report of `shift` from `state`, the desk folded through `head.seq` (at least
    /// its open incidents, those the shift touched, and its evidence), and `events`, the shift's
    /// journal rows up to `head.seq`, as of `at`.
    public static func build(state: DeskState, region: Region, shift: Shift, events: [RecordedEvent], head: JournalHead,
                             at: Instant, horizonMinutes: Int) -> HandoverReport {
        let horizonEnd = at.adding(seconds: Int64(horizonMinutes) * 60)
        let open = QueueUrgency.sorted(state.incidents.values.filter { $0.phase != .closed }, at: at)
        var overdue: [Clock] = [], dueSoon: [Clock] = []
        for incident in open {
            for clock in incident.obligations where clock.isPending {
                if clock.dueAt < at { overdue.append(Clock(incident.id, clock)) }
                else if clock.dueAt < horizonEnd { dueSoon.append(Clock(incident.id, clock)) }
            }
        }
        let byDue: (Clock, Clock) -> Bool = { ($0.dueAt, $0.incident, $0.kind.rawValue) < ($1.dueAt, $1.incident, $1.kind.rawValue) }

        var report = HandoverReport(
            header: Header(region: region, shift: shift.id, officer: shift.officer, startedAt: shift.startedAt,
                           endedAt: shift.endSeq.map { $0 <= head.seq } == true ? shift.endedAt : nil, generatedAt: at,
                           head: head, horizonMinutes: horizonMinutes),
            openIncidents: open.map { incident in
                OpenIncident(id: incident.id, title: incident.title, level: incident.level, category: incident.category,
                             agency: incident.agency, phase: incident.phase, assignee: incident.assignee, exercise: incident.exercise,
                             nextClock: incident.nextDue.map { Clock(incident.id, $0) })
            },
            overdue: overdue.sorted(by: byDue), dueWithinHorizon: dueSoon.sorted(by: byDue), opened: [], closed: [],
            relevelled: [], met: [], metLate: [], breached: [], actions: [], evidenceHeld: [], evidenceCheckedOut: [],
            evidenceOnHold: [], remarks: [])

        var groups: [String: Int] = [:]
        let deskGroup = "\u{0}desk"
        for recorded in events where recorded.seq >= shift.startSeq && recorded.seq <= head.seq {
            switch recorded.event {
            case .incidentOpened(let opening): report.opened.append(opening.id)
            case .phaseChanged(let id, .closed, _): report.closed.append(id)
            case .levelSet(let id, let change):
                report.relevelled.append(LevelChange(incident: id, level: change.level, reason: change.reason, at: recorded.at,
                                                     actor: recorded.actor))
            case .obligationMet(let id, let meeting):
                let due = state.incidents[id]?.obligations.first { $0.kind == meeting.kind && $0.ordinal == meeting.ordinal }?.dueAt
                let clock = Clock(incident: id, kind: meeting.kind, ordinal: meeting.ordinal, dueAt: due ?? meeting.at, metAt: meeting.at)
                if let due, meeting.at > due { report.metLate.append(clock) } else { report.met.append(clock) }
            case .obligationOverdue(let id, let kind, let ordinal, let dueAt):
                report.breached.append(Clock(incident: id, kind: kind, ordinal: ordinal, dueAt: dueAt, metAt: nil))
            case .handoverRemark(_, let text):
                report.remarks.append(Remark(at: recorded.at, actor: recorded.actor, text: text))
                continue
            default: break
            }
            let key = recorded.event.incidentID ?? deskGroup
            if let index = groups[key] {
                report.actions[index].events.append(recorded)
            } else {
                groups[key] = report.actions.count
                report.actions.append(Actions(incident: recorded.event.incidentID, events: [recorded]))
            }
        }
        // Incidents in id order, the desk's own rows last: the same order whatever came first.
        report.actions.sort { ($0.incident ?? "\u{10FFFF}") < ($1.incident ?? "\u{10FFFF}") }

        let kept = state.evidence.values.filter { $0.disposal == nil }.sorted { $0.id < $1.id }
        report.evidenceHeld = kept.filter { $0.holder == shift.officer }
        report.evidenceCheckedOut = kept.filter(\.checkedOut)
        report.evidenceOnHold = kept.filter { $0.holdReason != nil }
        return report
    }

    /// SHA-256 of the report's canonical JSON, in lowercase hex.
    public var digest: String { Self.digest(of: json) }

    /// The digest of a report's `json`, for a caller that has made it already.
    public static func digest(of json: JSONValue) -> String { SHA256Hex.of(CanonicalJSON.bytes(json)) }
}

extension HandoverReport.Clock {
    init(_ incident: String, _ obligation: Obligation) {
        self.init(incident: incident, kind: obligation.kind, ordinal: obligation.ordinal, dueAt: obligation.dueAt,
                  metAt: obligation.metAt)
    }
}

/// The labels of the handover report, said by each language (`Words.handover`).
public enum HandoverLabel: CaseIterable, Sendable {
    case desk, officer, shift, generatedAt, journalHead, horizon
    case openIncidents, overdue, dueWithinHorizon, duringShift, opened, closed, relevelled, met, metLate, breached, actions
    case deskRows, evidence, evidenceHeld, evidenceCheckedOut, evidenceOnHold, remarks, none, digest, draft, signOff
    case columnIncident, columnTitle, columnLevel, columnCategory, columnAgency, columnPhase, columnAssignee, columnNextClock, columnTimeLeft
    case columnClock, columnDue, columnItem, columnHolder, columnLocation, columnHold
}
