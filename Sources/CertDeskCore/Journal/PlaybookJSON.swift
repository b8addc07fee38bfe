/// The journal form of a playbook (`playbook-adopted` bodies and the playbooks projection): the
/// whole content, so an incident's steps can be read back whatever the file says today.
extension Playbook {
    public var json: JSONValue {
        ["category": .string(category), "version": .int(Int64(version)), "title": Self.json(title),
         "steps": .array(steps.map(\.json))]
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        guard let title = try r.optionalObject("title") else { throw r.error("title") { $0.fieldRequired } }
        self.init(category: try r.string("category"), version: Int(try r.int("version")), title: try Self.text(title),
                  steps: try r.objects("steps", PlaybookStep.init(reader:)))
    }

    static func json(_ text: BilingualText) -> JSONValue { ["en": .string(text.en), "zh-TW": .string(text.zh)] }

    static func text(_ r: JSONFieldReader) throws(JSONFieldReader.FieldError) -> BilingualText {
        BilingualText(en: try r.string("en", allowEmpty: true), zh: try r.string("zh-TW", allowEmpty: true))
    }
}

extension PlaybookStep {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id)
        b.set("phase", phase)
        b.set("text", Playbook.json(text))
        b.set("why", why.map(Playbook.json))
        b.set("tier", tier)
        b.set("required", required)
        b.set("evidence", .array(evidence.map { .string($0.rawValue) }))
        b.set("meets", meets)
        b.set("sp800-61", checklistItem)
        b.set("csf", csf)
        var when = JSONObjectBuilder()
        when.set("levels", self.when.levels.map { JSONValue.array($0.sorted().map { .string($0.rawValue) }) })
        if let indicators = self.when.indicators { when.set("indicators", indicators) }
        if let exercise = self.when.exercise { when.set("exercise", exercise) }
        b.set("when", when.value)
        b.set("references", .array(references.map(JSONValue.string)))
        return b.value
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        guard let text = try r.optionalObject("text") else { throw r.error("text") { $0.fieldRequired } }
        var condition = StepCondition()
        if let when = try r.optionalObject("when") {
            if let levels = try when.optionalArray("levels") {
                condition.levels = Set(levels.compactMap { $0.stringValue.flatMap(LevelBand.init(rawValue:)) })
            }
            condition.indicators = try when.optionalBool("indicators")
            condition.exercise = try when.optionalBool("exercise")
        }
        self.init(id: try r.string("id"), phase: try r.enumValue("phase", IncidentPhase.self), text: try Playbook.text(text),
                  why: try r.optionalObject("why").map { (w) throws(JSONFieldReader.FieldError) in try Playbook.text(w) },
                  tier: try r.enumValue("tier", ResponseTier.self), required: try r.optionalBool("required") ?? false,
                  evidence: try (r.optionalArray("evidence") ?? []).compactMap { $0.stringValue.flatMap(EvidenceKind.init(rawValue:)) },
                  meets: try r.optionalEnum("meets", ObligationKind.self), checklistItem: try r.string("sp800-61"),
                  csf: try r.string("csf"), when: condition,
                  references: try (r.optionalArray("references") ?? []).compactMap(\.stringValue))
    }
}

/// Which adopted playbook an incident follows: its category's key and the revision the desk
/// gave it when it was adopted (1, 2, … per category).
public struct PlaybookRef: Hashable, Sendable {
    public var category: String
    public var revision: Int

    public init(category: String, revision: Int) {
        self.category = category
        self.revision = revision
    }

    public var key: String { "\(category)#\(revision)" }
}

/// A step the officer has dealt with: done (when it really happened) or skipped (and why).
public struct StepRecord: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        case done, skipped
    }

    public var step: String
    public var status: Status
    /// When it happened (done) or was skipped.
    public var at: Instant
    public var recordedAt: Instant
    public var by: String
    /// The note (done) or the reason (skipped).
    public var text: String?

    public init(step: String, status: Status, at: Instant, recordedAt: Instant, by: String, text: String?) {
        self.step = step
        self.status = status
        self.at = at
        self.recordedAt = recordedAt
        self.by = by
        self.text = text
    }
}

/// Leaving a phase while required steps are open: the officer's reason and the steps left.
public struct PhaseOverride: Hashable, Sendable {
    public var reason: String
    public var openSteps: [String]
    /// A closing that says the incident was not one (a false positive): its indicators stay off
    /// the blocking list and its STIX determination is `false-positive`.
    public var falsePositive: Bool

    public init(reason: String, openSteps: [String], falsePositive: Bool = false) {
        self.reason = reason
        self.openSteps = openSteps
        self.falsePositive = falsePositive
    }

    /// `false_positive` only when set: the bodies of earlier closings keep their bytes and hashes.
    var json: JSONValue {
        var members: [String: JSONValue] = ["reason": .string(reason), "open_steps": .array(openSteps.map(JSONValue.string))]
        if falsePositive { members["false_positive"] = true }
        return .object(members)
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(reason: try r.string("reason", allowEmpty: true),
                  openSteps: (try r.optionalArray("open_steps") ?? []).compactMap(\.stringValue),
                  falsePositive: try r.optionalBool("false_positive") ?? false)
    }
}
