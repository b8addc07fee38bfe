/// The words of notifications: recording, sending, confirming and listing them, and the mail
/// and SMS transports' answers.
public protocol NotificationWords {
    // Refusals of the desk.
    var fallbackOnThePlatform: String { get }
    func noNotification(_ id: String) -> String
    func confirmingAFailedNotification(_ id: String) -> String
    func notificationAlreadyConfirmed(_ id: String, at: String) -> String
    func confirmedBeforeSent(_ id: String, sent: String) -> String
    func retryingWhatWentOut(_ id: String) -> String
    func eventForUnknownNotification(_ id: String) -> String
    /// What an exercise incident's record says instead of sending.
    var exerciseNotSent: String { get }
    func name(of outcome: NotificationRecord.Outcome) -> String
    func name(of delivery: NotificationRecord.Delivery) -> String
    func name(of channel: NotificationRecord.Channel) -> String
    // Settings of the transports.
    /// `value` already quoted.
    func timeoutSeconds(_ value: String) -> String
    func mailURLInvalid(_ value: String) -> String
    var mailPasswordWithoutUser: String { get }
    func commandUnreadable(_ value: String) -> String
    /// A transport's failure as the record keeps it: its kind, and the detail verbatim.
    func notificationFailure(_ kind: NotificationRecord.FailureKind, _ detail: String) -> String
    // Refusals before anything is sent.
    var mailNotConfigured: String { get }
    var mailFromMissing: String { get }
    func recipientNotAnAddress(_ value: String) -> String
    var sentNowNotEarlier: String { get }
    func messageNeeded(_ channel: String) -> String
    var noContactToReach: String { get }
    // Lists and answers.
    /// `met notify-agency-contact, report-platform`.
    func clocksMetByNotification(_ kinds: [String]) -> String
    /// Columns of an incident's notifications: id, sent, channel, to, template, state, detail.
    var notificationColumns: [String] { get }
    /// Columns of the desk's notification work: incident, level, due, agency, what, status.
    var notificationWorkColumns: [String] { get }
    func fallbackBecause(_ reason: String) -> String
    func retryOfNotification(_ id: String) -> String
    func notificationDraftReady(_ template: String) -> String
    func notificationFailedItem(_ id: String, _ channel: String, _ recipient: String) -> String
    var notificationTo: String { get }
    var notificationTemplateLabel: String { get }
    var notificationSubject: String { get }
    var noNotifications: String { get }
    var noNotificationWork: String { get }
    /// After a failed send: the record is kept, and how to try again.
    func notificationFailedRetry(_ id: String) -> String
    func platformReentered(_ id: String) -> String
    func notificationConfirmed(_ id: String) -> String
    var notifyNeedsOneOf: String { get }
    // The console: the Notifications tab, the notify form and the outbox.
    var tabNotifications: String { get }
    var helpNotify: String { get }
    var hintNotify: String { get }
    var helpOutbox: String { get }
    func notifyFormTitle(_ id: String) -> String
    /// The form's labels: template, channel, how, to, time, fallback, subject, message.
    var notifyFieldLabels: [String] { get }
    var noTemplate: String { get }
    func templateMeets(_ clock: String) -> String
    var templateMeetsNothing: String { get }
    var recordOnly: String { get }
    /// `sent by the SMTP server` and the like: what Enter will do.
    func sendsBy(_ delivery: String) -> String
    var timeNow: String { get }
    var platformUsable: String { get }
    var notifyFormHint: String { get }
    var notificationNotSent: String { get }
    var notificationNeedsRecipient: String { get }
    func notificationRecording(_ id: String) -> String
    func notificationSending(_ id: String, _ how: String) -> String
    func reentryHint(_ id: String) -> String
    var outboxTitle: String { get }
    var outboxHint: String { get }
    var notificationsTabHint: String { get }
    var owedForIncident: String { get }
    func notInQueue(_ id: String) -> String
    func outboxShown(_ shown: Int, of total: Int) -> String
    func moreOwed(_ count: Int) -> String
}
