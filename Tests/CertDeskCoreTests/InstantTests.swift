import Testing
@testable import CertDeskCore

/// Milliseconds since the epoch: arithmetic, order, the fixed clock.
@Suite("Instant")
struct InstantTests {
    @Test func arithmeticAndOrder() {
        let a = Instant(millisecondsSinceEpoch: 1_000)
        #expect(a.adding(milliseconds: 500).millisecondsSinceEpoch == 1_500)
        #expect(a.adding(seconds: -2).millisecondsSinceEpoch == -1_000)
        #expect(a.milliseconds(until: Instant(millisecondsSinceEpoch: 400)) == -600)
        #expect(a < a.adding(milliseconds: 1))
        #expect(!(a < a))
        #expect(FixedClock(a).now == a)
    }
}
