/// The desk as the journal says it is. Live commands work on a scoped copy holding just what
/// they touch (see `StateScope`); `verify` and replay fold the whole journal into a full one.
public struct DeskState: Equatable, Sendable {
    public var region: Region?
    /// The deadline policy last adopted into the journal.
    public var policy: DeadlinePolicy?
    /// Every playbook version adopted, by `PlaybookRef.key`.
    public var playbooks: [String: Playbook] = [:]
    /// The revision in force for each category.
    public var currentPlaybook: [String: Int] = [:]
    /// The evidence register, by item id.
    public var evidence: [String: EvidenceItem] = [:]
    public var incidents: [String: Incident]
    public var agencies: [String: Agency]
    /// The last number given per id prefix, e.g. `TCN-2026` → 42.
    public var lastIncidentNumber: [String: Int]
    /// Desk id of the incident opened from each source id, for duplicate detection.
    public var incidentBySource: [String: String]
    /// The last journal row folded in: what a handover offer covers up to.
    public var journalHead: Int64 = 0
    /// Shifts by id: every one in a full fold, the open one (if any) in a live scope.
    public var shifts: [Int: Shift] = [:]
    /// The shift on watch now, if any.
    public var openShift: Int?
    /// The last shift number given.
    public var lastShiftID = 0

    public init(region: Region? = nil, policy: DeadlinePolicy? = nil, incidents: [String: Incident] = [:], agencies: [String: Agency] = [:],
                lastIncidentNumber: [String: Int] = [:], incidentBySource: [String: String] = [:]) {
        self.region = region
        self.policy = policy
        self.incidents = incidents
        self.agencies = agencies
        self.lastIncidentNumber = lastIncidentNumber
        self.incidentBySource = incidentBySource
    }
}

/// What a command needs loaded from the projections before it can decide.
extension DeskState {
    /// The playbook an incident of `category` follows now: its own, else the generic one.
    public func playbookRef(for category: IncidentCategory) -> PlaybookRef? {
        for name in [category.rawValue, Playbook.genericCategory] {
            if let revision = currentPlaybook[name] { return PlaybookRef(category: name, revision: revision) }
        }
        return nil
    }

    /// The shift on watch now, if any.
    public var shiftOnWatch: Shift? { openShift.flatMap { shifts[$0] } }

    public func playbook(of incident: Incident) -> Playbook? {
        incident.playbook.flatMap { playbooks[$0.key] }
    }
}

public struct StateScope: Equatable, Sendable {
    public var incidentIDs: [String] = []
    public var sourceIDs: [String] = []
    public var numberPrefixes: [String] = []
    public var agencyIDs: [String] = []
    public var agencyNames: [String] = []
    /// Incidents whose evidence items must be loaded.
    public var evidenceOfIncidents: [String] = []

    public init(incidentIDs: [String] = [], sourceIDs: [String] = [], numberPrefixes: [String] = [],
                agencyIDs: [String] = [], agencyNames: [String] = [], evidenceOfIncidents: [String] = []) {
        self.evidenceOfIncidents = evidenceOfIncidents
        self.incidentIDs = incidentIDs
        self.sourceIDs = sourceIDs
        self.numberPrefixes = numberPrefixes
        self.agencyIDs = agencyIDs
        self.agencyNames = agencyNames
    }
}

/// Which stored projections an applied event changed, so the store rewrites only those.
public enum ProjectionChange: Hashable, Sendable {
    case desk
    case agency(String)
    /// A new incident: its row and its indicators are written for the first time.
    case incidentCreated(String)
    /// An existing incident's row changed (its indicators did not).
    case incident(String)
    /// An existing incident's indicators changed.
    case indicators(String)
    /// An existing incident's legal clocks changed.
    case obligations(String)
    /// An existing incident's step records changed.
    case steps(String)
    /// A notification was recorded for the incident.
    case notifications(String)
    /// A playbook version was adopted.
    case playbook(String)
    /// An evidence item changed (or was added).
    case evidence(String)
    case incidentNumber(String)
    /// A shift's row (its counters change with most events recorded during it).
    case shift(Int)

    /// What changes with many events of a batch, and whose last value is all that matters, so
    /// the store writes it once at the end of the batch.
    public var isCounter: Bool {
        switch self {
        case .incidentNumber, .shift: return true
        default: return false
        }
    }
}
