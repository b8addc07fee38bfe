import CertDeskCore

/// The monthly report as titled tables in the reader's words: the one layout Markdown, HTML and
/// the console draw from, so the three never disagree on a figure or a label.
public struct ReportTable: Sendable {
    public var title: String
    public var columns: [String]
    public var rows: [Row]
    /// Whether the table charts its `value`s as bars.
    public var charted: Bool
    /// What a full bar stands for: 100 for a percentage, else the largest value.
    public var scale: Double? = nil
    /// The column whose figure a bar draws (the count; the percentage for the clocks).
    public var barColumn = 1

    public var barScale: Double { scale ?? rows.compactMap(\.value).max() ?? 0 }

    public struct Row: Sendable {
        public var cells: [String]
        /// What a bar shows (the first figure column); nil for rows without a bar.
        public var value: Double?
    }
}

public enum MonthlyReportTables {
    public static func tables(_ report: MonthlyReport, _ words: any Words) -> [ReportTable] {
        func counted(_ title: String, _ heading: String, _ counts: [MonthlyReport.Count], name: (String?) -> String,
                     withPrevious: Bool) -> ReportTable {
            let columns = [heading, words.columnCount] + (withPrevious ? [words.columnPrevious, words.columnChange] : [])
            return ReportTable(title: title, columns: columns, rows: counts.map { count in
                var cells = [name(count.key), Digits.grouped(count.count)]
                if withPrevious { cells += [count.previous.map(Digits.grouped) ?? words.noFigure, signed(count.change, words)] }
                return ReportTable.Row(cells: cells, value: Double(count.count))
            }, charted: true)
        }
        let unknown = words.notInDirectory
        var tables = [
            counted(words.sectionLevels, words.labelLevel, report.byLevel, name: words.levelRow, withPrevious: true),
            counted(words.sectionCategories, words.labelCategory, report.byCategory,
                    name: { $0.flatMap(IncidentCategory.init(rawValue:)).map(words.name(of:)) ?? unknown }, withPrevious: true),
            counted(words.sectionAgencyTypes, words.columnKind, report.byAgencyType, name: { $0 ?? unknown }, withPrevious: false),
            counted(words.sectionCounties, words.columnCounty, report.byCounty, name: { $0 ?? unknown }, withPrevious: false),
        ]
        tables.append(ReportTable(
            title: words.sectionClocks,
            columns: [words.labelClocks, words.columnMet, words.columnMetLate, words.columnOverdue, words.columnWaived,
                      words.columnRunning, words.columnCompliance],
            rows: report.clocks.map { clock in
                ReportTable.Row(cells: [clock.kind.rawValue, Digits.grouped(clock.met), Digits.grouped(clock.metLate),
                                        Digits.grouped(clock.overdue), Digits.grouped(clock.waived), Digits.grouped(clock.running),
                                        percent(clock.compliancePercent, words)],
                                value: clock.compliancePercent)
            }, charted: true, scale: 100, barColumn: 6))
        tables.append(ReportTable(
            title: words.sectionTimes, columns: [words.columnSpan, words.columnIncidents, words.columnMedian, words.columnP90],
            rows: report.times.map { figures in
                ReportTable.Row(cells: [words.name(of: figures.measure), Digits.grouped(figures.count),
                                        span(figures.median, words), span(figures.p90, words)], value: nil)
            }, charted: false))
        tables.append(ReportTable(
            title: words.sectionIndicators, columns: [words.columnValue, words.columnKind, words.columnIncidents],
            rows: report.topIndicators.map { ReportTable.Row(cells: [$0.value, $0.kind.rawValue, Digits.grouped($0.incidents)],
                                                             value: Double($0.incidents)) },
            charted: true))
        tables.append(ReportTable(
            title: words.sectionAgencies, columns: [words.labelAgency, words.columnIncidents],
            rows: report.topAgencies.map { ReportTable.Row(cells: [$0.key ?? unknown, Digits.grouped($0.count)], value: Double($0.count)) },
            charted: true))
        return tables
    }

    /// The trend as a table: one row per month, a column per level, and the total.
    public static func trend(_ report: MonthlyReport, _ words: any Words) -> ReportTable {
        let columns = [words.columnMonth] + IncidentLevel.allCases.map { words.levelRow(String($0.rawValue)) }
            + [words.levelRow(nil), words.columnTotal]
        return ReportTable(title: words.sectionTrend, columns: columns, rows: report.trend.map { month in
            ReportTable.Row(cells: [month.month.description] + (month.byLevel + [month.unclassified, month.total]).map(Digits.grouped),
                            value: Double(month.total))
        }, charted: true)
    }

    /// One sparkline per level over the twelve months, with its latest count.
    public static func sparklines(_ report: MonthlyReport, _ words: any Words, plain: Bool) -> [(label: String, line: String, latest: Int)] {
        let series: [(String?, [Int])] = IncidentLevel.allCases.map { level in
            (String(level.rawValue), report.trend.map { $0.byLevel[level.rawValue - 1] })
        } + [(nil, report.trend.map(\.unclassified))]
        return series.map { (words.levelRow($0.0), ReportChart.sparkline($0.1, plain: plain), $0.1.last ?? 0) }
    }

    public static func summary(_ report: MonthlyReport, _ words: any Words) -> [String] {
        [words.incidentsInMonth(report.incidentsTotal, exercises: report.exercisesTotal) + " · "
            + words.againstPreviousMonth(report.previousTotal, change: report.incidentsTotal - report.previousTotal),
         words.exercisesLeftOut]
    }

    static func signed(_ change: Int?, _ words: any Words) -> String {
        guard let change else { return words.noFigure }
        return change > 0 ? "+\(Digits.grouped(change))" : Digits.grouped(change)
    }

    static func percent(_ value: Double?, _ words: any Words) -> String {
        guard let value else { return words.noFigure }
        return String((value * 10).rounded() / 10) + "%"
    }

    static func span(_ milliseconds: Int64?, _ words: any Words) -> String {
        milliseconds.map { words.span(minutes: $0 / 60_000) } ?? words.noFigure
    }
}
