import CertDeskCore

/// The handover report on screen: the handover view of the shift on watch (remark, offer, sign)
/// and the shift-report view of a past shift. It shows the same `HandoverReport` that Markdown
/// and JSON print, laid out for the terminal, most urgent first: open incidents by their next
/// clock, then the clocks overdue and falling due, what the shift did, the evidence, the
/// remarks, and the digest with the journal head that anchors it.
enum HandoverView {
    static func draw(_ state: ConsoleState, top: Int, height: Int, time: LocalTimeFormatter, into screen: inout Screen) {
        guard let page = state.handover, height >= 3 else { return }
        // The frame says what the shift is now (a reviewed shift has ended since its offer); the
        // report below says what it was when handed over.
        let words = state.words, shift = page.reading.shift
        screen.clear(row: top, role: .border)
        var title = StyledLine("── ", .border)
        title.add(words.handoverTitle(shift: shift.id) + " ", .header)
        title.add(SafeText.singleLine(shift.officer) + " ", .border)
        title.add(words.shiftSpan(from: time.minuteString(shift.startedAt), to: shift.endedAt.map(time.minuteString)) + " ", .border)
        title.add(String(repeating: "─", count: state.columns), .border)
        title.draw(row: top, column: 0, width: state.columns, into: &screen)

        let lines = lines(page, state, time: time)
        let bodyHeight = height - 2
        let scroll = max(0, min(page.scroll, lines.count - bodyHeight))
        var more = ""
        if lines.count > bodyHeight { more = " \(scroll + 1)–\(min(lines.count, scroll + bodyHeight))/\(lines.count)" }
        standing(page, state, time: time).draw(row: top + 1, column: 1,
                                              width: state.columns - 2 - DisplayWidth.width(of: more), into: &screen)
        if !more.isEmpty { screen.put(more, row: top + 1, column: state.columns - DisplayWidth.width(of: more) - 1, role: .dim) }
        for (n, line) in lines.dropFirst(scroll).prefix(bodyHeight).enumerated() {
            line.draw(row: top + 2 + n, column: 2, width: state.columns - 3, into: &screen)
        }
    }

    static func contentWidth(_ state: ConsoleState) -> Int { state.columns - 4 }

    /// The page's lines: as the session laid them out, or laid out now when the width changed.
    static func lines(_ page: HandoverPage, _ state: ConsoleState, time: LocalTimeFormatter) -> [StyledLine] {
        if let layout = page.layout, layout.width == contentWidth(state), layout.language == state.language { return layout.lines }
        return content(page, state, time: time, width: contentWidth(state))
    }

    /// What the report on screen is: a draft to offer, an offer waiting for its signature (late
    /// when past `handover_accept_within`), or, in review, whether the journal still gives the
    /// digest that was signed.
    static func standing(_ page: HandoverPage, _ state: ConsoleState, time: LocalTimeFormatter) -> StyledLine {
        let words = state.words, reading = page.reading
        guard let offer = reading.offer else {
            if state.view == .shiftReport { return StyledLine(words.shiftNeverOffered(reading.shift.id), .warning) }
            return StyledLine(words.handoverDraftOnScreen, .warning)
        }
        var line = StyledLine()
        if state.view == .shiftReport {
            if reading.digestHolds == true {
                line.add("✔ " + words.digestHolds, .met)
            } else {
                line.add("✖ " + words.digestMismatch(recorded: String(offer.digest.prefix(12)), rebuilt: String(reading.digest.prefix(12))), .overdue)
            }
            return line
        }
        let since = state.journalSeq - offer.seq
        if since > 0 {
            line.add(words.recordedSinceOfferOnScreen(Int(since)), .overdue)
        } else if state.now > offer.acceptBy {
            line.add("⚑ " + words.handoverNotSigned(offeredAt: clock(offer.at, time), minutes: offer.acceptWithinMinutes), .warning)
        } else {
            line.add(words.handoverWaitingForSignature(offeredAt: clock(offer.at, time), by: clock(offer.acceptBy, time)), .met)
        }
        return line
    }

    /// `11:42`: the line above the report is short; the report gives the dates.
    static func clock(_ instant: Instant, _ time: LocalTimeFormatter) -> String { String(time.minuteString(instant).suffix(5)) }

    static func content(_ page: HandoverPage, _ state: ConsoleState, time: LocalTimeFormatter, width: Int) -> [StyledLine] {
        let w = state.words, report = page.report, header = report.header, now = header.generatedAt
        var out: [StyledLine] = []
        func wrapped(_ text: String, indent: Int = 2, role: StyleRole = .normal) {
            for (n, part) in TextWrap.lines(text, width: max(10, width - indent)).enumerated() {
                out.append(StyledLine(String(repeating: " ", count: n == 0 ? 0 : indent) + part, role))
            }
        }
        let labels: [HandoverLabel] = [.desk, .generatedAt, .horizon, .journalHead, .signOff]
        let labelWidth = labels.map { DisplayWidth.width(of: w.handover($0)) }.max()! + 2
        /// A label and its value; a value too long for the line goes under it, whole (the
        /// journal head is copied from here into `verify --anchor`).
        func field(_ label: HandoverLabel, _ value: String) {
            var line = StyledLine(DisplayWidth.pad(w.handover(label), toWidth: labelWidth), .dim)
            if labelWidth + DisplayWidth.width(of: value) <= width {
                line.add(value)
                out.append(line)
            } else {
                out.append(line)
                wrapped(String(repeating: " ", count: 2) + value, indent: 2)
            }
        }
        func heading(_ text: String) {
            out.append(StyledLine())
            out.append(StyledLine(text, .header))
        }
        func table(_ columns: [TextTable.Column], _ rows: [(cells: [String], role: StyleRole)]) {
            var table = TextTable(columns: columns)
            for row in rows { table.append(row.cells) }
            let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            out.append(StyledLine("  " + lines[0], .dim))
            for (line, row) in zip(lines.dropFirst(), rows) { out.append(StyledLine("  " + line, row.role)) }
        }
        func none() { out.append(StyledLine("  " + w.handover(.none), .dim)) }
        func role(_ due: Instant) -> StyleRole { due < now ? .overdue : .normal }

        field(.desk, w.name(of: header.region))
        field(.generatedAt, time.string(header.generatedAt))
        field(.horizon, w.horizonText(hours: DeadlineDuration.minutes(header.horizonMinutes).description))
        field(.journalHead, header.head.anchor)
        let signOff = ShiftText.handover(page.reading.shift, now: state.now, w, time)
        if page.reading.offer != nil, !signOff.isEmpty { field(.signOff, signOff) }

        heading("\(w.handover(.openIncidents)) (\(report.openIncidents.count))")
        if report.openIncidents.isEmpty { none() }
        else {
            table([.init(w.handover(.columnIncident)), .init(w.handover(.columnLevel)), .init(w.handover(.columnTimeLeft)),
                   .init(w.handover(.columnNextClock)), .init(w.handover(.columnPhase)), .init(w.handover(.columnCategory)),
                   .init(w.handover(.columnAgency), maxWidth: 16), .init(w.handover(.columnAssignee), maxWidth: 10),
                   .init(w.handover(.columnTitle))],
                  report.openIncidents.map { i in
                      ([i.id + (i.exercise ? " " + w.exerciseTag : ""), HandoverCells.level(i.level),
                        i.nextClock.map { HandoverCells.left($0.dueAt, now: now, w) } ?? "—",
                        i.nextClock.map { HandoverCells.clockName($0, w) + " " + time.minuteString($0.dueAt) } ?? "—",
                        w.name(of: i.phase), w.name(of: i.category), i.agency, i.assignee ?? "—", i.title],
                       i.nextClock.map { role($0.dueAt) } ?? .normal)
                  })
        }
        for (label, clocks) in [(HandoverLabel.overdue, report.overdue), (.dueWithinHorizon, report.dueWithinHorizon)] {
            heading("\(w.handover(label)) (\(clocks.count))")
            if clocks.isEmpty { none(); continue }
            table([.init(w.handover(.columnIncident)), .init(w.handover(.columnClock)), .init(w.handover(.columnDue)),
                   .init(w.handover(.columnTimeLeft))],
                  clocks.map { ([$0.incident, HandoverCells.clockName($0, w), time.minuteString($0.dueAt),
                                 HandoverCells.left($0.dueAt, now: now, w)], role($0.dueAt)) })
        }

        heading(w.handover(.duringShift))
        func list(_ label: HandoverLabel, _ items: [String], role: StyleRole = .normal) {
            let value = items.isEmpty ? w.handover(.none) : items.map(SafeText.singleLine).joined(separator: ", ")
            wrapped(DisplayWidth.pad(w.handover(label), toWidth: 16) + value, indent: 16, role: items.isEmpty ? .normal : role)
        }
        list(.opened, report.opened)
        list(.closed, report.closed)
        list(.relevelled, report.relevelled.map { HandoverCells.levelChange($0, time) })
        list(.met, report.met.map { HandoverCells.clockOf($0, w) })
        list(.metLate, report.metLate.map { HandoverCells.clockOf($0, w) }, role: .warning)
        list(.breached, report.breached.map { HandoverCells.clockOf($0, w) }, role: .overdue)

        heading(w.handover(.actions))
        if report.actions.isEmpty { none() }
        for group in report.actions {
            out.append(StyledLine(group.incident ?? w.handover(.deskRows), .key))
            for recorded in group.events {
                wrapped("  \(recorded.seq)  \(time.minuteString(recorded.at))  \(SafeText.singleLine(recorded.actor))  "
                        + SafeText.singleLine(EventSummary.text(recorded.event, state.language, time: time)), indent: 4)
            }
        }

        heading(w.handover(.evidence))
        for (label, items) in [(HandoverLabel.evidenceHeld, report.evidenceHeld), (.evidenceCheckedOut, report.evidenceCheckedOut),
                               (.evidenceOnHold, report.evidenceOnHold)] {
            out.append(StyledLine("\(w.handover(label)) (\(items.count))", .key))
            if items.isEmpty { none(); continue }
            table([.init(w.handover(.columnItem)), .init(w.handover(.columnHolder), maxWidth: 12),
                   .init(w.handover(.columnLocation), maxWidth: 20), .init(w.handover(.columnHold))],
                  items.map { ([$0.id + " " + $0.description, $0.holder, $0.location, $0.holdReason ?? "—"], .normal) })
        }

        heading("\(w.handover(.remarks)) (\(report.remarks.count))")
        if report.remarks.isEmpty { none() }
        for remark in report.remarks {
            wrapped("\(time.minuteString(remark.at))  \(SafeText.singleLine(remark.actor))  \(SafeText.singleLine(remark.text))", indent: 4)
        }

        heading(w.handover(.digest))
        out.append(StyledLine(page.reading.digest))
        out.append(StyledLine())
        wrapped(w.verifyLater("certdesk verify --anchor \(header.head.anchor)"), indent: 0, role: .dim)
        return out
    }
}
