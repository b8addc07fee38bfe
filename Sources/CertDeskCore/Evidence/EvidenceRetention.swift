/// When an item may be disposed of: the incident's closure plus the region's retention,
/// counted in calendar months in Asia/Taipei (29 Feb + 1 year = 28 Feb). Nil while the incident
/// is open: retention has not started.
public enum EvidenceRetention {
    public static func until(closedAt: Instant?, policy: DeadlinePolicy?) -> Instant? {
        closedAt.map { (policy?.evidenceRetention ?? DeadlinePolicy.defaultRetention).end(from: $0) }
    }

    /// Live items whose retention ends by `date`, soonest first: what may be disposed of then.
    /// Items on hold stay in the list (marked); disposing of them is still refused.
    public static func due(_ entries: [RetainedEvidence], by date: Instant) -> [RetainedEvidence] {
        entries.filter { $0.item.disposal == nil && $0.retentionEnded(at: date) }
            .sorted { ($0.keepUntil!, $0.item.id) < ($1.keepUntil!, $1.item.id) }
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

    /// Whether the retention has run out by `now` (never while the incident is open).
    public func retentionEnded(at now: Instant) -> Bool {
        keepUntil.map { $0 <= now } ?? false
    }
}
