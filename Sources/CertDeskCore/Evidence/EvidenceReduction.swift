/// The reducer's evidence cases: the register and its chain of custody.
enum EvidenceReduction {
    typealias Failure = DeskReducer.InconsistencyError

    static func added(_ a: EvidenceAddition, _ recorded: RecordedEvent, _ state: inout DeskState) throws(Failure) -> Set<ProjectionChange> {
        guard state.evidence[a.id] == nil else { throw Failure(seq: recorded.seq) { $0.evidenceAddedTwice(a.id) } }
        state.evidence[a.id] = EvidenceItem(
            id: a.id, incident: a.incident, kind: a.kind, description: a.description, content: a.content, physical: a.physical,
            sourceHost: a.sourceHost, collectedBy: a.collectedBy, acquiredAt: a.acquiredAt, tool: a.tool, addedAt: recorded.at,
            addedBy: recorded.actor, holder: a.collectedBy, location: a.location,
            custody: [CustodyEntry(action: .collected, to: a.collectedBy, at: a.acquiredAt, recordedAt: recorded.at, by: recorded.actor,
                                   purpose: a.tool.map { "acquired with \($0)" }, location: a.location)])
        return [.evidence(a.id)]
    }

    static func custody(_ id: String, _ change: CustodyChange, _ recorded: RecordedEvent,
                        _ state: inout DeskState) throws(Failure) -> Set<ProjectionChange> {
        guard var item = state.evidence[id] else { throw Failure(seq: recorded.seq) { $0.custodyForUnknownEvidence(id) } }
        let from = item.holder
        switch change.action {
        case .transferred:
            item.holder = change.to ?? item.holder
        case .checkedOut, .checkedIn:
            item.holder = change.to ?? item.holder
            item.checkedOut = change.action == .checkedOut
        case .held:
            item.holdReason = change.purpose ?? ""
        case .released:
            item.holdReason = nil
        case .collected, .disposed:
            throw Failure(seq: recorded.seq) { $0.notACustodyChange(change.action) }
        }
        if let location = change.location { item.location = location }
        item.custody.append(CustodyEntry(action: change.action, from: from, to: change.to, at: change.at, recordedAt: recorded.at,
                                         by: recorded.actor, purpose: change.purpose, location: change.location))
        state.evidence[id] = item
        return [.evidence(id)]
    }

    static func disposed(_ id: String, _ reason: String, _ recorded: RecordedEvent,
                         _ state: inout DeskState) throws(Failure) -> Set<ProjectionChange> {
        guard var item = state.evidence[id] else { throw Failure(seq: recorded.seq) { $0.disposalOfUnknownEvidence(id) } }
        item.disposal = EvidenceDisposal(at: recorded.at, by: recorded.actor, reason: reason)
        item.custody.append(CustodyEntry(action: .disposed, from: item.holder, at: recorded.at, recordedAt: recorded.at, by: recorded.actor,
                                         purpose: reason))
        state.evidence[id] = item
        return [.evidence(id)]
    }
}
