/// Checks evidence commands: a clear reason for every refusal, nothing recorded on failure.
enum EvidenceDecisions {
    typealias Refusal = DeskDecider.Refusal

    static let vaultLocation = "vault"

    static func add(_ request: EvidenceRequest, actor: String?, state: DeskState, now: Instant) throws(Refusal) -> DeskEvent {
        let incident = try DeskDecider.existing(request.incident, in: state)
        try DeskDecider.requireText(request.description, limit: FieldLimits.description, en: "description", zh: "說明")
        guard (request.content == nil) != (request.physical == nil) else {
            throw .invalid("an item is either a file or a physical item (--physical), not both or neither",
                           "證據須為檔案或實體物品（--physical）其一")
        }
        if let physical = request.physical {
            try DeskDecider.requireText(physical, limit: FieldLimits.title, en: "physical item", zh: "實體物品")
            guard let location = request.location, !TextChecks.isBlank(location) else {
                throw .invalid("a physical item needs --location (where it is kept)", "實體物品須以 --location 說明存放位置")
            }
        }
        if let collector = request.collectedBy, let problem = PersonName.problem(collector) { throw Refusal(kind: .invalid, reason: problem) }
        let acquired = request.acquiredAt ?? now
        try DeskDecider.requireNotFuture(acquired, what: BilingualText(en: "the acquisition time", zh: "取得時間"), now: now)
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
            throw .invalid("the time \(TaipeiTime.text(change.at)) is before \(id) was acquired (\(TaipeiTime.text(item.acquiredAt)))",
                           "時間 \(TaipeiTime.text(change.at)) 早於 \(id) 取得時間（\(TaipeiTime.text(item.acquiredAt))）")
        }
        if let to = change.to, let problem = PersonName.problem(to) { throw Refusal(kind: .invalid, reason: problem) }
        switch change.action {
        case .transferred, .checkedOut:
            try DeskDecider.requireText(change.purpose ?? "", limit: FieldLimits.reason, en: "purpose", zh: "目的")
            guard change.to != nil else { throw .invalid("say who receives it (--to)", "請以 --to 指明接收人") }
            if change.action == .checkedOut, item.checkedOut {
                throw .invalid("\(id) is already checked out to \(item.holder)", "\(id) 已由 \(item.holder) 借出")
            }
        case .checkedIn:
            guard item.checkedOut else { throw .invalid("\(id) is not checked out", "\(id) 並未借出") }
            // Whoever takes it back into storage holds it from now on.
            change.to = change.to ?? actor
        case .held:
            try DeskDecider.requireText(change.purpose ?? "", limit: FieldLimits.reason, en: "reason", zh: "理由")
            guard item.holdReason == nil else { throw .invalid("\(id) is already on hold", "\(id) 已在保全（禁止銷毀）中") }
        case .released:
            guard item.holdReason != nil else { throw .invalid("\(id) is not on hold", "\(id) 並未保全") }
        case .collected, .disposed:
            throw .invalid("\(change.action.rawValue) is not a custody change", "\(change.action.rawValue) 不是保管異動")
        }
        return .evidenceCustody(incident: item.incident, evidence: id, change: change)
    }

    static func dispose(_ id: String, reason: String, state: DeskState, now: Instant) throws(Refusal) -> DeskEvent {
        let item = try live(id, state)
        try DeskDecider.requireText(reason, limit: FieldLimits.reason, en: "reason", zh: "理由")
        if let hold = item.holdReason {
            throw .invalid("\(id) is on hold (\(hold)); release it first", "\(id) 保全中（\(hold)），須先解除")
        }
        guard let until = EvidenceRetention.until(closedAt: state.incidents[item.incident]?.closedAt, policy: state.policy) else {
            throw .invalid("\(item.incident) is not closed: retention has not even started", "\(item.incident) 尚未結案，保存期限尚未起算")
        }
        guard now >= until else {
            throw .invalid("\(id) must be kept until \(TaipeiTime.text(until))", "\(id) 須保存至 \(TaipeiTime.text(until))")
        }
        if item.checkedOut { throw .invalid("\(id) is checked out to \(item.holder); check it in first", "\(id) 由 \(item.holder) 借出中") }
        return .evidenceDisposed(incident: item.incident, evidence: id, reason: reason, sha256: item.content?.sha256, size: item.content?.size)
    }

    private static func live(_ id: String, _ state: DeskState) throws(Refusal) -> EvidenceItem {
        guard let item = state.evidence[id] else { throw .noEvidence(id) }
        if let disposal = item.disposal {
            throw .invalid("\(id) was disposed of at \(TaipeiTime.text(disposal.at)) by \(disposal.by)",
                           "\(id) 已於 \(TaipeiTime.text(disposal.at)) 由 \(disposal.by) 銷毀")
        }
        return item
    }
}
