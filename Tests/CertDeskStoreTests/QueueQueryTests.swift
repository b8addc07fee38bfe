import CertDeskCore
@testable import CertDeskStore
import Testing

/// The queue order `certdesk list` prints (`QueueUrgency`): clocks due within the day, level 3–4
/// first, then unclassified, then level 1–2, each by the clock due first.
@Suite("Queue query")
struct QueueQueryTests {
    private func draft(_ n: Int, level: IncidentLevel?, awareMinutesAgo: Int64) -> IncidentDraft {
        var draft = Drafts.ticket(n, level: level)
        draft.awareAt = watchTime.adding(seconds: -awareMinutesAgo * 60)
        draft.reportedAt = draft.awareAt
        draft.occurredAt = nil
        return draft
    }

    @Test func listOrderIsTheUrgencyOrder() throws {
        try withTestDesk { desk in
            try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
            _ = try desk.perform([
                .openIncident(draft(1, level: .two, awareMinutesAgo: 90)),     // 0001
                .openIncident(draft(2, level: nil, awareMinutesAgo: 300)),     // 0002
                .openIncident(draft(3, level: .four, awareMinutesAgo: 10)),    // 0003
                .openIncident(draft(4, level: .two, awareMinutesAgo: 120)),    // 0004
                .openIncident(draft(5, level: .four, awareMinutesAgo: 40)),    // 0005
                .openIncident(draft(6, level: .one, awareMinutesAgo: 5)),      // 0006
            ])
            #expect(try desk.store.incidents(inQueueOrderAt: watchTime).map(\.id)
                == ["TCN-2026-0005", "TCN-2026-0003", "TCN-2026-0002", "TCN-2026-0004", "TCN-2026-0001", "TCN-2026-0006"])

            try desk.perform(.setLevel(incident: "TCN-2026-0002", level: .three, basis: nil, reason: "研判"))
            try desk.perform(.changePhase(incident: "TCN-2026-0005", phase: .closed, override: "closed for the test")) 
            #expect(try desk.store.incidents(inQueueOrderAt: watchTime).map(\.id)
                == ["TCN-2026-0002", "TCN-2026-0003", "TCN-2026-0004", "TCN-2026-0001", "TCN-2026-0006"])
            let all = try desk.store.incidents(includeClosed: true, inQueueOrderAt: watchTime)
            #expect(all.count == 6)
            #expect(all.last?.id == "TCN-2026-0005", "closed, its clocks settled: no clock running")
            #expect(all.last?.phase == .closed)
        }
    }

    @Test func timelineHoldsOnlyThatIncidentsEventsInOrder() throws {
        try withTestDesk { desk in
            let a = try desk.open(Drafts.ticket(1))
            let b = try desk.open(Drafts.ticket(2))
            try desk.perform(.addNote(incident: b, text: "b first"))
            try desk.perform(.addNote(incident: a, text: "a first"))
            try desk.perform(.assign(incident: a, assignee: "陳怡君"))
            let timeline = try desk.store.timeline(of: a)
            #expect(timeline.map(\.seq) == [2, 5, 6])
            #expect(timeline.map(\.event) == [
                timeline[0].event,
                .noteAdded(incident: a, text: "a first"),
                .assigned(incident: a, assignee: "陳怡君"),
            ])
            #expect(timeline.allSatisfy { $0.at == watchTime && $0.actor == officer })
            #expect(try desk.store.timeline(of: "TCN-2026-0999") == [])
            #expect(try desk.store.incident("TCN-2026-0999") == nil)
        }
    }
}
