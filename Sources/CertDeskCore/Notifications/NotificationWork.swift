/// What the desk still owes in notifications, across the desk (`certdesk notifications`, the
/// console's list): a notice whose clock runs with nothing sent yet — its draft ready, the N-CERT
/// escalation's as soon as the incident is level 3–4 — an attempt that failed and was not sent
/// again, and a report made another way that still waits for its re-entry on the platform.
public struct NotificationWork: Hashable, Sendable {
    public enum Item: Hashable, Sendable {
        /// The template's clock runs and no notice went out.
        case draft(NotificationTemplate, Obligation)
        /// It failed; nothing went out after it.
        case failed(NotificationRecord)
        /// The platform re-entry a fallback report owes.
        case reentry(Obligation)
    }

    public let incident: Incident
    public let item: Item

    /// The time it is measured against: the clock's due time, or when the attempt failed.
    public var dueAt: Instant {
        switch item {
        case .draft(_, let obligation), .reentry(let obligation): obligation.dueAt
        case .failed(let record): record.sentAt
        }
    }

    /// Everything owed for `incidents`, the most pressing first, in the queue's spirit (a
    /// year-old breach must not bury tonight's notice): failed attempts; then what falls due
    /// or fell due within a day of `now`, due first; then what falls due later; then the
    /// backlog, the most recent first.
    public static func owed(by incidents: [Incident], at now: Instant) -> [NotificationWork] {
        owed(by: incidents).sorted { $0.rank(at: now) < $1.rank(at: now) }
    }

    /// The band of `owed(by:at:)`, then the time within it, then the incident.
    func rank(at now: Instant) -> (Int, Int64, String) {
        let due = dueAt.millisecondsSinceEpoch, day = NotificationWork.day
        if case .failed = item { return (0, -due, incident.id) }
        if due >= now.millisecondsSinceEpoch - day && due <= now.millisecondsSinceEpoch + day { return (1, due, incident.id) }
        if due > now.millisecondsSinceEpoch { return (2, due, incident.id) }
        return (3, -due, incident.id)
    }

    /// The window around now that comes first (the queue's 24 hours).
    public static let day: Int64 = 86_400_000

    /// Everything owed for `incidents`, due first (then by incident).
    public static func owed(by incidents: [Incident]) -> [NotificationWork] {
        var work: [NotificationWork] = []
        for incident in incidents where incident.phase != .closed || incident.notifications.contains(where: { !$0.wentOut }) {
            for template in NotificationTemplate.allCases {
                guard let kind = template.meets, let obligation = incident.pendingObligation(kind) else { continue }
                work.append(NotificationWork(incident: incident, item: .draft(template, obligation)))
            }
            // A failure is settled by its retry (which, failing, is listed in its place) or by a
            // later notice by the same template that went out.
            for record in incident.notifications where !record.wentOut {
                let settled = incident.notifications.contains {
                    $0.retryOf == record.number || $0.number > record.number && $0.wentOut && $0.template == record.template
                }
                if !settled { work.append(NotificationWork(incident: incident, item: .failed(record))) }
            }
            if let obligation = incident.pendingObligation(.platformReentry) {
                work.append(NotificationWork(incident: incident, item: .reentry(obligation)))
            }
        }
        return work.sorted { ($0.dueAt, $0.incident.id) < ($1.dueAt, $1.incident.id) }
    }
}
