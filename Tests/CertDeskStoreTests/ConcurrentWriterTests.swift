import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// Two openers of one file (the console and an ingest, say) appending at the same time: the
/// IMMEDIATE transaction and the busy timeout queue them, so the chain never forks.
@Suite("Concurrent writers")
struct ConcurrentWriterTests {
    @Test func twoStoresAppendingFromTwoThreads() throws {
        try withTestDesk { desk in
            let incident = try desk.open(Drafts.ticket(1))
            let stores = [desk.store, try DeskStore(path: desk.path)]
            let perWriter = 200
            let failures = FailureLog()
            let clock = desk.clock
            DispatchQueue.concurrentPerform(iterations: stores.count) { writer in
                for n in 0..<perWriter {
                    do {
                        _ = try stores[writer].perform(.addNote(incident: incident, text: "writer \(writer) note \(n)"),
                                                       actor: writer == 0 ? "林志明" : "陳怡君", clock: clock)
                    } catch {
                        failures.append("writer \(writer) note \(n): \(error)")
                    }
                }
            }
            #expect(failures.entries == [])

            let total = 2 + stores.count * perWriter
            let rows = try RawJournalRow.all(in: desk.path)
            #expect(rows.count == total)
            #expect(rows.map(\.seq) == (1...Int64(total)).map { $0 })
            for (previous, row) in zip(rows, rows.dropFirst()) where row.prevHash != previous.hash {
                Issue.record("seq \(row.seq) does not link to seq \(previous.seq)")
            }
            for writer in 0..<stores.count {
                let texts = try rows.filter { $0.kind == "note-added" }.compactMap { row -> String? in
                    guard case .noteAdded(_, let text) = try row.recorded().event else { return nil }
                    return text.hasPrefix("writer \(writer) ") ? text : nil
                }
                // Each writer's own notes keep their order.
                #expect(texts == (0..<perWriter).map { "writer \(writer) note \($0)" })
            }
            #expect(try desk.store.incident(incident)?.noteCount == stores.count * perWriter)
            #expect(try desk.store.incident(incident)?.lastSeq == Int64(total))
            let report = try stores[1].verify()
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.rows == Int64(total))
        }
    }

    @Test func batchesFromTwoStoresNeverShareANumber() throws {
        try withTestDesk { desk in
            let stores = [desk.store, try DeskStore(path: desk.path)]
            let batches = 10, perBatch = 20
            let failures = FailureLog()
            let clock = desk.clock
            DispatchQueue.concurrentPerform(iterations: stores.count) { writer in
                for batch in 0..<batches {
                    let drafts = (0..<perBatch).map { Drafts.ticket(10_000 * (writer + 1) + batch * perBatch + $0) }
                    do {
                        _ = try stores[writer].perform(drafts.map { .openIncident($0) }, actor: officer, clock: clock)
                    } catch {
                        failures.append("writer \(writer) batch \(batch): \(error)")
                    }
                }
            }
            #expect(failures.entries == [])
            let total = stores.count * batches * perBatch
            let ids = try desk.store.incidents(includeClosed: true).map(\.id).sorted()
            #expect(ids == (1...total).map { IncidentNumbering.id(prefix: "TCN-2026", number: $0) })
            #expect(try desk.store.journalLength() == Int64(1 + total))
            #expect(try desk.store.verify().isIntact)
        }
    }
}

/// Errors seen on the writer threads.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ entry: String) { lock.withLock { items.append(entry) } }
    var entries: [String] { lock.withLock { items } }
}
