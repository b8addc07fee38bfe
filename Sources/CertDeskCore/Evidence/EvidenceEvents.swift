/// What is recorded when an item enters the register (its id given by the desk).
public struct EvidenceAddition: Hashable, Sendable {
    public var id: String
    public var incident: String
    public var kind: EvidenceKind
    public var description: String
    public var content: EvidenceContent?
    public var physical: String?
    /// Where it is kept: the vault for files, a cabinet or safe for physical items.
    public var location: String
    public var sourceHost: String?
    public var collectedBy: String
    public var acquiredAt: Instant
    public var tool: String?

    public init(id: String, incident: String, kind: EvidenceKind, description: String, content: EvidenceContent?, physical: String?,
                location: String, sourceHost: String?, collectedBy: String, acquiredAt: Instant, tool: String?) {
        self.id = id
        self.incident = incident
        self.kind = kind
        self.description = description
        self.content = content
        self.physical = physical
        self.location = location
        self.sourceHost = sourceHost
        self.collectedBy = collectedBy
        self.acquiredAt = acquiredAt
        self.tool = tool
    }

    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id)
        b.set("kind", kind)
        b.set("description", description)
        if let content {
            b.set("content", .object(["sha256": .string(content.sha256), "size": .int(content.size), "name": .string(content.originalName)]))
        }
        b.set("physical", physical)
        b.set("location", location)
        b.set("source_host", sourceHost)
        b.set("collected_by", collectedBy)
        b.set("acquired_at", acquiredAt)
        b.set("tool", tool)
        return b.value
    }

    init(incident: String, reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        var content: EvidenceContent? = nil
        if let c = try r.optionalObject("content") {
            content = EvidenceContent(sha256: try c.string("sha256"), size: try c.int("size"), originalName: try c.string("name", allowEmpty: true))
        }
        self.init(id: try r.string("id"), incident: incident, kind: try r.enumValue("kind", EvidenceKind.self),
                  description: try r.string("description", allowEmpty: true), content: content, physical: try r.optionalString("physical"),
                  location: try r.string("location", allowEmpty: true), sourceHost: try r.optionalString("source_host"),
                  collectedBy: try r.string("collected_by", allowEmpty: true), acquiredAt: try r.instant("acquired_at"),
                  tool: try r.optionalString("tool"))
    }
}

/// A change of hands or of status on the chain of custody.
public struct CustodyChange: Hashable, Sendable {
    public var action: CustodyEntry.Action
    public var to: String?
    public var at: Instant
    public var purpose: String?
    public var location: String?

    public init(action: CustodyEntry.Action, to: String? = nil, at: Instant, purpose: String? = nil, location: String? = nil) {
        self.action = action
        self.to = to
        self.at = at
        self.purpose = purpose
        self.location = location
    }

    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("action", action)
        b.set("to", to)
        b.set("at", at)
        b.set("purpose", purpose)
        b.set("location", location)
        return b.value
    }

    init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(action: try r.enumValue("action", CustodyEntry.Action.self), to: try r.optionalString("to"), at: try r.instant("at"),
                  purpose: try r.optionalString("purpose"), location: try r.optionalString("location"))
    }
}
