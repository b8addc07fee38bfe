import CertDeskCore
import GRDB

/// The columns of `shifts`: one row per watch.
enum ShiftColumn: Int, ProjectionColumn {
    case id, officer, startedAt, startSeq, forcedReason, endedAt, endSeq, ending, offer, acceptance
    case incidentsOpened, incidentsClosed, clocksBreached

    static let table = "shifts"

    var name: String {
        switch self {
        case .id: return "id"
        case .officer: return "officer"
        case .startedAt: return "started_at"
        case .startSeq: return "start_seq"
        case .forcedReason: return "forced_reason"
        case .endedAt: return "ended_at"
        case .endSeq: return "end_seq"
        case .ending: return "ending"
        case .offer: return "offer"
        case .acceptance: return "acceptance"
        case .incidentsOpened: return "incidents_opened"
        case .incidentsClosed: return "incidents_closed"
        case .clocksBreached: return "clocks_breached"
        }
    }

    func value(of shift: Shift) -> ColumnValue {
        switch self {
        case .id: return .integer(Int64(shift.id))
        case .officer: return .text(shift.officer)
        case .startedAt: return .integer(shift.startedAt.millisecondsSinceEpoch)
        case .startSeq: return .integer(shift.startSeq)
        case .forcedReason: return ColumnValue(shift.forcedReason)
        case .endedAt: return ColumnValue(shift.endedAt?.millisecondsSinceEpoch)
        case .endSeq: return ColumnValue(shift.endSeq)
        case .ending: return ColumnValue(shift.ending?.rawValue)
        case .offer: return ColumnValue(shift.offer.map { CanonicalJSON.string(ShiftRow.json($0)) })
        case .acceptance: return ColumnValue(shift.acceptance.map { CanonicalJSON.string(ShiftRow.json($0)) })
        case .incidentsOpened: return .integer(Int64(shift.incidentsOpened))
        case .incidentsClosed: return .integer(Int64(shift.incidentsClosed))
        case .clocksBreached: return .integer(Int64(shift.clocksBreached))
        }
    }
}

enum ShiftRow {
    static func write(_ shift: Shift, _ db: Database) throws {
        var insert = try BoundStatement(db, sql: ShiftColumn.insert(replacing: true))
        ShiftColumn.bind(shift, into: &insert)
        try insert.run()
    }

    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = []) throws -> [Shift] {
        typealias C = ShiftColumn
        var shifts: [Shift] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(C.names) FROM shifts WHERE \(whereClause) ORDER BY id"),
                                       arguments: arguments)
        while let row = try rows.next() {
            let id: Int = row.required(C.id)
            func unreadable() -> StoreError { StoreError.inconsistent { $0.shiftRowUnreadable(id) } }
            var shift = Shift(id: id, officer: row.exactText(C.officer), startedAt: Instant(millisecondsSinceEpoch: row.required(C.startedAt)),
                              startSeq: row.required(C.startSeq), forcedReason: row.exactTextIfPresent(C.forcedReason))
            shift.endedAt = row.instant(C.endedAt).map(Instant.init(millisecondsSinceEpoch:))
            shift.endSeq = row.value(C.endSeq)
            if let ending = row.exactTextIfPresent(C.ending) {
                guard let parsed = ShiftEnding(rawValue: ending) else { throw unreadable() }
                shift.ending = parsed
            }
            if let text = row.exactTextIfPresent(C.offer) {
                guard let offer = try? offer(id, text) else { throw unreadable() }
                shift.offer = offer
            }
            if let text = row.exactTextIfPresent(C.acceptance) {
                guard let acceptance = try? acceptance(text) else { throw unreadable() }
                shift.acceptance = acceptance
            }
            shift.incidentsOpened = row.required(C.incidentsOpened)
            shift.incidentsClosed = row.required(C.incidentsClosed)
            shift.clocksBreached = row.required(C.clocksBreached)
            shifts.append(shift)
        }
        return shifts
    }

    static func json(_ offer: HandoverOffer) -> JSONValue {
        ["digest": .string(offer.digest), "seq": .int(offer.head.seq), "hash": .string(offer.head.hash),
         "horizon_minutes": .int(Int64(offer.horizonMinutes)), "accept_within_minutes": .int(Int64(offer.acceptWithinMinutes)),
         "generated_at": .string(ISO8601.utcMillisecondString(offer.generatedAt)),
         "at": .string(ISO8601.utcMillisecondString(offer.at)), "by": .string(offer.by), "offer_seq": .int(offer.seq)]
    }

    static func json(_ acceptance: HandoverAcceptance) -> JSONValue {
        var b = JSONObjectBuilder()
        b.set("officer", acceptance.officer)
        b.set("digest", acceptance.digest)
        b.set("remark", acceptance.remark)
        b.set("at", acceptance.at)
        b.set("seq", acceptance.seq)
        return b.value
    }

    private static func offer(_ shift: Int, _ text: String) throws -> HandoverOffer {
        let r = try JSONFieldReader(try JSONValue.parse(text))
        return HandoverOffer(shift: shift, digest: try r.string("digest"), head: JournalHead(seq: try r.int("seq"), hash: try r.string("hash")),
                             horizonMinutes: Int(try r.int("horizon_minutes")), acceptWithinMinutes: Int(try r.int("accept_within_minutes")),
                             generatedAt: try r.instant("generated_at"), at: try r.instant("at"), by: try r.string("by"), seq: try r.int("offer_seq"))
    }

    private static func acceptance(_ text: String) throws -> HandoverAcceptance {
        let r = try JSONFieldReader(try JSONValue.parse(text))
        return HandoverAcceptance(officer: try r.string("officer"), digest: try r.string("digest"), remark: try r.optionalString("remark"),
                                  at: try r.instant("at"), seq: try r.int("seq"))
    }
}
