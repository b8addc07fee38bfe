import CertDeskTestSupport
import CertDeskCore
@testable import CertDeskStore
import Foundation
import GRDB
import Testing

// Legal clocks in the store: derived by the one reducer live and on replay, overdue clocks
// journaled once each, the desk-wide clock list, and the deadline policy adopted into the
// journal.

// MARK: - Helpers (the shipped policy is also used by the queue tests)

/// `<package root>/playbooks/policies/default.yaml`, found from this file's own path.
func shippedDefaultDocument(filePath: String = #filePath) throws -> DeadlinePolicyFile.Document {
    // #filePath = <root>/Tests/CertDeskStoreTests/ObligationRebuildTests.swift
    let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("playbooks/policies/default.yaml"), encoding: .utf8)
    return try DeadlinePolicyFile.parse(text)
}

func shippedDefaultPolicy() throws -> DeadlinePolicy {
    try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: nil)
}

/// The default with a region's file laid over it.
private func regionPolicy(_ yaml: String) throws -> DeadlinePolicy {
    try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: try DeadlinePolicyFile.parse(yaml))
}

/// A region whose rapid-response team must be on site within 6 hours.
private let sixHourOnSiteYAML = """
    name: six-hours
    extends: default
    obligations:
      - kind: on-site
        due_within: 6h
    """

private func at(_ text: String) -> Instant {
    do {
        return try ISO8601.parse(text)
    } catch {
        Issue.record("test literal \"\(text)\" is not a valid time")
        return Instant(millisecondsSinceEpoch: 0)
    }
}

private func minutes(_ m: Int64, after start: Instant) -> Instant { start.adding(milliseconds: m * 60_000) }

/// 2026-03-02 11:00 in Taipei: when the incidents of the hand-written scenarios became known.
private let t0 = at("2026-03-02T11:00:00+08:00")

/// A desk of its own with the default policy adopted; the test moves `desk.clock`.
private func withPolicyDesk<T>(adopt: Bool = true, _ body: (inout TestDesk, DeadlinePolicy) throws -> T) throws -> T {
    try withTemporaryFolder { folder in
        var desk = try TestDesk(folder: folder)
        let policy = try shippedDefaultPolicy()
        if adopt { try desk.perform(.adoptPolicy(policy)) }
        return try body(&desk, policy)
    }
}

private func clockDraft(_ n: Int, level: IncidentLevel?, aware: Instant, reported: Instant, occurred: Instant? = nil,
                        title: String? = nil, exercise: Bool = false) -> IncidentDraft {
    IncidentDraft(source: IncidentSource(kind: .socTicket, id: "SOC-TC-CLOCK-\(n)"), title: title ?? "時限測試 #\(n)",
                  category: .ransomware, level: level, agency: "臺中市北屯區公所", occurredAt: occurred, awareAt: aware,
                  reportedAt: reported, description: "", exercise: exercise, tlp: nil, indicators: [])
}

/// The obligation-overdue events in the journal, in order.
private func overdueEvents(_ desk: TestDesk) throws -> [(incident: String, kind: ObligationKind, ordinal: Int, dueAt: Instant)] {
    try RawJournalRow.all(in: desk.path).compactMap { row in
        if case .obligationOverdue(let id, let kind, let ordinal, let dueAt) = try row.recorded().event {
            return (id, kind, ordinal, dueAt)
        }
        return nil
    }
}

private extension Incident {
    func clock(_ kind: ObligationKind, _ ordinal: Int = 1) -> Obligation? {
        obligations.first { $0.kind == kind && $0.ordinal == ordinal }
    }
}

/// Runs a command and reports whether it was recorded; a refusal is an answer, not a failure.
@discardableResult
private func attempt(_ body: () throws(StoreError) -> Void) throws -> Bool {
    do {
        try body()
        return true
    } catch {
        if case .refused = error { return false }
        throw error
    }
}

// MARK: - Random workloads

/// What a workload reached, so that the property is known to have been exercised.
private struct WorkloadReach {
    var states = Set<Obligation.State>()
    var kinds = Set<ObligationKind>()
    var recordedOverdue = 0
    var refused = 0
    var renotifyBeyondFirst = false
    var waivedForLevel = false
    var policiesAdopted = 0
}

/// Opens incidents, changes levels up and down, meets (now, or earlier within the clock), waives,
/// records overdue clocks and now and then adopts another policy, all with the desk clock moving
/// forward by random minutes.
/// `afterEach` sees the desk after every step (and once more at the end).
private func runClockWorkload(seed: Int, on desk: inout TestDesk, policy: DeadlinePolicy,
                              afterEach: (TestDesk) throws -> Void = { _ in }) throws -> WorkloadReach {
    var g = SplitMix64(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D &+ 0xC10C)
    let variant = try regionPolicy(sixHourOnSiteYAML)
    var reach = WorkloadReach()
    var ids: [String] = []
    var nextSource = 1
    desk.clock = FixedClock(t0)
    func random(_ n: Int) -> Int { Int(g.next() % UInt64(n)) }
    let steps = 50 + random(30)
    for _ in 0..<steps {
        try afterEach(desk)
        if random(3) != 0 {
            desk.clock = FixedClock(minutes(Int64(1 + random(150)), after: desk.clock.now))
        }
        let now = desk.clock.now
        func pickID() -> String? { ids.isEmpty ? nil : ids[random(ids.count)] }
        switch random(12) {
        case 0, 1, 2:
            let awareAgo = Int64(random(121))
            let aware = minutes(-awareAgo, after: now)
            let reported = minutes(Int64(random(Int(min(awareAgo, 40)) + 1)), after: aware)
            let occurred: Instant?
            switch random(4) {
            case 0: occurred = nil
            case 1: occurred = aware
            case 2: occurred = minutes(-Int64(1 + random(300)), after: aware)
            default: occurred = minutes(-Int64(random(30)), after: reported)
            }
            let level = IncidentLevel(rawValue: random(5))     // 0 → unclassified
            let opened = try desk.perform(.openIncident(clockDraft(nextSource, level: level, aware: aware, reported: reported,
                                                                   occurred: occurred)))
            nextSource += 1
            ids.append(contentsOf: opened.openedIDs)
        case 3, 4:
            guard let id = pickID() else { continue }
            let level = IncidentLevel(rawValue: 1 + random(4))!
            if try !attempt({ () throws(StoreError) in
                _ = try desk.perform(.setLevel(incident: id, level: level, basis: nil, reason: "研判調整為 \(level.rawValue) 級"))
            }) { reach.refused += 1 }
        case 5, 6:
            guard let id = pickID(), let incident = try desk.store.incident(id) else { continue }
            let pending = incident.obligations.filter(\.isPending)
            let kind = pending.isEmpty || random(6) == 0
                ? ObligationKind.allCases[random(ObligationKind.allCases.count)] : pending[random(pending.count)].kind
            var when: Instant? = nil
            if random(5) < 3, let obligation = incident.pendingObligation(kind) {
                let span = obligation.startsAt.milliseconds(until: now)
                if span >= 0 {
                    // Somewhere in the clock, to the minute, or (rarely) just before it started.
                    let offset = random(10) == 0 ? -60_000 : Int64(random(Int(span / 60_000) + 1)) * 60_000
                    when = obligation.startsAt.adding(milliseconds: offset)
                }
            }
            let note: String? = random(3) == 0 ? "電話通知資安聯絡人" : nil
            if try !attempt({ () throws(StoreError) in
                _ = try desk.perform(.meet(incident: id, kind: kind, at: when, note: note))
            }) { reach.refused += 1 }
        case 7:
            guard let id = pickID(), let incident = try desk.store.incident(id) else { continue }
            let pending = incident.obligations.filter(\.isPending)
            let kind = pending.isEmpty ? ObligationKind.allCases[random(ObligationKind.allCases.count)] : pending[random(pending.count)].kind
            if try !attempt({ () throws(StoreError) in
                _ = try desk.perform(.waive(incident: id, kind: kind, reason: "演練，主管同意免除"))
            }) { reach.refused += 1 }
        case 8, 9, 10:
            reach.recordedOverdue += try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock)
        default:
            // Now and then the region's file changes and the desk adopts the new policy; else
            // a report goes another way (the platform down), which owes its re-entry.
            guard random(3) == 0 else {
                guard let id = pickID() else { continue }
                let fax = NotificationRequest(incident: id, template: nil, channel: .fax, recipient: "N-CERT 02-0000-0000",
                                              subject: "", message: "", fallbackReason: "通報應變網站維護中")
                if try !attempt({ () throws(StoreError) in _ = try desk.perform(.notify(fax)) }) { reach.refused += 1 }
                continue
            }
            let next = try desk.store.policy() == variant ? policy : variant
            if case .recorded(let events) = try desk.perform(.adoptPolicy(next)) { reach.policiesAdopted += events.count }
        }
    }
    try afterEach(desk)
    for incident in try desk.store.incidents(includeClosed: true) {
        for obligation in incident.obligations {
            reach.states.insert(obligation.state)
            reach.kinds.insert(obligation.kind)
            if obligation.ordinal > 1 { reach.renotifyBeyondFirst = true }
            if obligation.waivedForLevel { reach.waivedForLevel = true }
        }
    }
    return reach
}

/// Folds the journal like `foldJournal`, checking each `obligation-overdue` event against the
/// clock it names just before it is applied: that clock must be open (not met, waived or
/// already recorded), past due at the event's time, and due when the event says.
private func auditOverdueEvents(in path: String) throws -> [String] {
    var state = DeskState()
    var problems: [String] = []
    var seen = Set<String>()
    for row in try RawJournalRow.all(in: path) {
        let recorded = try row.recorded()
        if case .obligationOverdue(let id, let kind, let ordinal, let dueAt) = recorded.event {
            let name = "seq \(recorded.seq) \(id) \(kind.rawValue)#\(ordinal)"
            if let obligation = state.incidents[id]?.obligations.first(where: { $0.kind == kind && $0.ordinal == ordinal }) {
                if obligation.state != .open { problems.append("\(name): recorded overdue while \(obligation.state.rawValue)") }
                if obligation.dueAt != dueAt { problems.append("\(name): event says due \(dueAt), the clock says \(obligation.dueAt)") }
                if !(recorded.at > dueAt) { problems.append("\(name): recorded at \(recorded.at), not past due \(dueAt)") }
            } else {
                problems.append("\(name): no such clock")
            }
            if !seen.insert("\(id) \(kind.rawValue) \(ordinal) \(dueAt.millisecondsSinceEpoch)").inserted {
                problems.append("\(name): the same breach (due \(dueAt)) was already recorded")
            }
        }
        try DeskReducer.apply(recorded, to: &state)
    }
    return problems
}

@Suite("Obligation rebuild")
struct ObligationRebuildTests {
    /// The property the issue asks for: whatever the officer did and whenever, folding the
    /// journal gives the same clocks as the live desk.
    @Test(arguments: 0..<30)
    func rebuildingFromTheJournalGivesTheLiveClocks(seed: Int) throws {
        try withPolicyDesk { desk, policy in
            let reach = try runClockWorkload(seed: seed, on: &desk, policy: policy)
            #expect(!reach.kinds.isEmpty, "seed \(seed): the workload started no clock")

            let report = try desk.store.verify()
            #expect(report.isIntact, "seed \(seed): \(report.problems)")
            let folded = try foldJournal(in: desk.path)
            let live = try desk.store.incidents(includeClosed: true)
            #expect(live.count == folded.incidents.count, "seed \(seed)")
            #expect(!live.isEmpty, "seed \(seed)")
            for incident in live {
                let replayed = try #require(folded.incidents[incident.id], "seed \(seed): \(incident.id) not in the fold")
                #expect(incident.obligations == replayed.obligations, "seed \(seed) \(incident.id)")
                #expect(incident == replayed, "seed \(seed) \(incident.id)")
            }
            // The desk-wide clock list holds the same clocks, each with its own incident.
            let listed = Dictionary(grouping: try desk.store.clocks(includeSettled: true), by: \.incidentID)
                .mapValues { $0.map(\.obligation).sorted(by: Obligation.precedes) }
            #expect(listed == folded.incidents.mapValues(\.obligations).filter { !$0.value.isEmpty }, "seed \(seed)")
            #expect(try desk.store.policy() == folded.policy, "seed \(seed)")
        }
    }

    /// The comparison has teeth: an obligation row edited behind the journal's back is named.
    @Test func anEditedObligationRowIsReportedByVerify() throws {
        try withPolicyDesk { desk, _ in
            desk.clock = FixedClock(minutes(10, after: t0))
            let id = try desk.open(clockDraft(1, level: .three, aware: t0, reported: minutes(5, after: t0)))
            #expect(try desk.store.verify().isIntact)
            let result = try desk.sqlite("UPDATE obligations SET due_at = due_at + 3600000 WHERE incident = '\(id)' AND kind = 'on-site'")
            try #require(result.status == 0, "\(result.stderr)")
            let report = try desk.store.verify()
            #expect(report.problems.map(\.reason.en) == ["incident \(id): stored obligations differ from the journal"])
            let folded = try foldJournal(in: desk.path)
            #expect(try desk.store.incident(id)?.clock(.onSite)?.dueAt == minutes(5 + 9 * 60, after: t0))
            #expect(folded.incidents[id]?.clock(.onSite)?.dueAt == minutes(5 + 8 * 60, after: t0))
        }
    }

    /// Found while writing these tests: `verify` looks for stray indicator rows but not for stray
    /// obligation rows, so a clock for an incident the journal never opened goes unreported — and
    /// `recordOverdueObligations` then asks the decider about that incident and is refused.
    @Test func aStrayObligationRowIsReportedByVerify() throws {
        try withPolicyDesk { desk, _ in
            desk.clock = FixedClock(minutes(10, after: t0))
            let id = try desk.open(clockDraft(1, level: .one, aware: t0, reported: minutes(5, after: t0)))
            let result = try desk.sqlite("""
                INSERT INTO obligations (incident, kind, ordinal, starts_at, due_at, warn_at, state)
                SELECT 'TCN-2026-0099', kind, ordinal, starts_at, due_at, warn_at, state
                FROM obligations WHERE incident = '\(id)' AND kind = 'report-platform'
                """)
            try #require(result.status == 0, "\(result.stderr)")
            let report = try desk.store.verify()
            #expect(!report.isIntact, "a clock no journal event produced went unreported")
            #expect(report.problems.contains { $0.reason.en.contains("TCN-2026-0099") })
        }
    }

    /// The random workloads are worth something only if they reach every state a clock can be in.
    @Test func theWorkloadsReachEveryClockState() throws {
        var reach = WorkloadReach()
        for seed in 0..<6 {
            let one = try withPolicyDesk { desk, policy in try runClockWorkload(seed: seed, on: &desk, policy: policy) }
            reach.states.formUnion(one.states)
            reach.kinds.formUnion(one.kinds)
            reach.recordedOverdue += one.recordedOverdue
            reach.refused += one.refused
            reach.renotifyBeyondFirst = reach.renotifyBeyondFirst || one.renotifyBeyondFirst
            reach.waivedForLevel = reach.waivedForLevel || one.waivedForLevel
            reach.policiesAdopted += one.policiesAdopted
        }
        #expect(reach.states == Set(Obligation.State.allCases))
        #expect(reach.kinds == Set(ObligationKind.allCases))
        #expect(reach.recordedOverdue > 0)
        #expect(reach.refused > 0)
        #expect(reach.renotifyBeyondFirst)
        #expect(reach.waivedForLevel)
        #expect(reach.policiesAdopted > 0)
    }

    /// Over the same workloads: no clock is recorded overdue unless it is open and past due, and
    /// no breach is recorded twice.
    @Test(arguments: 0..<30)
    func overdueEventsInRandomWorkloadsAreEachRecordedOnce(seed: Int) throws {
        try withPolicyDesk { desk, policy in
            _ = try runClockWorkload(seed: seed, on: &desk, policy: policy)
            let problems = try auditOverdueEvents(in: desk.path)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
            _ = try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock)
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0,
                    "seed \(seed): a second call at the same time recorded again")
        }
    }
}

@Suite("Overdue clocks are journaled once")
struct ObligationRebuildOverdueTests {
    /// Level 3, known at t0, reported 5 minutes later, occurred 20 minutes before t0.
    private func openSevere(_ desk: inout TestDesk) throws -> String {
        desk.clock = FixedClock(minutes(10, after: t0))
        return try desk.open(clockDraft(1, level: .three, aware: t0, reported: minutes(5, after: t0),
                                        occurred: minutes(-20, after: t0)))
    }

    @Test func theSevereIncidentStartsTheLegalTable() throws {
        try withPolicyDesk { desk, _ in
            let id = try openSevere(&desk)
            let incident = try #require(try desk.store.incident(id))
            let due = Dictionary(uniqueKeysWithValues: incident.obligations.map { ($0.name, $0.dueAt) })
            #expect(due == [
                "notify-agency-contact": minutes(40, after: t0),     // the earlier of occurred and reported + 60m
                "report-platform": minutes(60, after: t0),
                "ncert-escalation": minutes(65, after: t0),
                "review": minutes(125, after: t0),
                "on-site": minutes(485, after: t0),
                "damage-control": minutes(36 * 60, after: t0),
            ])
            #expect(incident.obligations.allSatisfy { $0.state == .open })
            #expect(incident.obligations.map(\.kind) == [.notifyAgencyContact, .reportPlatform, .damageControl,
                                                         .ncertEscalation, .review, .onSite])
        }
    }

    @Test func eachOverdueClockIsRecordedExactlyOnce() throws {
        try withPolicyDesk { desk, _ in
            let id = try openSevere(&desk)
            let base = try desk.store.journalLength()

            desk.clock = FixedClock(minutes(30, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)
            #expect(try desk.store.journalLength() == base)

            desk.clock = FixedClock(minutes(62, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 2)
            #expect(try desk.store.journalLength() == base + 2)
            #expect(try overdueEvents(desk).map { "\($0.incident) \($0.kind.rawValue) \($0.ordinal) \($0.dueAt)" } == [
                "\(id) notify-agency-contact 1 \(minutes(40, after: t0))",
                "\(id) report-platform 1 \(minutes(60, after: t0))",
            ])
            // Again at the same time, and later before anything else falls due: nothing.
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)
            #expect(try desk.store.journalLength() == base + 2)
            desk.clock = FixedClock(minutes(64, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)
            #expect(try desk.store.journalLength() == base + 2)

            desk.clock = FixedClock(minutes(200, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 2)
            #expect(try overdueEvents(desk).map(\.kind) == [.notifyAgencyContact, .reportPlatform, .ncertEscalation, .review])
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)

            // Due at 8h05: not overdue at that very millisecond, overdue one millisecond later.
            desk.clock = FixedClock(minutes(485, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)
            desk.clock = FixedClock(minutes(485, after: t0).adding(milliseconds: 1))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 1)
            #expect(try desk.store.journalLength() == base + 5)

            let incident = try #require(try desk.store.incident(id))
            #expect(incident.obligations.filter { $0.state == .overdue }.map(\.kind)
                == [.notifyAgencyContact, .reportPlatform, .ncertEscalation, .review, .onSite])
            #expect(incident.clock(.damageControl)?.state == .open)
            // The events are the incident's and carry the desk's time and officer.
            let timeline = try desk.store.timeline(of: id)
            #expect(timeline.map(\.event.kind).filter { $0 == "obligation-overdue" }.count == 5)
            #expect(timeline.last?.at == minutes(485, after: t0).adding(milliseconds: 1))
            #expect(timeline.last?.actor == officer)
            #expect(try desk.store.verify().isIntact)
        }
    }

    @Test func aMetClockIsNeverRecordedOverdue() throws {
        try withPolicyDesk { desk, _ in
            let id = try openSevere(&desk)
            desk.clock = FixedClock(minutes(150, after: t0))
            // Review done at 1h40 (due 2h05), entered at 2h30; N-CERT told at 1h30 (due 1h05): late.
            try desk.perform(.meet(incident: id, kind: .review, at: minutes(100, after: t0), note: nil))
            try desk.perform(.meet(incident: id, kind: .ncertEscalation, at: minutes(90, after: t0), note: "電話"))
            var incident = try #require(try desk.store.incident(id))
            #expect(incident.clock(.review)?.state == .met)
            #expect(incident.clock(.review)?.metAt == minutes(100, after: t0))
            #expect(incident.clock(.review)?.metRecordedAt == minutes(150, after: t0))
            #expect(incident.clock(.ncertEscalation)?.state == .metLate)
            // Forwarding the review runs from when the review was done, not when it was entered.
            #expect(incident.clock(.forwardReview)?.startsAt == minutes(100, after: t0))
            #expect(incident.clock(.forwardReview)?.dueAt == minutes(160, after: t0))

            desk.clock = FixedClock(minutes(600, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 4)
            #expect(Set(try overdueEvents(desk).map(\.kind)) == [.notifyAgencyContact, .reportPlatform, .forwardReview, .onSite])

            // Met after it was recorded overdue: met late, and never recorded again.
            try desk.perform(.meet(incident: id, kind: .onSite, at: nil, note: nil))
            incident = try #require(try desk.store.incident(id))
            #expect(incident.clock(.onSite)?.state == .metLate)
            desk.clock = FixedClock(minutes(3 * 24 * 60, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 1)  // damage control
            #expect(try overdueEvents(desk).map(\.kind).last == .damageControl)
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)
            #expect(try auditOverdueEvents(in: desk.path) == [])
        }
    }

    @Test func aWaivedClockIsNeverRecordedOverdue() throws {
        try withPolicyDesk { desk, _ in
            let id = try openSevere(&desk)
            try desk.perform(.waive(incident: id, kind: .onSite, reason: "機關自行處理，主管同意"))
            desk.clock = FixedClock(minutes(600, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 4)
            #expect(!(try overdueEvents(desk).map(\.kind)).contains(.onSite))
            let onSite = try #require(try desk.store.incident(id)?.clock(.onSite))
            #expect(onSite.state == .waived)
            #expect(onSite.waivedReason == "機關自行處理，主管同意")
            #expect(onSite.waivedBy == officer)
            #expect(!onSite.waivedForLevel)
        }
    }

    /// A level change within the same band (3 → 4) gives an overdue clock no more time: it must
    /// stay `overdue`, or the next `recordOverdueObligations` would journal the same breach again.
    @Test func aLevelChangeThatGivesNoMoreTimeKeepsOverdueClocksRecorded() throws {
        try withPolicyDesk { desk, _ in
            let id = try openSevere(&desk)
            desk.clock = FixedClock(minutes(180, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 4)
            let lengthBefore = try desk.store.journalLength()

            try desk.perform(.setLevel(incident: id, level: .four, basis: nil, reason: "影響擴及核心系統"))
            let incident = try #require(try desk.store.incident(id))
            #expect(incident.clock(.renotify)?.dueAt == minutes(240, after: t0))
            for kind in [ObligationKind.notifyAgencyContact, .reportPlatform, .ncertEscalation, .review] {
                #expect(incident.clock(kind)?.state == .overdue, "\(kind.rawValue) was reopened by 3 → 4")
            }
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 0)
            #expect(try desk.store.journalLength() == lengthBefore + 1)
            #expect(try auditOverdueEvents(in: desk.path) == [])
        }
    }

    @Test func aLevelChangeThatGivesMoreTimeReopensTheClock() throws {
        try withPolicyDesk { desk, _ in
            let id = try openSevere(&desk)
            desk.clock = FixedClock(minutes(180, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 4)
            // Down to level 2: review has 8 hours from the report, no longer overdue; the 3–4
            // clocks no longer apply and are waived by the desk.
            try desk.perform(.setLevel(incident: id, level: .two, basis: nil, reason: "經查僅影響一般系統"))
            let incident = try #require(try desk.store.incident(id))
            #expect(incident.clock(.review)?.state == .open)
            #expect(incident.clock(.review)?.dueAt == minutes(485, after: t0))
            for kind in [ObligationKind.notifyAgencyContact, .ncertEscalation, .onSite] {
                let clock = incident.clock(kind)
                #expect(clock?.state == .waived, "\(kind.rawValue)")
                #expect(clock?.waivedForLevel == true, "\(kind.rawValue)")
                #expect(clock.map(InterfaceLanguage.en.words.waiverReason) == "level changed 3 → 2; \(kind.rawValue) applies to level 3–4")
            }
            #expect(incident.clock(.damageControl)?.dueAt == minutes(72 * 60, after: t0))
            #expect(incident.clock(.renotify)?.startsAt == minutes(180, after: t0))
            // Still 1 hour from awareness: past due whatever the level.
            #expect(incident.clock(.reportPlatform)?.state(at: desk.clock.now) == .overdue)
            #expect(try foldJournal(in: desk.path).incidents[id]?.obligations == (try desk.store.incident(id))?.obligations)
        }
    }
}

@Suite("Clock list")
struct ObligationRebuildClockListTests {
    @Test func pendingClocksSortedByDueAndSettledOnRequest() throws {
        try withPolicyDesk { desk, _ in
            desk.clock = FixedClock(minutes(20, after: t0))
            let a = try desk.open(clockDraft(1, level: .one, aware: t0, reported: minutes(5, after: t0), title: "公文系統異常"))
            let b = try desk.open(clockDraft(2, level: .four, aware: minutes(10, after: t0), reported: minutes(15, after: t0),
                                             title: "核心系統遭加密", exercise: true))
            #expect([a, b] == ["TCN-2026-0001", "TCN-2026-0002"])
            let pending = try desk.store.clocks()
            #expect(pending.map { "\($0.incidentID) \($0.obligation.name)" } == [
                "\(a) report-platform",            // t0 + 60m
                "\(b) report-platform",            // t0 + 70m
                "\(b) ncert-escalation",           // t0 + 75m (ties by incident, then kind name)
                "\(b) notify-agency-contact",      // t0 + 75m
                "\(b) review",                     // t0 + 135m
                "\(a) review",                     // t0 + 485m
                "\(b) on-site",                    // t0 + 495m
                "\(b) damage-control",             // t0 + 10m + 36h
                "\(a) damage-control",             // t0 + 72h
            ])
            #expect(pending.map(\.obligation.dueAt) == [60, 70, 75, 75, 135, 485, 495, 2170, 4320].map { minutes($0, after: t0) })
            #expect(pending.allSatisfy { $0.obligation.state == .open })
            let first = try #require(pending.first)
            #expect(first.title == "公文系統異常" && first.agency == "臺中市北屯區公所" && first.level == .one && !first.exercise)
            let severe = try #require(pending.first { $0.incidentID == b })
            #expect(severe.title == "核心系統遭加密" && severe.level == .four && severe.exercise)

            try desk.perform(.meet(incident: a, kind: .reportPlatform, at: minutes(15, after: t0), note: nil))
            try desk.perform(.waive(incident: b, kind: .onSite, reason: "演練"))
            let after = try desk.store.clocks()
            #expect(after.count == 7)      // meeting report-platform starts no other clock
            #expect(!after.contains { $0.incidentID == a && $0.obligation.kind == .reportPlatform })
            #expect(!after.contains { $0.incidentID == b && $0.obligation.kind == .onSite })
            #expect(after.map(\.obligation.dueAt) == after.map(\.obligation.dueAt).sorted())

            let all = try desk.store.clocks(includeSettled: true)
            #expect(all.count == 9)
            #expect(all.map(\.obligation.dueAt) == all.map(\.obligation.dueAt).sorted())
            #expect(all.first { $0.incidentID == a && $0.obligation.kind == .reportPlatform }?.obligation.state == .met)
            #expect(all.first { $0.incidentID == b && $0.obligation.kind == .onSite }?.obligation.state == .waived)

            // Meeting the review starts forwarding it: a new pending clock, listed by its due time.
            try desk.perform(.meet(incident: b, kind: .review, at: nil, note: nil))
            let withForward = try desk.store.clocks()
            let forward = try #require(withForward.first { $0.obligation.kind == .forwardReview })
            #expect(forward.incidentID == b)
            #expect(forward.obligation.dueAt == minutes(80, after: t0))
            #expect(withForward.map(\.obligation.dueAt) == withForward.map(\.obligation.dueAt).sorted())
            #expect(try desk.store.clocks(includeSettled: true).count == 10)
            // An overdue clock is still pending.
            desk.clock = FixedClock(minutes(100, after: t0))
            #expect(try desk.store.recordOverdueObligations(actor: desk.actor, clock: desk.clock) == 4)
            let overdue = try desk.store.clocks().filter { $0.obligation.state == .overdue }
            #expect(overdue.map(\.obligation.name) == ["report-platform", "ncert-escalation", "notify-agency-contact", "forward-review"])
        }
    }

    @Test func aDeskWithoutAPolicyHasNoClocks() throws {
        try withPolicyDesk(adopt: false) { desk, _ in
            _ = try desk.open(clockDraft(1, level: .four, aware: minutes(-30, after: watchTime), reported: watchTime))
            #expect(try desk.store.clocks(includeSettled: true).isEmpty)
            #expect(try desk.store.policy() == nil)
        }
    }
}

@Suite("Policy adoption")
struct ObligationRebuildPolicyTests {
    @Test func theAdoptedPolicyIsWhatTheStoreReturns() throws {
        try withPolicyDesk(adopt: false) { desk, policy in
            #expect(try desk.store.policy() == nil)
            #expect(try desk.store.journalLength() == 1)
            let outcome = try desk.perform(.adoptPolicy(policy))
            guard case .recorded(let events) = outcome else { throw TestFailure("adopting was not recorded: \(outcome)") }
            #expect(events.map(\.event.kind) == ["policy-adopted"])
            #expect(try desk.store.journalLength() == 2)
            #expect(try desk.store.policy() == policy)
            let row = try #require(try RawJournalRow.all(in: desk.path).last)
            #expect(row.kind == "policy-adopted")
            #expect(row.incident == nil)
            #expect(try row.recorded().event == .policyAdopted(policy))
            #expect(try foldJournal(in: desk.path).policy == policy)

            // The same policy again: nothing recorded.
            #expect(try desk.perform(.adoptPolicy(policy)) == .recorded([]))
            #expect(try desk.perform(.adoptPolicy(try shippedDefaultPolicy())) == .recorded([]))
            #expect(try desk.store.journalLength() == 2)
            #expect(try desk.store.verify().isIntact)
        }
    }

    @Test func aChangedPolicyIsAdoptedOnceAndOnlyNewIncidentsUseIt() throws {
        try withPolicyDesk { desk, policy in
            desk.clock = FixedClock(minutes(10, after: t0))
            let before = try desk.open(clockDraft(1, level: .three, aware: t0, reported: minutes(5, after: t0)))
            let length = try desk.store.journalLength()

            let variant = try regionPolicy(sixHourOnSiteYAML)
            #expect(variant.name == "default + six-hours")
            #expect(variant != policy)
            let outcome = try desk.perform(.adoptPolicy(variant))
            guard case .recorded(let events) = outcome else { throw TestFailure("\(outcome)") }
            #expect(events.map(\.event.kind) == ["policy-adopted"])
            #expect(try desk.store.journalLength() == length + 1)
            #expect(try desk.store.policy() == variant)
            #expect(try desk.store.policy()?.rule(.onSite)?.duration(for: .three) == .minutes(360))
            #expect(try desk.perform(.adoptPolicy(variant)) == .recorded([]))
            #expect(try desk.store.journalLength() == length + 1)

            let after = try desk.open(clockDraft(2, level: .three, aware: t0, reported: minutes(5, after: t0)))
            #expect(try desk.store.incident(before)?.clock(.onSite)?.dueAt == minutes(5 + 8 * 60, after: t0))
            #expect(try desk.store.incident(after)?.clock(.onSite)?.dueAt == minutes(5 + 6 * 60, after: t0))
            // Every other clock is the same under both policies.
            let old = try #require(try desk.store.incident(before)).obligations.filter { $0.kind != .onSite }
            let new = try #require(try desk.store.incident(after)).obligations.filter { $0.kind != .onSite }
            #expect(old == new)

            // Replay derives the same clocks: the journal, not today's file, says which policy held.
            let folded = try foldJournal(in: desk.path)
            #expect(folded.policy == variant)
            #expect(folded.incidents[before]?.obligations == (try desk.store.incident(before))?.obligations)
            #expect(folded.incidents[after]?.obligations == (try desk.store.incident(after))?.obligations)
            #expect(try desk.store.verify().isIntact)

            // Back to the default: one more event.
            #expect(try desk.perform(.adoptPolicy(policy)).recordedKinds == ["policy-adopted"])
            #expect(try desk.store.policy() == policy)
            #expect(try RawJournalRow.all(in: desk.path).filter { $0.kind == "policy-adopted" }.count == 3)
        }
    }
}

private extension DeskStore.Outcome {
    var recordedKinds: [String] {
        guard case .recorded(let events) = self else { return [] }
        return events.map(\.event.kind)
    }
}

@Suite("The desk as it was")
struct DeskMomentTests {
    /// Determinism: on random watches, the journal folded to row N is the desk the officer had
    /// after row N (the projections then, which the console and the CLI read), and the moment
    /// read at an instant covers every row recorded by then.
    @Test(arguments: [3, 17, 29])
    func theFoldToARowIsTheDeskAfterIt(seed: Int) throws {
        try withPolicyDesk { desk, policy in
            var seen: [(at: Instant, state: DeskState)] = []
            _ = try runClockWorkload(seed: seed, on: &desk, policy: policy) { desk in
                seen.append((desk.clock.now, try desk.store.read { db in try Projections.loadAll(db) }))
            }
            #expect(Set(seen.map(\.state.journalHead)).count > 20, "the watch recorded rows to fold to")
            // The policy was adopted on the desk's own clock, before the watch's clock was set
            // back to t0: the moment is checked from the watch's rows on.
            let policyAdopted = try #require(try desk.store.events(from: 1, through: 1).first).at
            #expect(seen.filter { $0.at >= policyAdopted }.count > 10)
            for (at, state) in seen {
                let folded = try desk.store.fold(through: state.journalHead)
                #expect(folded == state, "row \(state.journalHead): \(ProjectionComparison.differences(rebuilt: folded, stored: state).prefix(3))")
                if at >= policyAdopted {
                    let found = try desk.store.lastSeq(atOrBefore: at)
                    #expect(found >= state.journalHead)
                    let scanned = try desk.store.read { db in
                        try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM journal WHERE at <= ?", arguments: [ISO8601.utcMillisecondString(at)])
                    }
                    #expect(found == scanned, "halving finds the row reading every row finds")
                }
                // What --as-of reads folds only what changed since; it must read what the whole fold says.
                let n = state.journalHead
                func moment(_ scope: MomentScope) throws -> DeskMoment {
                    DeskMoment(state: try desk.store.moment(through: n, scope: scope), seq: n, instant: at)
                }
                let whole = DeskMoment(state: folded, seq: n, instant: at)
                #expect(try moment(.all).state.incidents == folded.incidents, "row \(n)")
                #expect(try moment(.open).incidents(includeClosed: false) == whole.incidents(includeClosed: false), "row \(n)")
                #expect(try moment(.pendingClocks).clocks(includeSettled: false) == whole.clocks(includeSettled: false), "row \(n)")
                for id in folded.incidents.keys.sorted().prefix(3) {
                    #expect(try moment(.incident(id)).state.incidents[id] == folded.incidents[id], "row \(n), \(id)")
                }
            }
        }
    }

    /// Replay moves by single rows and jumps; wherever it stands, after any path there, it holds
    /// what the whole fold to that row holds: the open incidents, every incident it holds, the
    /// evidence of the incidents it folded, the policy, the playbooks and the shift on watch.
    @Test(arguments: [5, 23])
    func theReplayCursorHoldsTheFoldWhereverItStands(seed: Int) throws {
        try withPolicyDesk { desk, policy in
            _ = try runClockWorkload(seed: seed, on: &desk, policy: policy)
            let head = try #require(try desk.store.journalHead()).seq
            #expect(head > 40)
            let cursor = try ReplayCursor(store: desk.store, first: 1, last: head, start: 1)
            var g = SplitMix64(seed: UInt64(seed))
            var checked = 0
            for move in 0..<400 {
                let choice = g.next() % 10
                if choice < 5 { try cursor.forward() } else if choice < 9 { try cursor.back() } else {
                    try cursor.move(to: Int64(g.next() % UInt64(head)) + 1)
                }
                let folded = try desk.store.fold(through: cursor.seq)
                let held = cursor.state
                #expect(held.incidents.values.filter { $0.phase != .closed }.count
                    == folded.incidents.values.filter { $0.phase != .closed }.count, "move \(move), row \(cursor.seq)")
                for (id, incident) in held.incidents { #expect(folded.incidents[id] == incident, "move \(move), row \(cursor.seq), \(id)") }
                for id in folded.incidents.keys where folded.incidents[id]!.phase != .closed {
                    #expect(held.incidents[id] != nil, "move \(move), row \(cursor.seq): open \(id) held")
                }
                #expect(held.policy == folded.policy && held.playbooks == folded.playbooks && held.currentPlaybook == folded.currentPlaybook)
                #expect(held.shiftOnWatch?.id == folded.shiftOnWatch?.id && held.region == folded.region)
                if let id = held.incidents.keys.sorted().first {
                    let items = try cursor.evidence(of: id)
                    #expect(items == folded.evidence.values.filter { $0.incident == id }.sorted { $0.id < $1.id })
                }
                checked += 1
            }
            #expect(checked == 400)
        }
    }

    /// A jump folds thousands of rows, their bodies parsed on every core: the events come back
    /// in the journal's order, equal to reading them one by one, and of two unreadable rows the
    /// earlier is the one named, whichever core read it.
    @Test func rowsParsedOnSeveralCoresAreTheRowsReadOneByOne() throws {
        try withPolicyDesk { desk, policy in
            _ = try runClockWorkload(seed: 7, on: &desk, policy: policy)
            let journal = try desk.store.read { db in
                try Row.fetchAll(db, sql: "SELECT seq, at, actor, incident, kind, body FROM journal ORDER BY seq").map(JournalRowText.init)
            }
            // The watch's rows again and again, numbered on, to well over what is shared.
            var rows: [JournalRowText] = []
            while rows.count < JournalRows.rowsWorthSharing * 3 {
                for row in journal {
                    rows.append(JournalRowText(seq: Int64(rows.count + 1), at: row.at, actor: row.actor, incident: row.incident,
                                               kind: row.kind, body: row.body))
                }
            }
            let oneByOne = try rows.map(JournalRows.recordedEvent)
            for parts in [2, 3, 7] {
                #expect(try JournalRows.recordedEvents(rows, parts: parts) == oneByOne, "\(parts) parts")
            }
            var broken = rows
            for n in [rows.count / 2 + 5, rows.count - 2] {
                let row = broken[n]
                broken[n] = JournalRowText(seq: row.seq, at: row.at, actor: row.actor, incident: row.incident, kind: row.kind, body: "{\"level\":")
            }
            #expect {
                _ = try JournalRows.recordedEvents(broken, parts: 3)
            } throws: { error in
                guard case .inconsistent(let seq, _) = error as? StoreError else { return false }
                return seq == Int64(rows.count / 2 + 6)
            }
        }
    }

    /// The clock list over a folded desk is the one the store reads off its tables.
    @Test func theClockListOfAMomentIsTheStoresOrder() throws {
        try withPolicyDesk { desk, policy in
            _ = try runClockWorkload(seed: 11, on: &desk, policy: policy)
            let incidents = try desk.store.incidents(includeClosed: true)
            for settled in [false, true] {
                let listed = try desk.store.clocks(includeSettled: settled)
                #expect(listed.count > 5)
                #expect(ClockEntry.list(incidents, includeSettled: settled) == listed)
            }
        }
    }
}
