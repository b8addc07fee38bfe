import CertDeskCore

/// `report incident --json`: the seven items as facts (UTC times, codes, the records as the other
/// commands print them), each item an object; what the journal does not hold is `null` or an
/// empty list, never a word standing in for it.
enum InvestigationReportJSON {
    static func report(_ report: InvestigationReport) -> JSONValue {
        let incident = report.incident, now = report.generatedAt
        func step(_ entry: InvestigationReport.StepEntry) -> JSONValue {
            .object(["step": .string(entry.record.step), "status": .string(entry.record.status.rawValue),
                     "at": IncidentJSON.time(entry.record.at), "by": .string(entry.record.by),
                     "text": entry.record.text.map(JSONValue.string) ?? .null,
                     "csf": entry.step.map { .string($0.csf) } ?? .null,
                     "phase": entry.step.map { .string($0.phase.rawValue) } ?? .null])
        }
        func clock(_ o: Obligation?) -> JSONValue { o.map { ClockJSON.obligation($0, incident: incident.id, now: now) } ?? .null }
        let times = JSONValue.object(Dictionary(uniqueKeysWithValues: report.times.map { ($0.kind.rawValue, IncidentJSON.time($0.at)) }))
        let scope: JSONValue = .object([
            "agency": .string(incident.agency), "agency_id": incident.agencyID.map(JSONValue.string) ?? .null,
            "county": report.agency.map { .string($0.county) } ?? .null,
            "category": .string(incident.category.rawValue),
            "level": incident.level.map { .int(Int64($0.rawValue)) } ?? .null,
            "level_basis": incident.levelBasis?.json ?? .null,
            "level_reason": incident.levelReason.map(JSONValue.string) ?? .null,
            "description": .string(incident.description),
            "indicators": .array(incident.indicators.map(\.json)),
        ])
        return .object([
            "format": .string("certdesk-investigation/1"),
            "incident": .string(incident.id), "title": .string(incident.title), "exercise": .bool(incident.exercise),
            "generated_at": IncidentJSON.time(now), "journal_seq": .int(report.journalSeq),
            "times": times,
            "scope": scope,
            "damage_control": .object(["steps": .array(report.damageControl.map(step)), "clock": clock(report.damageControlClock)]),
            "handling": .object([
                "steps": .array(report.handling.map(step)),
                "notes": .array(report.notes.map { .object(["at": IncidentJSON.time($0.at), "by": .string($0.by), "text": .string($0.text)]) }),
                "notifications": .array(report.notifications.map(\.json)),
                "evidence": .array(report.evidence.map(EvidenceJSON.entry)),
                "clocks": .array(report.clocks.map { ClockJSON.obligation($0, incident: incident.id, now: now) }),
            ]),
            "root_cause": .object(["steps": .array(report.rootCause.map(step))]),
            "recurrence": .object(["steps": .array(report.recurrence.map(step))]),
            "follow_up": .object(["report_clock": clock(report.reportClock), "still_to_do": .array(report.stillToDo.map { .string($0.id) })]),
        ])
    }
}
