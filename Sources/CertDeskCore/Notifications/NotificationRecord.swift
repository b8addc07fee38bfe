/// One notification as the journal proves it (README, "Notifications"): to whom, by which
/// channel, what was said, when, and how it came out; for a report made another way because
/// the reporting platform could not be used, why (資通安全事件通報及應變辦法 Art 4(3)–(4)).
public struct NotificationRecord: Hashable, Sendable {
    public enum Channel: String, CaseIterable, Sendable {
        case phone, fax, sms, email, platform, other
    }

    public enum Outcome: String, CaseIterable, Sendable {
        /// Sent (an e-mail the server accepted; a call, fax or SMS the officer records).
        case sent
        /// The recipient confirmed receipt.
        case confirmed
        /// The attempt failed; `failure` says why.
        case failed
    }

    public let incident: String
    /// 1, 2, … within the incident, in the order recorded.
    public let number: Int
    public let template: NotificationTemplate?
    public let channel: Channel
    public let recipient: String
    public let subject: String
    public let message: String
    public let sentAt: Instant
    public let outcome: Outcome
    public let failure: String?
    public let fallbackReason: String?

    public init(incident: String, number: Int, template: NotificationTemplate?, channel: Channel, recipient: String,
                subject: String, message: String, sentAt: Instant, outcome: Outcome, failure: String? = nil,
                fallbackReason: String? = nil) {
        self.incident = incident
        self.number = number
        self.template = template
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.message = message
        self.sentAt = sentAt
        self.outcome = outcome
        self.failure = failure
        self.fallbackReason = fallbackReason
    }

    /// `TCN-2026-0001-N01`.
    public var id: String { incident + "-N" + Digits.two(number) }

    /// The clock it meets: the template's, once it went out (a failed attempt meets nothing).
    public var meets: ObligationKind? { outcome == .failed ? nil : template?.meets }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("number", number)
        b.set("template", template)
        b.set("channel", channel)
        b.set("recipient", recipient)
        b.set("subject", subject)
        b.set("message", message)
        b.set("sent_at", sentAt)
        b.set("outcome", outcome)
        b.set("failure", failure)
        b.set("fallback_reason", fallbackReason)
        return b.value
    }

    public init(incident: String, reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(incident: incident, number: Int(try r.int("number")), template: try r.optionalEnum("template", NotificationTemplate.self),
                  channel: try r.enumValue("channel", Channel.self), recipient: try r.string("recipient"),
                  subject: try r.string("subject", allowEmpty: true), message: try r.string("message", allowEmpty: true),
                  sentAt: try r.instant("sent_at"), outcome: try r.enumValue("outcome", Outcome.self),
                  failure: try r.optionalString("failure"), fallbackReason: try r.optionalString("fallback_reason"))
    }
}

/// What the officer (or the sender) asks the desk to record: the desk numbers it and meets the
/// template's clock.
public struct NotificationRequest: Hashable, Sendable {
    public var incident: String
    public var template: NotificationTemplate?
    public var channel: NotificationRecord.Channel
    public var recipient: String
    public var subject: String
    public var message: String
    /// When it went out (default now): a time that already happened.
    public var at: Instant?
    public var outcome: NotificationRecord.Outcome
    public var failure: String?
    public var fallbackReason: String?

    public init(incident: String, template: NotificationTemplate?, channel: NotificationRecord.Channel, recipient: String,
                subject: String, message: String, at: Instant? = nil, outcome: NotificationRecord.Outcome = .sent,
                failure: String? = nil, fallbackReason: String? = nil) {
        self.incident = incident
        self.template = template
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.message = message
        self.at = at
        self.outcome = outcome
        self.failure = failure
        self.fallbackReason = fallbackReason
    }
}
