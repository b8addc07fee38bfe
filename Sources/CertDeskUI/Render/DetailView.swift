import CertDeskCore

/// One incident: a header, the tabs, and the selected tab's content (summary, clocks with live
/// countdowns, the SP 800-61 phases, the journal timeline, the indicators).
enum DetailView {
    static func draw(_ state: ConsoleState, top: Int, height: Int, time: LocalTimeFormatter, into screen: inout Screen) {
        guard height >= 3 else { return }
        guard let incident = state.incident else {
            if state.count > 0 { screen.put(state.words.loading, row: top + 1, column: 2, role: .dim) }
            return
        }
        drawHeader(incident, state, row: top, into: &screen)
        drawTabs(state, row: top + 1, into: &screen)
        let lines = content(incident, state, time: time, width: contentWidth(state))
        let bodyTop = top + 2, bodyHeight = height - 2
        let scroll = max(0, min(state.detailScroll, lines.count - bodyHeight))
        for (n, line) in lines.dropFirst(scroll).prefix(bodyHeight).enumerated() {
            line.draw(row: bodyTop + n, column: 2, width: state.columns - 3, into: &screen)
        }
        if lines.count > bodyHeight {
            let more = "\(scroll + 1)–\(min(lines.count, scroll + bodyHeight))/\(lines.count)"
            screen.put(more, row: top + 1, column: state.columns - DisplayWidth.width(of: more) - 1, role: .dim)
        }
    }

    /// The width the detail's content is laid out in.
    static func contentWidth(_ state: ConsoleState) -> Int { state.columns - 4 }

    static func drawHeader(_ incident: Incident, _ state: ConsoleState, row: Int, into screen: inout Screen) {
        screen.clear(row: row, role: .border)
        var line = StyledLine("── ", .border)
        line.add(incident.id + " ", .header)
        line.add(state.words.shown(incident.category) + " ", .border)
        line.add(state.words.levelInline(incident.level) + " ", (incident.level?.isMajor ?? false) ? .major : .border)
        if incident.exercise { line.add(state.words.exerciseTag + " ", .exercise) }
        line.add(incident.agency + " ", .border)
        line.add(String(repeating: "─", count: state.columns), .border)
        line.draw(row: row, column: 0, width: state.columns, into: &screen)
    }

    static func drawTabs(_ state: ConsoleState, row: Int, into screen: inout Screen) {
        var x = 1
        let focused = state.view == .detail
        for tab in DetailTab.allCases {
            let label = " " + tab.label.text(in: state.language) + " "
            let role: StyleRole = tab == state.tab ? (focused ? .tabActive : .header) : .tabInactive
            x += screen.put(label, row: row, column: x, role: role) + 1
        }
    }

    static func content(_ incident: Incident, _ state: ConsoleState, time: LocalTimeFormatter, width: Int) -> [StyledLine] {
        switch state.tab {
        case .summary: return summary(incident, state, time: time, width: width)
        case .clocks: return clocks(incident, state, time: time)
        case .playbook: return state.playbook == nil ? phases(incident, state, width: width) : checklist(state, width: width)
        case .timeline: return timeline(state, time: time, width: width)
        case .indicators: return indicators(incident, state)
        case .evidence: return EvidenceTab.lines(state, time: time)
        case .notifications: return NotificationsView.tab(incident, state, time: time, width: width)
        }
    }

    static func field(_ label: String, _ value: String, _ role: StyleRole = .normal) -> StyledLine {
        var line = StyledLine(DisplayWidth.pad(label, toWidth: 12), .dim)
        line.add(value, role)
        return line
    }

    static func summary(_ incident: Incident, _ state: ConsoleState, time: LocalTimeFormatter, width: Int) -> [StyledLine] {
        let words = state.words
        // The whole title, wrapped: the queue cuts it, the detail must not.
        var lines = TextWrap.lines(incident.title, width: width).map { StyledLine($0, .header) } + [StyledLine()]
        let level = words.levelValue(incident.level) + (incident.level == nil ? "" : incident.levelReason.map { "  (\($0))" } ?? "")
        lines.append(field(words.label(.level), level, (incident.level?.isMajor ?? false) ? .major : .normal))
        if let basis = incident.levelBasis {
            for reason in LevelAssessment(basis).reasons { lines.append(field("", "· " + reason.text(in: state.language), .dim)) }
        }
        lines.append(field(words.label(.phase), words.shownPhase(of: incident)))
        lines.append(field(words.label(.assignee), incident.assignee ?? "—"))
        // Whom the 60-minute notice reaches, by the channel the agency asked for.
        if let contact = state.detail?.agency?.contacts.first {
            lines.append(field(words.agencyContactLabel, contact.name + (contact.role.map { " · \($0)" } ?? "") + "  "
                               + AgencyText.reach(contact, words)))
        }
        lines.append(field(words.label(.source), incident.source.kind.rawValue + " " + incident.source.id))
        lines.append(field(words.label(.tlp), incident.tlp.map { "TLP:" + $0.rawValue.uppercased() } ?? "—"))
        lines.append(field(words.label(.occurred), incident.occurredAt.map(time.string) ?? "—"))
        lines.append(field(words.label(.aware), time.string(incident.awareAt)))
        lines.append(field(words.label(.reported), time.string(incident.reportedAt)))
        if let next = incident.nextDue {
            let role = ClockUrgency(next, at: state.now).role()
            lines.append(field(words.label(.nextDue), words.clockName(next) + "  "
                + Countdown.status(next, now: state.now, language: state.language, time: time), role))
        }
        if !incident.description.isEmpty {
            lines.append(StyledLine())
            lines += TextWrap.lines(incident.description, width: width).map { StyledLine($0) }
        }
        return lines
    }

    static func clocks(_ incident: Incident, _ state: ConsoleState, time: LocalTimeFormatter) -> [StyledLine] {
        guard !incident.obligations.isEmpty else {
            return [StyledLine(state.words.noLegalClock, .dim)]
        }
        return incident.obligations.map { o in
            let role = ClockUrgency(o, at: state.now).role()
            var line = StyledLine(Countdown.marker(o, now: state.now) + " ", role)
            line.add(DisplayWidth.pad(state.words.clockName(o), toWidth: 24), role)
            line.add(DisplayWidth.pad(time.minuteString(o.dueAt), toWidth: 18), .dim)
            line.add(Countdown.status(o, now: state.now, language: state.language, time: time), role)
            return line
        }
    }

    /// The playbook checklist: the current phase's steps, the next one marked, the one under the
    /// cursor highlighted, then that step's detail.
    static func checklist(_ state: ConsoleState, width: Int) -> [StyledLine] {
        guard let progress = state.progress, let playbook = progress.playbook else { return [] }
        let next = progress.next?.step.id, cursor = state.cursorStep?.step.id
        var lines = [StyledLine(playbook.title.text(in: state.language) + "  (\(playbook.category) v\(playbook.version))", .header)]
        for phase in IncidentPhase.allCases where phase != .closed {
            let (handled, total) = progress.tally(phase)
            let current = phase == progress.incident.phase
            lines.append(StyledLine((current ? "▶ " : "  ") + state.words.shown(phase) + "  \(handled)/\(total)",
                                    current ? .header : .dim))
            // Other phases fold to their heading, except the one the cursor is in.
            guard current || phase == state.cursorStep?.step.phase else { continue }
            for item in progress.items(in: phase) where item.applies {
                let marker = ChecklistText.marker(item, next: next)
                let role: StyleRole = item.step.id == cursor ? .selected : item.record != nil ? .met : item.step.id == next ? .key : .normal
                var line = StyledLine("   " + marker + " ", role)
                line.add(item.step.text.text(in: state.language) + (item.step.required ? state.words.required : ""), role)
                if let kind = item.step.meets { line.add(" → " + kind.rawValue, role == .selected ? role : .dim) }
                lines.append(line)
            }
        }
        if let item = state.cursorStep {
            lines.append(StyledLine())
            for text in StepDetail.lines(item.step, language: state.language) {
                lines += TextWrap.lines(text, width: width).map { StyledLine($0, .dim) }
            }
        }
        return lines
    }

    /// The SP 800-61 phases with the incident's own marked, for an incident without a playbook.
    static func phases(_ incident: Incident, _ state: ConsoleState, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let current = IncidentPhase.allCases.firstIndex(of: incident.phase) ?? 0
        for (n, phase) in IncidentPhase.allCases.enumerated() {
            let marker = n < current ? "✔ " : n == current ? "▶ " : "○ "
            lines.append(StyledLine(marker + state.words.shown(phase), n == current ? .header : n < current ? .met : .normal))
            for text in TextWrap.lines(state.words.meaning(of: phase), width: width - 4) {
                lines.append(StyledLine("    " + text, .dim))
            }
        }
        return lines
    }

    static func timeline(_ state: ConsoleState, time: LocalTimeFormatter, width: Int) -> [StyledLine] {
        state.timeline.flatMap { entry -> [StyledLine] in
            let head = time.string(entry.at) + "  " + entry.actor + "  "
            let text = EventSummary.text(entry.event, state.language, time: time)
            let wrapped = TextWrap.lines(text, width: max(10, width - DisplayWidth.width(of: head)))
            return wrapped.enumerated().map { n, part in
                var line = StyledLine(n == 0 ? head : String(repeating: " ", count: DisplayWidth.width(of: head)), .dim)
                let role: StyleRole
                switch entry.event {
                case .obligationOverdue: role = .overdue
                case .obligationMet: role = .met
                default: role = .normal
                }
                line.add(part, role)
                return line
            }
        }
    }

    static func indicators(_ incident: Incident, _ state: ConsoleState) -> [StyledLine] {
        guard !incident.indicators.isEmpty else {
            return [StyledLine(state.words.noIndicator, .dim)]
        }
        return incident.indicators.map { indicator in
            var line = StyledLine(DisplayWidth.pad(indicator.kind.rawValue, toWidth: 14), .dim)
            line.add(indicator.value)
            return line
        }
    }
}
