import CertDeskCore

/// The monthly report laid out for the terminal: every table of `MonthlyReportTables` as aligned
/// columns with a bar chart of block characters (ASCII when `plain`), and the trend as one
/// sparkline per level. Below 130 columns the sections follow one another; wider, they stand in
/// two columns, so a 140×40 terminal shows most of the month at once.
enum MonthlyReportScreen {
    static let twoColumnsFrom = 130

    static func lines(_ report: MonthlyReport, width: Int, words: any Words, plain: Bool) -> [StyledLine] {
        var out = MonthlyReportTables.summary(report, words).map { StyledLine($0, .dim) }
        let tables = MonthlyReportTables.tables(report, words)
        let trend = trendLines(report, words, plain: plain)
        guard width >= twoColumnsFrom else {
            for table in tables { out += [StyledLine()] + lines(table, width: width, words: words, plain: plain) }
            return out + [StyledLine()] + trend
        }
        let half = (width - 3) / 2
        var left: [StyledLine] = [], right: [StyledLine] = []
        for (n, table) in tables.enumerated() {
            let block = lines(table, width: half, words: words, plain: plain) + [StyledLine()]
            if n < 4 { left += block } else { right += block }
        }
        right += trend
        out.append(StyledLine())
        for row in 0..<max(left.count, right.count) {
            var line = row < left.count ? left[row] : StyledLine()
            line.add(String(repeating: " ", count: max(0, half - line.width)) + " │ ", .border)
            if row < right.count { line.runs += right[row].runs }
            out.append(line)
        }
        return out
    }

    /// A table: its title, the column heads, then a row per item with its bar in what is left.
    static func lines(_ table: ReportTable, width: Int, words: any Words, plain: Bool) -> [StyledLine] {
        var out = [StyledLine(table.title, .header)]
        guard !table.rows.isEmpty else { return out + [StyledLine("  " + words.nothingThisMonth, .dim)] }
        let labelWidth = min(max(DisplayWidth.width(of: table.columns[0]), table.rows.map { DisplayWidth.width(of: SafeText.singleLine($0.cells[0])) }.max() ?? 0),
                             max(12, width / 3))
        let figureWidths = (1..<table.columns.count).map { n in
            max(DisplayWidth.width(of: table.columns[n]), table.rows.map { DisplayWidth.width(of: $0.cells[n]) }.max() ?? 0)
        }
        let used = 2 + labelWidth + figureWidths.reduce(0) { $0 + $1 + 1 }
        let barWidth = table.charted ? width - used - 2 : 0
        func cells(_ values: [String]) -> String {
            "  " + DisplayWidth.pad(DisplayWidth.truncate(SafeText.singleLine(values[0]), toWidth: labelWidth), toWidth: labelWidth)
                + zip(values.dropFirst(), figureWidths).map { " " + DisplayWidth.pad($0, toWidth: $1, alignRight: true) }.joined()
        }
        out.append(StyledLine(cells(table.columns), .dim))
        for row in table.rows {
            var line = StyledLine(cells(row.cells))
            if barWidth >= 4, let value = row.value {
                line.add("  " + ReportChart.bar(value, of: table.barScale, width: barWidth, plain: plain), .met)
            }
            out.append(line)
        }
        return out
    }

    static func trendLines(_ report: MonthlyReport, _ words: any Words, plain: Bool) -> [StyledLine] {
        let series = MonthlyReportTables.sparklines(report, words, plain: plain)
        let labelWidth = series.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
        let span = (report.trend.first?.month.description ?? "") + " … " + (report.trend.last?.month.description ?? "")
        var out = [StyledLine(words.sectionTrend, .header), StyledLine("  " + DisplayWidth.pad("", toWidth: labelWidth) + " " + span, .dim)]
        for item in series {
            var line = StyledLine("  " + DisplayWidth.pad(item.label, toWidth: labelWidth) + " ")
            line.add(item.line, .met)
            line.add(" " + Digits.grouped(item.latest))
            out.append(line)
        }
        return out
    }
}
