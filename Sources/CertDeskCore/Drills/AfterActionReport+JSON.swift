/// The after-action report as JSON (`certdesk drill report --json`): times in UTC ISO 8601,
/// offsets as the scenario writes them, outcomes by their names.
public enum AfterActionReportJSON {
    public static func value(_ report: AfterActionReport) -> JSONValue {
        func time(_ instant: Instant?) -> JSONValue { instant.map { .string(ISO8601.utcMillisecondString($0)) } ?? .null }
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            "run": .string(report.run),
            "scenario": .string(report.scenario.id),
            "start": time(report.start),
            "end": time(report.end),
            "score": report.score.map { .int(Int64($0)) } ?? .null,
            "earned_half_points": .int(Int64(report.earnedHalfPoints)),
            "possible_half_points": .int(Int64(report.possibleHalfPoints)),
            "clocks": .array(report.clocks.map { c in
                .object(["ref": .string(c.expected.ref), "incident": text(c.incident), "kind": .string(c.expected.kind.rawValue),
                         "margin_minutes": .int(Int64(c.expected.marginMinutes)), "due_at": time(c.dueAt), "met_at": time(c.metAt),
                         "spare_minutes": c.spareMinutes.map { .int(Int64($0)) } ?? .null, "outcome": .string(c.outcome.rawValue)])
            }),
            "steps": .array(report.steps.map { s in
                .object(["ref": .string(s.expected.ref), "incident": text(s.incident), "step": .string(s.expected.step),
                         "by": time(s.by), "at": time(s.at), "text": text(s.text), "outcome": .string(s.outcome.rawValue)])
            }),
            "timeline": .array(report.timeline.map { e in
                .object(["seq": .int(e.row.seq), "at": time(e.row.at), "offset": .string(DrillOffset.text(e.offsetMinutes)),
                         "actor": .string(e.row.actor), "incident": text(e.row.event.incidentID), "kind": .string(e.row.event.kind)])
            }),
        ])
    }
}
