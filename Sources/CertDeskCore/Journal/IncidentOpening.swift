/// An incident entering the desk: the facts as its source stated them, and what the desk gave
/// it — its id and, when the directory knows the agency's name, the agency's id.
public struct IncidentOpening: Hashable, Sendable {
    public var id: String
    public var agencyID: String?
    public var facts: IncidentDraft

    public init(id: String, agencyID: String? = nil, facts: IncidentDraft) {
        self.id = id
        self.agencyID = agencyID
        self.facts = facts
    }

    var json: JSONValue {
        guard case .object(var members) = facts.json else { preconditionFailure("a draft's JSON is an object") }
        if let agencyID { members["agency_id"] = .string(agencyID) }
        return .object(members)
    }

    init(id: String, reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(id: id, agencyID: try r.optionalString("agency_id"), facts: try IncidentDraft(reader: r))
    }
}

extension IncidentDraft {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("source", source.json)
        b.set("title", title)
        b.set("category", category)
        b.set("level", level?.rawValue)
        b.set("agency", agency)
        b.set("occurred_at", occurredAt)
        b.set("aware_at", awareAt)
        b.set("reported_at", reportedAt)
        b.set("description", description)
        b.set("exercise", exercise)
        b.set("tlp", tlp)
        b.set("indicators", .array(indicators.map(\.json)))
        return b.value
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        let levelNumber = try r.optionalInt("level")
        var level: IncidentLevel? = nil
        if let levelNumber {
            guard let parsed = IncidentLevel(rawValue: Int(levelNumber)) else {
                throw r.error("level") { $0.levelNotOneToFour(levelNumber) }
            }
            level = parsed
        }
        guard let sourceReader = try r.optionalObject("source") else { throw r.error("source") { $0.fieldRequired } }
        self.init(source: try IncidentSource(reader: sourceReader), title: try r.string("title", allowEmpty: true),
                  category: try r.enumValue("category", IncidentCategory.self), level: level,
                  agency: try r.string("agency", allowEmpty: true), occurredAt: try r.optionalInstant("occurred_at"),
                  awareAt: try r.instant("aware_at"), reportedAt: try r.instant("reported_at"),
                  description: try r.optionalString("description") ?? "", exercise: try r.optionalBool("exercise") ?? false,
                  tlp: try r.optionalEnum("tlp", TrafficLightProtocol.self), indicators: try r.objects("indicators", Indicator.init(reader:)))
    }
}

/// A level decision: the new level (nil would mean back to unclassified, which the desk does not
/// allow), the officer's reason, and the C/I/A facts when given.
public struct LevelChange: Hashable, Sendable {
    public var level: IncidentLevel
    public var reason: String
    public var basis: LevelBasis?

    public init(level: IncidentLevel, reason: String, basis: LevelBasis?) {
        self.level = level
        self.reason = reason
        self.basis = basis
    }

    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("level", Int64(level.rawValue))
        b.set("reason", reason)
        b.set("basis", basis?.json)
        return b.value
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        let n = try r.int("level")
        guard let level = IncidentLevel(rawValue: Int(n)) else { throw r.error("level") { $0.levelNotOneToFour(n) } }
        self.init(level: level, reason: try r.string("reason", allowEmpty: true),
                  basis: try r.optionalObject("basis").map { (b) throws(JSONFieldReader.FieldError) in try LevelBasis(reader: b) })
    }
}
