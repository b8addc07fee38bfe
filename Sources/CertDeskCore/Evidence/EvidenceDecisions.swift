/// Checks evidence commands: a clear reason for every refusal, nothing recorded on failure.
enum EvidenceDecisions {
    typealias Refusal = DeskDecider.Refusal

    static let vaultLocation = "vault"

    static func add(_ request: EvidenceRequest, actor: String?, state: DeskState, now: Instant) throws(Refusal) -> DeskEvent {
        let incident = try DeskDecider.existing(request.incident, in: state)
        try DeskDecider.requireText(request.description, limit: FieldLimits.description, .description)
        guard (request.content == nil) != (request.physical == nil) else {
            throw .invalid { $0.evidenceFileOrPhysical }
        }
        if let physical = request.physical {
            try DeskDecider.requireText(physical, limit: FieldLimits.title, .physicalItem)
            guard let location = request.location, !TextChecks.isBlank(location) else {
                throw .invalid { $0.physicalNeedsLocation }
            }
        }
        if let collector = request.collectedBy, let problem = PersonName.problem(collector) { throw Refusal(kind: .invalid, reason: problem) }
        let acquired = request.acquiredAt ?? now
        try DeskDecider.requireNotFuture(acquired, what: .acquisition, now: now)
        let number = (state.evidence.values.filter { $0.incident == incident.id }.compactMap { EvidenceItem.parse($0.id)?.number }.max() ?? 0) + 1
        return .evidenceAdded(EvidenceAddition(
            id: EvidenceItem.id(incident: incident.id, number: number), incident: incident.id, kind: request.kind,
            description: request.description, content: request.content, physical: request.physical,
            location: request.content != nil ? vaultLocation : request.location!, sourceHost: request.sourceHost,
            collectedBy: request.collectedBy ?? actor ?? "unknown", acquiredAt: acquired, tool: request.tool))
    }

    static func custody(_ id: String, _ change: CustodyChange, actor: String?, state: DeskState, now: Instant) throws(Refusal) -> DeskEvent {
        let item = try live(id, state)
        var change = change
        try DeskDecider.requireNotFuture(change.at, now: now)
        guard change.at >= item.acquiredAt else {
            throw .invalid { $0.beforeAcquired(when: TaipeiTime.text(change.at), id, acquired: TaipeiTime.text(item.acquiredAt)) }
        }
        if let to = change.to, let problem = PersonName.problem(to) { throw Refusal(kind: .invalid, reason: problem) }
        switch change.action {
        case .transferred, .checkedOut:
            try DeskDecider.requireText(change.purpose ?? "", limit: FieldLimits.reason, .purpose)
            guard change.to != nil else { throw .invalid { $0.receiverNeeded } }
            if change.action == .checkedOut, item.checkedOut {
                throw .invalid { $0.alreadyCheckedOut(id, to: item.holder) }
            }
        case .checkedIn:
            guard item.checkedOut else { throw .invalid { $0.notCheckedOut(id) } }
            // Whoever takes it back into storage holds it from now on.
            change.to = change.to ?? actor
        case .held:
            try DeskDecider.requireText(change.purpose ?? "", limit: FieldLimits.reason, .reason)
            guard item.holdReason == nil else { throw .invalid { $0.alreadyOnHold(id) } }
        case .released:
            guard item.holdReason != nil else { throw .invalid { $0.notOnHold(id) } }
        case .collected, .disposed:
            throw .invalid { $0.notACustodyChange(change.action) }
        }
        return .evidenceCustody(incident: item.incident, evidence: id, change: change)
    }

    static func dispose(_ id: String, reason: String, state: DeskState, now: Instant) throws(Refusal) -> DeskEvent {
        let item = try live(id, state)
        try DeskDecider.requireText(reason, limit: FieldLimits.reason, .reason)
        if let hold = item.holdReason {
            throw .invalid { $0.onHoldCannotDispose(id, hold: hold) }
        }
        guard let until = EvidenceRetention.until(closedAt: state.incidents[item.incident]?.closedAt, policy: state.policy) else {
            throw .invalid { $0.retentionNotStarted(incident: item.incident) }
        }
        guard now >= until else {
            throw .invalid { $0.keptUntil(id, until: TaipeiTime.text(until)) }
        }
        if item.checkedOut { throw .invalid { $0.checkedOutCannotDispose(id, holder: item.holder) } }
        return .evidenceDisposed(incident: item.incident, evidence: id, reason: reason, sha256: item.content?.sha256, size: item.content?.size)
    }

    private static func live(_ id: String, _ state: DeskState) throws(Refusal) -> EvidenceItem {
        guard let item = state.evidence[id] else { throw .noEvidence(id) }
        if let disposal = item.disposal {
            throw .invalid { $0.alreadyDisposed(id, at: TaipeiTime.text(disposal.at), by: disposal.by) }
        }
        return item
    }
}
