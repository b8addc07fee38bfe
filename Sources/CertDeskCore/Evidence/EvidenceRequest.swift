/// An item for the register, before the desk numbers it.
public struct EvidenceRequest: Hashable, Sendable {
    public var incident: String
    public var kind: EvidenceKind
    public var description: String
    /// The file's identity once it is safely in the vault; nil for a physical item.
    public var content: EvidenceContent?
    public var physical: String?
    /// Required for a physical item (where it is kept); files live in the vault.
    public var location: String?
    public var sourceHost: String?
    /// Default: the actor recording it.
    public var collectedBy: String?
    /// Default: now.
    public var acquiredAt: Instant?
    public var tool: String?

    public init(incident: String, kind: EvidenceKind, description: String, content: EvidenceContent? = nil, physical: String? = nil,
                location: String? = nil, sourceHost: String? = nil, collectedBy: String? = nil, acquiredAt: Instant? = nil,
                tool: String? = nil) {
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
}
