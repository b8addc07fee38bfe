@testable import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation
import Testing

/// What the desk owes in notifications, across a backlog: the most pressing first — tonight's
/// notice before a year-old breach — and at most the limit read from the store, the rest counted.
@Suite("Notification work")
struct NotificationWorkTests {
    /// Level-3 tickets aware this many hours before now (a notice clock each: the agency contact
    /// and N-CERT).
    static func tickets(hoursAgo: [Int]) -> [UInt8] {
        let now = DeskServiceTests.now.millisecondsSinceEpoch
        return Array(hoursAgo.enumerated().map { n, hours in
            let aware = ISO8601.string(Instant(millisecondsSinceEpoch: now - Int64(hours) * 3_600_000), offsetMinutes: TaipeiTime.offsetMinutes)
            return #"{"id":"SOC-\#(n)","title":"事件 \#(n)","category":"ransomware","level":3,"agency":"臺中市北屯區公所","aware_at":"\#(aware)","reported_at":"\#(aware)"}"#
        }.joined(separator: "\n").utf8)
    }

    @Test func tonightComesBeforeTheBacklogAndTheLimitCountsTheRest() throws {
        try DeskServiceTests.withFolder { folder in
            let desk = try Desk.open(DeskServiceTests.settings(folder))
            // A month ago, two days ago, just now, a week ago.
            _ = try desk.ingest(bytes: Self.tickets(hoursAgo: [720, 48, 0, 168]), label: "backlog.jsonl")
            let ids = try desk.read { store throws(StoreError) in try store.incidents() }
            func id(hoursAgo: Int) -> String {
                let aware = DeskServiceTests.now.adding(milliseconds: -Int64(hoursAgo) * 3_600_000)
                return ids.first { $0.awareAt == aware }!.id
            }
            let all = try desk.notificationWork()
            #expect(all.total == 8 && all.items.count == 8)
            let order = all.items.map(\.incident.id)
            // Tonight's two notices first; then the backlog, the most recent first.
            let expected = [0, 0, 48, 48, 168, 168, 720, 720].map { id(hoursAgo: $0) }
            #expect(order == expected, "\(order)")
            let few = try desk.notificationWork(limit: 3)
            #expect(few.total == 8 && few.items.map(\.incident.id) == Array(expected.prefix(3)))
            // A failed attempt comes before everything.
            let failed = NotificationRequest(incident: id(hoursAgo: 720), template: nil, channel: .phone, recipient: "林雅婷",
                                             subject: "", message: "", outcome: .failed, failure: "電話無人接聽")
            try desk.perform(.notify(failed))
            let first = try #require(try desk.notificationWork(limit: 1).items.first)
            guard case .failed(let record) = first.item else { Issue.record("\(first.item)"); return }
            #expect(record.id == id(hoursAgo: 720) + "-N01")
        }
    }
}
