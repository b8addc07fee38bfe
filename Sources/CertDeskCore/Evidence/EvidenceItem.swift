/// One item in the evidence register: a file kept in the vault by its SHA-256, or a physical
/// or paper item, with its chain of custody (SP 800-61 r2 §3.3.2: every holder, the time with
/// time zone, the purpose, the storage location) and its retention.
public struct EvidenceItem: Hashable, Sendable {
    /// `TCN-2026-0042-E01`: the incident's id and the item's number in it.
    public var id: String
    public var incident: String
    public var kind: EvidenceKind
    public var description: String
    /// A file in the vault; nil for a physical item.
    public var content: EvidenceContent?
    /// A physical or paper item: what it is (e.g. "Lenovo T480 laptop, S/N PF1ABC23").
    public var physical: String?
    public var sourceHost: String?
    public var collectedBy: String
    public var acquiredAt: Instant
    public var tool: String?
    public var addedAt: Instant
    public var addedBy: String
    /// Who has it now.
    public var holder: String
    /// Where it is kept now.
    public var location: String
    /// Out of storage (checked out) right now.
    public var checkedOut: Bool
    /// A legal hold stops disposal whatever the retention says.
    public var holdReason: String?
    public var disposal: EvidenceDisposal?
    /// Every event in its life, in order.
    public var custody: [CustodyEntry]

    public init(id: String, incident: String, kind: EvidenceKind, description: String, content: EvidenceContent?,
                physical: String?, sourceHost: String?, collectedBy: String, acquiredAt: Instant, tool: String?, addedAt: Instant,
                addedBy: String, holder: String, location: String, checkedOut: Bool = false, holdReason: String? = nil,
                disposal: EvidenceDisposal? = nil, custody: [CustodyEntry] = []) {
        self.id = id
        self.incident = incident
        self.kind = kind
        self.description = description
        self.content = content
        self.physical = physical
        self.sourceHost = sourceHost
        self.collectedBy = collectedBy
        self.acquiredAt = acquiredAt
        self.tool = tool
        self.addedAt = addedAt
        self.addedBy = addedBy
        self.holder = holder
        self.location = location
        self.checkedOut = checkedOut
        self.holdReason = holdReason
        self.disposal = disposal
        self.custody = custody
    }

    /// `TCN-2026-0042-E07` → (`TCN-2026-0042`, 7).
    public static func parse(_ id: String) -> (incident: String, number: Int)? {
        guard let dash = id.lastIndex(of: "-"), id[id.index(after: dash)...].hasPrefix("E"),
              let number = Int(id[id.index(dash, offsetBy: 2)...]) else { return nil }
        return (String(id[..<dash]), number)
    }

    public static func id(incident: String, number: Int) -> String {
        incident + "-E" + Digits.two(number)
    }
}

/// A file's identity in the vault.
public struct EvidenceContent: Hashable, Sendable {
    /// Lowercase hex SHA-256 of the bytes, computed while they were copied in.
    public var sha256: String
    public var size: Int64
    /// The file's name as it was given (a name only, for the record).
    public var originalName: String

    public init(sha256: String, size: Int64, originalName: String) {
        self.sha256 = sha256
        self.size = size
        self.originalName = originalName
    }
}

/// The tombstone left when an item is disposed of: what it was, who, when, why.
public struct EvidenceDisposal: Hashable, Sendable {
    public var at: Instant
    public var by: String
    public var reason: String

    public init(at: Instant, by: String, reason: String) {
        self.at = at
        self.by = by
        self.reason = reason
    }
}

/// One line of the chain of custody.
public struct CustodyEntry: Hashable, Sendable {
    public enum Action: String, CaseIterable, Hashable, Sendable {
        case collected, transferred
        case checkedOut = "checked-out"
        case checkedIn = "checked-in"
        case held, released, disposed
    }

    public var action: Action
    public var from: String?
    public var to: String?
    /// When it really happened.
    public var at: Instant
    public var recordedAt: Instant
    /// Who recorded it.
    public var by: String
    public var purpose: String?
    public var location: String?

    public init(action: Action, from: String? = nil, to: String? = nil, at: Instant, recordedAt: Instant, by: String,
                purpose: String? = nil, location: String? = nil) {
        self.action = action
        self.from = from
        self.to = to
        self.at = at
        self.recordedAt = recordedAt
        self.by = by
        self.purpose = purpose
        self.location = location
    }
}
