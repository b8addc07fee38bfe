import CertDeskCore

/// The shift-review view: every shift, newest first, with the columns of `certdesk shift list`
/// (its flags in words, so a late signature or a forced start reads without colour); `Enter`
/// opens the selected shift's report exactly as it was handed over.
enum ShiftReviewView {
    static func draw(_ state: ConsoleState, top: Int, height: Int, time: LocalTimeFormatter, into screen: inout Screen) {
        guard let list = state.shiftReview, height >= 3 else { return }
        let words = state.words
        screen.clear(row: top, role: .border)
        var title = StyledLine("── ", .border)
        title.add(words.shiftReviewTitle(list.shifts.count) + " ", .header)
        title.add(String(repeating: "─", count: state.columns), .border)
        title.draw(row: top, column: 0, width: state.columns, into: &screen)
        guard !list.shifts.isEmpty else {
            screen.put(words.noShifts, row: top + 2, column: 2, role: .dim, maxWidth: state.columns - 3)
            return
        }
        let rows = lines(list, state, time: time)
        screen.put(rows.header, row: top + 1, column: 1, role: .dim, maxWidth: state.columns - 2)
        let shown = height - 2 - footerHeight
        for (n, index) in (list.top..<min(list.shifts.count, list.top + shown)).enumerated() {
            let shift = list.shifts[index]
            let selected = index == list.selected
            let row = top + 2 + n
            let role: StyleRole = selected ? .selected : flagged(shift, state) ? .warning : .normal
            screen.clear(row: row, column: 0, width: state.columns, role: selected ? .selected : .normal)
            screen.put(rows.lines[index], row: row, column: 1, role: role, maxWidth: state.columns - 2)
        }
        // The selected shift whole, under the list: its handover and flags do not fit a row at 80 columns.
        guard let shift = list.selectedShift else { return }
        let footer = top + height - footerHeight
        screen.put(String(repeating: "─", count: state.columns), row: footer, column: 0, role: .border)
        let text = ShiftText.labelled(shift, head: list.head, now: state.now, language: state.language, time: time)
        for (n, line) in TextWrap.lines(text, width: state.columns - 2).prefix(footerHeight - 1).enumerated() {
            screen.put(line, row: footer + 1 + n, column: 1, role: flagged(shift, state) ? .warning : .normal, maxWidth: state.columns - 2)
        }
    }

    /// Rows under the list for the selected shift: a rule and two lines.
    static let footerHeight = 3

    /// The column header and one line per shift, aligned as `certdesk shift list` aligns them
    /// (narrower than 120 columns, without the counts).
    static func lines(_ list: ShiftReviewList, _ state: ConsoleState, time: LocalTimeFormatter) -> (header: String, lines: [String]) {
        let all = ShiftText.rows(list.shifts, head: list.head, now: state.now, language: state.language, time: time,
                                 compact: state.columns < 120)
        return (all[0], Array(all.dropFirst()))
    }

    /// A shift whose review has something to look at: forced over another, ended without a
    /// handover, or signed late.
    static func flagged(_ shift: Shift, _ state: ConsoleState) -> Bool {
        if shift.forcedReason != nil || shift.ending == .displaced { return true }
        guard let offer = shift.offer else { return false }
        return (shift.acceptance?.at ?? (shift.isOpen ? state.now : offer.at)) > offer.acceptBy
    }
}
