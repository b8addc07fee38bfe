import CertDeskCore

/// A report on screen: the month at a glance, or an incident's investigation report. Held as
/// read, with its lines laid out once per width and language (a frame, once a second, does not
/// lay a month of a large desk out again).
public struct ReportPage: Sendable {
    public enum Content: Sendable {
        case monthly(MonthlyReport)
        case investigation(InvestigationReport)
    }

    public var content: Content
    /// The first line on screen.
    public var scroll = 0
    /// Where `Esc` goes back to.
    public var returnView: ConsoleView
    var layout: ReportLayout?

    public init(_ content: Content, returnView: ConsoleView) {
        self.content = content
        self.returnView = returnView
    }

    public var monthly: MonthlyReport? {
        if case .monthly(let report) = content { return report }
        return nil
    }
}

struct ReportLayout: Sendable {
    let width: Int
    let language: InterfaceLanguage
    let plain: Bool
    let lines: [StyledLine]
}
