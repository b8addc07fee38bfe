/// English words of drills.
extension EnglishWords {
    public var drillIDForm: String { "a drill id is lower-case letters, digits and hyphens, at most 64" }
    public func drillIDNotFileName(_ name: String) -> String { "the id must be the file's name without .yaml (\(name))" }
    public func drillStart(_ text: String) -> String { "\(text) is not `now` or an ISO 8601 time with its offset" }
    public var drillDurationPositive: String { "the duration must be after the start (+HH:MM)" }
    public var drillNeedsInjects: String { "a drill needs at least one inject" }
    public func drillRefTwice(_ ref: String) -> String { "ref \(ref) names two tickets" }
    public func drillTicketIDTwice(_ id: String, firstLine: Int) -> String { "ticket id \(id) is already used on line \(firstLine)" }
    public func drillMargin(_ text: String) -> String { "\(text) is not a margin HH:MM (quote it)" }
    public var drillExpectedTwice: String { "this is already expected above" }
    public func drillStepNotInPlaybook(_ step: String, _ playbook: String) -> String { "\(step) is not a step of the \(playbook) playbook" }
    public func drillExpectedBeforeTicket(_ ref: String) -> String { "this is before \(ref) arrives" }
    public func drillAfterEnd(_ duration: String) -> String { "this is after the drill ends (\(duration))" }
    public func drillOffset(_ text: String) -> String { "\(text) is not an offset +HH:MM or -HH:MM (quote it)" }
    public func drillUnknownRef(_ ref: String) -> String { "\(ref) is not the ref of a ticket injected before" }
    public var drillInjectBeforeStart: String { "an inject cannot come before the start" }
    public func drillInjectGoesBack(_ previous: String) -> String { "this goes back in time (the line before is at \(previous))" }
    public func drillInjectKinds(_ kinds: [String]) -> String { "an inject has `at` and exactly one of: " + kinds.joined(separator: ", ") }
    public func drillLevel(_ text: String) -> String { "\(text) is not a level 1–4" }
    public var drillTextBlank: String { "this text is empty" }
    public func drillTextTooLong(_ limit: Int) -> String { "this text is longer than \(limit) characters" }
    public var drillRefForm: String { "a ref has no spaces or braces" }
    public func drillTime(_ text: String) -> String { "\(text) is not an offset +HH:MM or an ISO 8601 time with its offset" }
    public var drillAwareAfterArrival: String { "aware_at is after the ticket arrives" }
    public var drillActionQuote: String { "a double quote is not closed" }
    public func drillActionCommand(_ command: String, _ allowed: [String]) -> String {
        "\(command) is not a command a scripted officer types (one of: \(allowed.joined(separator: ", ")))"
    }
    public func drillActionOption(_ option: String) -> String { "\(option) is not written in an actions file: each line takes effect at its offset on the drill desk" }
    public func drillActionBeforeTicket(_ ref: String, _ arrives: String) -> String { "\(ref) has not arrived yet (it arrives at \(arrives))" }
    public func drillsOK(_ count: Int) -> String { count == 1 ? "1 drill scenario: no problems" : "\(count) drill scenarios: no problems" }
    public func noDrillScenario(_ name: String, _ known: [String]) -> String {
        "no drill scenario \(name)" + (known.isEmpty ? "" : " (the scenarios: \(known.joined(separator: ", ")))")
    }
    public func noDrillRun(_ id: String) -> String { "no drill run \(id) (certdesk drill list shows the runs)" }
    public func drillRunUnreadable(_ id: String) -> String { "the record of drill run \(id) cannot be read" }
    public var drillFromDrillDesk: String { "this is a drill desk; run drills from the live desk" }
    public func drillRunStarted(_ run: String, _ path: String) -> String { "drill run \(run) on its own desk \(path)" }
    public func drillRunFinished(_ run: String) -> String { "drill run \(run) finished" }
    public func drillRunReport(_ run: String) -> String { "after-action report: certdesk drill report \(run)" }
    public func drillInjected(_ offset: String, _ what: String) -> String { "\(offset) inject: \(what)" }
    public func drillActionDone(_ offset: String, _ command: String) -> String { "\(offset) officer: \(command)" }
    public func drillActionRefused(_ offset: String, _ line: Int, _ why: String) -> String { "\(offset) officer (line \(line)) refused: \(why)" }
    public func drillActionsRefused(_ count: Int) -> String {
        count == 1 ? "1 scripted command was refused by the desk" : "\(count) scripted commands were refused by the desk"
    }
    public func drillInjectName(_ inject: DrillInject.What, incident: String?) -> String {
        let on = incident.map { " on \($0)" } ?? ""
        switch inject {
        case .ticket(let ticket): return "ticket \(ticket.ref) arrived" + (incident.map { " as \($0)" } ?? "")
        case .level(_, let level, _): return "exercise control set level \(level.rawValue)" + on
        case .note(_, let kind, _):
            switch kind {
            case .call: return "the agency called" + on
            case .indicators: return "new indicators" + on
            case .ncertUpdate: return "N-CERT asked for an update" + on
            case .platformDown: return "the reporting platform is down" + on
            }
        }
    }
    public var noDrillRuns: String { "no drill runs yet (certdesk drill run NAME)" }
    public func drillReportTitle(_ title: String) -> String { "After-action report: \(title)" }
    public var drillRunLabel: String { "Run" }
    public var drillScenarioLabel: String { "Scenario" }
    public var drillPlayedLabel: String { "Played" }
    public var drillScoreLabel: String { "Score" }
    public func drillScore(_ score: Int?, earned: Int, possible: Int) -> String {
        guard let score else { return "not scored (nothing was expected)" }
        return "\(score) / 100 (\(Digits.halves(earned)) of \(Digits.halves(possible)) points)"
    }
    public var drillClocksHeading: String { "Legal clocks" }
    public var drillStepsHeading: String { "Playbook steps" }
    public var drillTimelineHeading: String { "Timeline" }
    public var drillColumnsClocks: [String] { ["Incident", "Clock", "Due", "Met", "Spare", "Margin", "Outcome"] }
    public var drillColumnsSteps: [String] { ["Incident", "Step", "By", "Done", "Outcome"] }
    public var drillColumnsTimeline: [String] { ["Offset", "Time", "By", "Incident", "What"] }
    public var drillColumnsRuns: [String] { ["Run", "Scenario", "Drill start", "Speed", "How", "Finished"] }
    public func drillOutcome(_ outcome: AfterActionReport.Outcome) -> String {
        switch outcome {
        case .onTime: "on time"
        case .late: "late"
        case .missed: "missed"
        case .waived: "waived"
        case .notDue: "not due yet"
        case .done: "done"
        case .skipped: "skipped"
        case .missing: "missing"
        }
    }
    public func drillSpare(_ minutes: Int) -> String {
        minutes >= 0 ? "\(DrillOffset.clockText(minutes)) to spare" : "\(DrillOffset.clockText(-minutes)) late"
    }
    public var drillScoreRule: String {
        "A clock (weight 2) met at least its margin before due earns a full point, met later within the drill half; "
            + "a step (weight 1) done by its offset a full point, done later or skipped with a reason half; "
            + "missed, waived or missing nothing. Clocks not yet due at the end are not scored."
    }
    public var drillHeadless: String { "headless" }
    public var drillInConsole: String { "console" }
    public var drillUnfinished: String { "not finished" }
}
