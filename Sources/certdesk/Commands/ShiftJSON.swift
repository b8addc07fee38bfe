import CertDeskCore

/// `certdesk shift list --json`: the shifts as data, instants in UTC.
enum ShiftJSON {
    static func list(_ shifts: [Shift], head: Int64, now: Instant) -> JSONValue {
        .array(shifts.map { shift in
            var b = JSONObjectBuilder()
            b.set("id", Int64(shift.id))
            b.set("officer", shift.officer)
            b.set("started_at", shift.startedAt)
            b.set("ended_at", shift.endedAt)
            b.set("ending", shift.ending)
            b.set("forced_reason", shift.forcedReason)
            b.set("start_seq", shift.startSeq)
            b.set("end_seq", shift.endSeq.map { Int($0) })
            b.set("events", shift.eventCount(head: head))
            b.set("incidents_opened", Int64(shift.incidentsOpened))
            b.set("incidents_closed", Int64(shift.incidentsClosed))
            b.set("clocks_breached", Int64(shift.clocksBreached))
            if let offer = shift.offer {
                var o = JSONObjectBuilder()
                o.set("at", offer.at)
                o.set("by", offer.by)
                o.set("digest", offer.digest)
                o.set("journal_seq", offer.head.seq)
                o.set("journal_hash", offer.head.hash)
                o.set("late", shift.acceptance.map { $0.at > offer.acceptBy } ?? (shift.isOpen && now > offer.acceptBy))
                b.set("offer", o.value)
            }
            if let acceptance = shift.acceptance {
                var a = JSONObjectBuilder()
                a.set("officer", acceptance.officer)
                a.set("at", acceptance.at)
                a.set("digest", acceptance.digest)
                a.set("remark", acceptance.remark)
                b.set("accepted", a.value)
            }
            return b.value
        })
    }
}
