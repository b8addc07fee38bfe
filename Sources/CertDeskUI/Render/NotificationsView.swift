import CertDeskCore

/// Notifications on screen: the incident's Notices tab (what went out, how, the server's
/// answer; what is still owed), the notify form, and the desk-wide outbox.
enum NotificationsView {
    /// The Notices tab: the records in the order recorded, then what this incident still owes.
    static func tab(_ incident: Incident, _ state: ConsoleState, time: LocalTimeFormatter, width: Int) -> [StyledLine] {
        let words = state.words
        var lines: [StyledLine] = []
        if incident.notifications.isEmpty {
            lines.append(StyledLine(words.noNotifications, .dim))
        }
        // Two lines each, so that 80 columns hold them: who and when; then how it went.
        for record in incident.notifications {
            let role: StyleRole = record.wentOut ? .met : .overdue
            lines.append(StyledLine(SafeText.singleLine("\(record.id)  \(time.minuteString(record.sentAt))  \(words.name(of: record.channel)) → \(record.recipient)"), role))
            let how = [record.template?.rawValue, NotificationText.state(record, words, time), NotificationText.detail(record, words)]
                .compactMap { $0 }.joined(separator: " · ")
            for line in TextWrap.lines(how, width: max(20, width - 4)) { lines.append(StyledLine("    " + line, .dim)) }
        }
        let owed = NotificationWork.owed(by: [incident])
        if !owed.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine(words.owedForIncident, .header))
            for work in owed {
                lines.append(StyledLine("  " + NotificationText.what(work, words) + "  " + NotificationText.status(work, words, time, now: state.now),
                                        ClockUrgency(dueAt: work.dueAt, warnAt: nil, at: state.now) == .overdue ? .overdue : .warning))
            }
        }
        lines.append(StyledLine())
        lines.append(StyledLine(words.notificationsTabHint, .dim))
        return lines
    }

    /// The form: one row per field, the message below in the rest of the box, wrapped to it
    /// with the cursor kept in view.
    static func form(_ form: NotifyForm, _ state: ConsoleState, into screen: inout Screen) {
        let delivery = form.route
        let words = state.words
        let area = OverlayView.box(title: words.notifyFormTitle(form.incident), width: 100, height: state.rows - 2, state, into: &screen)
        let labels = words.notifyFieldLabels
        let labelWidth = min(14, labels.map(DisplayWidth.width(of:)).max() ?? 10) + 3
        func editing(_ line: LineEditor, _ field: NotifyForm.Field) -> String {
            form.field == field ? String(line.beforeCursor) + "▏" + String(line.afterCursor) : line.text
        }
        let template = form.template.map { "◀ \(words.name(of: $0)) ▶  " + ($0.meets.map { words.templateMeets($0.rawValue) } ?? words.templateMeetsNothing) }
            ?? "◀ \(words.noTemplate) ▶  " + words.templateMeetsNothing
        let how = form.recorded || delivery == .recorded ? (delivery == .exercise ? words.exerciseNotSent : words.name(of: NotificationRecord.Delivery.recorded))
            : words.sendsBy(words.name(of: delivery))
        let values: [(NotifyForm.Field, String)] = [
            (.template, template),
            (.channel, "◀ \(words.name(of: form.channel)) ▶"),
            (.how, delivery == .recorded || delivery == .exercise ? how : "◀ \(form.recorded ? words.recordOnly : how) ▶"),
            (.recipient, editing(form.recipient, .recipient)),
            (.time, form.field == .time || !form.time.text.isEmpty ? editing(form.time, .time) : words.timeNow),
            (.fallback, form.field == .fallback || !form.fallback.text.isEmpty ? editing(form.fallback, .fallback) : words.platformUsable),
            (.subject, editing(form.subject, .subject)),
        ]
        for (n, (field, value)) in values.enumerated() where area.top + n < state.rows - 2 {
            let focused = form.field == field
            screen.put((focused ? "▶ " : "  ") + DisplayWidth.pad(labels[field.rawValue], toWidth: labelWidth - 2), row: area.top + n,
                       column: area.left, role: focused ? .key : .dim)
            screen.put(SafeText.singleLine(value), row: area.top + n, column: area.left + labelWidth, role: focused ? .selected : .normal,
                       maxWidth: area.width - labelWidth)
        }
        let messageTop = area.top + values.count
        let focused = form.field == .message
        screen.put((focused ? "▶ " : "  ") + labels[NotifyForm.Field.message.rawValue], row: messageTop, column: area.left,
                   role: focused ? .key : .dim)
        // The box fills the screen but for the title and status bars: its last row holds the hint.
        let bottom = area.top + max(0, state.rows - 2) - 3
        let height = max(1, bottom - messageTop - 1)
        let (rows, cursorRow) = wrap(form.message, width: area.width - 2, cursor: focused)
        let first = max(0, min(cursorRow - height / 2, rows.count - height))
        for (n, row) in rows.dropFirst(first).prefix(height).enumerated() {
            screen.put(row, row: messageTop + 1 + n, column: area.left + 2, role: .normal, maxWidth: area.width - 2)
        }
        screen.put(words.notifyFormHint, row: bottom, column: area.left, role: .dim, maxWidth: area.width)
    }

    /// The message's lines cut to `width` display cells, the cursor drawn as `▏` when editing;
    /// and the row the cursor is on.
    static func wrap(_ area: TextArea, width: Int, cursor: Bool) -> (rows: [String], cursorRow: Int) {
        var rows: [String] = []
        var cursorRow = 0
        for (n, line) in area.lines.enumerated() {
            var text = SafeText.singleLine(line)
            if cursor && n == area.row {
                let at = text.index(text.startIndex, offsetBy: min(area.column, text.count))
                text.insert("▏", at: at)
            }
            var row = "", used = 0, startRow = rows.count
            var columnSeen = 0
            for character in text {
                let w = DisplayWidth.width(of: character)
                if used + w > width {
                    rows.append(row)
                    row = ""
                    used = 0
                }
                row.append(character)
                used += w
                if cursor && n == area.row && character == "▏" && columnSeen == area.column { cursorRow = rows.count }
                if character != "▏" { columnSeen += 1 }
            }
            rows.append(row)
            if cursor && n == area.row && cursorRow < startRow { cursorRow = startRow }
        }
        return (rows, cursorRow)
    }

    /// The desk-wide outbox: what is owed and failed, the most pressing first.
    static func outbox(_ outbox: Outbox, _ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        let words = state.words
        let title = words.outboxTitle + (outbox.total > outbox.entries.count ? " " + words.outboxShown(outbox.entries.count, of: outbox.total) : "")
        let area = OverlayView.box(title: title, width: 120, height: min(state.rows - 2, outbox.entries.count + 5), state, into: &screen)
        guard !outbox.entries.isEmpty else {
            screen.put(words.noNotificationWork, row: area.top, column: area.left, role: .dim, maxWidth: area.width)
            return
        }
        let rendered = NotificationText.work(outbox.entries, words, time, now: state.now, compact: area.width < 110)
            .split(separator: "\n").map(String.init)
        let height = max(1, min(state.rows - 2, outbox.entries.count + 5) - 4)
        screen.put(rendered[0], row: area.top, column: area.left, role: .dim, maxWidth: area.width)
        let first = max(0, min(outbox.selected - height / 2, outbox.entries.count - height))
        for n in first..<min(outbox.entries.count, first + height) {
            let y = area.top + 1 + n - first
            let role: StyleRole = n == outbox.selected ? .selected
                : ClockUrgency(dueAt: outbox.entries[n].dueAt, warnAt: nil, at: state.now) == .overdue ? .overdue : .normal
            screen.clear(row: y, column: area.left, width: area.width, role: role)
            screen.put(rendered[n + 1], row: y, column: area.left, role: role, maxWidth: area.width)
        }
        screen.put(words.outboxHint, row: area.top + 1 + height, column: area.left, role: .dim, maxWidth: area.width)
    }
}
