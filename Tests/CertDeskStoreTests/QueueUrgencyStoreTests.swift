import CertDeskTestSupport
import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// The store pages the urgency order off its index segment by segment; `QueueUrgency` is the
/// definition. On a desk like the ones officers have — a year's backlog with most clocks long
/// missed, tonight's incidents, drills, closed ones — every way of reading the queue gives the
/// order the definition gives.
@Suite("Queue urgency in the store")
struct QueueUrgencyStoreTests {
    /// 120 incidents aware from a year ago to a minute ago, every level, some drills, some closed.
    static func backlog(_ desk: TestDesk) throws {
        try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
        var generator = SplitMix64(seed: 2026)
        var ids: [String] = []
        for n in 1...120 {
            var draft = Drafts.ticket(n, level: IncidentLevel(rawValue: Int(generator.next() % 5)),
                                      agency: n % 3 == 0 ? "彰化縣政府" : "臺中市北屯區公所")
            let minutesAgo = n % 4 == 0 ? Int64(generator.next() % 600) : Int64(generator.next() % (365 * 24 * 60))
            draft.awareAt = watchTime.adding(seconds: -minutesAgo * 60)
            draft.reportedAt = draft.awareAt
            draft.occurredAt = nil
            draft.exercise = generator.next() % 6 == 0
            ids.append(try desk.open(draft))
        }
        for id in ids where generator.next() % 5 == 0 {
            try desk.perform(.meet(incident: id, kind: .reportPlatform, at: nil, note: nil))
        }
        for id in ids where generator.next() % 8 == 0 {
            try desk.perform(.changePhase(incident: id, phase: .closed, override: "handled outside the desk"))
        }
    }

    static func expected(_ desk: TestDesk, _ query: QueueQuery) throws -> [String] {
        try desk.store.incidents(includeClosed: query.includeClosed, inQueueOrderAt: watchTime)
            .filter { query.filter.isEmpty || $0.agency.contains(query.filter) }.map(\.id)
    }

    @Test(arguments: [QueueQuery(), QueueQuery(filter: "彰化"), QueueQuery(includeClosed: true)])
    func everyReadingAgreesWithTheDefinition(query: QueueQuery) throws {
        try withTestDesk { desk in
            try Self.backlog(desk)
            let expected = try Self.expected(desk, query)
            #expect(try desk.store.queueCount(query) == expected.count)
            let all = try desk.store.queue(query, offset: 0, limit: 1_000, now: watchTime)
            #expect(all.map(\.id) == expected, "by position")
            var paged: [QueueRow] = []
            while paged.count < all.count {
                paged += try desk.store.queue(query, offset: paged.count, limit: 7, now: watchTime)
            }
            #expect(paged == all)
            for (n, row) in all.enumerated() where n % 9 == 0 {
                #expect(try desk.store.queuePosition(of: row.id, query, now: watchTime) == n, "\(row.id)")
            }
            for order in QueueQuery.Order.allCases {
                var other = query
                other.order = order
                let rows = try desk.store.queue(other, offset: 0, limit: 1_000, now: watchTime)
                #expect(rows == QueueOrdering.sorted(rows, by: order, at: watchTime), "the SQL sorts \(order) as Core defines it")
                for (n, row) in rows.enumerated() where n % 13 == 0 {
                    #expect(try desk.store.queuePosition(of: row.id, other, now: watchTime) == n, "\(order) \(row.id)")
                }
            }
            #expect(try desk.store.queuePosition(of: "TCN-2026-9999", query, now: watchTime) == nil)
            guard query.pagesByKey else { return }
            var forward = try desk.store.queue(query, from: .start, limit: 9, now: watchTime)
            while let last = forward.last, forward.count < all.count {
                let page = try desk.store.queue(query, from: .after(last), limit: 9, now: watchTime)
                if page.isEmpty { break }
                forward += page
            }
            #expect(forward == all, "page after page, across every band")
            var backward = try desk.store.queue(query, from: .end, limit: 11, now: watchTime)
            while let first = backward.first, backward.count < all.count {
                let page = try desk.store.queue(query, from: .before(first), limit: 11, now: watchTime)
                if page.isEmpty { break }
                backward = page + backward
            }
            #expect(backward == all, "page before page, from the end")
        }
    }

    @Test func theBacklogSitsBelowTonight() throws {
        try withTestDesk { desk in
            try Self.backlog(desk)
            let rows = try desk.store.queue(QueueQuery(), offset: 0, limit: 1_000, now: watchTime)
            let firstDrill = try #require(rows.firstIndex { $0.exercise })
            #expect(rows[firstDrill...].allSatisfy { $0.exercise }, "drills come after every real incident")
            let day: Int64 = 24 * 3_600_000
            let tonight = rows.prefix(firstDrill).filter { $0.nextDueAt.map { abs(watchTime.milliseconds(until: $0)) <= day } ?? false }
            #expect(!tonight.isEmpty)
            #expect(Array(rows.prefix(tonight.count)) == tonight, "clocks due or missed within the day are on top")
        }
    }

    /// The open incidents and the sweep of clocks past due are read along the partial indexes
    /// (incidents_urgency, obligations_pending), not by id; they must still give what the
    /// incidents themselves say, in id order.
    @Test func theOpenIncidentsAndTheClocksPastDueAreReadWhole() throws {
        try withTestDesk { desk in
            try Self.backlog(desk)
            // The clocks past due when their tickets arrived were recorded with them.
            #expect(try desk.store.incidentsWithClocksPastDue(at: watchTime).isEmpty)
            #expect(try desk.store.recordOverdueObligations(actor: "林志明", clock: desk.clock) == 0)
            let all = try desk.store.incidents(includeClosed: true)
            let open = all.filter { $0.phase != .closed }
            #expect(open.count < all.count, "the backlog holds closed incidents")
            #expect(try desk.store.incidents() == open, "every open incident, whole, by id")
            // Two days on, the clocks still running then have fallen due too.
            let later = watchTime.adding(seconds: 2 * 86_400)
            let pastDue = all.filter { $0.obligations.contains { $0.state == .open && $0.dueAt < later } }.map(\.id)
            #expect(!pastDue.isEmpty)
            #expect(try desk.store.incidentsWithClocksPastDue(at: later) == pastDue)
        }
    }
}
