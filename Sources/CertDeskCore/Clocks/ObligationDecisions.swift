/// Checks `meet` and `waive` against an incident's clocks, with reasons the officer can act on.
enum ObligationDecisions {
    typealias Refusal = DeskDecider.Refusal

    static func meet(_ incident: Incident, _ kind: ObligationKind, at: Instant?, note: String?,
                     now: Instant) throws(Refusal) -> DeskDecider.Decision {
        let obligation = try pending(incident, kind)
        let when = at ?? now
        try DeskDecider.requireNotFuture(when, now: now)
        guard when >= obligation.startsAt else {
            throw .invalid("--at \(ISO8601.utcString(when)) is before \(obligation.name) started (\(ISO8601.utcString(obligation.startsAt)))",
                           "--at \(ISO8601.utcString(when)) 早於 \(obligation.name) 起算時間（\(ISO8601.utcString(obligation.startsAt))）")
        }
        if let note { try DeskDecider.requireText(note, limit: FieldLimits.note, en: "note", zh: "備註") }
        return .events([.obligationMet(incident: incident.id, meeting: ObligationMeeting(
            kind: kind, ordinal: obligation.ordinal, at: when, note: note))])
    }

    static func waive(_ incident: Incident, _ kind: ObligationKind, reason: String) throws(Refusal) -> DeskDecider.Decision {
        let obligation = try pending(incident, kind)
        return .events([.obligationWaived(incident: incident.id, kind: kind, ordinal: obligation.ordinal, reason: reason)])
    }

    /// The pending obligation of `kind`, or why there is none.
    private static func pending(_ incident: Incident, _ kind: ObligationKind) throws(Refusal) -> Obligation {
        if let obligation = incident.pendingObligation(kind) { return obligation }
        let id = incident.id
        guard let last = incident.obligations.last(where: { $0.kind == kind }) else {
            throw .invalid("\(id) has no \(kind.rawValue) clock (it does not apply at this level, or has not started yet)",
                           "\(id) 沒有「\(kind.label.zh)」時限（此等級不適用，或尚未起算）")
        }
        switch last.state {
        case .met, .metLate:
            let at = last.metAt.map(ISO8601.utcString) ?? "?"
            throw .invalid("\(id) \(last.name) was already met at \(at)", "\(id) \(last.name) 已於 \(at) 完成")
        default:
            throw .invalid("\(id) \(last.name) was waived: \(last.waivedReason ?? "")",
                           "\(id) \(last.name) 已免除：\(last.waivedReason ?? "")")
        }
    }
}
