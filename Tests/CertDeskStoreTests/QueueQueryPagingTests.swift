import CertDeskCore
@testable import CertDeskStore
import Foundation
import GRDB
import Testing

/// The console's queue comes from the store a page at a time, in urgency order, filtered in SQL.
@Suite("Queue pages")
struct QueueQueryPagingTests {
    /// Ten incidents aware 1…10 hours before the watch time, so their report clocks fall due in
    /// that order; one closed, one with every clock met.
    static func fill(_ desk: TestDesk) throws -> [String] {
        try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
        var ids: [String] = []
        for n in 1...10 {
            var draft = Drafts.ticket(n, title: n == 3 ? "彰化縣衛生局網站首頁遭置換 100%" : nil, level: n % 4 == 0 ? .four : .two,
                                      agency: n == 5 ? "南投縣政府稅務局" : "臺中市北屯區公所",
                                      indicators: [Indicator(kind: .domain, value: "c2-\(n).example.net")])
            draft.awareAt = watchTime.adding(seconds: Int64(-3_600 * (11 - n)))
            draft.reportedAt = draft.awareAt
            draft.occurredAt = nil
            ids.append(try desk.open(draft))
        }
        try desk.perform(.changePhase(incident: ids[6], phase: .closed, override: "closed for the test")) 
        return ids
    }

    @Test func pagesComeInUrgencyOrder() throws {
        try withTestDesk { desk in
            let ids = try Self.fill(desk)
            let query = QueueQuery()
            #expect(try desk.store.queueCount(query) == 9)
            let all = try desk.store.queue(query, offset: 0, limit: 100, now: watchTime)
            // Every clock is due within the day: the level 4 ones first, then the rest by deadline.
            let minors = ids.enumerated().filter { ![3, 6, 7].contains($0.offset) }.map(\.element)
            #expect(all.map(\.id) == [ids[3], ids[7]] + minors)
            let pages = try desk.store.queue(query, offset: 0, limit: 4, now: watchTime) + desk.store.queue(query, offset: 4, limit: 4, now: watchTime)
                + desk.store.queue(query, offset: 8, limit: 4, now: watchTime)
            #expect(pages == all)
            #expect(all[2].nextDueKind == .reportPlatform)
            #expect(all[2].nextDueAt == watchTime.adding(seconds: -3_600 * 10 + 3_600))
            #expect(all.first { $0.id == ids[3] }?.level == .four)
            #expect(try desk.store.queueCount(QueueQuery(includeClosed: true)) == 10)
        }
    }

    @Test func theIndexServesEachUrgencySegment() throws {
        try withTestDesk { desk in
            _ = try Self.fill(desk)
            for segment in QueueUrgency.segments(at: watchTime) {
                let (condition, arguments) = QueueSQL.condition(segment)
                let plan = try desk.store.read { db in
                    try Row.fetchAll(db, sql: """
                        EXPLAIN QUERY PLAN SELECT id FROM incidents INDEXED BY incidents_urgency
                        WHERE phase <> 'closed' AND \(condition) ORDER BY next_due_at, queue_level, id LIMIT 20
                        """, arguments: arguments).map { $0["detail"] as String }.joined(separator: "\n")
                }
                #expect(plan.contains("incidents_urgency"), "\(segment.band): \(plan)")
                #expect(!plan.contains("TEMP B-TREE"), "no sort step for \(segment.band): \(plan)")
            }
        }
    }

    @Test func filtersMatchIdTitleAgencyAndIndicators() throws {
        try withTestDesk { desk in
            let ids = try Self.fill(desk)
            func matches(_ text: String) throws -> [String] {
                try desk.store.queue(QueueQuery(filter: text), offset: 0, limit: 50, now: watchTime).map(\.id)
            }
            #expect(try matches("彰化") == [ids[2]], "a two-character Chinese word")
            #expect(try matches("稅務") == [ids[4]])
            #expect(try matches("c2-9.example") == [ids[8]])
            #expect(try matches(ids[1]) == [ids[1]])
            #expect(try matches("100%") == [ids[2]], "% is literal, not a wildcard")
            #expect(try matches("_").isEmpty, "_ is literal too")
            #expect(try desk.store.queueCount(QueueQuery(filter: "北屯")) == 8, "nine of ten, less the closed one")
        }
    }

    @Test func otherOrders() throws {
        try withTestDesk { desk in
            let ids = try Self.fill(desk)
            let byLevel = try desk.store.queue(QueueQuery(order: .level), offset: 0, limit: 3, now: watchTime).map(\.id)
            #expect(byLevel == [ids[3], ids[7], ids[0]], "level 4 first, then by deadline")
            let byAgency = try desk.store.queue(QueueQuery(order: .agency), offset: 0, limit: 1, now: watchTime).map(\.id)
            #expect(byAgency == [ids[4]], "南投 sorts before 臺中 in UTF-8")
        }
    }

    @Test func theTitleBarsOutlookAndTheUpcomingBreach() throws {
        try withTestDesk { desk in
            let ids = try Self.fill(desk)
            let outlook = try desk.store.clockOutlook(at: watchTime)
            let next = try #require(outlook.next)
            #expect(next.obligation.dueAt >= watchTime, "the next breach is one still to come, not the oldest one missed")
            #expect(outlook == ClockOutlook.of(try desk.store.incidents(), at: watchTime), "the store reads what the definition says")
            #expect(outlook.overdue > 0)
            // The next breach to record: the earliest clock still open (those past due when their
            // tickets arrived were recorded with them).
            let open = try desk.store.incidents(includeClosed: true).flatMap { incident in
                incident.obligations.filter { $0.state == .open }.map { (incident.id, $0.dueAt) }
            }
            let first = try #require(open.min { $0.1 < $1.1 })
            #expect(try desk.store.upcomingBreach()?.incidentID == first.0)
            #expect(try desk.store.upcomingBreach()?.obligation.dueAt == first.1)
            #expect(ids.contains(first.0))
            _ = try desk.store.recordOverdueObligations(actor: "certdesk", clock: desk.clock)
            #expect(try desk.store.clockOutlook(at: watchTime) == outlook, "recording the breaches changes neither")
            let upcoming = try #require(try desk.store.upcomingBreach())
            #expect(upcoming.obligation.state == .open)
            #expect(upcoming.obligation.dueAt >= desk.clock.now, "due exactly now is not yet overdue")
        }
    }

    @Test func anotherWriterIsNoticed() throws {
        try withTestDesk { desk in
            _ = try Self.fill(desk)
            let watcher = try DeskChangeWatcher(path: desk.path)
            #expect(try watcher.hasChanged() == false)
            #expect(try watcher.hasChanged() == false)
            let other = try DeskStore(path: desk.path)
            _ = try other.perform(.addNote(incident: "TCN-2026-0001", text: "from another process"), actor: "陳怡君", clock: desk.clock)
            #expect(try watcher.hasChanged() == true)
            #expect(try watcher.hasChanged() == false)
        }
    }

    @Test func aTamperedQueueColumnIsNamedByVerify() throws {
        try withTestDesk { desk in
            let ids = try Self.fill(desk)
            try desk.sqlite("UPDATE incidents SET next_due_at = 0 WHERE id = '\(ids[5])'")
            let report = try desk.store.verify()
            #expect(report.problems.map(\.reason.en) == ["incident \(ids[5]): stored next_due_at differs from its clocks"])
        }
    }
}

@Suite("Queue keyset pages")
struct QueueKeysetTests {
    @Test func keysetPagesMatchPositions() throws {
        try withTestDesk { desk in
            _ = try QueueQueryPagingTests.fill(desk)
            let query = QueueQuery()
            let all = try desk.store.queue(query, offset: 0, limit: 100, now: watchTime)
            #expect(try desk.store.queue(query, from: .after(all[2]), limit: 3, now: watchTime) == Array(all[3..<6]))
            #expect(try desk.store.queue(query, from: .before(all[6]), limit: 3, now: watchTime) == Array(all[3..<6]))
            #expect(try desk.store.queue(query, from: .end, limit: 4, now: watchTime) == Array(all.suffix(4)))
            #expect(try desk.store.queue(query, from: .start, limit: 2, now: watchTime) == Array(all.prefix(2)))
            #expect(try desk.store.queue(query, from: .after(all[1]), limit: 3, now: watchTime) == Array(all[2..<5]), "across a band")
            #expect(try desk.store.queue(QueueQuery(filter: "北屯"), from: .after(all[0]), limit: 100, now: watchTime).allSatisfy { $0.agency.contains("北屯") })
        }
    }
}
