/// A drill (演練) as its scenario file writes it (playbooks/drills/README.md): what arrives at
/// the desk at which offset from the start, and what exercise control expects of the officer.
/// Times are offsets in minutes, so one scenario plays at its own start or at `now`.
public struct DrillScenario: Hashable, Sendable {
    public let id: String
    public let title: BilingualText
    public let description: BilingualText
    public let region: Region
    /// Nil for `start: now`: the drill begins when it is run.
    public let start: Instant?
    public let durationMinutes: Int
    public let injects: [DrillInject]
    public let expectedClocks: [ExpectedClock]
    public let expectedSteps: [ExpectedStep]

    public init(id: String, title: BilingualText, description: BilingualText, region: Region, start: Instant?,
                durationMinutes: Int, injects: [DrillInject], expectedClocks: [ExpectedClock], expectedSteps: [ExpectedStep]) {
        self.id = id
        self.title = title
        self.description = description
        self.region = region
        self.start = start
        self.durationMinutes = durationMinutes
        self.injects = injects
        self.expectedClocks = expectedClocks
        self.expectedSteps = expectedSteps
    }

    /// The tickets the scenario injects, by `ref`.
    public var tickets: [String: DrillTicket] {
        var out: [String: DrillTicket] = [:]
        for inject in injects { if case .ticket(let ticket) = inject.what { out[ticket.ref] = ticket } }
        return out
    }

    /// A legal clock the officer must meet at least `marginMinutes` before it is due.
    public struct ExpectedClock: Hashable, Sendable {
        public let ref: String
        public let kind: ObligationKind
        public let marginMinutes: Int

        public init(ref: String, kind: ObligationKind, marginMinutes: Int) {
            self.ref = ref
            self.kind = kind
            self.marginMinutes = marginMinutes
        }
    }

    /// A playbook step the officer must have done by `byMinutes` after the start.
    public struct ExpectedStep: Hashable, Sendable {
        public let ref: String
        public let step: String
        public let byMinutes: Int

        public init(ref: String, step: String, byMinutes: Int) {
            self.ref = ref
            self.step = step
            self.byMinutes = byMinutes
        }
    }
}

/// One thing that reaches the desk during a drill, at `atMinutes` from the start.
public struct DrillInject: Hashable, Sendable {
    public let atMinutes: Int
    public let what: What

    public init(atMinutes: Int, what: What) {
        self.atMinutes = atMinutes
        self.what = what
    }

    public enum What: Hashable, Sendable {
        /// A ticket arrives, as an ingest would bring it.
        case ticket(DrillTicket)
        /// Exercise control re-grades the incident (recorded as `certdesk level` records it).
        case level(ref: String, level: IncidentLevel, reason: String)
        /// The agency calls, new indicators, N-CERT asks for an update, the platform goes down:
        /// a note on the incident, as the scenario words it.
        case note(ref: String, kind: NoteKind, text: String)
    }

    public enum NoteKind: String, CaseIterable, Hashable, Sendable {
        case call, indicators, ncertUpdate = "ncert-update", platformDown = "platform-down"
    }

    /// The ticket `ref` this inject concerns (its own, for a ticket).
    public var ref: String {
        switch what {
        case .ticket(let ticket): ticket.ref
        case .level(let ref, _, _), .note(let ref, _, _): ref
        }
    }
}

/// A ticket a drill injects: the fields of the ingest format (README, "Ticket format"), its
/// times as offsets from the drill's start or fixed instants. It becomes an `IncidentDraft`
/// through the one ticket reader (`TicketDecoder`), reported at its inject's time and always
/// an exercise.
public struct DrillTicket: Hashable, Sendable {
    public let ref: String
    /// The ticket as the ingest format writes it, times still unresolved (`DrillTime`).
    public let fields: [String: JSONValue]
    public let occurred: DrillTime?
    public let aware: DrillTime

    public init(ref: String, fields: [String: JSONValue], occurred: DrillTime?, aware: DrillTime) {
        self.ref = ref
        self.fields = fields
        self.occurred = occurred
        self.aware = aware
    }

    /// The sender's ticket id (unique within the scenario): how the desk's incident is found
    /// again for the after-action report.
    public var sourceID: String { fields["id"]?.stringValue ?? "" }

    /// The incident draft this ticket is when it arrives at `reported` in a drill that started
    /// at `start`; `file` names the scenario in the incident's source.
    public func draft(start: Instant, reported: Instant, file: String) throws(JSONFieldReader.FieldError) -> IncidentDraft {
        var members = fields
        members["aware_at"] = .string(ISO8601.utcMillisecondString(aware.instant(start: start)))
        if let occurred { members["occurred_at"] = .string(ISO8601.utcMillisecondString(occurred.instant(start: start))) }
        members["reported_at"] = .string(ISO8601.utcMillisecondString(reported))
        members["exercise"] = .bool(true)
        return try TicketDecoder(now: reported, fileLabel: file).decode(.object(members), at: JSONPath())
    }
}

/// A time in a scenario: an offset from the start, or an instant written out.
public enum DrillTime: Hashable, Sendable {
    case offset(minutes: Int)
    case instant(Instant)

    public func instant(start: Instant) -> Instant {
        switch self {
        case .offset(let minutes): start.adding(milliseconds: Int64(minutes) * 60_000)
        case .instant(let instant): instant
        }
    }
}
