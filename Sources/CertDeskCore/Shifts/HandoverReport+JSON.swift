/// The report as JSON: codes and instants only, no words, so the digest is the same whatever
/// the interface language. This shape is what officers sign: a change to it changes every
/// digest, so fields are only ever added, by a new report version.
extension HandoverReport {
    /// The shape's version, part of what is signed.
    public static let format = "certdesk-handover/1"

    public var json: JSONValue {
        var h = JSONObjectBuilder()
        h.set("region", header.region)
        h.set("shift", Int64(header.shift))
        h.set("officer", header.officer)
        h.set("started_at", header.startedAt)
        h.set("ended_at", header.endedAt)
        h.set("generated_at", header.generatedAt)
        h.set("journal_seq", header.head.seq)
        h.set("journal_hash", header.head.hash)
        h.set("horizon_minutes", Int64(header.horizonMinutes))
        var activity = JSONObjectBuilder()
        activity.set("opened", .array(opened.map(JSONValue.string)))
        activity.set("closed", .array(closed.map(JSONValue.string)))
        activity.set("relevelled", .array(relevelled.map(\.json)))
        activity.set("met", .array(met.map(\.json)))
        activity.set("met_late", .array(metLate.map(\.json)))
        activity.set("breached", .array(breached.map(\.json)))
        var evidence = JSONObjectBuilder()
        evidence.set("held", .array(evidenceHeld.map(Self.json)))
        evidence.set("checked_out", .array(evidenceCheckedOut.map(Self.json)))
        evidence.set("on_hold", .array(evidenceOnHold.map(Self.json)))
        var b = JSONObjectBuilder()
        b.set("format", Self.format)
        b.set("header", h.value)
        b.set("open_incidents", .array(openIncidents.map(\.json)))
        b.set("overdue", .array(overdue.map(\.json)))
        b.set("due_within_horizon", .array(dueWithinHorizon.map(\.json)))
        b.set("activity", activity.value)
        b.set("actions", .array(actions.map(\.json)))
        b.set("evidence", evidence.value)
        b.set("remarks", .array(remarks.map(\.json)))
        return b.value
    }

    static func json(_ item: EvidenceItem) -> JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", item.id)
        b.set("incident", item.incident)
        b.set("description", item.description)
        b.set("holder", item.holder)
        b.set("location", item.location)
        b.set("checked_out", item.checkedOut)
        b.set("hold_reason", item.holdReason)
        return b.value
    }
}

extension HandoverReport.OpenIncident {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id)
        b.set("title", title)
        b.set("level", level.map { Int($0.rawValue) })
        b.set("category", category)
        b.set("agency", agency)
        b.set("phase", phase)
        b.set("assignee", assignee)
        b.set("exercise", exercise)
        b.set("next_clock", nextClock?.json)
        return b.value
    }
}

extension HandoverReport.Clock {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("incident", incident)
        b.set("kind", kind)
        b.set("ordinal", Int64(ordinal))
        b.set("due_at", dueAt)
        b.set("met_at", metAt)
        return b.value
    }
}

extension HandoverReport.LevelChange {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("incident", incident)
        b.set("level", Int64(level.rawValue))
        b.set("reason", reason)
        b.set("at", at)
        b.set("actor", actor)
        return b.value
    }
}

extension HandoverReport.Actions {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("incident", incident)
        b.set("events", .array(events.map { recorded in
            var e = JSONObjectBuilder()
            e.set("seq", recorded.seq)
            e.set("at", recorded.at)
            e.set("actor", recorded.actor)
            e.set("kind", recorded.event.kind)
            e.set("body", recorded.event.body)
            return e.value
        }))
        return b.value
    }
}

extension HandoverReport.Remark {
    var json: JSONValue { ["at": .string(ISO8601.utcMillisecondString(at)), "actor": .string(actor), "text": .string(text)] }
}
