/// English words of notifications.
extension EnglishWords {
    public var fallbackOnThePlatform: String {
        "a fallback report is made another way than the platform: choose phone, fax, sms, email or other"
    }
    public func noNotification(_ id: String) -> String { "no notification \(id)" }
    public func confirmingAFailedNotification(_ id: String) -> String { "\(id) failed and never reached anyone: retry it instead" }
    public func notificationAlreadyConfirmed(_ id: String, at: String) -> String { "\(id) was confirmed already, at \(at)" }
    public func confirmedBeforeSent(_ id: String, sent: String) -> String { "cannot be confirmed before it went out (\(id) at \(sent))" }
    public func retryingWhatWentOut(_ id: String) -> String { "\(id) went out already; nothing to retry" }
    public func eventForUnknownNotification(_ id: String) -> String { "the journal confirms \(id), which it never recorded" }
    public var exerciseNotSent: String { "exercise: not sent" }
    public func name(of outcome: NotificationRecord.Outcome) -> String {
        switch outcome {
        case .sent: "sent"
        case .confirmed: "confirmed"
        case .failed: "failed"
        }
    }
    public func name(of delivery: NotificationRecord.Delivery) -> String {
        switch delivery {
        case .smtp: "by the SMTP server"
        case .sendmail: "by the mail command"
        case .smsGateway: "by the SMS gateway"
        case .recorded: "recorded by the officer"
        case .exercise: exerciseNotSent
        }
    }
    public func name(of channel: NotificationRecord.Channel) -> String {
        switch channel {
        case .phone: "phone"
        case .fax: "fax"
        case .sms: "SMS"
        case .email: "e-mail"
        case .platform: "platform"
        case .other: "other"
        }
    }
    public func timeoutSeconds(_ value: String) -> String { "\(value) is not a timeout: whole seconds, 1 to 600" }
    public func mailURLInvalid(_ value: String) -> String {
        "\(value) is not a mail server: smtp://host:port (STARTTLS when offered) or smtps://host:port, the user and password set apart"
    }
    public var mailPasswordWithoutUser: String { "a password is set without a user: set the user too (CERTDESK_SMTP_USER, mail.user)" }
    public func commandUnreadable(_ value: String) -> String { "\(value) is not a command: a quote is not closed, or it is empty" }
    public func notificationFailure(_ kind: NotificationRecord.FailureKind, _ detail: String) -> String {
        switch kind {
        case .unreachable: "could not reach the mail server \(detail)"
        case .timedOut: "the mail server did not finish within \(detail) s"
        case .refused: "the mail server refused \(detail)"
        case .closed: "the mail server closed the connection at \(detail)"
        case .tls: "TLS with the mail server failed: \(detail)"
        case .untrustedCertificate:
            "the mail server's certificate is not trusted: for a private CA set CERTDESK_SMTP_CA_FILE (mail.ca_file) to its PEM file"
        case .trustFileUnreadable: "the CA file cannot be read as PEM certificates: \(detail)"
        case .malformedReply: "the mail server's answer is not SMTP: \(detail)"
        case .noTLSForPassword:
            "the mail server offers no STARTTLS, and the password is never sent in clear: use smtps:// or a server with STARTTLS"
        case .noAuthMechanism: "the mail server offers no login certdesk speaks (PLAIN, LOGIN)" + (detail.isEmpty ? "" : "; it offers \(detail)")
        case .needsSMTPUTF8: "the mail server does not take non-ASCII addresses (SMTPUTF8): \(detail)"
        case .commandFailed: "the command failed (command: status: output): \(detail)"
        case .commandNotRun: "the command could not be started: \(detail)"
        case .commandTimedOut: "the command did not finish in time and was stopped (command: seconds): \(detail)"
        }
    }
    public var mailNotConfigured: String {
        "e-mail is not set up: set CERTDESK_SMTP_URL and CERTDESK_SMTP_FROM (or mail: in config.yaml); to record an e-mail sent another way, add --recorded"
    }
    public var mailFromMissing: String { "the sender's address is not set: CERTDESK_SMTP_FROM, or mail.from in config.yaml" }
    public func recipientNotAnAddress(_ value: String) -> String { "\(value) is not an e-mail address (name@domain)" }
    public var sentNowNotEarlier: String {
        "the desk sends it now, so it cannot be dated earlier: add --recorded for one that went out earlier another way"
    }
    public func messageNeeded(_ channel: String) -> String { "\(channel) needs a message: give --template or --message" }
    public var noContactToReach: String {
        "the directory has no contact for this agency: give --channel and --to (certdesk agencies import adds the directory)"
    }
    public func clocksMetByNotification(_ kinds: [String]) -> String { "met " + kinds.joined(separator: ", ") }
    public var notificationColumns: [String] { ["ID", "SENT", "CHANNEL", "TO", "TEMPLATE", "STATE", "DETAIL"] }
    public var notificationWorkColumns: [String] { ["INCIDENT", "LEVEL", "DUE", "AGENCY", "OWED", "STATUS"] }
    public func fallbackBecause(_ reason: String) -> String { "platform not used: \(reason)" }
    public func retryOfNotification(_ id: String) -> String { "again after \(id)" }
    public func notificationDraftReady(_ template: String) -> String { "draft ready: \(template)" }
    public func notificationFailedItem(_ id: String, _ channel: String, _ recipient: String) -> String {
        "failed: \(id) \(channel) → \(recipient)"
    }
    public var notificationTo: String { "To" }
    public var notificationTemplateLabel: String { "Template" }
    public var notificationSubject: String { "Subject" }
    public var noNotifications: String { "No notification recorded." }
    public var noNotificationWork: String { "No notification owed: every notice clock is met and nothing failed." }
    public func notificationFailedRetry(_ id: String) -> String { "the failed attempt is recorded as \(id); try again: certdesk notify --retry \(id)" }
    public func platformReentered(_ id: String) -> String { "\(id) platform-reentry: met" }
    public func notificationConfirmed(_ id: String) -> String { "\(id): confirmed received" }
    public var notifyNeedsOneOf: String {
        "give an incident id, or --retry ID, or --confirm ID (the notice options go with an incident id only)"
    }
    public var tabNotifications: String { "Notices" }
    public var helpNotify: String { "notify the agency contact or N-CERT: the form the desk prefills, sent or recorded" }
    public var hintNotify: String { "notify" }
    public var helpOutbox: String { "the outbox: notices owed (drafts whose clock runs, re-entries) and failed, across the desk" }
    public func notifyFormTitle(_ id: String) -> String { "Notify · \(id)" }
    public var notifyFieldLabels: [String] { ["Template", "Channel", "How", "To", "Done at", "Fallback", "Subject", "Message"] }
    public var noTemplate: String { "none (your own message)" }
    public func templateMeets(_ clock: String) -> String { "meets \(clock)" }
    public var templateMeetsNothing: String { "meets no clock" }
    public var recordOnly: String { "record only: done another way" }
    public func sendsBy(_ delivery: String) -> String { "send \(delivery)" }
    public var timeNow: String { "now" }
    public var platformUsable: String { "the platform could be used" }
    public var notifyFormHint: String { "Enter send/record · Ctrl-X from the message · Tab next field · ←/→ choose · Esc cancel" }
    public var notificationNotSent: String { "nothing sent" }
    public var notificationNeedsRecipient: String { "whom to notify: give the recipient" }
    public func notificationRecording(_ id: String) -> String { "recording the notice of \(id)…" }
    public func notificationSending(_ id: String, _ how: String) -> String { "sending the notice of \(id) \(how)…" }
    public func reentryHint(_ id: String) -> String { "once the report is on the platform: certdesk reentry \(id)" }
    public var outboxTitle: String { "Outbox: notices owed and failed" }
    public var outboxHint: String { "Enter or N open the notice · Esc close" }
    public var notificationsTabHint: String { "N notify · O the desk's outbox" }
    public var owedForIncident: String { "Owed:" }
    public func notInQueue(_ id: String) -> String { "\(id) is not in the queue as filtered: clear the filter (/) or show closed ones (c)" }
    public func outboxShown(_ shown: Int, of total: Int) -> String { "(the \(shown) most pressing of \(total))" }
    public func moreOwed(_ count: Int) -> String { "… and \(count) more owed (the backlog): --all lists every one" }
}
