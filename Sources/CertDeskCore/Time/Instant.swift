/// A point in time, in whole milliseconds since 1970-01-01T00:00:00Z.
///
/// The journal stores UTC with millisecond precision (../shared/DESIGN.md, Journal), so a plain integer is
/// exact, orders correctly, compares cheaply in SQL, and never drifts through floating point.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    public func adding(milliseconds: Int64) -> Instant {
        Instant(millisecondsSinceEpoch: millisecondsSinceEpoch + milliseconds)
    }

    public func adding(seconds: Int64) -> Instant { adding(milliseconds: seconds * 1000) }

    /// Milliseconds from `self` to `later` (negative when `later` is earlier).
    public func milliseconds(until later: Instant) -> Int64 {
        later.millisecondsSinceEpoch - millisecondsSinceEpoch
    }

    public var description: String { ISO8601.utcString(self) }
}
