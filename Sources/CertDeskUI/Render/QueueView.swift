import CertDeskCore

/// The queue: every open incident, what must be acted on first on top (`QueueUrgency`).
enum QueueView {
    struct Columns {
        /// The longest DUE value (`Countdown.longest`) and a space: a year's backlog has clocks
        /// overdue by `-364d 23:08:15`, which must not lose its last digit.
        let due = Countdown.longest + 1, level = 3
        let id: Int, category: Int, agency: Int, phase: Int, assignee: Int, title: Int

        /// `ids`: the incidents in the rows held, so a desk past its 9,999th incident of a year
        /// (`TCN-2026-10000`) shows every digit.
        init(width: Int, ids: [String] = []) {
            id = max(14, (ids.map(\.count).max() ?? 0) + 1)
            category = width >= 120 ? 14 : 11
            agency = width >= 120 ? 18 : 13
            phase = width >= 110 ? 16 : 0
            assignee = width >= 140 ? 10 : 0
            title = max(10, width - 3 - due - id - level - category - agency - phase - assignee)
        }
    }

    static func draw(_ state: ConsoleState, top: Int, height: Int, time: LocalTimeFormatter, into screen: inout Screen) {
        let columns = Columns(width: state.columns, ids: state.window.rows.map(\.id))
        drawHeader(state, columns, row: top, into: &screen)
        let listTop = top + 1, listHeight = height - 1
        guard state.count > 0 else {
            let text = (state.query.filter.isEmpty ? state.words.quietDesk : state.words.noMatch)
            screen.put(text, row: listTop + listHeight / 2, column: max(0, (state.columns - DisplayWidth.width(of: text)) / 2), role: .dim)
            return
        }
        for line in 0..<listHeight {
            let index = state.top + line
            guard index < state.count, let row = state.window.row(at: index) else { break }
            drawRow(row, selected: index == state.selected, state, columns, row: listTop + line, into: &screen)
        }
    }

    static func drawHeader(_ state: ConsoleState, _ c: Columns, row: Int, into screen: inout Screen) {
        let words = state.words
        screen.clear(row: row, role: .header)
        var x = 3
        func cell(_ text: String, _ width: Int) {
            guard width > 0 else { return }
            screen.put(text, row: row, column: x, role: .header, maxWidth: width - 1)
            x += width
        }
        cell(words.heading(.due), c.due)
        cell(words.heading(.id), c.id)
        cell(words.heading(.levelShort), c.level)
        cell(words.heading(.category), c.category)
        cell(words.heading(.agency), c.agency)
        cell(words.heading(.title), c.title)
        cell(words.heading(.phase), c.phase)
        cell(words.heading(.assignee), c.assignee)
        // Where the officer is in the queue, in what order, and what it shows: in the title
        // column's heading, after the word TITLE, so it never covers another column's title at
        // any width; the order always, the position and the filter as they fit.
        let titleStart = 3 + c.due + c.id + c.level + c.category + c.agency
        let start = titleStart + DisplayWidth.width(of: words.heading(.title)) + 2
        let room = titleStart + c.title - 1 - start
        let order = words.name(of: state.query.order) + (state.query.includeClosed ? words.closedIncludedMark : "")
        let position = "\(state.count == 0 ? 0 : state.selected + 1)/\(state.count) " + order
        // A filter hides incidents, so it is shown before the position is.
        var candidates = [position, order]
        if !state.query.filter.isEmpty {
            func filtered(_ head: String) -> String? {
                let filterRoom = room - DisplayWidth.width(of: head) - 2
                return filterRoom >= 2 ? head + " /" + DisplayWidth.truncate(state.query.filter, toWidth: filterRoom) : nil
            }
            candidates = [filtered(position), filtered(order)].compactMap { $0 } + candidates
        }
        if let counter = candidates.first(where: { DisplayWidth.width(of: $0) <= room }) {
            screen.put(counter, row: row, column: start, role: .header)
        }
    }

    static func drawRow(_ row: QueueRow, selected: Bool, _ state: ConsoleState, _ c: Columns, row y: Int,
                        into screen: inout Screen) {
        let base: StyleRole = selected ? .selected : .normal
        screen.clear(row: y, role: base)
        let (marker, due, dueRole) = deadline(row, state.now)
        // The selection and the urgency each have their own column, so a selected overdue row
        // still shows ✖ (and its colour) even without colour. An incident that arrived while
        // the console was open is marked until the officer has been on it.
        if selected {
            screen.put("▶", row: y, column: 0, role: base)
        } else if state.unseen.contains(row.id) {
            screen.put("*", row: y, column: 0, role: .key)
        }
        screen.put(marker, row: y, column: 1, role: dueRole)
        var x = 3
        func cell(_ text: String, _ width: Int, _ role: StyleRole) {
            guard width > 0 else { return }
            screen.put(DisplayWidth.truncate(text, toWidth: width - 1), row: y, column: x, role: selected ? base : role)
            x += width
        }
        screen.put(due, row: y, column: x, role: dueRole, maxWidth: c.due - 1)
        x += c.due
        cell(row.id, c.id, .normal)
        cell(row.level.map { String($0.rawValue) } ?? "?", c.level, (row.level?.isMajor ?? false) ? .major : .normal)
        cell(state.words.shown(row.category), c.category, .normal)
        cell(row.agency, c.agency, .normal)
        if row.exercise {
            let tag = state.words.exerciseTag + " "
            let used = screen.put(tag, row: y, column: x, role: selected ? base : .exercise, maxWidth: c.title - 1)
            screen.put(DisplayWidth.truncate(row.title, toWidth: max(0, c.title - 1 - used)), row: y, column: x + used, role: base)
            x += c.title
        } else {
            cell(row.title, c.title, .normal)
        }
        cell(state.words.shown(row.phase), c.phase, .normal)
        cell(row.assignee ?? "—", c.assignee, .dim)
    }

    /// The time left on the incident's next clock (or overdue by), with its marker and role.
    static func deadline(_ row: QueueRow, _ now: Instant) -> (String, String, StyleRole) {
        let due = Countdown.due(row.nextDueAt, warnAt: row.nextWarnAt, now: now)
        return (due.marker, due.text, due.urgency?.role() ?? .dim)
    }
}
