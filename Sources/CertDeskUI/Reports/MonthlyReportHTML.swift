import CertDeskCore

/// The monthly report as one HTML page (HTMLDocument): each section's chart above its table,
/// the trend as a line per level.
public enum MonthlyReportHTML {
    static let levelColours = ["#6c9a3b", "#d1a300", "#d46a00", "#b3001b", "#777777"]

    public static func text(_ report: MonthlyReport, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words
        let title = w.monthlyTitle(report.month, region: report.region)
        var body = ["<h1>\(HTMLDocument.escape(title))</h1>",
                    "<p class=\"meta\">\(HTMLDocument.escape(w.reportReadAt(time.minuteString(report.asOf))))</p>",
                    "<ul>" + MonthlyReportTables.summary(report, w).map { "<li>\(HTMLDocument.escape($0))</li>" }.joined() + "</ul>"]
        for table in MonthlyReportTables.tables(report, w) {
            var section = "<section><h2>\(HTMLDocument.escape(table.title))</h2>"
            if table.rows.isEmpty {
                section += "<p>\(HTMLDocument.escape(w.nothingThisMonth))</p>"
            } else {
                if table.charted {
                    section += HTMLDocument.barChart(table.rows.map { ($0.cells[0], $0.value ?? 0, $0.cells[table.barColumn]) },
                                                     scale: table.barScale)
                }
                section += HTMLDocument.table(table.columns, table.rows.map(\.cells), numeric: Set(1..<table.columns.count))
            }
            body.append(section + "</section>")
        }
        let trend = MonthlyReportTables.trend(report, w)
        let series = IncidentLevel.allCases.map { level in
            (w.levelRow(String(level.rawValue)), report.trend.map { $0.byLevel[level.rawValue - 1] }, levelColours[level.rawValue - 1])
        } + [(w.levelRow(nil), report.trend.map(\.unclassified), levelColours[4])]
        body.append("<section><h2>\(HTMLDocument.escape(trend.title))</h2>"
                    + HTMLDocument.lineChart(months: report.trend.map(\.month.description), series: series)
                    + HTMLDocument.table(trend.columns, trend.rows.map(\.cells), numeric: Set(1..<trend.columns.count)) + "</section>")
        return HTMLDocument.page(title: title, language: language, body: body)
    }

}
