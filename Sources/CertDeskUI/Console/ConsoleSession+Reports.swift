import CertDeskCore

/// The report views in the console: the desk's own readings (those of `certdesk report
/// monthly` and `certdesk report incident`), scrolled like the handover.
extension ConsoleSession {
    /// The actions of the report views; false for those that mean the same everywhere.
    func performInReportViews(_ action: ConsoleAction) -> Bool {
        if let rows = action.scrollRows(page: max(1, state.reportContentHeight - 1)) {
            scrollReport(by: rows)
            return true
        }
        switch action {
        case .previousMonth, .nextMonth:
            guard let month = state.report?.monthly?.month else { return true }
            openMonthlyReport(month.adding(months: action == .nextMonth ? 1 : -1))
        case .back:
            state.view = state.report?.returnView ?? .queue
            state.report = nil
        default: return false
        }
        return true
    }

    /// `M`: the month at a glance; `[`/`]` move to the months around it.
    func openMonthlyReport(_ month: ReportMonth) {
        attempt {
            let report = try desk.monthlyReport(month)
            let back = state.report?.returnView ?? state.view
            show(ReportPage(.monthly(report), returnView: back), in: .monthly)
        }
    }

    /// `I`: the investigation report of the incident on screen, read fresh from the desk.
    func openInvestigationReport() {
        guard let incident = focusedIncident() else { return }
        attempt { show(ReportPage(.investigation(try desk.investigationReport(incident.id)), returnView: state.view), in: .investigation) }
    }

    func show(_ page: ReportPage, in view: ConsoleView) {
        state.report = page
        state.view = view
        layOutReport()
    }

    /// Lays the report out once for the screen, not every frame (and again after a resize).
    func layOutReport() {
        guard var page = state.report else { return }
        let width = ReportView.contentWidth(state)
        page.layout = ReportLayout(width: width, language: state.language, plain: state.plainCharts,
                                   lines: ReportView.content(page, state, time: time, width: width))
        page.scroll = max(0, min(page.scroll, page.layout!.lines.count - state.reportContentHeight))
        state.report = page
    }

    func scrollReport(by rows: Int) {
        guard var page = state.report else { return }
        let count = ReportView.lines(page, state, time: time).count
        page.scroll = max(0, min(page.scroll + rows, count - state.reportContentHeight))
        state.report = page
    }

    /// After the desk changed: the report on screen is read again where the officer is in it,
    /// so a clock met elsewhere shows at once.
    func reloadReportViews() {
        guard let page = state.report else { return }
        attempt {
            var fresh = page
            switch page.content {
            case .monthly(let report):
                fresh.content = .monthly(try desk.monthlyReport(report.month))
            case .investigation(let report):
                guard try desk.incident(report.incident.id) != nil else { return }
                fresh.content = .investigation(try desk.investigationReport(report.incident.id))
            }
            fresh.layout = nil
            state.report = fresh
            layOutReport()
        }
    }
}
