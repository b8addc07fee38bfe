import Foundation
import Testing
@testable import CertDeskCore

/// The investigation report's seven items (Enforcement Rules Art 8) filled from the journal of a
/// ransomware case worked to its close — the demo's own past case — and the gaps of an incident
/// nobody worked: each left empty, never filled in.
@Suite("Investigation report")
struct InvestigationReportTests {
    static let now = Instant(millisecondsSinceEpoch: 1_796_860_800_000)   // 2026-12-05 08:00 +08:00
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A desk in memory driven by the real decider and reducer, with the shipped policy and
    /// ransomware playbook.
    struct Desk {
        var state = DeskState()
        var timeline: [RecordedEvent] = []

        init() throws {
            let policy = try String(contentsOf: root.appendingPathComponent("playbooks/policies/default.yaml"), encoding: .utf8)
            let playbook = try String(contentsOf: root.appendingPathComponent("playbooks/ransomware.yaml"), encoding: .utf8)
            try run(.openDesk(.taichung))
            try run(.adoptPolicy(try DeadlinePolicyFile.resolve(base: DeadlinePolicyFile.parse(policy), override: nil)))
            try run(.adoptPlaybook(try PlaybookFile.parse(playbook)))
            for agency in DemoDesk.agencies { try run(.registerAgency(agency)) }
        }

        mutating func run(_ command: DeskCommand) throws {
            guard case .events(let events) = try DeskDecider.decide(command, state: state, now: InvestigationReportTests.now, actor: "林志明") else { return }
            for event in events {
                let row = RecordedEvent(seq: Int64(timeline.count + 1), at: InvestigationReportTests.now, actor: "林志明", event: event)
                try DeskReducer.apply(row, to: &state)
                timeline.append(row)
            }
        }

        func report(_ id: String) throws -> InvestigationReport {
            let incident = try #require(state.incidents[id])
            return InvestigationReport.build(incident: incident, timeline: timeline.filter { $0.event.incidentID == id },
                                             playbook: state.playbook(of: incident), evidence: [], agency: state.agency(of: incident),
                                             generatedAt: InvestigationReportTests.now)
        }
    }

    @Test func theClosedRansomwareCaseFillsEveryItemFromItsJournal() throws {
        var desk = try Desk()
        let id = "TCN-2026-0001"
        for command in DemoHistory.ransomwareCase(now: Self.now, id: id) { try desk.run(command) }
        let report = try desk.report(id)
        let aware = DemoHistory.awareOfCase(Self.now)
        func minutes(_ m: Int64) -> Instant { aware.adding(milliseconds: m * 60_000) }

        #expect(report.incident.phase == .closed)
        #expect(report.time(.occurred) == nil)                      // nobody knows when it began
        #expect(report.time(.aware) == aware)
        #expect(report.time(.reported) == minutes(6))
        #expect(report.time(.notified) == minutes(38))              // rw-report-platform met report-platform
        #expect(report.time(.contained) == minutes(30 * 60))        // rw-restore met damage-control
        #expect(report.time(.recovered) == minutes(30 * 60))        // the RC.RP-05 step, not the phase change
        #expect(report.time(.closed) == Self.now)
        #expect(report.incident.levelBasis != nil)
        #expect(report.agency?.county == "臺中市")

        #expect(report.damageControl.map(\.record.step) == ["rw-isolate", "rw-preserve", "rw-law-enforcement", "rw-on-site",
                                                             "rw-block-dispatch", "rw-eradicate", "rw-restore"])
        #expect(report.damageControl.first { $0.record.step == "rw-law-enforcement" }?.record.status == .skipped)
        #expect(report.damageControlClock?.state == .met)
        #expect(report.rootCause.map(\.record.step) == ["rw-analyse"])
        #expect(report.rootCause.first?.record.text?.contains("RDP") == true)
        #expect(report.recurrence.map(\.record.step) == ["rw-lessons-learned", "rw-tune-detection"])
        #expect(!report.handling.contains { $0.record.step == "rw-investigation-report" })
        #expect(report.handling.map(\.record.step).contains("rw-report-platform"))
        #expect(report.notes.map(\.text) == ["本案因備份離線保存，得以於損害控制時限內復原；已建議轄內戶政所比照辦理。"])
        #expect(report.reportClock?.state == .met)
        #expect(report.stillToDo.map(\.id) == ["rw-case-study"])
    }

    @Test func anIncidentNobodyWorkedIsAllGaps() throws {
        var desk = try Desk()
        let draft = IncidentDraft(source: IncidentSource(kind: .socTicket, id: "SOC-1"), title: "可疑加密", category: .ransomware,
                                  level: nil, agency: "不在名錄的機關", occurredAt: nil, awareAt: Self.now.adding(milliseconds: -600_000),
                                  reportedAt: Self.now.adding(milliseconds: -300_000), description: "", exercise: false, tlp: nil,
                                  indicators: [])
        try desk.run(.openIncident(draft))
        let report = try desk.report("TCN-2026-0001")
        for kind in [InvestigationReport.Milestone.Kind.occurred, .notified, .contained, .recovered, .closed] {
            #expect(report.time(kind) == nil, "\(kind)")
        }
        #expect(report.damageControl.isEmpty && report.rootCause.isEmpty && report.recurrence.isEmpty && report.notes.isEmpty)
        #expect(report.agency == nil)
        #expect(report.reportClock == nil)
        #expect(report.stillToDo.map(\.id).contains("rw-investigation-report"))
    }

    @Test func aRootCauseStepDoneWithoutANoteSaysNothingOfTheCause() throws {
        var desk = try Desk()
        let id = "TCN-2026-0001"
        try desk.run(DemoHistory.ransomwareCase(now: Self.now, id: id)[0])
        try desk.run(.completeStep(incident: id, step: "rw-analyse", at: nil, note: nil))
        let report = try desk.report(id)
        #expect(report.rootCause.map(\.record.step) == ["rw-analyse"])
        #expect(report.rootCause.first?.record.text == nil)
    }
}
