/// Reads one SOC event ticket (事件單) or agency report. The format is documented in the README
/// ("Ticket format"); field names follow the second-line SOC ticket the regional plan describes
/// (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L9512–9534, L19795–19801).
public struct TicketDecoder: Sendable {
    public let now: Instant
    public let fileLabel: String

    /// How far ahead of the desk clock a sender's clock may run before its times are refused.
    public static let clockSkewAllowance: Int64 = 5 * 60_000

    public init(now: Instant, fileLabel: String) {
        self.now = now
        self.fileLabel = fileLabel
    }

    public func decode(_ value: JSONValue, at path: JSONPath) throws(JSONFieldReader.FieldError) -> IncidentDraft {
        let r = try JSONFieldReader(value, path: path)
        let sourceID = try r.string("id", maxLength: FieldLimits.sourceID)
        if let problem = NameRule.problem(sourceID, limit: FieldLimits.sourceID) {
            throw r.error("id") { $0.nameRefused(.sourceID, problem) }
        }
        let kind: IncidentSource.Kind = try r.optionalEnum("source", IncidentSource.Kind.self) ?? .socTicket
        guard kind == .socTicket || kind == .agencyReport else {
            throw r.error("source") { $0.ticketSourceKind }
        }
        guard let aware = try r.optionalInstant("aware_at") else {
            throw r.error("aware_at") { $0.awarenessRequired }
        }
        let times = try IncidentTimes(
            reader: r, now: now, occurred: try r.optionalInstant("occurred_at").map { ($0, "occurred_at") },
            aware: (aware, "aware_at"), reported: (try r.optionalInstant("reported_at") ?? now, "reported_at"))
        return IncidentDraft(
            source: IncidentSource(kind: kind, id: sourceID, file: fileLabel),
            title: try r.string("title", maxLength: FieldLimits.title),
            category: try r.enumValue("category", IncidentCategory.self),
            level: try Self.level(r, "level"),
            agency: try r.string("agency", maxLength: FieldLimits.agency),
            occurredAt: times.occurred, awareAt: times.aware, reportedAt: times.reported,
            description: try r.optionalString("description", maxLength: FieldLimits.description) ?? "",
            exercise: try r.optionalBool("exercise") ?? false,
            tlp: try r.optionalEnum("tlp", TrafficLightProtocol.self),
            indicators: try Self.indicators(r))
    }

    static func level(_ r: JSONFieldReader, _ key: String) throws(JSONFieldReader.FieldError) -> IncidentLevel? {
        guard let n = try r.optionalInt(key) else { return nil }
        guard let level = IncidentLevel(rawValue: Int(n)) else {
            throw r.error(key) { $0.ticketLevelOutOfRange(n) }
        }
        return level
    }

    static func indicators(_ r: JSONFieldReader) throws(JSONFieldReader.FieldError) -> [Indicator] {
        let items = try r.optionalArray("indicators") ?? []
        guard items.count <= FieldLimits.indicatorsPerIncident else {
            throw r.error("indicators") { $0.tooManyEntries(items.count, limit: FieldLimits.indicatorsPerIncident) }
        }
        var out: [Indicator] = []
        out.reserveCapacity(items.count)
        for (n, item) in items.enumerated() {
            let ir = try JSONFieldReader(item, path: r.path.appending("indicators").appending(n))
            let typeName = try ir.string("type")
            guard let kind = FixedSet.member(typeName, among: Indicator.Kind.ticketKinds) else {
                throw ir.error("type", FixedSet.notOneOf(typeName, FixedSet.names(Indicator.Kind.ticketKinds)))
            }
            let value = try ir.string("value", maxLength: FieldLimits.indicatorValue)
            if let problem = Indicator.problem(kind: kind, value: value) {
                throw ir.error("value") { TextChecks.quoted(value) + " " + $0.say(problem) }
            }
            out.append(Indicator(kind: kind, value: value))
        }
        return out
    }
}

/// The three times of an incident, checked against each other and the desk clock. Each time
/// carries the key it was read from, so an error names the field the sender actually wrote.
struct IncidentTimes {
    typealias Stated = (time: Instant, key: String)

    let occurred: Instant?
    let aware: Instant
    let reported: Instant

    init(reader r: JSONFieldReader, now: Instant, occurred: Stated?, aware: Stated, reported: Stated)
        throws(JSONFieldReader.FieldError)
    {
        let latest = now.adding(milliseconds: TicketDecoder.clockSkewAllowance)
        for stated in [occurred, aware, reported].compactMap({ $0 }) where stated.time > latest {
            throw r.error(stated.key) { $0.timeInTheFuture(TaipeiTime.text(stated.time), now: TaipeiTime.text(now)) }
        }
        if let occurred, occurred.time > aware.time {
            throw r.error(aware.key) { $0.awareBeforeOccurred(occurred.key) }
        }
        if let occurred, occurred.time > reported.time {
            throw r.error(reported.key) { $0.reportBeforeOccurred(occurred.key) }
        }
        self.occurred = occurred?.time
        self.aware = aware.time
        self.reported = reported.time
    }
}
