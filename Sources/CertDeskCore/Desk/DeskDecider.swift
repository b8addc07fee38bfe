/// Checks a command against the state and turns it into events, or refuses it with a reason
/// the officer can act on. Pure: the time comes in as `now`.
public enum DeskDecider {
    public enum Decision: Equatable, Sendable {
        case events([DeskEvent])
        /// The source id is already on the desk under this incident id; nothing to record.
        case duplicate(of: String)
    }

    public struct Refusal: Error, Equatable, Sendable {
        public enum Kind: Sendable {
            case notFound, invalid
            /// Allowed with an override reason (leaving a phase with required steps or clocks
            /// open): the CLI names its `--override` option, the console asks for the reason.
            case needsOverride
        }
        public let kind: Kind
        public let reason: BilingualText

        public init(kind: Kind, reason: BilingualText) {
            self.kind = kind
            self.reason = reason
        }

        static func invalid(_ say: (any Words) -> String) -> Refusal { Refusal(kind: .invalid, reason: BilingualText(say)) }
        static func notFound(_ say: (any Words) -> String) -> Refusal { Refusal(kind: .notFound, reason: BilingualText(say)) }

        /// The same words wherever an evidence id is looked up.
        public static func noEvidence(_ id: String) -> Refusal {
            Refusal(kind: .notFound, reason: BilingualText { $0.noEvidence(id) })
        }
    }

    public static func decide(_ command: DeskCommand, state: DeskState, now: Instant, actor: String? = nil) throws(Refusal) -> Decision {
        switch command {
        case .openDesk(let region):
            guard state.region == nil else {
                throw .invalid { $0.deskAlreadyOpen(for: state.region!) }
            }
            return .events([.deskOpened(region: region)])

        case .registerAgency(let agency):
            try checkAgency(agency)
            // A directory is the region's: an agency of another region is not this desk's to
            // notify (區域聯防: each region's CERT serves its own agencies).
            if let region = state.region, agency.region != region {
                throw .invalid { $0.agencyOfAnotherRegion(agency.id, agency.region.rawValue, desk: region.rawValue) }
            }
            // Importing the directory again records only what changed.
            guard state.agencies[agency.id] != agency else { return .events([]) }
            return .events([.agencyRegistered(agency)])

        case .openIncident(let draft):
            return try open(draft, state: state, now: now)

        case .setLevel(let id, let level, let basis, let reason):
            let incident = try existing(id, in: state)
            try requireText(reason, limit: FieldLimits.reason, .reason)
            // A level change starts clocks; a closed incident's clocks must not run unseen.
            guard incident.phase != .closed else {
                throw .invalid { $0.closedLevelUnchanged(id) }
            }
            let assessed = basis.map(LevelAssessment.init)
            guard let newLevel = level ?? assessed?.level else {
                if assessed != nil {
                    throw .invalid { $0.impactGivesNoLevel }
                }
                throw .invalid { $0.levelOrImpactNeeded }
            }
            guard newLevel != incident.level || basis != incident.levelBasis else {
                throw .invalid { $0.alreadyAtLevel(id, newLevel) }
            }
            return .events([.levelSet(incident: id, change: LevelChange(level: newLevel, reason: reason, basis: basis))])

        case .changePhase(let id, let phase, let override):
            let incident = try existing(id, in: state)
            guard incident.phase != phase else {
                throw .invalid { $0.alreadyInPhase(id, phase) }
            }
            return .events(try StepDecisions.phaseChange(incident, to: phase, override: override, state: state))

        case .closeAsFalsePositive(let id, let reason):
            let incident = try existing(id, in: state)
            guard incident.phase != .closed else {
                throw .invalid { $0.alreadyInPhase(id, .closed) }
            }
            return .events(try StepDecisions.phaseChange(incident, to: .closed, override: reason, falsePositive: true, state: state))

        case .changeCategory(let id, let category):
            let incident = try existing(id, in: state)
            guard incident.category != category else {
                throw .invalid { $0.alreadyInCategory(id, category) }
            }
            return .events([.categoryChanged(incident: id, category: category)])

        case .adoptPlaybook(let playbook):
            let current = state.currentPlaybook[playbook.category].flatMap { state.playbooks[PlaybookRef(category: playbook.category, revision: $0).key] }
            return .events(current == playbook ? [] : [.playbookAdopted(playbook)])

        case .completeStep(let id, let step, let at, let note):
            return .events(try StepDecisions.complete(try existing(id, in: state), step, at: at, note: note, now: now, state: state))

        case .addEvidence(let request):
            return .events([try EvidenceDecisions.add(request, actor: actor, state: state, now: now)])

        case .custody(let id, let change):
            return .events([try EvidenceDecisions.custody(id, change, actor: actor, state: state, now: now)])

        case .disposeEvidence(let id, let reason):
            return .events([try EvidenceDecisions.dispose(id, reason: reason, state: state, now: now)])

        case .skipStep(let id, let step, let reason):
            try requireText(reason, limit: FieldLimits.reason, .reason)
            return .events(try StepDecisions.skip(try existing(id, in: state), step, reason: reason, state: state))

        case .addNote(let id, let text):
            _ = try existing(id, in: state)
            try requireText(text, limit: FieldLimits.note, .note)
            return .events([.noteAdded(incident: id, text: text)])

        case .assign(let id, let assignee):
            let incident = try existing(id, in: state)
            if let assignee, let problem = PersonName.problem(assignee) {
                throw Refusal(kind: .invalid, reason: problem)
            }
            guard incident.assignee != assignee else {
                throw .invalid { $0.alreadyAssigned(id, to: assignee) }
            }
            return .events([.assigned(incident: id, assignee: assignee)])

        case .adoptPolicy(let policy):
            return .events(state.policy == policy ? [] : [.policyAdopted(policy)])

        case .notify(let request):
            return try NotificationDecisions.record(request, incident: try existing(request.incident, in: state), now: now, state: state)

        case .confirmNotification(let id, let number, let at):
            return try NotificationDecisions.confirm(number, at: at, incident: try existing(id, in: state), now: now)

        case .meet(let id, let kind, let at, let note):
            return try ObligationDecisions.meet(try existing(id, in: state), kind, at: at, note: note, now: now, state: state)

        case .waive(let id, let kind, let reason):
            try requireText(reason, limit: FieldLimits.reason, .reason)
            return try ObligationDecisions.waive(try existing(id, in: state), kind, reason: reason, state: state)

        case .startShift, .endShift, .remarkHandover, .offerHandover, .acceptHandover:
            return .events(try ShiftDecisions.decide(command, state: state, now: now))

        case .recordOverdue(let id):
            return .events(overdueClocks(of: try existing(id, in: state), now: now))
        }
    }

    /// The breaches to record for `incident` at `now`: each clock still open whose due time has
    /// passed, once. The store asks this of every incident it opens too, so a ticket that arrives
    /// with its clocks long past due (an old ticket imported) has them recorded in the same batch.
    public static func overdueClocks(of incident: Incident, now: Instant) -> [DeskEvent] {
        incident.obligations.filter { $0.state == .open && $0.dueAt < now }.map {
            .obligationOverdue(incident: incident.id, kind: $0.kind, ordinal: $0.ordinal, dueAt: $0.dueAt)
        }
    }

    private static func open(_ draft: IncidentDraft, state: DeskState, now: Instant) throws(Refusal) -> Decision {
        guard let region = state.region else {
            throw .invalid { $0.deskHasNoRegion }
        }
        // The same rule the ticket reader applies, for drafts that come another way (STIX, drills).
        if let problem = NameRule.problem(draft.source.id, limit: FieldLimits.sourceID) {
            throw .invalid { $0.nameRefused(.sourceID, problem) }
        }
        if let existing = state.incidentBySource[draft.source.id] {
            return .duplicate(of: existing)
        }
        let prefix = IncidentNumbering.prefix(region: region, openedAt: now)
        let id = IncidentNumbering.id(prefix: prefix, number: state.lastIncidentNumber[prefix, default: 0] + 1)
        // Names are not unique in every directory; the lowest id wins so the choice is stable.
        let agencyID = state.agencies.values.filter { $0.name == draft.agency }.map(\.id).min()
        return .events([.incidentOpened(IncidentOpening(id: id, agencyID: agencyID, facts: draft))])
    }

    /// What the journal reader will insist on when it reads the event back.
    private static func checkAgency(_ agency: Agency) throws(Refusal) {
        for (value, field) in [(agency.id, AgencyField.id), (agency.name, .name), (agency.county, .county), (agency.type, .type)]
        where TextChecks.isBlank(value) {
            throw .invalid { $0.agencyFieldEmpty(field) }
        }
        if agency.contacts.contains(where: { TextChecks.isBlank($0.name) }) {
            throw .invalid { $0.contactNameEmpty }
        }
    }

    static func existing(_ id: String, in state: DeskState) throws(Refusal) -> Incident {
        guard let incident = state.incidents[id] else {
            throw Refusal(kind: .notFound, reason: BilingualText { $0.noIncident(id) })
        }
        return incident
    }

    /// A time the officer gives for something that already happened (when a clock was met, a
    /// step done, evidence acquired). Named as what it is, not by a command-line option, so the
    /// same words serve the CLI and the console.
    static func requireNotFuture(_ when: Instant, what: PastMoment = .time, now: Instant) throws(Refusal) {
        guard when <= now else {
            throw .invalid { $0.inTheFuture(what, when: TaipeiTime.text(when), now: TaipeiTime.text(now)) }
        }
    }

    static func requireText(_ text: String, limit: Int, _ field: CheckedText) throws(Refusal) {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw .invalid { $0.textEmpty(field) }
        }
        if text.count > limit {
            throw .invalid { $0.textTooLong(field, limit: limit) }
        }
    }
}
