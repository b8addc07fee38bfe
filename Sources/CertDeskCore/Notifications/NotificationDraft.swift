
/// A notification about to go out, as the desk prefills it and the officer edits it: the
/// template by what is due, the agency's contact by their first channel, the message rendered.
public struct NotificationDraft: Sendable, Equatable {
    public var incident: String
    public var template: NotificationTemplate?
    public var channel: NotificationRecord.Channel
    /// An e-mail address, a number, or a name and a number for a call.
    public var recipient: String
    public var subject: String
    public var message: String
    /// Set when the platform could not be used (the report goes another way).
    public var fallbackReason: String?
    /// The failed attempt this one retries.
    public var retryOf: Int?

    public init(incident: String, template: NotificationTemplate?, channel: NotificationRecord.Channel, recipient: String,
                subject: String, message: String, fallbackReason: String? = nil, retryOf: Int? = nil) {
        self.incident = incident
        self.template = template
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.message = message
        self.fallbackReason = fallbackReason
        self.retryOf = retryOf
    }

    /// The failed attempt `record` again: the same channel, recipient and words.
    public static func retrying(_ record: NotificationRecord) -> NotificationDraft {
        NotificationDraft(incident: record.incident, template: record.template, channel: record.channel, recipient: record.recipient,
                          subject: record.subject, message: record.message, fallbackReason: record.fallbackReason, retryOf: record.number)
    }

    /// Whom a notice to `contact` by `channel` is addressed to: the address itself for an e-mail
    /// or a text (what the transport needs), the name and the number for a call or a fax.
    public static func recipient(_ contact: Agency.Contact, by channel: Agency.Channel) -> String? {
        guard let address = contact.address(channel) else { return nil }
        return channel == .email || channel == .sms ? address : "\(contact.name) \(address)"
    }

    /// The channel of the directory's contact, as a notification names it.
    public static func channel(_ channel: Agency.Channel) -> NotificationRecord.Channel {
        switch channel {
        case .phone: .phone
        case .fax: .fax
        case .sms: .sms
        case .email: .email
        }
    }
}

/// A notification as recorded, and the clocks it met then.
public struct NotificationSent: Hashable, Sendable {
    public let record: NotificationRecord
    public let met: [ObligationKind]

    public init(record: NotificationRecord, met: [ObligationKind]) {
        self.record = record
        self.met = met
    }
}
