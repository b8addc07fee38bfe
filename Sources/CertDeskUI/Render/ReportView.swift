import CertDeskCore

/// The report views: the monthly report (`M`, `[`/`]` for the months around it) and an
/// incident's investigation report (`I`), each a titled page that scrolls like the handover.
enum ReportView {
    static func draw(_ state: ConsoleState, top: Int, height: Int, time: LocalTimeFormatter, into screen: inout Screen) {
        guard let page = state.report, height >= 3 else { return }
        let words = state.words
        screen.clear(row: top, role: .border)
        var title = StyledLine("── ", .border)
        switch page.content {
        case .monthly(let report):
            title.add(words.monthlyTitle(report.month, region: report.region) + " ", .header)
        case .investigation(let report):
            title.add(words.investigationTitle(report.incident.id) + " ", .header)
            if report.incident.exercise { title.add(words.exerciseIncidentReport + " ", .warning) }
        }
        title.add(String(repeating: "─", count: state.columns), .border)
        title.draw(row: top, column: 0, width: state.columns, into: &screen)

        let lines = lines(page, state, time: time)
        let bodyHeight = height - 2
        let scroll = max(0, min(page.scroll, lines.count - bodyHeight))
        var standing: String
        switch page.content {
        case .monthly(let report): standing = words.reportReadAt(time.minuteString(report.asOf))
        case .investigation(let report): standing = words.investigationRead(at: time.minuteString(report.generatedAt), seq: report.journalSeq)
        }
        var more = ""
        if lines.count > bodyHeight { more = " \(scroll + 1)–\(min(lines.count, scroll + bodyHeight))/\(lines.count)" }
        standing = DisplayWidth.truncate(standing, toWidth: max(1, state.columns - 2 - DisplayWidth.width(of: more)))
        screen.put(standing, row: top + 1, column: 1, role: .dim, maxWidth: state.columns - 2)
        if !more.isEmpty { screen.put(more, row: top + 1, column: state.columns - DisplayWidth.width(of: more) - 1, role: .dim) }
        for (n, line) in lines.dropFirst(scroll).prefix(bodyHeight).enumerated() {
            line.draw(row: top + 2 + n, column: 1, width: state.columns - 2, into: &screen)
        }
    }

    static func contentWidth(_ state: ConsoleState) -> Int { state.columns - 2 }

    /// The page's lines: as the session laid them out, or laid out now when the width changed.
    static func lines(_ page: ReportPage, _ state: ConsoleState, time: LocalTimeFormatter) -> [StyledLine] {
        let width = contentWidth(state)
        if let layout = page.layout, layout.width == width, layout.language == state.language, layout.plain == state.plainCharts {
            return layout.lines
        }
        return content(page, state, time: time, width: width)
    }

    static func content(_ page: ReportPage, _ state: ConsoleState, time: LocalTimeFormatter, width: Int) -> [StyledLine] {
        switch page.content {
        case .monthly(let report):
            return MonthlyReportScreen.lines(report, width: width, words: state.words, plain: state.plainCharts)
        case .investigation(let report):
            var out: [StyledLine] = []
            for (item, lines) in InvestigationReportText.items(report, language: state.language, time: time) {
                out.append(StyledLine("\(item.rawValue). " + state.words.name(of: item), .header))
                for line in lines {
                    let text = (line.label.map { $0 + ": " } ?? "") + line.text
                    for (n, part) in TextWrap.lines(SafeText.singleLine(text), width: max(10, width - 4)).enumerated() {
                        out.append(StyledLine((n == 0 ? "  " : "    ") + part, line.isGap ? .warning : .normal))
                    }
                }
                out.append(StyledLine())
            }
            return out
        }
    }
}
