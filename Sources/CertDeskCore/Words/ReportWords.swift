/// The words of the monthly report (月報) and the investigation report, in every form they take:
/// the console, Markdown, CSV headers stay codes, HTML.
public protocol ReportWords {
    // The monthly report.
    func monthlyTitle(_ month: ReportMonth, region: Region) -> String
    func monthName(_ month: ReportMonth) -> String
    func incidentsInMonth(_ count: Int, exercises: Int) -> String
    func againstPreviousMonth(_ previous: Int, change: Int) -> String
    var exercisesLeftOut: String { get }
    func reportReadAt(_ time: String) -> String
    var sectionLevels: String { get }
    var sectionCategories: String { get }
    var sectionAgencyTypes: String { get }
    var sectionCounties: String { get }
    var sectionClocks: String { get }
    var sectionTimes: String { get }
    var sectionIndicators: String { get }
    var sectionAgencies: String { get }
    var sectionTrend: String { get }
    /// A level row's name: `Level 3`, or unclassified for nil.
    func levelRow(_ level: String?) -> String
    /// An agency type or county the directory does not know.
    var notInDirectory: String { get }
    var columnCount: String { get }
    var columnPrevious: String { get }
    var columnChange: String { get }
    var columnMet: String { get }
    var columnMetLate: String { get }
    var columnOverdue: String { get }
    var columnWaived: String { get }
    var columnRunning: String { get }
    var columnCompliance: String { get }
    var columnMedian: String { get }
    var columnP90: String { get }
    var columnIncidents: String { get }
    var columnKind: String { get }
    var columnValue: String { get }
    var columnMonth: String { get }
    var columnTotal: String { get }
    var columnCounty: String { get }
    var columnSpan: String { get }
    func name(of measure: MonthlyReport.TimeFigures.Measure) -> String
    /// A span of time in a figure: `42 min`, `5 h 10 min`, `3 d 4 h`.
    func span(minutes: Int64) -> String
    var noFigure: String { get }
    var nothingThisMonth: String { get }
    var hintMonth: String { get }
    var helpMonthlyReport: String { get }
    var helpPreviousMonth: String { get }
    var helpNextMonth: String { get }
    var helpInvestigationReport: String { get }
    var monthlyView: String { get }
    var investigationView: String { get }
    func notAMonth(_ text: String) -> String
    func reportWritten(_ path: String) -> String
    func reportNotWritten(_ path: String, _ reason: String) -> String
    var oneReportForm: String { get }
    var exportNeedsIncidents: String { get }
    // The investigation report.
    func investigationTitle(_ id: String) -> String
    var investigationBasis: String { get }
    func investigationRead(at time: String, seq: Int64) -> String
    func name(of item: InvestigationReportItem) -> String
    func name(of milestone: InvestigationReport.Milestone.Kind) -> String
    /// What stands where the journal holds nothing (未填).
    var notFilled: String { get }
    var labelLevel: String { get }
    var labelLevelReason: String { get }
    var labelImpact: String { get }
    var labelAsset: String { get }
    var labelAgency: String { get }
    var labelCategory: String { get }
    var labelDescription: String { get }
    var labelIndicators: String { get }
    var labelEvidence: String { get }
    var labelNotes: String { get }
    var labelNotifications: String { get }
    var labelClocks: String { get }
    var labelSteps: String { get }
    var labelStillToDo: String { get }
    var labelReportDue: String { get }
    var exerciseIncidentReport: String { get }
    func clockDue(_ time: String) -> String
    func stepRecorded(_ status: StepRecord.Status, at: String, by: String) -> String
    func evidenceLine(_ id: String, kind: String, description: String, digest: String?) -> String
    func notificationLine(_ id: String, channel: String, recipient: String, at: String, outcome: String) -> String
}

/// The seven items of the investigation, handling and improvement report (Enforcement Rules Art 8).
public enum InvestigationReportItem: Int, CaseIterable, Sendable {
    case times = 1, scope, damageControl, handling, rootCause, recurrence, followUp
}
