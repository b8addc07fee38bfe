import CertDeskCore

/// The monthly report as CSV (RFC 4180) for a spreadsheet: one figure per line as
/// `section,key,measure,value`, in codes rather than words, so the same file reads the same in
/// either language and a pivot table regroups it at will. A cell from outside the desk (an
/// agency name, an indicator) that a spreadsheet would run as a formula is prefixed with `'`
/// (OWASP, CSV injection).
public enum MonthlyReportCSV {
    public static func text(_ report: MonthlyReport) -> String {
        var lines = ["section,key,measure,value"]
        func add(_ section: String, _ key: String, _ measure: String, _ value: String) {
            lines.append([section, key, measure, value].map(CSVText.field).joined(separator: ","))
        }
        add("month", report.month.description, "region", report.region.code)
        add("month", report.month.description, "incidents_total", String(report.incidentsTotal))
        add("month", report.month.description, "exercises_total", String(report.exercisesTotal))
        add("month", report.month.adding(months: -1).description, "incidents_total", String(report.previousTotal))
        for (section, counts, missing) in [("by_level", report.byLevel, "unclassified"), ("by_category", report.byCategory, ""),
                                           ("by_agency_type", report.byAgencyType, "unknown"), ("by_county", report.byCounty, "unknown"),
                                           ("top_agencies", report.topAgencies, "")] {
            for count in counts {
                add(section, count.key ?? missing, "count", String(count.count))
                if let previous = count.previous { add(section, count.key ?? missing, "previous", String(previous)) }
            }
        }
        for clock in report.clocks {
            let key = clock.kind.rawValue
            add("clocks", key, "met", String(clock.met))
            add("clocks", key, "met_late", String(clock.metLate))
            add("clocks", key, "overdue", String(clock.overdue))
            add("clocks", key, "waived", String(clock.waived))
            add("clocks", key, "running", String(clock.running))
            add("clocks", key, "compliance_percent", clock.compliancePercent.map { String($0) } ?? "")
        }
        for figures in report.times {
            add("times", figures.measure.rawValue, "count", String(figures.count))
            add("times", figures.measure.rawValue, "median_ms", figures.median.map(String.init) ?? "")
            add("times", figures.measure.rawValue, "p90_ms", figures.p90.map(String.init) ?? "")
        }
        for indicator in report.topIndicators {
            add("top_indicators", indicator.kind.rawValue + ":" + indicator.value, "incidents", String(indicator.incidents))
        }
        for month in report.trend {
            for (n, count) in month.byLevel.enumerated() { add("trend", month.month.description, "level_\(n + 1)", String(count)) }
            add("trend", month.month.description, "unclassified", String(month.unclassified))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
