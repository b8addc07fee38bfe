import CertDeskCore
import CertDeskMail
import CertDeskStore
import Foundation

/// Notifications, once for the CLI and the console (README, "Notifications"): the draft the
/// desk prefills, sending it by its channel (or recording what the officer did), a retry after a
/// failure, the recipient's confirmation, and the platform re-entry a fallback report owes.
extension Desk {
    /// The desk's prefill: `template` (default: by what is due), the recipient — the agency's
    /// first contact by their first channel, or N-CERT for the escalation — and the rendered
    /// message in `language`.
    public func notificationDraft(_ id: String, template: NotificationTemplate? = nil, language: InterfaceLanguage,
                                  settings: NotificationSettings) throws(DeskError) -> NotificationDraft {
        let incident = try incident(id)
        let chosen = template ?? NotificationTemplate.due(for: incident)
        let agency = try read { store throws(StoreError) in try store.agency(of: incident) }
        let rendered = try notificationMessage(chosen, of: incident, agency: agency, language: language)
        let (channel, recipient): (NotificationRecord.Channel, String)
        if chosen == .ncert {
            let ncert = settings.ncert
            if let email = ncert.email { (channel, recipient) = (.email, email) }
            else if let phone = ncert.phone { (channel, recipient) = (.phone, "\(ncert.name) \(phone)") }
            else { (channel, recipient) = (.email, "") }
        } else if let contact = agency?.contacts.first, let preferred = contact.preferredChannel {
            channel = NotificationDraft.channel(preferred)
            recipient = NotificationDraft.recipient(contact, by: preferred) ?? ""
        } else {
            (channel, recipient) = (.phone, "")
        }
        return NotificationDraft(incident: incident.id, template: chosen, channel: channel, recipient: recipient,
                                 subject: rendered.subject, message: rendered.body)
    }

    /// `template` rendered for `incident` from the templates in force.
    public func notificationMessage(_ template: NotificationTemplate, of incident: Incident, agency: Agency?,
                                    language: InterfaceLanguage) throws(DeskError) -> NotificationMessage {
        let timeline = try read { store throws(StoreError) in try store.timeline(of: incident.id) }
        let playbook = try read { store throws(StoreError) in try store.playbook(of: incident) }
        let region = try region() ?? .taichung
        let facts = NotificationFacts(incident: incident, timeline: timeline, playbook: playbook, agency: agency, region: region,
                                      officer: actor, now: clock.now)
        return try NotificationMessages(rules?.location.files ?? .shipped(.playbooks)).render(template, language, facts)
    }

    /// Sends `draft` by its channel, or — `recorded`, a call, a fax, anything the desk does not
    /// carry itself — records what the officer did, at `at` (default now). Everything is checked
    /// before anything goes out; an attempt that fails is recorded as failed with the server's
    /// answer (and can be retried), never lost. An exercise incident sends nothing.
    public func send(_ draft: NotificationDraft, at: Instant? = nil, recorded: Bool = false,
                     settings: NotificationSettings) async throws(DeskError) -> NotificationSent {
        try await deliver(try prepare(draft, at: at, recorded: recorded, settings: settings))
    }

    /// The checks of `send`, all of them, before anything goes out: the console calls this
    /// first, so a refusal shows at once and the form stays as typed.
    public func prepare(_ draft: NotificationDraft, at: Instant? = nil, recorded: Bool = false,
                        settings: NotificationSettings) throws(DeskError) -> PreparedNotification {
        let incident = try incident(draft.incident)
        let delivery = settings.delivery(for: draft.channel, exercise: incident.exercise, recorded: recorded)
        let carried = delivery != .recorded && delivery != .exercise
        if draft.channel == .email {
            if !NotificationSettings.isAddress(draft.recipient) {
                throw DeskError(.usage) { $0.recipientNotAnAddress(TextChecks.quoted(draft.recipient)) }
            }
            if delivery == .recorded && !recorded { throw DeskError(.refused) { $0.mailNotConfigured } }
            if carried && settings.from == nil { throw DeskError(.refused) { $0.mailFromMissing } }
        }
        if carried && at != nil { throw DeskError(.usage) { $0.sentNowNotEarlier } }
        if (draft.channel == .email || draft.channel == .sms) && TextChecks.isBlank(draft.message) {
            throw DeskError(.usage) { $0.messageNeeded($0.name(of: draft.channel)) }
        }
        let request = NotificationRequest(
            incident: incident.id, template: draft.template, channel: draft.channel, recipient: draft.recipient,
            subject: draft.subject, message: draft.message, at: at, outcome: .sent, fallbackReason: draft.fallbackReason,
            delivery: delivery == .exercise ? .exercise : .recorded, retryOf: draft.retryOf)
        try read { store throws(StoreError) in try store.check(.notify(request), actor: actor, clock: clock) }
        return PreparedNotification(draft: draft, request: request, carried: carried, number: incident.notifications.count + 1,
                                    settings: settings)
    }

    /// Carries a prepared notice out (when the desk carries it) and records how it went.
    public func deliver(_ prepared: PreparedNotification) async throws(DeskError) -> NotificationSent {
        try record(await carry(prepared))
    }

    /// The network part alone (SMTP, the mail or SMS command), touching no record: the console
    /// runs it in the background and records the outcome on its own thread.
    public func carry(_ prepared: PreparedNotification) async -> PreparedNotification {
        guard prepared.carried else { return prepared }
        var done = prepared
        let id = NotificationRecord.id(incident: prepared.request.incident, number: prepared.number)
        let date = Date(timeIntervalSince1970: Double(clock.now.millisecondsSinceEpoch) / 1000)
        let sent = await NotificationDelivery(settings: prepared.settings).send(prepared.draft, id: id, at: date)
        done.request.outcome = sent.outcome
        done.request.delivery = sent.delivery
        done.request.reply = sent.reply
        done.request.failure = sent.failure
        done.request.failureKind = sent.failureKind
        done.request.messageID = sent.messageID
        return done
    }

    /// Records a notice as it went (after `carry`, or as the officer did it), meeting its clocks.
    public func record(_ prepared: PreparedNotification) throws(DeskError) -> NotificationSent {
        let events = try perform(.notify(prepared.request)).map(\.event)
        let met = events.compactMap { event -> ObligationKind? in
            if case .obligationMet(_, let meeting) = event { return meeting.kind }
            return nil
        }
        for event in events {
            if case .notificationRecorded(let record) = event { return NotificationSent(record: record, met: met) }
        }
        throw DeskError(.inconsistent) { $0.eventForUnknownNotification(prepared.request.incident) }
    }

    /// Sends again, by the same channel to the same recipient, an attempt that failed
    /// (`notify --retry TCN-2026-0001-N01`); the failed record stays.
    public func retry(_ notificationID: String, settings: NotificationSettings) async throws(DeskError) -> NotificationSent {
        try await send(.retrying(try notification(notificationID)), settings: settings)
    }

    /// The recipient confirmed receipt, at `at` (default now).
    public func confirm(_ notificationID: String, at: Instant?) throws(DeskError) {
        let record = try notification(notificationID)
        try perform(.confirmNotification(incident: record.incident, number: record.number, at: at))
    }

    /// The report made another way is re-entered on the platform, at `at` (default now): the
    /// `platform-reentry` clock is met.
    public func reenter(_ incident: String, at: Instant?) throws(DeskError) {
        try perform(.meet(incident: try self.incident(incident).id, kind: .platformReentry, at: at, note: nil))
    }

    /// The notification `TCN-2026-0001-N01`, or a refusal naming it.
    public func notification(_ id: String) throws(DeskError) -> NotificationRecord {
        guard let parsed = NotificationRecord.parse(id) else { throw DeskError(.usage) { $0.noNotification(TextChecks.quoted(id)) } }
        let incident = try incident(parsed.incident)
        guard let record = incident.notifications.first(where: { $0.number == parsed.number }) else {
            throw DeskError(.refused) { $0.noNotification(NotificationRecord.id(incident: incident.id, number: parsed.number)) }
        }
        return record
    }

    /// What the desk still owes in notifications, the most pressing first (`NotificationWork`),
    /// at most `limit` of them; and how many are owed in all.
    public func notificationWork(limit: Int? = nil) throws(DeskError) -> (items: [NotificationWork], total: Int) {
        let now = clock.now
        let found = try read { store throws(StoreError) in try store.incidentsOwingNotifications(limit: limit, at: now) }
        let owed = NotificationWork.owed(by: found.incidents, at: now)
        let failures = owed.filter { if case .failed = $0.item { true } else { false } }.count
        return (limit.map { Array(owed.prefix($0)) } ?? owed, found.pending + failures)
    }
}

/// A notice checked and ready to go out (`Desk.prepare`), to hand to `Desk.deliver`.
public struct PreparedNotification: Sendable {
    public let draft: NotificationDraft
    var request: NotificationRequest
    /// Whether the desk carries it (SMTP, mail command, SMS gateway) rather than records it.
    public let carried: Bool
    let number: Int
    let settings: NotificationSettings
}
