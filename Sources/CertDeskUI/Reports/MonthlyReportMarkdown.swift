import CertDeskCore

/// The monthly report as Markdown, to paste into the month's report to the competent authority:
/// each section a table with a bar of block characters (ASCII when `plain`), and the trend as a
/// sparkline per level and a table of the twelve months.
public enum MonthlyReportMarkdown {
    public static let barWidth = 20

    public static func text(_ report: MonthlyReport, language: InterfaceLanguage, time: LocalTimeFormatter, plain: Bool = false) -> String {
        let w = language.words
        var out = ["# " + w.monthlyTitle(report.month, region: report.region), "",
                   "_" + w.reportReadAt(time.minuteString(report.asOf)) + "_", ""]
        out += MonthlyReportTables.summary(report, w).map { "- " + $0 } + [""]
        for table in MonthlyReportTables.tables(report, w) {
            out += ["## " + table.title, ""]
            guard !table.rows.isEmpty else { out += [w.nothingThisMonth, ""]; continue }
            let scale = table.barScale
            out += MarkdownText.table(table.columns + (table.charted ? [""] : []), table.rows.map { row in
                row.cells.map(MarkdownText.cell)
                    + (table.charted ? ["`" + ReportChart.bar(row.value ?? 0, of: scale, width: barWidth, plain: plain) + "`"] : [])
            })
        }
        out += ["## " + w.sectionTrend, ""]
        let months = report.trend.map(\.month)
        out += ["`" + (months.first?.description ?? "") + " … " + (months.last?.description ?? "") + "`", ""]
        out += MonthlyReportTables.sparklines(report, w, plain: plain).map { "- \($0.label) `\($0.line)` \($0.latest)" } + [""]
        let trend = MonthlyReportTables.trend(report, w)
        out += MarkdownText.table(trend.columns, trend.rows.map(\.cells))
        return out.joined(separator: "\n")
    }
}
