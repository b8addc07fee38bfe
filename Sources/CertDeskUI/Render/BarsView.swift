import CertDeskCore

/// The title bar (desk, officer on watch, local time, the next breach and how many clocks are
/// overdue), the banner when nothing can be recorded, and the status bar (the keys that work
/// here, or the last message).
enum BarsView {
    /// The clock summary is drawn first, from the right, so it is never the part cut off; the
    /// left side drops whole parts (the product name, then the officer, then the date) to fit.
    static func drawTitle(_ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        screen.clear(row: 0, role: .bar)
        let right = outlook(state)
        let rightWidth = right.width
        right.draw(row: 0, column: max(0, state.columns - rightWidth), width: rightWidth, into: &screen)
        let room = max(0, state.columns - rightWidth - 1)
        let clock = time.minuteString(state.now) + " " + offsetLabel(time, state.now)
        let shortClock = String(time.minuteString(state.now).suffix(5)) + " " + offsetLabel(time, state.now)
        // Who is on watch comes from the open shift, not the login name; with none open the
        // title says so in the warning colour (issue: a desk nobody holds must look like it).
        let desk = state.words.regionTitle(state.region)
        let officer = state.watch.map { state.words.onWatch($0.officer, since: String(time.minuteString($0.startedAt).suffix(5))) }
            ?? state.words.noShiftOnWatchTitle
        let officerRole: StyleRole = state.watch == nil ? .warning : .bar
        let candidates = [
            [" certdesk · " + desk, officer, clock], [" " + desk, officer, clock], [" " + officer, clock],
            [" " + officer, shortClock], [" " + shortClock],
        ]
        let parts = candidates.first { DisplayWidth.width(of: $0.joined(separator: "  ")) <= room } ?? candidates.last!
        var line = StyledLine()
        for (n, part) in parts.enumerated() {
            if n > 0 { line.add("  ", .bar) }
            let isOfficer = part == officer || part == " " + officer
            if isOfficer, part.hasPrefix(" ") { line.add(" ", .bar) }
            line.add(isOfficer ? officer : part, isOfficer ? officerRole : .bar)
        }
        line.draw(row: 0, column: 0, width: room, into: &screen)
    }

    /// `next breach 00:17:41 TCN-2026-0045 review · 9 overdue` (incidents with a clock overdue)
    static func outlook(_ state: ConsoleState) -> StyledLine {
        let words = state.words
        var right = StyledLine()
        if let next = state.outlook.next {
            let o = next.obligation
            right.add(words.nextBreach + " ", .bar)
            right.add(Countdown.text(milliseconds: state.now.milliseconds(until: o.dueAt)), ClockUrgency(o, at: state.now).role(calm: .bar))
            if next.exercise { right.add(" " + words.exerciseTag, .bar) }
            if state.columns >= 120 { right.add(" " + next.incidentID + " " + words.clockName(o), .bar) }
        } else {
            right.add(words.noClockInOutlook, .bar)
        }
        if state.outlook.overdue > 0 {
            right.add(" · ", .bar)
            right.add(words.overdueIncidents(state.outlook.overdue), .overdue)
        }
        right.add(" ", .bar)
        return right
    }

    /// `UTC+8`, as a wall clock on a duty desk is labelled.
    static func offsetLabel(_ time: LocalTimeFormatter, _ now: Instant) -> String {
        let minutes = time.offsetMinutes(at: now)
        let hours = minutes / 60, rest = abs(minutes % 60)
        return "UTC" + (minutes < 0 ? "-" : "+") + "\(abs(hours))" + (rest == 0 ? "" : ":" + Digits.two(rest))
    }

    /// The row under the title while the database cannot be written.
    static func drawBanner(_ banner: BilingualText, _ state: ConsoleState, into screen: inout Screen) {
        screen.clear(row: state.bannerRow, role: .error)
        screen.put(" ⚠ " + banner.text(in: state.language), row: state.bannerRow, column: 0, role: .error)
    }

    /// The row under the title in a replay or a drill, on every screen: which it is (in both
    /// languages, so nobody takes it for the live desk), the played time to the second, the
    /// speed, and whether it plays. A replay adds the journal row it stands after.
    static func drawPlayback(_ status: PlaybackStatus, _ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        let words = state.words
        let role: StyleRole = state.mode == .drill ? .exercise : .warning
        screen.clear(row: 1, role: role)
        let title = state.mode == .drill ? " 演練 EXERCISE" : " 重播 REPLAY"
        var parts = [time.string(status.instant), "×\(status.speed)", status.playing ? words.playing : words.paused]
        if let row = status.row, let last = status.lastRow { parts.append(words.replayRow(row, of: last)) }
        if let scenario = status.scenario { parts.append(SafeText.singleLine(scenario)) }
        let full = title + "  " + parts.joined(separator: " · ")
        let line = DisplayWidth.width(of: full) <= state.columns ? full : title + "  " + parts.prefix(3).joined(separator: " · ")
        screen.put(DisplayWidth.truncate(line, toWidth: state.columns), row: 1, column: 0, role: role)
    }

    /// The lines of the status area: a message wraps onto up to three rows (an error must be
    /// read whole), else one row of hints.
    static func statusLines(_ state: ConsoleState) -> [String] {
        guard let message = state.message else { return [] }
        let lines = TextWrap.lines(message.text, width: max(10, state.columns - 2))
        return lines.count <= 3 ? lines : Array(lines.prefix(2)) + [DisplayWidth.truncate(lines.dropFirst(2).joined(separator: " "), toWidth: state.columns - 2)]
    }

    /// Rows the status area takes at the bottom: the message (or the hints), and the progress
    /// line of long work under it.
    static func statusHeight(_ state: ConsoleState) -> Int { max(1, statusLines(state).count) + (state.work == nil ? 0 : 1) }

    /// The keys that work here, `? help` always last and always shown; what an open prompt
    /// takes; or the last message.
    static func drawStatus(_ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        var state = state
        if let work = state.work {
            // The last row is the work's, whatever else the bar says above it: what runs, how far, X to cancel.
            let row = state.rows - 1
            screen.clear(row: row, role: .bar)
            // The key from the binding table, as every hint is.
            let key = ConsoleBindings.all.first { $0.action == .cancelWork }?.keys.first?.label ?? "X"
            let word = state.words.workCancelKey
            let room = state.columns - 2 - DisplayWidth.width(of: key) - DisplayWidth.width(of: word) - 3
            let x = 1 + screen.put(work.line(state.words, plain: state.plainCharts, width: max(10, room)), row: row, column: 1, role: .bar)
            let at = max(x + 2, state.columns - DisplayWidth.width(of: key) - DisplayWidth.width(of: word) - 2)
            screen.put(key, row: row, column: at, role: .key)
            screen.put(" " + word, row: row, column: at + DisplayWidth.width(of: key), role: .bar)
            state.rows -= 1
            state.work = nil
        }
        let lines = statusLines(state)
        let top = state.rows - max(1, lines.count)
        if let message = state.message {
            for (n, line) in lines.enumerated() {
                screen.clear(row: top + n, role: message.isError ? .error : .bar)
                screen.put(" " + line, row: top + n, column: 0, role: message.isError ? .error : .bar)
            }
            return
        }
        let row = state.rows - 1
        screen.clear(row: row, role: .bar)
        if case .prompt(let prompt)? = state.overlay, let hint = prompt.hint {
            screen.put(" " + hint.text(in: state.language), row: row, column: 0, role: .bar)
            return
        }
        let hints = ConsoleBindings.hints(for: state.view, tab: state.tab, language: state.language, mode: state.mode)
        func width(_ hint: (keys: String, word: String)) -> Int { DisplayWidth.width(of: hint.keys) + DisplayWidth.width(of: hint.word) + 3 }
        let help = hints.last.map(width) ?? 0
        var x = 1
        if let flag = handoverFlag(state, time: time) {
            // Before the hints: an unsigned handover must not scroll off a narrow bar.
            x += screen.put("⚑ " + flag, row: row, column: x, role: .warning, maxWidth: state.columns - 2 - help)
            x += 2
        }
        for (n, hint) in hints.enumerated() {
            let last = n == hints.count - 1
            guard x + (last ? width(hint) - 2 : width(hint) + help) <= state.columns else { continue }
            x += screen.put(hint.keys, row: row, column: x, role: .key)
            x += screen.put(" " + hint.word + "  ", row: row, column: x, role: .bar)
        }
    }

    /// An offer not signed within `handover_accept_within` (policy, default 30 min): flagged on
    /// the status bar of every view until the incoming officer accepts it.
    static func handoverFlag(_ state: ConsoleState, time: LocalTimeFormatter) -> String? {
        guard let offer = state.watch?.offer, state.now > offer.acceptBy else { return nil }
        return state.words.handoverNotSigned(offeredAt: time.minuteString(offer.at), minutes: offer.acceptWithinMinutes)
    }
}
