import CertDeskCore
@testable import CertDeskStore
import Testing

/// `perform([commands])` is one transaction: all of it is recorded, or none of it.
@Suite("Batch atomicity")
struct BatchAtomicityTests {
    @Test func refusedCommandLeavesNothingBehind() throws {
        try withTestDesk { desk in
            let first = try desk.open(Drafts.ticket(1))
            try desk.perform(.addNote(incident: first, text: "before the batch"))
            let lengthBefore = try desk.store.journalLength()
            let incidentsBefore = try desk.store.incidents(includeClosed: true)
            let dumpBefore = try desk.dump()

            let refusal = expectRefusal { () throws(StoreError) in
                try desk.perform([
                    .openIncident(Drafts.ticket(2)),
                    .addNote(incident: first, text: "inside the batch"),
                    .addNote(incident: "TCN-2026-0999", text: "no such incident"),
                    .openIncident(Drafts.ticket(3)),
                ])
            }
            #expect(refusal?.kind == .notFound)
            #expect(refusal?.reason.en.contains("TCN-2026-0999") == true)

            #expect(lengthBefore == 3)
            #expect(try desk.store.journalLength() == lengthBefore)
            #expect(try desk.store.incidents(includeClosed: true) == incidentsBefore)
            #expect(try desk.dump() == dumpBefore)
            #expect(try desk.store.verify().isIntact)

            // The refused batch used up no numbers.
            #expect(try desk.open(Drafts.ticket(2)) == "TCN-2026-0002")
        }
    }

    @Test func refusalInTheLastCommandAlsoRollsBack() throws {
        try withTestDesk { desk in
            let dumpBefore = try desk.dump()
            let refusal = expectRefusal { () throws(StoreError) in
                try desk.perform([
                    .registerAgency(DemoDesk.agencies[0]),
                    .openIncident(Drafts.ticket(1)),
                    .changePhase(incident: "TCN-2026-0001", phase: .detectionAnalysis),
                    .changePhase(incident: "TCN-2026-0001", phase: .detectionAnalysis),
                ])
            }
            #expect(refusal?.kind == .invalid)
            #expect(try desk.dump() == dumpBefore)
            #expect(try desk.store.agencies() == [])
            #expect(try desk.store.journalLength() == 1)
        }
    }

    @Test func duplicateWithinABatchWritesNothing() throws {
        try withTestDesk { desk in
            let outcomes = try desk.perform([
                .openIncident(Drafts.ticket(1)),
                .openIncident(Drafts.ticket(2)),
                .openIncident(Drafts.ticket(1, title: "re-sent with another title")),
            ])
            #expect(outcomes.count == 3)
            #expect(outcomes[0].openedIDs == ["TCN-2026-0001"])
            #expect(outcomes[1].openedIDs == ["TCN-2026-0002"])
            #expect(outcomes[2] == .duplicate(of: "TCN-2026-0001"))
            #expect(try desk.store.journalLength() == 3)
            #expect(try desk.store.incident("TCN-2026-0001")?.title == "主機疑似勒索軟體加密 #1")
            #expect(try desk.store.incidents().count == 2)
            #expect(try desk.store.verify().isIntact)
        }
    }

    @Test func duplicateAcrossBatchesWritesNothing() throws {
        try withTestDesk { desk in
            _ = try desk.perform([.openIncident(Drafts.ticket(1)), .openIncident(Drafts.ticket(2))])
            let dumpBefore = try desk.dump()

            let single = try desk.perform(.openIncident(Drafts.ticket(2)))
            #expect(single == .duplicate(of: "TCN-2026-0002"))
            let batch = try desk.perform([.openIncident(Drafts.ticket(1)), .openIncident(Drafts.ticket(2))])
            #expect(batch == [.duplicate(of: "TCN-2026-0001"), .duplicate(of: "TCN-2026-0002")])

            #expect(try desk.dump() == dumpBefore)
            #expect(try desk.store.journalLength() == 3)
        }
    }

    @Test func numberingContinuesAcrossBatches() throws {
        try withTestDesk { desk in
            let first = try desk.perform((1...3).map { .openIncident(Drafts.ticket($0)) })
            let second = try desk.perform((4...5).map { .openIncident(Drafts.ticket($0)) })
            let third = try desk.open(Drafts.ticket(6))
            #expect(first.flatMap(\.openedIDs) == ["TCN-2026-0001", "TCN-2026-0002", "TCN-2026-0003"])
            #expect(second.flatMap(\.openedIDs) == ["TCN-2026-0004", "TCN-2026-0005"])
            #expect(third == "TCN-2026-0006")
            #expect(try desk.sqlite("SELECT prefix || '=' || last FROM incident_numbers").output == "TCN-2026=6")
            #expect(try desk.store.verify().isIntact)
        }
    }

    @Test func largeBatchKeepsNumberingAndVerifies() throws {
        try withTestDesk { desk in
            let count = 5_000
            let outcomes = try desk.perform((1...count).map { .openIncident(Drafts.ticket($0, indicators: [
                Indicator(kind: .ipv4, value: "198.51.100.\($0 % 250 + 1)"),
                Indicator(kind: .sha256, value: String(repeating: "ab", count: 32)),
            ])) })
            let ids = outcomes.flatMap(\.openedIDs)
            #expect(ids.count == count)
            #expect(ids.first == "TCN-2026-0001")
            #expect(ids.last == "TCN-2026-5000")
            #expect(ids == (1...count).map { IncidentNumbering.id(prefix: "TCN-2026", number: $0) })
            #expect(try desk.store.journalLength() == Int64(count + 1))
            #expect(try desk.sqlite("SELECT COUNT(*) FROM indicators").output == "\(2 * count)")
            #expect(try desk.sqlite("SELECT last FROM incident_numbers WHERE prefix = 'TCN-2026'").output == "\(count)")

            let next = try desk.perform([.openIncident(Drafts.ticket(count + 1)), .openIncident(Drafts.ticket(1))])
            #expect(next[0].openedIDs == ["TCN-2026-5001"])
            #expect(next[1] == .duplicate(of: "TCN-2026-0001"))

            let report = try desk.store.verify()
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.rows == Int64(count + 2))
            #expect(report.incidents == count + 1)
        }
    }

    @Test func progressIsReportedAtTheInterval() throws {
        try withTestDesk { desk in
            let calls = ProgressLog()
            let outcomes = try desk.store.perform((1...25).map { .openIncident(Drafts.ticket($0)) }, actor: officer,
                                                  clock: desk.clock, progressInterval: 10) { calls.append($0); return true }
            #expect(outcomes.count == 25)
            #expect(calls.values == [10, 20])

            let more = ProgressLog()
            _ = try desk.store.perform((26...55).map { .openIncident(Drafts.ticket($0)) }, actor: officer,
                                       clock: desk.clock, progressInterval: 15) { more.append($0); return true }
            #expect(more.values == [15, 30])
        }
    }

    /// Stopped mid-way (the console's cancel), a batch writes nothing at all.
    @Test func aBatchStoppedMidWayWritesNothing() throws {
        try withTestDesk { desk in
            let dumpBefore = try desk.dump()
            #expect(throws: StoreError.self) {
                try desk.store.perform((1...40).map { .openIncident(Drafts.ticket($0)) }, actor: officer,
                                       clock: desk.clock, progressInterval: 10) { $0 < 30 }
            }
            #expect(try desk.dump() == dumpBefore)
        }
    }

    @Test func emptyBatchRecordsNothing() throws {
        try withTestDesk { desk in
            let dumpBefore = try desk.dump()
            #expect(try desk.perform([]) == [])
            #expect(try desk.dump() == dumpBefore)
        }
    }

    @Test func invalidActorIsRefusedBeforeAnythingIsWritten() throws {
        try withTestDesk { desk in
            let dumpBefore = try desk.dump()
            var night = desk
            night.actor = "  "
            let refusal = expectRefusal { () throws(StoreError) in try night.perform([.openIncident(Drafts.ticket(1))]) }
            #expect(refusal?.kind == .invalid)
            night.actor = "林志明\u{1B}[2J"
            _ = expectRefusal { () throws(StoreError) in try night.perform(.openIncident(Drafts.ticket(1))) }
            #expect(try desk.dump() == dumpBefore)
        }
    }
}

/// Collects progress callbacks (called synchronously on the writer's thread).
final class ProgressLog: @unchecked Sendable {
    private(set) var values: [Int] = []
    func append(_ value: Int) { values.append(value) }
}
