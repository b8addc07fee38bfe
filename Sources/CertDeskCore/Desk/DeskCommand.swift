/// What the officer (or an ingest) asks the desk to do. A command is checked against the
/// current state and, when it holds, becomes journal events (`DeskDecider`).
public enum DeskCommand: Sendable {
    case openDesk(Region)
    case registerAgency(Agency)
    /// A new incident from a ticket, report or STIX bundle; the desk gives it its id.
    case openIncident(IncidentDraft)
    /// Either a level, or C/I/A facts from which the level follows, or both.
    case setLevel(incident: String, level: IncidentLevel?, basis: LevelBasis?, reason: String)
    /// Leaving a phase with required steps open needs `override`, the officer's reason.
    case changePhase(incident: String, phase: IncidentPhase, override: String? = nil)
    /// Closes an incident found not to be one (SP 800-61 r2 §3.2.4: the precursor or indicator
    /// was benign), for `reason`.
    case closeAsFalsePositive(incident: String, reason: String)
    /// A new category attaches that category's playbook.
    case changeCategory(incident: String, category: IncidentCategory)
    /// A playbook version in force from now on; nothing is recorded if the desk already has it.
    case adoptPlaybook(Playbook)
    /// A playbook step done, at `at` (default now); a step that meets a legal clock meets it too.
    case completeStep(incident: String, step: String, at: Instant?, note: String?)
    case skipStep(incident: String, step: String, reason: String)
    /// An item for the evidence register; a file must already be safe in the vault.
    case addEvidence(EvidenceRequest)
    /// Transfer, check out, check in, hold or release.
    case custody(evidence: String, change: CustodyChange)
    case disposeEvidence(evidence: String, reason: String)
    case addNote(incident: String, text: String)
    /// A notification sent or recorded; by a template, it meets that template's clock.
    case notify(NotificationRequest)
    /// The recipient confirmed notification `number` of the incident, at `at` (default now).
    case confirmNotification(incident: String, number: Int, at: Instant?)
    case assign(incident: String, assignee: String?)
    /// The deadline policy in force from now on; nothing is recorded if the desk already has it.
    case adoptPolicy(DeadlinePolicy)
    /// An obligation was met, at `at` (default: now) — which may be earlier than now.
    case meet(incident: String, kind: ObligationKind, at: Instant?, note: String?)
    case waive(incident: String, kind: ObligationKind, reason: String)
    /// Record, once each, the incident's clocks that are past due and not met.
    case recordOverdue(incident: String)
    /// A watch begins at `at` (default now); over an open shift only with `force`, a reason.
    case startShift(officer: String, at: Instant?, force: String?)
    /// The open watch ends without a successor, at `at` (default now).
    case endShift(at: Instant?)
    case remarkHandover(text: String)
    /// The report with `digest`, built over the journal up to `head`, offered for signing.
    case offerHandover(digest: String, head: JournalHead, horizonMinutes: Int, acceptWithinMinutes: Int, generatedAt: Instant)
    /// The incoming officer signs the report they were shown (its digest).
    case acceptHandover(officer: String, digest: String, remark: String?)

    /// What must be loaded from the projections before deciding.
    public func scope(region: Region?, now: Instant) -> StateScope {
        switch self {
        case .openDesk, .adoptPolicy, .adoptPlaybook, .startShift, .endShift, .remarkHandover, .offerHandover, .acceptHandover:
            return StateScope()
        case .registerAgency(let agency): return StateScope(agencyIDs: [agency.id])
        case .openIncident(let draft):
            return StateScope(sourceIDs: [draft.source.id],
                              numberPrefixes: region.map { [IncidentNumbering.prefix(region: $0, openedAt: now)] } ?? [],
                              agencyNames: [draft.agency])
        case .addEvidence(let request):
            return StateScope(incidentIDs: [request.incident], evidenceOfIncidents: [request.incident])
        case .custody(let evidence, _), .disposeEvidence(let evidence, _):
            let incident = EvidenceItem.parse(evidence)?.incident ?? ""
            return StateScope(incidentIDs: [incident], evidenceOfIncidents: [incident])
        case .setLevel(let id, _, _, _), .changePhase(let id, _, _), .closeAsFalsePositive(let id, _), .addNote(let id, _), .assign(let id, _),
             .changeCategory(let id, _), .completeStep(let id, _, _, _), .skipStep(let id, _, _),
             .meet(let id, _, _, _), .waive(let id, _, _), .recordOverdue(let id), .confirmNotification(let id, _, _):
            return StateScope(incidentIDs: [id])
        case .notify(let request):
            return StateScope(incidentIDs: [request.incident])
        }
    }
}

/// An incident as received, before the desk numbers it.
public struct IncidentDraft: Hashable, Sendable {
    public var source: IncidentSource
    public var title: String
    public var category: IncidentCategory
    public var level: IncidentLevel?
    public var agency: String
    public var occurredAt: Instant?
    public var awareAt: Instant
    public var reportedAt: Instant
    public var description: String
    public var exercise: Bool
    public var tlp: TrafficLightProtocol?
    public var indicators: [Indicator]

    public init(source: IncidentSource, title: String, category: IncidentCategory, level: IncidentLevel?, agency: String,
                occurredAt: Instant?, awareAt: Instant, reportedAt: Instant, description: String, exercise: Bool,
                tlp: TrafficLightProtocol?, indicators: [Indicator]) {
        self.source = source
        self.title = title
        self.category = category
        self.level = level
        self.agency = agency
        self.occurredAt = occurredAt
        self.awareAt = awareAt
        self.reportedAt = reportedAt
        self.description = description
        self.exercise = exercise
        self.tlp = tlp
        self.indicators = indicators
    }
}
