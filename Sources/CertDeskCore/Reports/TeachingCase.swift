/// An incident told as a case for teaching and awareness (案例宣導): what kind of incident it
/// was, a timeline counted from awareness, what was done, the notes, and what was learned. It
/// is a reading of the investigation report, in one language; de-identified, every text from
/// outside the desk's own content (title, description, notes, step notes, the agency) has gone
/// through `Pseudonyms`, and the calendar is cut to the month: a date and an hour can name an
/// incident that was in the news as surely as the agency's name.
public struct TeachingCase: Sendable {
    public struct Moment: Sendable, Equatable {
        /// Milliseconds from awareness (negative: before it).
        public var offset: Int64
        public var text: String
    }

    public struct Line: Sendable, Equatable {
        public var label: String?
        public var text: String

        public init(label: String?, text: String) {
            self.label = label
            self.text = text
        }
    }

    public var language: InterfaceLanguage
    public var deidentified: Bool
    public var incidentID: String
    public var title: String
    public var category: IncidentCategory
    public var level: IncidentLevel?
    /// The agency's type (戶政, 地政 …), which teaches without naming it.
    public var agencyType: String?
    public var agency: String
    /// The month of awareness, Asia/Taipei.
    public var month: ReportMonth
    public var description: String
    public var timeline: [Moment]
    public var actions: [Line]
    public var notes: [String]
    public var lessons: [Line]
    public var exercise: Bool

    /// The case of `report` in `language`; `pseudonyms` replaces identifiers when given.
    public static func build(_ report: InvestigationReport, language: InterfaceLanguage, pseudonyms: Pseudonyms?) -> TeachingCase {
        var pseudonyms = pseudonyms
        let incident = report.incident
        pseudonyms?.learn([incident.title, incident.description, incident.agency] + report.notes.map(\.text)
                          + incident.steps.compactMap(\.text))
        func told(_ text: String) -> String { pseudonyms?.replace(text) ?? text }
        let w = language.words
        let aware = incident.awareAt
        var timeline: [Moment] = []
        for milestone in report.times {
            guard let at = milestone.at else { continue }
            timeline.append(Moment(offset: at.millisecondsSinceEpoch - aware.millisecondsSinceEpoch, text: w.caseMilestone(milestone.kind)))
        }
        let steps = report.damageControl + report.handling + report.rootCause + report.recurrence
        for entry in steps where entry.record.status == .done {
            let title = entry.step.map { $0.text.text(in: language) } ?? entry.record.step
            timeline.append(Moment(offset: entry.record.at.millisecondsSinceEpoch - aware.millisecondsSinceEpoch, text: told(title)))
        }
        for clock in incident.obligations {
            guard let met = clock.metAt else { continue }
            timeline.append(Moment(offset: met.millisecondsSinceEpoch - aware.millisecondsSinceEpoch,
                                   text: w.caseClockMet(clock.kind, late: met > clock.dueAt)))
        }
        timeline.sort { $0.offset < $1.offset }
        func line(_ entry: InvestigationReport.StepEntry) -> Line {
            let title = entry.step.map { $0.text.text(in: language) } ?? entry.record.step
            let text = entry.record.text.map { entry.record.status == .skipped ? w.caseSkipped($0) : $0 }
            return Line(label: told(title), text: told(text ?? w.caseNoNote))
        }
        let actions = (report.damageControl + report.handling).map(line)
        let lessons = report.rootCause.map { entry -> Line in
            var l = line(entry)
            l.label = w.caseRootCause + " · " + (l.label ?? "")
            return l
        } + report.recurrence.map { entry -> Line in
            var l = line(entry)
            l.label = w.caseRecurrence + " · " + (l.label ?? "")
            return l
        }
        return TeachingCase(
            language: language, deidentified: pseudonyms != nil, incidentID: told(incident.id), title: told(incident.title),
            category: incident.category, level: incident.level, agencyType: report.agency?.type, agency: told(incident.agency),
            month: ReportMonth.containing(aware), description: told(incident.description), timeline: timeline, actions: actions,
            notes: report.notes.map { told($0.text) }, lessons: lessons, exercise: incident.exercise)
    }

    /// `T+1:25`, `T-0:40`, `T+2d 03:10`: a moment counted from awareness.
    public static func offsetText(_ milliseconds: Int64) -> String {
        let sign = milliseconds < 0 ? "-" : "+"
        let minutes = abs(milliseconds) / 60_000
        let days = minutes / 1_440, hours = minutes / 60 % 24, rest = minutes % 60
        return "T" + sign + (days > 0 ? "\(days)d " + Digits.two(hours) : "\(hours)") + ":" + Digits.two(rest)
    }
}
