import CertDeskCore

/// The title bar (desk, officer on watch, local time, next breach) and the status bar (keys
/// that work here, or the last message).
enum BarsView {
    /// The next breach is drawn first, from the right, so it is never the part cut off.
    static func drawTitle(_ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        let zh = state.language == .zhTW
        screen.clear(row: 0, role: .bar)
        var right = StyledLine()
        if let next = state.nextBreach {
            let o = next.obligation
            let overdue = o.state(at: state.now) == .overdue
            right.add(overdue ? (zh ? "已逾期 " : "OVERDUE ") : (zh ? "下個期限 " : "next breach "), .bar)
            let role: StyleRole = overdue ? .overdue : state.now >= o.warnAt ? .warning : .bar
            right.add((overdue ? "-" : "") + Countdown.text(milliseconds: state.now.milliseconds(until: o.dueAt)), role)
            if state.columns >= 120 { right.add(" " + next.incidentID + " " + ConsoleText.clockName(o, state.language), .bar) }
            right.add(" ", .bar)
        } else {
            right.add((zh ? "無進行中時限" : "no clock running") + " ", .bar)
        }
        let rightWidth = right.runs.reduce(0) { $0 + DisplayWidth.width(of: $1.text) }
        right.draw(row: 0, column: max(0, state.columns - rightWidth), width: rightWidth, into: &screen)
        var left = StyledLine(" certdesk · " + ConsoleText.regionTitle(state.region, state.language), .bar)
        left.add("  " + (zh ? "值班 " : "on watch ") + state.actor, .bar)
        left.add("  " + time.minuteString(state.now) + " " + offsetLabel(time, state.now), .bar)
        left.draw(row: 0, column: 0, width: max(0, state.columns - rightWidth - 1), into: &screen)
    }

    /// `UTC+8`, as a wall clock on a duty desk is labelled.
    static func offsetLabel(_ time: LocalTimeFormatter, _ now: Instant) -> String {
        let minutes = time.offsetMinutes(at: now)
        let hours = minutes / 60, rest = abs(minutes % 60)
        return "UTC" + (minutes < 0 ? "-" : "+") + "\(abs(hours))" + (rest == 0 ? "" : ":" + (rest < 10 ? "0" : "") + "\(rest)")
    }

    static func drawStatus(_ state: ConsoleState, into screen: inout Screen) {
        let row = state.rows - 1
        screen.clear(row: row, role: .bar)
        if let message = state.message {
            screen.put(" " + message.text, row: row, column: 0, role: message.isError ? .error : .bar)
            return
        }
        var x = 1
        for hint in ConsoleBindings.hints(for: state.view, language: state.language) {
            let needed = DisplayWidth.width(of: hint.keys) + DisplayWidth.width(of: hint.word) + 3
            guard x + needed <= state.columns else { break }
            x += screen.put(hint.keys, row: row, column: x, role: .key)
            x += screen.put(" " + hint.word + "  ", row: row, column: x, role: .bar)
        }
    }
}
