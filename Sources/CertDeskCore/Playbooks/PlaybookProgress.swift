/// Where an incident stands in its playbook: which steps apply to it (level, indicators,
/// drill), which are done or skipped, what to do next, and what keeps it from leaving a phase.
public struct PlaybookProgress: Sendable {
    public struct Item: Hashable, Sendable {
        public let step: PlaybookStep
        public let applies: Bool
        public let record: StepRecord?

        /// Applies and nobody has done or skipped it yet.
        public var isOpen: Bool { applies && record == nil }
    }

    public let incident: Incident
    public let playbook: Playbook?
    public let items: [Item]

    public init(incident: Incident, playbook: Playbook?) {
        self.incident = incident
        self.playbook = playbook
        let records = Dictionary(incident.steps.map { ($0.step, $0) }, uniquingKeysWith: { _, last in last })
        items = (playbook?.steps ?? []).map { Item(step: $0, applies: $0.when.holds(for: incident), record: records[$0.id]) }
    }

    public func items(in phase: IncidentPhase) -> [Item] { items.filter { $0.step.phase == phase } }

    /// What to do next: the first open step of the current phase, else of the phases after it.
    public var next: Item? {
        let phases = IncidentPhase.allCases
        guard let current = phases.firstIndex(of: incident.phase) else { return nil }
        for phase in phases[current...] {
            if let item = items(in: phase).first(where: \.isOpen) { return item }
        }
        return nil
    }

    /// Required steps still open that must be dealt with before moving from the current phase
    /// to `target` (nothing when moving back: a new host found means analysing again, SP 800-61 r2 6.3).
    public func blockers(movingTo target: IncidentPhase) -> [PlaybookStep] {
        let phases = IncidentPhase.allCases
        guard let from = phases.firstIndex(of: incident.phase), let to = phases.firstIndex(of: target), to > from else { return [] }
        return phases[from..<to].flatMap { phase in items(in: phase).filter { $0.isOpen && $0.step.required }.map(\.step) }
    }

    /// Done or skipped, out of the steps that apply, for a phase.
    public func tally(_ phase: IncidentPhase) -> (handled: Int, total: Int) {
        let applicable = items(in: phase).filter(\.applies)
        return (applicable.filter { $0.record != nil }.count, applicable.count)
    }
}
