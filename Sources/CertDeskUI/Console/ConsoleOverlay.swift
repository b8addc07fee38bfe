import CertDeskCore

/// What sits on top of the queue or the detail while the officer answers a question.
public enum ConsoleOverlay: Hashable, Sendable {
    case help
    case prompt(TextPrompt)
    case picker(Picker)
    case levelForm(LevelForm)
    case retention(RetentionList)
}

/// The desk-wide "retention due" list: items whose retention has ended or ends soon.
public struct RetentionList: Hashable, Sendable {
    /// How far ahead it looks.
    public static let lookAhead = DeadlineDuration.months(3)

    public var entries: [RetainedEvidence]
    public var scroll = 0

    public init(entries: [RetainedEvidence], scroll: Int = 0) {
        self.entries = entries
        self.scroll = scroll
    }
}

/// A line of text to type, e.g. a note, a name, a file path, a time.
public struct TextPrompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case filter(previous: String)
        case note(incident: String)
        case assign(incident: String)
        case ingestPath
        case command
        case meetTime(incident: String, kind: ObligationKind)
        case meetNote(incident: String, kind: ObligationKind, at: Instant?)
        case waiveReason(incident: String, kind: ObligationKind)
        case skipReason(incident: String, step: String)
        case phaseOverride(incident: String, phase: IncidentPhase)
        case evidencePath(incident: String)
        case evidenceDescription(incident: String, path: String, kind: EvidenceKind)
    }

    public var purpose: Purpose
    public var label: BilingualText
    public var text: String

    public init(purpose: Purpose, label: BilingualText, text: String = "") {
        self.purpose = purpose
        self.label = label
        self.text = text
    }
}

/// A short list to choose from with ↑/↓ and Enter.
public struct Picker: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case phase(incident: String)
        case meet(incident: String)
        case waive(incident: String)
        case evidenceKind(incident: String, path: String)
    }

    public struct Item: Hashable, Sendable {
        public var value: String
        public var label: String
    }

    public var purpose: Purpose
    public var title: BilingualText
    public var items: [Item]
    public var selected: Int
}

/// The level form: the C/I/A facts and asset class (資通安全事件通報及應變辦法 Art 2), the level
/// they give with the reasons, an optional override, and the reason the journal keeps.
public struct LevelForm: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case confidentiality, integrity, availability, asset, level, reason
    }

    public var incident: String
    public var basis: LevelBasis
    /// Nil: the level the facts give.
    public var chosenLevel: IncidentLevel?
    public var reason: String
    public var field: Field

    public init(incident: String, basis: LevelBasis, chosenLevel: IncidentLevel?, reason: String = "", field: Field = .confidentiality) {
        self.incident = incident
        self.basis = basis
        self.chosenLevel = chosenLevel
        self.reason = reason
        self.field = field
    }

    public var assessment: LevelAssessment { LevelAssessment(basis) }

    /// The level that will be recorded.
    public var level: IncidentLevel? { chosenLevel ?? assessment.level }
}
