/// The only way Core learns the time (../shared/DESIGN.md, rules of the house): the system clock live,
/// a fixed or virtual clock in drills, replay and tests.
public protocol Clock: Sendable {
    var now: Instant { get }
}

/// A clock that always answers the same instant, e.g. from `CERTDESK_NOW`.
public struct FixedClock: Clock {
    public let now: Instant
    public init(_ now: Instant) { self.now = now }
}
