/// The journal form of a deadline policy (`policy-adopted` bodies and the desk projection).
extension DeadlinePolicy {
    public var json: JSONValue {
        var members: [String: JSONValue] = ["name": .string(name), "rules": .array(rules.map(\.json)),
                                            "evidence_retention": .string(evidenceRetention.description)]
        // Only when not the default: a policy adopted before these settings existed reads back equal.
        if handoverHorizonMinutes != Self.defaultHandoverHorizonMinutes {
            members["handover_horizon_minutes"] = .int(Int64(handoverHorizonMinutes))
        }
        if handoverAcceptWithinMinutes != Self.defaultHandoverAcceptWithinMinutes {
            members["handover_accept_within_minutes"] = .int(Int64(handoverAcceptWithinMinutes))
        }
        return .object(members)
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        let retention = try r.optionalString("evidence_retention").map { text throws(JSONFieldReader.FieldError) -> DeadlineDuration in
            guard let duration = DeadlineDuration(text: text) else { throw r.error("evidence_retention") { $0.unreadable } }
            return duration
        }
        self.init(name: try r.string("name"), rules: try r.objects("rules", DeadlineRule.init(reader:)),
                  evidenceRetention: retention ?? DeadlinePolicy.defaultRetention,
                  handoverHorizonMinutes: Int(try r.optionalInt("handover_horizon_minutes") ?? Int64(Self.defaultHandoverHorizonMinutes)),
                  handoverAcceptWithinMinutes: Int(try r.optionalInt("handover_accept_within_minutes")
                      ?? Int64(Self.defaultHandoverAcceptWithinMinutes)))
    }
}

extension DeadlineRule {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("kind", kind)
        b.set("applies_to", .array(appliesTo.sorted().map { .string($0.rawValue) }))
        b.set("starts_at", start.name)
        b.set("due_within", .object(Dictionary(uniqueKeysWithValues: dueWithin.map { ($0.key.rawValue, .string($0.value.description)) })))
        b.set("warn_before", warnBefore?.description)
        b.set("basis", basis)
        return b.value
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        var bands = Set<LevelBand>()
        for case .string(let name) in try r.optionalArray("applies_to") ?? [] {
            guard let band = LevelBand(rawValue: name) else { throw r.error("applies_to") { $0.unknownLevel(name) } }
            bands.insert(band)
        }
        guard let start = DeadlineStart(name: try r.string("starts_at")) else {
            throw r.error("starts_at") { $0.unknownStart }
        }
        var due: [LevelBand: DeadlineDuration] = [:]
        for (key, value) in try r.optionalObject("due_within")?.members ?? [:] {
            guard let band = LevelBand(rawValue: key), let text = value.stringValue, let duration = DeadlineDuration(text: text) else {
                throw r.error("due_within") { $0.unreadableDuration(for: key) }
            }
            due[band] = duration
        }
        let warn = try r.optionalString("warn_before")
        self.init(kind: try r.enumValue("kind", ObligationKind.self), appliesTo: bands, start: start, dueWithin: due,
                  warnBefore: warn.flatMap(DeadlineDuration.init(text:)), basis: try r.optionalString("basis") ?? "")
    }
}

/// What the officer records when an obligation is met: which one, when it really happened,
/// and an optional note (e.g. who was called, by which channel).
public struct ObligationMeeting: Hashable, Sendable {
    public var kind: ObligationKind
    public var ordinal: Int
    public var at: Instant
    public var note: String?
    /// The playbook step whose completion met it: a fact, not a sentence, so each language says
    /// it its own way. Rows from before it existed carry the English words in `note` instead.
    public var step: String?

    public init(kind: ObligationKind, ordinal: Int, at: Instant, note: String?, step: String? = nil) {
        self.kind = kind
        self.ordinal = ordinal
        self.at = at
        self.note = note
        self.step = step
    }

    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("kind", kind)
        b.set("ordinal", ordinal)
        b.set("at", at)
        b.set("note", note)
        b.set("step", step)
        return b.value
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(kind: try r.enumValue("kind", ObligationKind.self), ordinal: Int(try r.int("ordinal")),
                  at: try r.instant("at"), note: try r.optionalString("note"), step: try r.optionalString("step"))
    }
}
