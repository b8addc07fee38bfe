import CertDeskCore

/// The after-action report of a drill (`certdesk drill report`): aligned columns for the
/// terminal, or Markdown to file with the exercise's records. Both say the same rows; every
/// field from outside (notes, titles) is made single-line and safe for a terminal.
public enum AfterActionReportText {
    public enum Form { case terminal, markdown }

    public static func text(_ report: AfterActionReport, form: Form, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words
        func offset(_ instant: Instant) -> String {
            DrillOffset.text(Int(report.start.milliseconds(until: instant) / 60_000))
        }
        func at(_ instant: Instant?) -> String { instant.map { "\(time.minuteString($0)) (\(offset($0)))" } ?? "—" }
        var out: [String] = [(form == .markdown ? "# " : "") + w.drillReportTitle(report.scenario.title.text(in: language)), ""]
        let facts = [
            (w.drillRunLabel, report.run),
            (w.drillScenarioLabel, report.scenario.id),
            (w.drillPlayedLabel, "\(time.minuteString(report.start)) – \(time.minuteString(report.end))"),
            (w.drillScoreLabel, w.drillScore(report.score, earned: report.earnedHalfPoints, possible: report.possibleHalfPoints)),
        ]
        out += facts.map { (form == .markdown ? "- " : "") + "\($0.0): \(SafeText.singleLine($0.1))" } + [""]
        let clockRows = report.clocks.map { c in
            [c.incident ?? c.expected.ref, c.expected.kind.rawValue, at(c.dueAt), at(c.metAt), c.spareMinutes.map(w.drillSpare) ?? "—",
             DrillOffset.clockText(c.expected.marginMinutes), w.drillOutcome(c.outcome)]
        }
        out += section(w.drillClocksHeading, form, w.drillColumnsClocks, clockRows)
        let stepRows = report.steps.map { s in
            [s.incident ?? s.expected.ref, s.expected.step, at(s.by), at(s.at), w.drillOutcome(s.outcome)]
        }
        out += section(w.drillStepsHeading, form, w.drillColumnsSteps, stepRows)
        let timelineRows = report.timeline.map { e in
            [DrillOffset.text(e.offsetMinutes), time.minuteString(e.row.at), e.row.actor, e.row.event.incidentID ?? "—",
             EventSummary.text(e.row.event, language, time: time)]
        }
        out += section(w.drillTimelineHeading, form, w.drillColumnsTimeline, timelineRows)
        out.append(w.drillScoreRule)
        return out.joined(separator: "\n")
    }

    static func section(_ title: String, _ form: Form, _ head: [String], _ rows: [[String]]) -> [String] {
        switch form {
        case .markdown:
            return ["## \(title)", "", "| " + head.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: head.count)]
                + rows.map { "| " + $0.map(HandoverMarkdown.cell).joined(separator: " | ") + " |" } + [""]
        case .terminal:
            var table = TextTable(columns: head.map { TextTable.Column($0) })
            for row in rows { table.append(row) }
            return [title, table.render(), ""]
        }
    }
}
