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

    /// What went wrong with an attempt the desk carried, as a fact (the words come at display
    /// time, in the reader's language); `failure` then holds the detail verbatim: the server's
    /// answer, the system's reason, the command and its output.
    public enum FailureKind: String, CaseIterable, Sendable {
        case unreachable, timedOut = "timed-out", refused, closed, tls
        case untrustedCertificate = "untrusted-certificate", trustFileUnreadable = "trust-file-unreadable"
        case malformedReply = "malformed-reply", noTLSForPassword = "no-tls-for-password", noAuthMechanism = "no-auth-mechanism"
        case needsSMTPUTF8 = "needs-smtputf8", commandFailed = "command-failed", commandNotRun = "command-not-run"
        case commandTimedOut = "command-timed-out"
    }

    /// How it went out: what the desk itself did, so the record never claims more than that.
    public enum Delivery: String, CaseIterable, Sendable {
        /// Handed to the SMTP server, which answered `reply`.
        case smtp
        /// Handed to the sendmail-compatible command the desk is configured with.
        case sendmail
        /// Handed to the SMS gateway command.
        case smsGateway = "sms-gateway"
        /// Done by the officer (a call, a fax, a text from a handset, a platform entry) and
        /// recorded here; the desk did not send it.
        case recorded
        /// An exercise incident: nothing real went out ("exercise: not sent").
        case exercise
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
    public var outcome: Outcome
    public let failure: String?
    /// Set when the desk's transport failed; nil for a failure the officer described.
    public let failureKind: FailureKind?
    public let fallbackReason: String?
    public let delivery: Delivery
    /// The server's (or command's) answer, sanitized: proof of acceptance or the reason it failed.
    public let reply: String?
    /// The Message-ID header of an e-mail, to find it in the recipient's mailbox.
    public let messageID: String?
    /// An attempt again of an earlier one (its number) that failed.
    public let retryOf: Int?
    /// When the recipient confirmed receipt.
    public var confirmedAt: Instant?

    public init(incident: String, number: Int, template: NotificationTemplate?, channel: Channel, recipient: String,
                subject: String, message: String, sentAt: Instant, outcome: Outcome, failure: String? = nil,
                failureKind: FailureKind? = nil, fallbackReason: String? = nil, delivery: Delivery = .recorded, reply: String? = nil,
                messageID: String? = nil, retryOf: Int? = nil, confirmedAt: Instant? = nil) {
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
        self.failureKind = failureKind
        self.fallbackReason = fallbackReason
        self.delivery = delivery
        self.reply = reply
        self.messageID = messageID
        self.retryOf = retryOf
        self.confirmedAt = confirmedAt
    }

    /// `TCN-2026-0001-N01`.
    public var id: String { Self.id(incident: incident, number: number) }

    public static func id(incident: String, number: Int) -> String { incident + "-N" + Digits.two(number) }

    /// `TCN-2026-0001-N01` → (`TCN-2026-0001`, 1), as evidence ids are read.
    public static func parse(_ id: String) -> (incident: String, number: Int)? {
        guard let dash = id.lastIndex(of: "-"), id[id.index(after: dash)...].uppercased().hasPrefix("N"),
              let number = Int(id[id.index(dash, offsetBy: 2)...]), number > 0 else { return nil }
        return (String(id[..<dash]).uppercased(), number)
    }

    /// The clocks it meets once it went out (a failed attempt meets nothing): the template's; and
    /// the platform report, when made on the platform or — the platform unusable — another way
    /// within the hour with the reason (2026 Art 6(3) / 2021 Art 4(3)).
    public var meets: [ObligationKind] {
        guard outcome != .failed else { return [] }
        var kinds = template?.meets.map { [$0] } ?? []
        if channel == .platform || fallbackReason != nil { kinds.append(.reportPlatform) }
        return kinds
    }

    /// Why it failed, in `words`: the transport's failure said in the reader's language with
    /// its detail, or the officer's own words.
    public func failureText(_ words: any Words) -> String? {
        guard let failure else { return failureKind.map { words.notificationFailure($0, "") } }
        return failureKind.map { words.notificationFailure($0, failure) } ?? failure
    }

    /// Went out, or was recorded as gone out (what the desk-wide list no longer waits on).
    public var wentOut: Bool { outcome != .failed }

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
        b.set("failure_kind", failureKind)
        b.set("fallback_reason", fallbackReason)
        b.set("delivery", delivery)
        b.set("reply", reply)
        b.set("message_id", messageID)
        b.set("retry_of", retryOf)
        b.set("confirmed_at", confirmedAt)
        return b.value
    }

    public init(incident: String, reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(incident: incident, number: Int(try r.int("number")), template: try r.optionalEnum("template", NotificationTemplate.self),
                  channel: try r.enumValue("channel", Channel.self), recipient: try r.string("recipient"),
                  subject: try r.string("subject", allowEmpty: true), message: try r.string("message", allowEmpty: true),
                  sentAt: try r.instant("sent_at"), outcome: try r.enumValue("outcome", Outcome.self),
                  failure: try r.optionalString("failure"), failureKind: try r.optionalEnum("failure_kind", FailureKind.self),
                  fallbackReason: try r.optionalString("fallback_reason"),
                  delivery: try r.optionalEnum("delivery", Delivery.self) ?? .recorded, reply: try r.optionalString("reply"),
                  messageID: try r.optionalString("message_id"), retryOf: try r.optionalInt("retry_of").map { Int($0) },
                  confirmedAt: try r.optionalInstant("confirmed_at"))
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
    public var failureKind: NotificationRecord.FailureKind?
    public var fallbackReason: String?
    public var delivery: NotificationRecord.Delivery
    public var reply: String?
    public var messageID: String?
    public var retryOf: Int?

    public init(incident: String, template: NotificationTemplate?, channel: NotificationRecord.Channel, recipient: String,
                subject: String, message: String, at: Instant? = nil, outcome: NotificationRecord.Outcome = .sent,
                failure: String? = nil, fallbackReason: String? = nil, delivery: NotificationRecord.Delivery = .recorded,
                reply: String? = nil, messageID: String? = nil, retryOf: Int? = nil) {
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
        self.delivery = delivery
        self.reply = reply
        self.messageID = messageID
        self.retryOf = retryOf
    }
}
