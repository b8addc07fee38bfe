import CertDeskTestSupport
import CertDeskCore
import CertDeskStore
@testable import CertDeskUI
import Foundation
import Testing

/// The console's tests run on an in-memory desk; it must show what the real store shows, or the
/// tests would pass on a desk nobody uses. The same commands go to both, and every reading the
/// console makes is compared.
@Suite("In-memory desk agrees with the store")
struct InMemoryDeskAgreementTests {
    @Test func everyQueueReadingAgrees() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-agree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = ConsoleSnapshotTests.now
        let memory = InMemoryDesk(now: now)
        let store = try DeskStore(path: folder.appendingPathComponent("desk.sqlite").path)
        let clock = FixedClock(now)
        _ = try store.perform([.openDesk(.taichung), .adoptPolicy(InMemoryDesk.defaultPolicy)], actor: memory.actor, clock: clock)
        var generator = SplitMix64(seed: 11)
        let agencies = ["臺中市北屯區公所", "彰化縣衛生局", "南投縣政府稅務局", "Taichung City Police"]
        var commands: [DeskCommand] = []
        for n in 0..<80 {
            let aware = now.adding(milliseconds: -Int64(generator.next() % (400 * 24 * 60)) * 60_000)
            let draft = IncidentDraft(source: IncidentSource(kind: .socTicket, id: "SOC-A\(n)"), title: "事件 \(n) host-\(n % 7)",
                                      category: .c2Beacon, level: IncidentLevel(rawValue: Int(generator.next() % 5)),
                                      agency: agencies[Int(generator.next() % 4)], occurredAt: nil, awareAt: aware,
                                      reportedAt: aware, description: "", exercise: generator.next() % 7 == 0, tlp: nil,
                                      indicators: [Indicator(kind: .ipv4, value: "203.0.113.\(n % 9)")])
            commands.append(.openIncident(draft))
        }
        for id in (1...80).map({ IncidentNumbering.id(prefix: "TCN-2026", number: $0) }) where generator.next() % 9 == 0 {
            commands.append(.changePhase(incident: id, phase: .closed, override: "merged"))
        }
        for command in commands {
            try memory.run(command)
            _ = try store.perform(command, actor: memory.actor, clock: clock)
        }
        for filter in ["", "彰化", "host-3", "203.0.113.4", "police", "TCN-2026-00"] {
            for includeClosed in [false, true] {
                for order in QueueQuery.Order.allCases {
                    let query = QueueQuery(filter: filter, includeClosed: includeClosed, order: order, asOf: now)
                    let fromStore = try store.queue(query, offset: 0, limit: 500, now: now)
                    #expect(try memory.queue(query, from: .start, limit: 500) == fromStore, "\(query)")
                    #expect(try memory.queueCount(query) == store.queueCount(query), "\(query)")
                    if let middle = fromStore.dropFirst(fromStore.count / 2).first {
                        #expect(try memory.queuePosition(of: middle.id, query) == store.queuePosition(of: middle.id, query, now: now))
                    }
                }
            }
        }
        #expect(try memory.clockOutlook() == store.clockOutlook(at: now))
    }
}
