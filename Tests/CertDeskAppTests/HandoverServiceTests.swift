@testable import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation
import Testing

/// The handover through the desk service on a clock that moves, as the wall clock does: the
/// report is made a moment before its offer is recorded, and the review and the signature must
/// rebuild it at the report's own instant, not the row's.
@Suite("Handover service")
struct HandoverServiceTests {
    /// Every reading is one second later than the one before.
    final class TickingClock: Clock, @unchecked Sendable {
        private let lock = NSLock()
        private var current: Instant

        init(_ start: Instant) { current = start }

        var now: Instant {
            lock.withLock {
                current = current.adding(milliseconds: 1000)
                return current
            }
        }
    }

    @Test func anOfferMadeOnAMovingClockIsReviewedAndSignedWithItsDigest() throws {
        try DeskServiceTests.withFolder { folder in
            let desk = try Desk.open(DeskServiceTests.settings(folder, clock: TickingClock(DeskServiceTests.now)))
            _ = try desk.startShift(officer: "林志明", at: nil, force: nil)
            try desk.remarkHandover("TCN-2026-0001 待機關回電")
            let offered = try desk.offerHandover()
            let offer = try #require(offered.offer)
            #expect(offer.generatedAt < offer.at, "the report is made before its row is recorded")
            #expect(try desk.review(shift: 1).digestHolds == true)
            #expect(try desk.handoverOnWatch().report == offered.report)
            let incoming = try desk.acceptHandover(officer: "王大明", remark: nil)
            #expect(incoming.officer == "王大明")
            #expect(try desk.review(shift: 1).digestHolds == true)
        }
    }
}
