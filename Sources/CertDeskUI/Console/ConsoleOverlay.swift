import CertDeskCore

/// What sits on top of the queue or the detail while the officer answers a question.
public enum ConsoleOverlay: Hashable, Sendable {
    /// The keys and the `:` commands, scrolled to a line.
    case help(scroll: Int)
    case prompt(TextPrompt)
    case picker(Picker)
    case levelForm(LevelForm)
    case retention(RetentionList)
    case notifyForm(NotifyForm)
    case outbox(Outbox)
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
        /// `then`: the phase the officer was moving to when the clock was asked for (closing).
        case meetTime(incident: String, kind: ObligationKind, then: IncidentPhase?)
        case meetNote(incident: String, kind: ObligationKind, at: Instant?, then: IncidentPhase?)
        case waiveReason(incident: String, kind: ObligationKind, then: IncidentPhase?)
        case skipReason(incident: String, step: String)
        case phaseOverride(incident: String, phase: IncidentPhase)
        case evidencePath(incident: String)
        case evidenceDescription(incident: String, path: String, kind: EvidenceKind)
        /// The outgoing officer's remark for the handover of `shift`.
        case handoverRemark(shift: Int)
        /// Signing the report on screen (`digest`): who takes the watch, then their remark.
        case acceptOfficer(shift: Int, digest: String)
        case acceptRemark(shift: Int, officer: String, digest: String)
        /// A replay's jump: the time to stand at.
        case replayTime

        /// Prompts whose answer is a path complete it with Tab.
        public var takesPath: Bool {
            switch self {
            case .ingestPath, .evidencePath: return true
            default: return false
            }
        }
    }

    public var purpose: Purpose
    public var label: BilingualText
    public var line: LineEditor
    /// What the answer may be, on the status bar while the prompt is open.
    public var hint: BilingualText?

    public var text: String { line.text }

    public init(purpose: Purpose, label: BilingualText, text: String = "", hint: BilingualText? = nil) {
        self.purpose = purpose
        self.label = label
        line = LineEditor(text)
        self.hint = hint
    }

    /// The `:` command line, holding `text` (what was typed, when it is put back).
    static func commandLine(_ text: String = "") -> TextPrompt {
        TextPrompt(purpose: .command, label: BilingualText(verbatim: ":"), text: text, hint: BilingualText(\.commandHint))
    }
}

/// A short list to choose from with ↑/↓ and Enter.
public struct Picker: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case phase(incident: String)
        case meet(incident: String)
        case waive(incident: String)
        case evidenceKind(incident: String, path: String)
        /// Moving to `phase` (closing) with clocks still running: meet or waive each, or override.
        case settleClocks(incident: String, phase: IncidentPhase)
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
    public var reasonLine: LineEditor
    public var field: Field

    public var reason: String { reasonLine.text }

    public init(incident: String, basis: LevelBasis, chosenLevel: IncidentLevel?, reason: String = "", field: Field = .confidentiality) {
        self.incident = incident
        self.basis = basis
        self.chosenLevel = chosenLevel
        reasonLine = LineEditor(reason)
        self.field = field
    }

    public var assessment: LevelAssessment { LevelAssessment(basis) }

    /// The level that will be recorded.
    public var level: IncidentLevel? { chosenLevel ?? assessment.level }
}

/// The notify form (README, "Notifications"): the desk's prefill — template by what is due,
/// the directory's contact by their first channel, the rendered message — every field editable,
/// one key to send or to record.
public struct NotifyForm: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case template, channel, how, recipient, time, fallback, subject, message
    }

    public var incident: String
    public var template: NotificationTemplate?
    public var channel: NotificationRecord.Channel
    /// Record what the officer did rather than have the desk send it.
    public var recorded: Bool
    public var recipient: LineEditor
    /// When a recorded notice went out (empty: now).
    public var time: LineEditor
    /// Why the platform could not be used (empty: it could).
    public var fallback: LineEditor
    public var subject: LineEditor
    public var message: TextArea
    public var field: Field
    /// The failed attempt this one sends again.
    public var retryOf: Int?
    /// What the desk would do with the channel: carry it (SMTP, mail command, SMS gateway),
    /// record it, or — an exercise — send nothing.
    public var route: NotificationRecord.Delivery

    public init(_ draft: NotificationDraft, route: NotificationRecord.Delivery, recorded: Bool = false, field: Field = .recipient) {
        incident = draft.incident
        template = draft.template
        channel = draft.channel
        self.recorded = recorded
        recipient = LineEditor(draft.recipient)
        time = LineEditor()
        fallback = LineEditor(draft.fallbackReason ?? "")
        subject = LineEditor(draft.subject)
        message = TextArea(draft.message)
        self.field = field
        retryOf = draft.retryOf
        self.route = route
    }

    /// The draft as the form stands.
    public var draft: NotificationDraft {
        NotificationDraft(incident: incident, template: template, channel: channel, recipient: TextChecks.trimmed(recipient.text),
                          subject: subject.text, message: message.text,
                          fallbackReason: TextChecks.isBlank(fallback.text) ? nil : TextChecks.trimmed(fallback.text), retryOf: retryOf)
    }
}

/// The desk-wide outbox: notices owed (drafts whose clock runs, re-entries) and failed.
public struct Outbox: Hashable, Sendable {
    /// How many it lists: the most pressing; a year's backlog is counted, not listed.
    public static let shown = 500

    public var entries: [NotificationWork]
    /// How many are owed in all.
    public var total: Int
    public var selected = 0

    public init(entries: [NotificationWork], total: Int, selected: Int = 0) {
        self.entries = entries
        self.total = total
        self.selected = selected
    }
}
