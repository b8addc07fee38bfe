/// The words of drills (演練): scenario and actions files, the run, the after-action report.
public protocol DrillWords {
    var drillIDForm: String { get }
    func drillIDNotFileName(_ name: String) -> String
    func drillStart(_ text: String) -> String
    var drillDurationPositive: String { get }
    var drillNeedsInjects: String { get }
    func drillRefTwice(_ ref: String) -> String
    func drillTicketIDTwice(_ id: String, firstLine: Int) -> String
    func drillMargin(_ text: String) -> String
    var drillExpectedTwice: String { get }
    func drillStepNotInPlaybook(_ step: String, _ playbook: String) -> String
    func drillExpectedBeforeTicket(_ ref: String) -> String
    func drillAfterEnd(_ duration: String) -> String
    func drillOffset(_ text: String) -> String
    func drillUnknownRef(_ ref: String) -> String
    var drillInjectBeforeStart: String { get }
    func drillInjectGoesBack(_ previous: String) -> String
    func drillInjectKinds(_ kinds: [String]) -> String
    func drillLevel(_ text: String) -> String
    var drillTextBlank: String { get }
    func drillTextTooLong(_ limit: Int) -> String
    var drillRefForm: String { get }
    func drillTime(_ text: String) -> String
    var drillAwareAfterArrival: String { get }
    var drillActionQuote: String { get }
    func drillActionCommand(_ command: String, _ allowed: [String]) -> String
    func drillActionOption(_ option: String) -> String
    func drillActionBeforeTicket(_ ref: String, _ arrives: String) -> String
    /// `drill lint`: all files good.
    func drillsOK(_ count: Int) -> String
    func noDrillScenario(_ name: String, _ known: [String]) -> String
    func noDrillRun(_ id: String) -> String
    func drillRunUnreadable(_ id: String) -> String
    /// A drill desk is kept beside a desk file, not beside another drill.
    var drillFromDrillDesk: String { get }
    /// `drill run` printed before the console opens and after a headless run.
    func drillRunStarted(_ run: String, _ path: String) -> String
    func drillRunFinished(_ run: String) -> String
    func drillRunReport(_ run: String) -> String
    /// A headless run's progress lines: `+00:12 ticket-1 arrived as TCN-2026-0001`.
    func drillInjected(_ offset: String, _ what: String) -> String
    func drillActionDone(_ offset: String, _ command: String) -> String
    func drillActionRefused(_ offset: String, _ line: Int, _ why: String) -> String
    func drillActionsRefused(_ count: Int) -> String
    func drillInjectName(_ inject: DrillInject.What, incident: String?) -> String
    var noDrillRuns: String { get }
    // The after-action report.
    func drillReportTitle(_ title: String) -> String
    var drillRunLabel: String { get }
    var drillScenarioLabel: String { get }
    var drillPlayedLabel: String { get }
    var drillScoreLabel: String { get }
    func drillScore(_ score: Int?, earned: Int, possible: Int) -> String
    var drillClocksHeading: String { get }
    var drillStepsHeading: String { get }
    var drillTimelineHeading: String { get }
    var drillColumnsClocks: [String] { get }
    var drillColumnsSteps: [String] { get }
    var drillColumnsTimeline: [String] { get }
    var drillColumnsRuns: [String] { get }
    func drillOutcome(_ outcome: AfterActionReport.Outcome) -> String
    func drillSpare(_ minutes: Int) -> String
    var drillScoreRule: String { get }
    var drillHeadless: String { get }
    var drillInConsole: String { get }
    var drillUnfinished: String { get }
}
