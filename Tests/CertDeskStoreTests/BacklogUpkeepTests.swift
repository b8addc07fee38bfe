import CertDeskCore
import Foundation
@testable import CertDeskStore
import Testing

/// A desk with a backlog: old tickets imported with every clock long past due, and a store that
/// another process keeps busy. Breaches are recorded with the batch that brought them, and a
/// busy desk is waited for, then named as busy, never "database is locked".
@Suite("Backlog upkeep")
struct BacklogUpkeepTests {
    /// A ticket aware `days` before the watch.
    private func old(_ n: Int, days: Int64) -> IncidentDraft {
        var draft = Drafts.ticket(n, level: .three)
        draft.awareAt = watchTime.adding(seconds: -days * 86_400)
        draft.reportedAt = draft.awareAt
        draft.occurredAt = nil
        return draft
    }

    @Test func anOldTicketHasItsBreachesRecordedInTheBatchThatBringsIt() throws {
        try withTestDesk { desk in
            try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
            let outcomes = try desk.store.perform([.openIncident(old(1, days: 200)), .openIncident(Drafts.ticket(2))],
                                                  actor: officer, clock: desk.clock, upkeepActor: "certdesk")
            guard case .recorded(let events) = outcomes[0] else { throw TestFailure("\(outcomes[0])") }
            let incident = try #require(try desk.store.incident("TCN-2026-0001"))
            let pastDue = incident.obligations.filter { $0.dueAt < watchTime }
            #expect(!pastDue.isEmpty)
            // Opened by the officer, then each past-due clock recorded by the desk, in the same commit.
            #expect(events.first.map { if case .incidentOpened = $0.event { true } else { false } } == true)
            #expect(events.first?.actor == officer)
            let breaches = events.dropFirst()
            #expect(breaches.count == pastDue.count)
            #expect(breaches.allSatisfy { $0.actor == "certdesk" })
            #expect(Set(breaches.map(\.event)) == Set(pastDue.map {
                DeskEvent.obligationOverdue(incident: incident.id, kind: $0.kind, ordinal: $0.ordinal, dueAt: $0.dueAt)
            }))
            #expect(incident.obligations.filter { $0.dueAt < watchTime }.allSatisfy { $0.state == .overdue })
            // The fresh ticket's clocks are not due: nothing recorded for it, nothing left to sweep.
            guard case .recorded(let fresh) = outcomes[1] else { throw TestFailure("\(outcomes[1])") }
            #expect(fresh.count == 1)
            #expect(try desk.store.incidentsWithClocksPastDue(at: watchTime).isEmpty)
            #expect(try desk.store.recordOverdueObligations(actor: "certdesk", clock: desk.clock) == 0)
            // The projections are what the journal folds to.
            #expect(try desk.storedState().incidents == foldJournal(in: desk.path).incidents)
        }
    }

    @Test func theSweepIsTakenInBatchesTheEarliestDueFirst() throws {
        try withTestDesk { desk in
            try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
            _ = try desk.perform((1...30).map { .openIncident(Drafts.ticket($0)) })
            // A day later every clock of the thirty fell due; a batch of five takes the five
            // incidents whose clocks fell due first.
            let later = watchTime.adding(seconds: 86_400)
            let all = try desk.store.incidentsWithClocksPastDue(at: later)
            #expect(all.count == 30)
            let batch = try desk.store.incidentsWithClocksPastDue(at: later, limit: 5)
            #expect(batch.count <= 5 && !batch.isEmpty)
            #expect(Set(batch).isSubset(of: Set(all)))
            #expect(batch.contains("TCN-2026-0001"), "the first opened is due first")
        }
    }

    @Test func aDeskBusyForLongerThanTheWaitIsNamedBusyAndNothingIsWritten() throws {
        try withTestDesk { desk in
            let impatient = try DeskStore(path: desk.path, busyWait: 0.2)
            let before = try desk.dump()
            let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
            let holder = Thread {
                _ = try? desk.store.write { _ in
                    holding.signal()
                    release.wait()
                }
            }
            holder.start()
            holding.wait()
            defer { release.signal() }
            do throws(StoreError) {
                _ = try impatient.perform(.openIncident(Drafts.ticket(1)), actor: officer, clock: desk.clock)
                Issue.record("a write went through while another held the lock")
            } catch {
                guard case .busy(let path, let waited) = error else {
                    Issue.record("expected busy, got \(error)")
                    return
                }
                #expect(path == desk.path && waited == 0.2)
                let message = error.message(.en)
                #expect(message.contains("busy") && message.contains("nothing was recorded"))
                #expect(!message.lowercased().contains("locked"))
                #expect(error.message(.zhTW).contains("忙碌中"))
            }
            release.signal()
            while !holder.isFinished { Thread.sleep(forTimeInterval: 0.01) }
            #expect(try desk.dump() == before)
        }
    }

    @Test func aSecondWriterWaitsForTheFirstAndThenRecords() throws {
        try withTestDesk { desk in
            let patient = try DeskStore(path: desk.path, busyWait: 10)
            let holding = DispatchSemaphore(value: 0)
            let holder = Thread {
                _ = try? desk.store.write { _ in
                    holding.signal()
                    Thread.sleep(forTimeInterval: 0.5)
                }
            }
            holder.start()
            holding.wait()
            let start = Date()
            _ = try patient.perform(.openIncident(Drafts.ticket(1)), actor: officer, clock: desk.clock)
            #expect(Date().timeIntervalSince(start) >= 0.3, "it waited for the lock")
            #expect(try desk.store.incident("TCN-2026-0001") != nil)
        }
    }
}
