/// What a notification says about an incident, gathered from the desk for a template
/// (playbooks/templates/README.md, "What a template can use"): the incident as recorded, its
/// level's C/I/A basis, what was done so far, the agency and the recipient from the directory,
/// and who sends it when. Text in the template's language; times in Taipei time.
public struct NotificationFacts: Sendable {
    public let incident: Incident
    public let timeline: [RecordedEvent]
    public let playbook: Playbook?
    public let agency: Agency?
    /// The recipient: by default the agency's first contact, by their first channel.
    public let contact: Agency.Contact?
    public let channel: Agency.Channel?
    public let region: Region
    public let officer: String
    public let now: Instant

    public init(incident: Incident, timeline: [RecordedEvent], playbook: Playbook?, agency: Agency?,
                contact: Agency.Contact? = nil, channel: Agency.Channel? = nil, region: Region, officer: String, now: Instant) {
        self.incident = incident
        self.timeline = timeline
        self.playbook = playbook
        self.agency = agency
        self.contact = contact ?? agency?.contacts.first
        self.channel = channel ?? self.contact?.preferredChannel
        self.region = region
        self.officer = officer
        self.now = now
    }

    public func value(_ language: InterfaceLanguage) -> TemplateValue {
        let words = language.words
        // A value the desk does not have is left out, not empty: a template's section on it
        // (`{{#contact.role}}…{{/contact.role}}`) then renders nothing.
        func fields(_ pairs: [(String, String?)]) -> [String: TemplateValue] {
            Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, TemplateValue.text($0)) } })
        }
        let i = incident
        var facts = fields([
            ("id", i.id), ("title", i.title), ("agency", i.agency), ("description", i.description),
            ("category", words.shown(i.category)), ("phase", words.shown(i.phase)),
            ("level", i.level.map { "\($0.rawValue)" }), ("level_text", words.levelInMessage(i.level)),
            ("level_reason", i.levelReason), ("occurred_at", i.occurredAt.map(TaipeiTime.text)),
            ("aware_at", TaipeiTime.text(i.awareAt)), ("reported_at", TaipeiTime.text(i.reportedAt)),
        ])
        facts["exercise"] = .flag(i.exercise)
        facts["major"] = .flag(i.level?.isMajor ?? false)
        let basis = i.levelBasis.map { LevelAssessment($0).reasons.map { TemplateValue.text($0.text(in: language)) } } ?? []
        let indicators = i.indicators.map { TemplateValue.fields(["type": .text($0.kind.rawValue), "value": .text($0.value)]) }
        let agencyFields = agency.map { fields([("id", $0.id), ("grade", $0.grade.rawValue), ("county", $0.county), ("type", $0.type)]) } ?? [:]
        let contactFields = contact.map { contact in
            fields([("name", contact.name), ("role", contact.role), ("channel", channel.map { words.name(of: $0) }),
                    ("address", channel.flatMap(contact.address))])
        } ?? [:]
        return .fields([
            "incident": .fields(facts), "basis": .list(basis), "indicators": .list(indicators), "has_indicators": .flag(!indicators.isEmpty),
            "actions": .list(actions(language)), "agency": .fields(agencyFields), "contact": .fields(contactFields),
            "desk": .fields(fields([("cert", "\(region.code) CERT"), ("region", words.name(of: region)), ("officer", officer),
                                    ("now", TaipeiTime.text(now))])),
        ])
    }

    /// What was done, oldest first: playbook steps done (with their notes) and notes.
    func actions(_ language: InterfaceLanguage) -> [TemplateValue] {
        var done: [(at: Instant, text: String)] = []
        let colon = language == .en ? ": " : "："
        for step in incident.steps where step.status == .done {
            let name = playbook?.step(step.step)?.text.text(in: language) ?? step.step
            done.append((step.at, name + (step.text.map { colon + $0 } ?? "")))
        }
        for row in timeline {
            if case .noteAdded(_, let note) = row.event { done.append((row.at, note)) }
        }
        return done.sorted { $0.at < $1.at }.map { .fields(["at": .text(TaipeiTime.text($0.at)), "text": .text($0.text)]) }
    }
}
