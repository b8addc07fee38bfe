import CertDeskCore

/// The JSON of a legal clock: UTC ISO 8601 times, the state as of now, seconds left (negative
/// when overdue). Keys are stable for scripts, and so are their words: the note and the reason
/// are said in English whatever the interface language.
enum ClockJSON {
    static func obligation(_ o: Obligation, incident: String, now: Instant) -> JSONValue {
        let english = InterfaceLanguage.en.words
        let note = o.note != nil || o.metByStep != nil ? english.meetingNote(o.note, step: o.metByStep) : nil
        return .object([
            "incident": .string(incident),
            "kind": .string(o.kind.rawValue),
            "ordinal": .int(Int64(o.ordinal)),
            "starts_at": IncidentJSON.time(o.startsAt),
            "due_at": IncidentJSON.time(o.dueAt),
            "warn_at": IncidentJSON.time(o.warnAt),
            "state": .string(o.state(at: now).rawValue),
            "seconds_left": .int(now.milliseconds(until: o.dueAt) / 1000),
            "met_at": IncidentJSON.time(o.metAt),
            "met_recorded_at": IncidentJSON.time(o.metRecordedAt),
            "met_by": o.metBy.map(JSONValue.string) ?? .null,
            "note": note.map(JSONValue.string) ?? .null,
            "waived_reason": o.state == .waived ? .string(english.waiverReason(of: o)) : .null,
            "waived_by": o.waivedBy.map(JSONValue.string) ?? .null,
        ])
    }

    static func entry(_ entry: ClockEntry, now: Instant) -> JSONValue {
        guard case .object(var members) = obligation(entry.obligation, incident: entry.incidentID, now: now) else { return .null }
        members["title"] = .string(entry.title)
        members["level"] = entry.level.map { .int(Int64($0.rawValue)) } ?? .null
        members["exercise"] = .bool(entry.exercise)
        return .object(members)
    }
}
