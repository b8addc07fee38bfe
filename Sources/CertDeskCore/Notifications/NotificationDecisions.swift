/// Recording a notification: checked, numbered within its incident, and — by a template whose
/// clock is still running, once it went out — meeting that clock at the time it was sent, as
/// `meet` would (its playbook step done too), with the notification named in the note.
enum NotificationDecisions {
    static func record(_ request: NotificationRequest, incident: Incident, now: Instant, state: DeskState)
        throws(DeskDecider.Refusal) -> DeskDecider.Decision
    {
        try DeskDecider.requireText(request.recipient, limit: FieldLimits.personName * 4, .recipient)
        if TextChecks.containsControl(request.recipient) { throw .invalid { $0.directoryControlCharacter } }
        if !request.message.isEmpty || request.template != nil {
            try DeskDecider.requireText(request.message, limit: FieldLimits.note, .message)
        }
        if request.subject.count > FieldLimits.title { throw .invalid { $0.textTooLong(.message, limit: FieldLimits.title) } }
        if let reason = request.fallbackReason { try DeskDecider.requireText(reason, limit: FieldLimits.reason, .reason) }
        if let failure = request.failure { try DeskDecider.requireText(failure, limit: FieldLimits.reason, .reason) }
        let sentAt = request.at ?? now
        try DeskDecider.requireNotFuture(sentAt, now: now)
        let record = NotificationRecord(
            incident: incident.id, number: incident.notifications.count + 1, template: request.template, channel: request.channel,
            recipient: request.recipient, subject: request.subject, message: request.message, sentAt: sentAt,
            outcome: request.outcome, failure: request.outcome == .failed ? request.failure : nil, fallbackReason: request.fallbackReason)
        var events: [DeskEvent] = [.notificationRecorded(record)]
        if let kind = record.meets, let obligation = incident.pendingObligation(kind), sentAt >= obligation.startsAt {
            let note = NotificationDecisions.meetingNote(record)
            if case .events(let meeting) = try ObligationDecisions.meet(incident, kind, at: sentAt, note: note, now: now, state: state) {
                events += meeting
            }
        }
        return .events(events)
    }

    /// `TCN-2026-0001-N01 phone 林雅婷（虛構）`: the note the met clock keeps, language-neutral.
    static func meetingNote(_ record: NotificationRecord) -> String {
        "\(record.id) \(record.channel.rawValue) \(record.recipient)"
    }
}
