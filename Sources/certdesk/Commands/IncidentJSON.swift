import CertDeskCore

/// The JSON that `list --json` and `show --json` print: stable keys, UTC ISO 8601 times, null
/// for what is not known (e.g. `level` while unclassified). Text is exact, control characters
/// escaped as JSON requires.
enum IncidentJSON {
    static func summary(_ incident: Incident, now: Instant) -> JSONValue {
        let next = incident.nextDue
        return .object([
            "id": .string(incident.id),
            "source_id": .string(incident.source.id),
            "source_kind": .string(incident.source.kind.rawValue),
            "title": .string(incident.title),
            "level": incident.level.map { .int(Int64($0.rawValue)) } ?? .null,
            "category": .string(incident.category.rawValue),
            "agency": .string(incident.agency),
            "agency_id": incident.agencyID.map(JSONValue.string) ?? .null,
            "phase": .string(incident.phase.rawValue),
            "assignee": incident.assignee.map(JSONValue.string) ?? .null,
            "exercise": .bool(incident.exercise),
            "false_positive": .bool(incident.falsePositive),
            "tlp": incident.tlp.map { .string($0.rawValue) } ?? .null,
            "occurred_at": time(incident.occurredAt),
            "aware_at": time(incident.awareAt),
            "reported_at": time(incident.reportedAt),
            "opened_at": time(incident.openedAt),
            "updated_at": time(incident.updatedAt),
            "next_due_kind": next.map { .string($0.kind.rawValue) } ?? .null,
            "next_due_at": time(next?.dueAt),
            "next_due_state": next.map { .string($0.state(at: now).rawValue) } ?? .null,
        ])
    }

    static func detail(_ incident: Incident, timeline: [RecordedEvent], now: Instant) -> JSONValue {
        guard case .object(var members) = summary(incident, now: now) else { return .null }
        members["obligations"] = .array(incident.obligations.map { ClockJSON.obligation($0, incident: incident.id, now: now) })
        members["description"] = .string(incident.description)
        members["source_file"] = incident.source.file.map(JSONValue.string) ?? .null
        members["level_reason"] = incident.levelReason.map(JSONValue.string) ?? .null
        members["level_basis"] = incident.levelBasis?.json ?? .null
        members["opened_by"] = .string(incident.openedBy)
        members["note_count"] = .int(Int64(incident.noteCount))
        members["indicators"] = .array(incident.indicators.map(\.json))
        members["timeline"] = .array(timeline.map { entry in
            .object(["seq": .int(entry.seq), "at": time(entry.at), "actor": .string(entry.actor),
                     "kind": .string(entry.event.kind), "body": entry.event.body])
        })
        return .object(members)
    }

    static func time(_ instant: Instant?) -> JSONValue {
        instant.map { .string(ISO8601.utcString($0)) } ?? .null
    }

    /// What every `--json` prints: canonical, with what could drive a terminal escaped.
    static func text(_ value: JSONValue) -> String { CanonicalJSON.terminalSafeString(value) }
}
