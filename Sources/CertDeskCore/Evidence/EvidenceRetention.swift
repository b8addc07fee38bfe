/// When an item may be disposed of: the incident's closure plus the region's retention,
/// counted in calendar months in Asia/Taipei (29 Feb + 1 year = 28 Feb). Nil while the incident
/// is open: retention has not started.
public enum EvidenceRetention {
    public static func until(_ item: EvidenceItem, incident: Incident?, policy: DeadlinePolicy?) -> Instant? {
        until(closedAt: incident?.closedAt, policy: policy)
    }

    public static func until(closedAt: Instant?, policy: DeadlinePolicy?) -> Instant? {
        closedAt.map { (policy?.evidenceRetention ?? DeadlinePolicy.defaultRetention).end(from: $0) }
    }
}

/// An item with the day its retention ends (nil while its incident is open).
public struct RetainedEvidence: Hashable, Sendable {
    public var item: EvidenceItem
    public var keepUntil: Instant?

    public init(item: EvidenceItem, keepUntil: Instant?) {
        self.item = item
        self.keepUntil = keepUntil
    }
}
