import CertDeskCore

/// Notifications as text: `notify`'s answer, `notifications` (an incident's, and the desk's work
/// still owed), and the draft `notify --draft` prints. Recipients, messages and servers' answers
/// came from outside: neutralised here.
public enum NotificationText {
    /// `TCN-2026-0001-N01 e-mail → liu@example.gov.tw: sent 03:12 by the SMTP server (250 Ok) · met notify-agency-contact`.
    public static func outcome(_ record: NotificationRecord, met: [ObligationKind], _ words: any Words, _ time: LocalTimeFormatter) -> String {
        var text = "\(record.id) \(words.name(of: record.channel)) → \(record.recipient): \(words.name(of: record.outcome)) "
            + time.minuteString(record.sentAt)
        if record.wentOut { text += " " + words.name(of: record.delivery) }
        if let failure = record.failureText(words) { text += ": " + failure }
        else if let reply = record.reply { text += " (\(reply))" }
        if !met.isEmpty { text += " · " + words.clocksMetByNotification(met.map(\.rawValue)) }
        return SafeText.singleLine(text)
    }

    /// One row per notification of an incident, in the order recorded.
    public static func list(_ records: [NotificationRecord], _ words: any Words, _ time: LocalTimeFormatter) -> String {
        var table = TextTable(columns: words.notificationColumns.enumerated().map { n, title in
            TextTable.Column(title, maxWidth: n == 3 ? 32 : n == 6 ? 64 : nil)
        })
        for record in records {
            table.append([record.id, time.minuteString(record.sentAt), words.name(of: record.channel), record.recipient,
                          record.template?.rawValue ?? "—", state(record, words, time), detail(record, words)])
        }
        return table.render()
    }

    /// `sent`, `confirmed 03:40`, `failed`.
    public static func state(_ record: NotificationRecord, _ words: any Words, _ time: LocalTimeFormatter) -> String {
        record.confirmedAt.map { words.name(of: .confirmed) + " " + time.minuteString($0) } ?? words.name(of: record.outcome)
    }

    /// How it went out and what the server said; the fallback's reason; a retry's origin.
    public static func detail(_ record: NotificationRecord, _ words: any Words) -> String {
        // The server's answer last: it is the longest, and the table cuts what does not fit.
        var parts = record.retryOf.map { [words.retryOfNotification(NotificationRecord.id(incident: record.incident, number: $0))] } ?? []
        parts.append(record.failureText(words) ?? words.name(of: record.delivery))
        if let reason = record.fallbackReason { parts.append(words.fallbackBecause(reason)) }
        if record.wentOut, let reply = record.reply { parts.append(reply) }
        return SafeText.singleLine(parts.joined(separator: " · "))
    }

    /// The desk's notification work, the most pressing first. `compact` (an 80-column
    /// console) leaves out the level, the due time and the agency (the status says how long).
    public static func work(_ work: [NotificationWork], _ words: any Words, _ time: LocalTimeFormatter, now: Instant,
                            compact: Bool = false) -> String {
        let shown = compact ? [0, 4, 5] : Array(0..<6)
        var table = TextTable(columns: shown.map { n in
            TextTable.Column(words.notificationWorkColumns[n], maxWidth: n == 3 ? 30 : n == 4 ? (compact ? 34 : 40) : nil)
        })
        for item in work {
            let incident = item.incident
            let cells = [incident.id, words.levelInMessage(incident.level), time.minuteString(item.dueAt), incident.agency,
                         what(item, words), status(item, words, time, now: now)]
            table.append(shown.map { cells[$0] })
        }
        return table.render()
    }

    /// Time left on the clock, or what the failed attempt was told.
    static func status(_ item: NotificationWork, _ words: any Words, _ time: LocalTimeFormatter, now: Instant) -> String {
        switch item.item {
        case .draft(_, let obligation), .reentry(let obligation):
            Countdown.status(obligation, now: now, language: words.language, time: time)
        case .failed(let record):
            SafeText.singleLine(record.failureText(words) ?? "")
        }
    }

    /// `draft: N-CERT escalation`, `failed: N01 e-mail → …`, `re-entry on the platform`.
    public static func what(_ item: NotificationWork, _ words: any Words) -> String {
        switch item.item {
        case .draft(let template, _): SafeText.singleLine(words.notificationDraftReady(words.name(of: template)))
        case .failed(let record): SafeText.singleLine(words.notificationFailedItem(record.id, words.name(of: record.channel), record.recipient))
        case .reentry: words.name(of: ObligationKind.platformReentry)
        }
    }

    /// The draft as `notify --draft` prints it: who, how, the subject and the message.
    public static func draft(_ channel: NotificationRecord.Channel, recipient: String, template: NotificationTemplate?,
                             subject: String, message: String, _ words: any Words) -> String {
        var lines = [SafeText.singleLine("\(words.notificationTo): \(words.name(of: channel)) → \(recipient.isEmpty ? "—" : recipient)")]
        if let template { lines.append(SafeText.singleLine("\(words.notificationTemplateLabel): \(words.name(of: template)) (\(template.rawValue))")) }
        lines.append(SafeText.singleLine("\(words.notificationSubject): \(subject)"))
        lines.append("")
        lines += message.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.singleLine(String($0)) }
        return lines.joined(separator: "\n")
    }
}
