/// The default order of the queue: what the officer on watch must act on first. This is the one
/// definition; the store pages it off an index segment by segment (`segments(at:)`), `certdesk
/// list` sorts by it, and tests check the two agree.
///
/// 1. Real incidents before drills (演練): a drill never tops a real incident.
/// 2. Then by band:
///    - **act now** — the next clock falls due within 24 hours or fell due within the last 24
///      hours: level 3–4 first (重大資安事件: 60-minute notification, N-CERT, on-site team), then
///      unclassified (it may turn out to be level 3–4, and its 1-hour notification runs; 資通安全
///      事件通報及應變辦法 Art 4), then level 1–2;
///    - **later** — the next clock falls due more than 24 hours ahead;
///    - **backlog** — the next clock fell due more than 24 hours ago: it was missed and still has
///      to be done, but it no longer sits on top of clocks the watch can still meet;
///    - **no clock running**.
/// 3. Within a band: the clock due first first, then the higher level, then the id.
///
/// So a level-4 clock due in 30 minutes comes before a level-1 clock missed 18 hours ago, and
/// a year-old breach does not bury tonight's ransomware.
public enum QueueUrgency {
    /// How far from now a clock is the watch's to act on: a day, so what the last watch missed
    /// is still in front of this one.
    public static let horizonMilliseconds: Int64 = 24 * 3_600_000

    public enum Band: Int, CaseIterable, Comparable, Sendable {
        case actNowMajor, actNowUnclassified, actNowMinor, later, backlog, noClock

        public static func < (a: Band, b: Band) -> Bool { a.rawValue < b.rawValue }
    }

    /// Which levels a band takes.
    public enum Levels: Hashable, Sendable {
        case any, major, unclassified, minor

        public func contains(_ level: IncidentLevel?) -> Bool {
            switch self {
            case .any: return true
            case .major: return level?.isMajor ?? false
            case .unclassified: return level == nil
            case .minor: return level.map { !$0.isMajor } ?? false
            }
        }
    }

    /// A contiguous stretch of the order: one kind of incident (real or drill) and one band,
    /// with the range of next-due times it covers (inclusive; nil is open-ended). Within a
    /// segment rows follow (next due, level rank, id), which an index on those columns serves.
    public struct Segment: Hashable, Sendable {
        public let exercise: Bool
        public let band: Band
        public let levels: Levels
        /// Nil bounds are open; `noClock` segments match incidents with no pending clock.
        public let dueFrom: Instant?
        public let dueTo: Instant?

        public var noClock: Bool { band == .noClock }

        public func contains(exercise: Bool, level: IncidentLevel?, nextDueAt: Instant?) -> Bool {
            guard exercise == self.exercise, levels.contains(level) else { return false }
            guard let due = nextDueAt else { return noClock }
            guard !noClock else { return false }
            return (dueFrom.map { due >= $0 } ?? true) && (dueTo.map { due <= $0 } ?? true)
        }
    }

    /// The segments in display order, as of `now`.
    public static func segments(at now: Instant) -> [Segment] {
        let soonest = now.adding(milliseconds: -horizonMilliseconds), latest = now.adding(milliseconds: horizonMilliseconds)
        return [false, true].flatMap { exercise -> [Segment] in
            [
                Segment(exercise: exercise, band: .actNowMajor, levels: .major, dueFrom: soonest, dueTo: latest),
                Segment(exercise: exercise, band: .actNowUnclassified, levels: .unclassified, dueFrom: soonest, dueTo: latest),
                Segment(exercise: exercise, band: .actNowMinor, levels: .minor, dueFrom: soonest, dueTo: latest),
                Segment(exercise: exercise, band: .later, levels: .any, dueFrom: latest.adding(milliseconds: 1), dueTo: nil),
                Segment(exercise: exercise, band: .backlog, levels: .any, dueFrom: nil, dueTo: soonest.adding(milliseconds: -1)),
                Segment(exercise: exercise, band: .noClock, levels: .any, dueFrom: nil, dueTo: nil),
            ]
        }
    }

    /// The index of the segment a row belongs to, as of `now`.
    public static func segmentIndex(exercise: Bool, level: IncidentLevel?, nextDueAt: Instant?, at now: Instant) -> Int {
        // Computed straight from the bands (this runs for every row a list sorts); the
        // segments above are the same rule as data, and a test holds the two together.
        let base = exercise ? Band.allCases.count : 0
        guard let due = nextDueAt else { return base + Band.noClock.rawValue }
        let away = now.milliseconds(until: due)
        if away > horizonMilliseconds { return base + Band.later.rawValue }
        if away < -horizonMilliseconds { return base + Band.backlog.rawValue }
        switch level {
        case nil: return base + Band.actNowUnclassified.rawValue
        case let level? where level.isMajor: return base + Band.actNowMajor.rawValue
        default: return base + Band.actNowMinor.rawValue
        }
    }

    /// What the order compares, computed once per row: a list sorts these.
    public struct SortKey: Comparable, Sendable {
        public let segment: Int, due: Int64, levelRank: Int, id: String

        public init(exercise: Bool, level: IncidentLevel?, nextDueAt: Instant?, id: String, at now: Instant) {
            segment = QueueUrgency.segmentIndex(exercise: exercise, level: level, nextDueAt: nextDueAt, at: now)
            due = nextDueAt?.millisecondsSinceEpoch ?? .max
            levelRank = QueueUrgency.levelRank(level)
            self.id = id
        }

        public static func < (a: SortKey, b: SortKey) -> Bool {
            if (a.segment, a.due, a.levelRank) != (b.segment, b.due, b.levelRank) {
                return (a.segment, a.due, a.levelRank) < (b.segment, b.due, b.levelRank)
            }
            return TextOrder.precedes(a.id, b.id)
        }
    }

    /// Higher levels first; unclassified after level 1. Stored beside the level so an index
    /// can serve "then the higher level".
    public static func levelRank(_ level: IncidentLevel?) -> Int { 4 - (level?.rawValue ?? 0) }

    public static func key(_ row: QueueRow, at now: Instant) -> SortKey {
        SortKey(exercise: row.exercise, level: row.level, nextDueAt: row.nextDueAt, id: row.id, at: now)
    }

    public static func key(_ incident: Incident, at now: Instant) -> SortKey {
        SortKey(exercise: incident.exercise, level: incident.level, nextDueAt: incident.nextDue?.dueAt, id: incident.id, at: now)
    }

    /// The whole order as one comparison.
    public static func precedes(_ a: QueueRow, _ b: QueueRow, at now: Instant) -> Bool { key(a, at: now) < key(b, at: now) }

    public static func precedes(_ a: Incident, _ b: Incident, at now: Instant) -> Bool { key(a, at: now) < key(b, at: now) }

    /// Incidents in this order, each key computed once.
    public static func sorted(_ incidents: [Incident], at now: Instant) -> [Incident] {
        incidents.map { (key($0, at: now), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
