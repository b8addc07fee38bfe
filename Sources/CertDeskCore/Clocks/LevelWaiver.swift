/// Why the desk itself waived a clock: a level change took the incident out of the levels the
/// clock applies to. Kept as these facts, not as a sentence, so that each interface language
/// says it in its own words (`Words.waiverReason`) and the stored projection is the same
/// whatever language the officer reads.
public struct LevelWaiver: Hashable, Sendable {
    public var from: IncidentLevel?
    public var to: IncidentLevel?
    /// The levels the clock applies to, as the policy said at the change.
    public var appliesTo: Set<LevelBand>

    public init(from: IncidentLevel?, to: IncidentLevel?, appliesTo: Set<LevelBand>) {
        self.from = from
        self.to = to
        self.appliesTo = appliesTo
    }

    /// The projection's form (`obligations.level_waiver`): canonical JSON, levels as numbers.
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("from", from.map { $0.rawValue })
        b.set("to", to.map { $0.rawValue })
        b.set("applies_to", .array(appliesTo.sorted().map { .string($0.rawValue) }))
        return b.value
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        func level(_ key: String) throws(JSONFieldReader.FieldError) -> IncidentLevel? {
            guard let n = try r.optionalInt(key) else { return nil }
            guard let level = IncidentLevel(rawValue: Int(n)) else { throw r.error(key) { $0.levelNotOneToFour(n) } }
            return level
        }
        var bands = Set<LevelBand>()
        for case .string(let name) in try r.optionalArray("applies_to") ?? [] {
            guard let band = LevelBand(rawValue: name) else { throw r.error("applies_to") { $0.unknownLevel(name) } }
            bands.insert(band)
        }
        self.init(from: try level("from"), to: try level("to"), appliesTo: bands)
    }
}
