/// English words of the monthly and investigation reports.
extension EnglishWords {
    public func monthlyTitle(_ month: ReportMonth, region: Region) -> String {
        "Monthly incident report \(month) · \(region.code) \(name(of: region))"
    }
    public func monthName(_ month: ReportMonth) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return "\(names[month.month - 1]) \(month.year)"
    }
    public func incidentsInMonth(_ count: Int, exercises: Int) -> String {
        "\(Digits.grouped(count)) incident\(count == 1 ? "" : "s") · \(Digits.grouped(exercises)) exercise\(exercises == 1 ? "" : "s") counted apart"
    }
    public func againstPreviousMonth(_ previous: Int, change: Int) -> String {
        "previous month \(Digits.grouped(previous)) (\(change >= 0 ? "+" : "")\(change))"
    }
    public var exercisesLeftOut: String { "Exercises are left out of every figure." }
    public func reportReadAt(_ time: String) -> String { "as the journal stood at \(time)" }
    public var sectionLevels: String { "Incidents by level" }
    public var sectionCategories: String { "Incidents by category" }
    public var sectionAgencyTypes: String { "Incidents by agency type" }
    public var sectionCounties: String { "Incidents by county" }
    public var sectionClocks: String { "Legal clocks" }
    public var sectionTimes: String { "Times from awareness" }
    public var sectionIndicators: String { "Most frequent indicators" }
    public var sectionAgencies: String { "Agencies with most incidents" }
    public var sectionTrend: String { "12-month trend by level" }
    public func levelRow(_ level: String?) -> String { level.map { "Level \($0)" } ?? "Unclassified" }
    public var notInDirectory: String { "not in the directory" }
    public var columnCount: String { "count" }
    public var columnPrevious: String { "prev." }
    public var columnChange: String { "change" }
    public var columnMet: String { "met" }
    public var columnMetLate: String { "late" }
    public var columnOverdue: String { "overdue" }
    public var columnWaived: String { "waived" }
    public var columnRunning: String { "running" }
    public var columnCompliance: String { "in time" }
    public var columnMedian: String { "median" }
    public var columnP90: String { "p90" }
    public var columnIncidents: String { "incidents" }
    public var columnKind: String { "type" }
    public var columnValue: String { "value" }
    public var columnMonth: String { "month" }
    public var columnTotal: String { "total" }
    public var columnCounty: String { "county" }
    public var columnSpan: String { "span" }
    public func name(of measure: MonthlyReport.TimeFigures.Measure) -> String {
        switch measure {
        case .notification: "aware → reported on the platform"
        case .containment: "aware → damage control or recovery"
        case .closure: "aware → closed"
        }
    }
    public func span(minutes: Int64) -> String {
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        if days > 0 { return hours > 0 ? "\(days) d \(hours) h" : "\(days) d" }
        if hours > 0 { return rest > 0 ? "\(hours) h \(rest) min" : "\(hours) h" }
        return "\(rest) min"
    }
    public var noFigure: String { "—" }
    public var nothingThisMonth: String { "Nothing this month." }
    public var hintMonth: String { "month" }
    public var helpMonthlyReport: String { "the monthly report" }
    public var helpPreviousMonth: String { "the month before" }
    public var helpNextMonth: String { "the month after" }
    public var helpInvestigationReport: String { "the incident's investigation report" }
    public var monthlyView: String { "monthly report" }
    public var investigationView: String { "investigation report" }
    public func notAMonth(_ text: String) -> String { "\(text) is not a month: write it as YYYY-MM, e.g. 2026-03" }
    public func reportWritten(_ path: String) -> String { "report written to \(path)" }
    public func reportNotWritten(_ path: String, _ reason: String) -> String { "\(path) could not be written: \(reason)" }
    public var exportNeedsIncidents: String { "name the incidents to export, or --since TIME" }
    public var oneReportForm: String { "choose one of --markdown, --csv, --json and --html" }

    public func investigationTitle(_ id: String) -> String { "Investigation, handling and improvement report · \(id)" }
    public var investigationBasis: String {
        "The seven items of the Enforcement Rules Art 8, filled from the journal; what it does not hold is marked not recorded."
    }
    public func investigationRead(at time: String, seq: Int64) -> String { "read at \(time), journal row \(seq)" }
    public func name(of item: InvestigationReportItem) -> String {
        switch item {
        case .times: "Times"
        case .scope: "Scope and damage"
        case .damageControl: "Damage control and recovery"
        case .handling: "Investigation and handling"
        case .rootCause: "Root cause"
        case .recurrence: "Measures against recurrence"
        case .followUp: "Schedule and tracking"
        }
    }
    public func name(of milestone: InvestigationReport.Milestone.Kind) -> String {
        switch milestone {
        case .occurred: "occurred"
        case .aware: "aware"
        case .reported: "reported to the CERT"
        case .notified: "reported on the platform"
        case .contained: "damage control done"
        case .recovered: "recovery done"
        case .closed: "closed"
        }
    }
    public var notFilled: String { "not recorded" }
    public var labelLevel: String { "level" }
    public var labelLevelReason: String { "reason" }
    public var labelImpact: String { "impact" }
    public var labelAsset: String { "asset" }
    public var labelAgency: String { "agency" }
    public var labelCategory: String { "category" }
    public var labelDescription: String { "description" }
    public var labelIndicators: String { "indicators" }
    public var labelEvidence: String { "evidence" }
    public var labelNotes: String { "notes" }
    public var labelNotifications: String { "notifications" }
    public var labelClocks: String { "legal clocks" }
    public var labelSteps: String { "steps" }
    public var labelStillToDo: String { "still to do" }
    public var labelReportDue: String { "this report" }
    public var exerciseIncidentReport: String { "EXERCISE — not a real incident" }
    public func clockDue(_ time: String) -> String { "due \(time)" }
    public func stepRecorded(_ status: StepRecord.Status, at: String, by: String) -> String {
        "\(status == .done ? "done" : "skipped") \(at), \(by)"
    }
    public func evidenceLine(_ id: String, kind: String, description: String, digest: String?) -> String {
        "\(id) \(kind): \(description)\(digest.map { " (sha256 \($0))" } ?? "")"
    }
    public func notificationLine(_ id: String, channel: String, recipient: String, at: String, outcome: String) -> String {
        "\(id) \(channel) to \(recipient), \(at), \(outcome)"
    }
}
