/// Recording a notification: checked, numbered within its incident, and — by a template whose
/// clock is still running, once it went out — meeting that clock at the time it was sent, as
/// `meet` would (its playbook step done too), with the notification named in the note.
enum NotificationDecisions {
    static func record(_ request: NotificationRequest, incident: Incident, now: Instant, state: DeskState)
        throws(DeskDecider.Refusal) -> DeskDecider.Decision
    {
        try DeskDecider.requireText(request.recipient, limit: FieldLimits.personName * 4, .recipient)
        if let problem = NameRule.problem(request.recipient, limit: FieldLimits.personName * 4) {
            throw .invalid { $0.nameRefused(.recipient, problem) }
        }
        if !request.message.isEmpty || request.template != nil {
            try DeskDecider.requireText(request.message, limit: FieldLimits.note, .message)
        }
        if request.subject.count > FieldLimits.title { throw .invalid { $0.textTooLong(.subject, limit: FieldLimits.title) } }
        if let reason = request.fallbackReason { try DeskDecider.requireText(reason, limit: FieldLimits.reason, .reason) }
        if let failure = request.failure { try DeskDecider.requireText(failure, limit: FieldLimits.reason, .reason) }
        if let reply = request.reply, reply.count > FieldLimits.reason { throw .invalid { $0.textTooLong(.reason, limit: FieldLimits.reason) } }
        // Another way than the platform, by definition (2026 Art 6(3) / 2021 Art 4(3)).
        if request.fallbackReason != nil, request.channel == .platform { throw .invalid { $0.fallbackOnThePlatform } }
        if let retried = request.retryOf { try checkRetry(of: retried, incident) }
        let sentAt = request.at ?? now
        try DeskDecider.requireNotFuture(sentAt, now: now)
        let record = NotificationRecord(
            incident: incident.id, number: incident.notifications.count + 1, template: request.template, channel: request.channel,
            recipient: request.recipient, subject: request.subject, message: request.message, sentAt: sentAt,
            outcome: request.outcome, failure: request.outcome == .failed ? request.failure : nil,
            failureKind: request.outcome == .failed ? request.failureKind : nil, fallbackReason: request.fallbackReason,
            delivery: request.delivery, reply: request.reply, messageID: request.messageID, retryOf: request.retryOf)
        var events: [DeskEvent] = [.notificationRecorded(record)]
        let note = NotificationDecisions.meetingNote(record)
        for kind in record.meets {
            guard let obligation = incident.pendingObligation(kind), sentAt >= obligation.startsAt else { continue }
            if case .events(let meeting) = try ObligationDecisions.meet(incident, kind, at: sentAt, note: note, now: now, state: state) {
                events += meeting
            }
        }
        return .events(events)
    }

    /// The recipient confirmed a notification that went out (`notify --confirm`).
    static func confirm(_ number: Int, at: Instant?, incident: Incident, now: Instant) throws(DeskDecider.Refusal) -> DeskDecider.Decision {
        let id = NotificationRecord.id(incident: incident.id, number: number)
        guard let record = incident.notifications.first(where: { $0.number == number }) else {
            throw .notFound { $0.noNotification(id) }
        }
        guard record.wentOut else { throw .invalid { $0.confirmingAFailedNotification(id) } }
        if let confirmed = record.confirmedAt { throw .invalid { $0.notificationAlreadyConfirmed(id, at: TaipeiTime.text(confirmed)) } }
        let when = at ?? now
        try DeskDecider.requireNotFuture(when, now: now)
        guard when >= record.sentAt else {
            throw .invalid { $0.confirmedBeforeSent(id, sent: TaipeiTime.text(record.sentAt)) }
        }
        return .events([.notificationConfirmed(incident: incident.id, number: number, at: when)])
    }

    /// A retry goes again after a failure, once: not after one that went out, and not twice.
    private static func checkRetry(of number: Int, _ incident: Incident) throws(DeskDecider.Refusal) {
        let id = NotificationRecord.id(incident: incident.id, number: number)
        guard let retried = incident.notifications.first(where: { $0.number == number }) else { throw .notFound { $0.noNotification(id) } }
        guard !retried.wentOut else { throw .invalid { $0.retryingWhatWentOut(id) } }
        if let later = incident.notifications.first(where: { $0.retryOf == number && $0.wentOut }) {
            throw .invalid { $0.retryingWhatWentOut(later.id) }
        }
    }

    /// `TCN-2026-0001-N01 phone 林雅婷（虛構）`: the note the met clock keeps, language-neutral.
    static func meetingNote(_ record: NotificationRecord) -> String {
        "\(record.id) \(record.channel.rawValue) \(record.recipient)"
    }
}
