/// A playbook: what to do for one category of incident, step by step through the NIST SP 800-61
/// r2 phases the regional plan adopts (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14515–14572). Loaded from `playbooks/*.yaml`;
/// adopted into the journal so that an incident keeps the version it started with.
public struct Playbook: Hashable, Sendable {
    /// An incident category's name, or `generic`.
    public var category: String
    /// The version the file declares.
    public var version: Int
    public var title: BilingualText
    public var steps: [PlaybookStep]

    public static let genericCategory = "generic"

    public init(category: String, version: Int, title: BilingualText, steps: [PlaybookStep]) {
        self.category = category
        self.version = version
        self.title = title
        self.steps = steps
    }

    public func step(_ id: String) -> PlaybookStep? { steps.first { $0.id == id } }

    public func steps(in phase: IncidentPhase) -> [PlaybookStep] { steps.filter { $0.phase == phase } }
}

/// One thing to do.
public struct PlaybookStep: Hashable, Sendable {
    public var id: String
    public var phase: IncidentPhase
    public var text: BilingualText
    public var why: BilingualText?
    public var tier: ResponseTier
    /// A required step gates leaving its phase.
    public var required: Bool
    public var evidence: [EvidenceKind]
    /// The legal clock completing this step meets.
    public var meets: ObligationKind?
    /// SP 800-61 r2 Table 3-5 checklist item.
    public var checklistItem: String
    /// CSF 2.0 subcategory (SP 800-61 r3).
    public var csf: String
    public var when: StepCondition
    public var references: [String]

    public init(id: String, phase: IncidentPhase, text: BilingualText, why: BilingualText? = nil, tier: ResponseTier,
                required: Bool, evidence: [EvidenceKind] = [], meets: ObligationKind? = nil, checklistItem: String, csf: String,
                when: StepCondition = StepCondition(), references: [String] = []) {
        self.id = id
        self.phase = phase
        self.text = text
        self.why = why
        self.tier = tier
        self.required = required
        self.evidence = evidence
        self.meets = meets
        self.checklistItem = checklistItem
        self.csf = csf
        self.when = when
        self.references = references
    }
}

/// Who does a step: the regional plan's tiers (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14339–14412).
public enum ResponseTier: String, CaseIterable, Hashable, Sendable {
    /// 縣市駐點人員: on-site staff, the groundwork and collection on site.
    case firstLine = "first-line"
    /// 資安協力廠商: partner vendors and the first-line SOC.
    case secondLine = "second-line"
    /// ISAC 組（事件調查與鑑識）: investigation and forensics; commands the response.
    case thirdLine = "third-line"
    /// 輪值指揮官: the duty officer at the desk.
    case dutyOfficer = "duty-officer"

    public var label: BilingualText { BilingualText { $0.name(of: self) } }
}

/// When a step applies; every condition given must hold.
public struct StepCondition: Hashable, Sendable {
    public var levels: Set<LevelBand>?
    public var indicators: Bool?
    public var exercise: Bool?

    public init(levels: Set<LevelBand>? = nil, indicators: Bool? = nil, exercise: Bool? = nil) {
        self.levels = levels
        self.indicators = indicators
        self.exercise = exercise
    }

    public func holds(for incident: Incident) -> Bool {
        if let levels, !levels.contains(LevelBand(incident.level)) { return false }
        if let indicators, indicators == incident.indicators.isEmpty { return false }
        if let exercise, exercise != incident.exercise { return false }
        return true
    }

    public var isAlways: Bool { levels == nil && indicators == nil && exercise == nil }
}
