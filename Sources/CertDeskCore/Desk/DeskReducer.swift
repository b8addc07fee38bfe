/// The one place where state changes (DESIGN.md: the same reducer updates projections live and
/// rebuilds them on replay). Pure: the event carries every fact, the recorded time and actor
/// stamp it, and nothing here reads a clock or a database.
public enum DeskReducer {
    public struct InconsistencyError: Error, Equatable, Sendable {
        public let seq: Int64
        public let reason: String
    }

    @discardableResult
    public static func apply(_ recorded: RecordedEvent, to state: inout DeskState) throws(InconsistencyError)
        -> Set<ProjectionChange>
    {
        switch recorded.event {
        case .deskOpened(let region):
            guard state.region == nil else {
                throw InconsistencyError(seq: recorded.seq, reason: "the desk was already opened")
            }
            state.region = region
            return [.desk]

        case .agencyRegistered(let agency):
            state.agencies[agency.id] = agency
            return [.agency(agency.id)]

        case .incidentOpened(let opening):
            return try open(opening, recorded, &state)

        case .levelSet(let id, let change):
            return try update(id, recorded, &state) { incident in
                incident.level = change.level
                incident.levelReason = change.reason
                incident.levelBasis = change.basis
            }

        case .phaseChanged(let id, let phase):
            return try update(id, recorded, &state) { $0.phase = phase }

        case .noteAdded(let id, _):
            return try update(id, recorded, &state) { $0.noteCount += 1 }

        case .assigned(let id, let assignee):
            return try update(id, recorded, &state) { $0.assignee = assignee }
        }
    }

    private static func open(_ opening: IncidentOpening, _ recorded: RecordedEvent,
                             _ state: inout DeskState) throws(InconsistencyError) -> Set<ProjectionChange> {
        guard state.incidents[opening.id] == nil else {
            throw InconsistencyError(seq: recorded.seq, reason: "incident \(opening.id) was opened twice")
        }
        let facts = opening.facts
        guard state.incidentBySource[facts.source.id] == nil else {
            throw InconsistencyError(seq: recorded.seq, reason: "source \(facts.source.id) was opened twice")
        }
        state.incidents[opening.id] = Incident(
            id: opening.id, source: facts.source, title: facts.title, category: facts.category,
            level: facts.level, levelBasis: nil, levelReason: nil, agency: facts.agency, agencyID: opening.agencyID,
            occurredAt: facts.occurredAt, awareAt: facts.awareAt, reportedAt: facts.reportedAt,
            description: facts.description, phase: .preparation, assignee: nil, exercise: facts.exercise,
            tlp: facts.tlp, indicators: facts.indicators, openedAt: recorded.at, openedBy: recorded.actor,
            updatedAt: recorded.at, noteCount: 0, lastSeq: recorded.seq)
        state.incidentBySource[facts.source.id] = opening.id
        var changes: Set<ProjectionChange> = [.incidentCreated(opening.id)]
        if let (prefix, number) = IncidentNumbering.parse(opening.id), number > state.lastIncidentNumber[prefix, default: 0] {
            state.lastIncidentNumber[prefix] = number
            changes.insert(.incidentNumber(prefix))
        }
        return changes
    }

    private static func update(_ id: String, _ recorded: RecordedEvent, _ state: inout DeskState,
                               _ change: (inout Incident) -> Void) throws(InconsistencyError) -> Set<ProjectionChange> {
        guard var incident = state.incidents[id] else {
            throw InconsistencyError(seq: recorded.seq, reason: "\(recorded.event.kind) for unknown incident \(id)")
        }
        change(&incident)
        incident.updatedAt = recorded.at
        incident.lastSeq = recorded.seq
        state.incidents[id] = incident
        return [.incident(id)]
    }
}
