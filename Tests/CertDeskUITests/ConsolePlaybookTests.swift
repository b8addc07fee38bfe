import CertDeskCore
@testable import CertDeskUI
import Testing

/// The playbook in the console: the checklist per phase, the next step, done and skip with one
/// key, the gate asking for an override reason.
@Suite("Console playbook")
struct ConsolePlaybookTests {
    static func desk() -> (InMemoryDesk, ConsoleSession) {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        desk.adoptShippedPlaybooks()
        desk.open("檔案伺服器遭勒索軟體加密", level: .four, awareMinutesAgo: 30, source: "SOC-RW")
        let session = ConsoleSnapshotTests.session(desk, language: .zhTW)
        session.handle(.key(.enter))
        for _ in 0..<2 { session.handle(.key(.tab)) }
        return (desk, session)
    }

    @Test func theChecklistShowsTheNextStep() {
        let (_, s) = Self.desk()
        #expect(s.state.tab == .playbook)
        #expect(s.state.cursorStep?.step.id == "rw-open-case")
        let screen = ConsoleRenderer.render(s.state, time: ConsoleSnapshotTests.time)
        Snapshot.check(screen, named: "playbook-80x24-zh", styles: false)
        #expect(screen.snapshot.contains("勒索軟體事件處理"))
    }

    @Test func doneAndSkipWithOneKey() throws {
        let (desk, s) = Self.desk()
        s.handle(.key(.character("d")))
        #expect(desk.state.incidents["TCN-2026-0001"]?.steps.map(\.step) == ["rw-open-case"])
        #expect(s.state.cursorStep?.step.id == "rw-first-instructions")
        s.handle(.key(.character("x")))
        for c in "機關已自行拔除網路線" { s.handle(.key(.character(c))) }
        s.handle(.key(.enter))
        let skipped = try #require(desk.state.incidents["TCN-2026-0001"]?.steps.last)
        #expect(skipped.status == .skipped && skipped.text == "機關已自行拔除網路線")
        // Moving the cursor and completing a step that meets a clock meets the clock.
        #expect(s.state.cursorStep?.step.id == "rw-confirm-scope", "the next phase's first step")
        s.handle(.key(.character("]")))
        #expect(s.state.cursorStep?.step.id == "rw-report-platform")
        s.handle(.key(.character("d")))
        #expect(desk.state.incidents["TCN-2026-0001"]?.obligations.first { $0.kind == .reportPlatform }?.state == .met)
    }

    @Test func leavingAPhaseWithOpenStepsAsksForAReason() throws {
        let (desk, s) = Self.desk()
        s.handle(.key(.character("p")))
        s.handle(.key(.character("j")))
        s.handle(.key(.enter))
        guard case .prompt(let prompt) = s.state.overlay, case .phaseOverride = prompt.purpose else {
            Issue.record("expected the override prompt, got \(String(describing: s.state.overlay))"); return
        }
        for c in "agency handled preparation" { s.handle(.key(.character(c))) }
        s.handle(.key(.enter))
        #expect(desk.state.incidents["TCN-2026-0001"]?.phase == .detectionAnalysis)
        guard case .phaseChanged(_, _, let override?) = desk.journal.last?.event else { Issue.record("no override"); return }
        #expect(override.openSteps == ["rw-open-case", "rw-first-instructions"])
    }

    @Test func aBrokenPlaybookIsShownNotFatal() {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        desk.problems = ["playbooks/ddos.yaml:12: steps[0].tier: \"intern\" is not one of: first-line, …"]
        let s = ConsoleSnapshotTests.session(desk)
        #expect(s.state.message?.isError == true)
        #expect(s.state.message?.text.hasPrefix("playbooks/ddos.yaml:12") == true)
    }
}

@Suite("A ransomware incident from detection to closed")
struct RansomwareWalkthroughTests {
    /// The officer follows the next step, one key at a time, through every phase to closed; the
    /// journal holds every step and the clocks the steps met.
    @Test func fromDetectionToClosed() throws {
        let (desk, s) = ConsolePlaybookTests.desk()
        let id = "TCN-2026-0001"
        var phases: [IncidentPhase] = []
        for _ in 0..<5 {
            // Every step the playbook says applies, in order, as the console shows them.
            while let next = s.state.progress?.next, next.step.phase == s.state.incident?.phase {
                #expect(s.state.cursorStep?.step.id == next.step.id, "the console shows the next step")
                s.handle(.key(.character("d")))
                #expect(s.state.message?.isError != true, "\(s.state.message?.text ?? "")")
            }
            let current = try #require(desk.state.incidents[id]?.phase)
            guard current != .closed else { break }
            let target = IncidentPhase.allCases[IncidentPhase.allCases.firstIndex(of: current)! + 1]
            s.handle(.key(.character("p")))
            for _ in 0..<(IncidentPhase.allCases.firstIndex(of: target)! - IncidentPhase.allCases.firstIndex(of: current)!) {
                s.handle(.key(.character("j")))
            }
            s.handle(.key(.enter))
            #expect(s.state.overlay == nil, "no override needed when every required step is done and every clock met")
            phases.append(try #require(desk.state.incidents[id]?.phase))
        }
        #expect(phases == [.detectionAnalysis, .containmentEradicationRecovery, .postIncident, .closed])
        let incident = try #require(desk.state.incidents[id])
        let playbook = try #require(desk.state.playbook(of: incident))
        let applicable = playbook.steps.filter { $0.when.holds(for: incident) }.map(\.id)
        #expect(incident.steps.map(\.step) == applicable, "every applicable step is in the journal, in order")
        for kind in [ObligationKind.reportPlatform, .notifyAgencyContact, .ncertEscalation, .review, .onSite, .damageControl] {
            #expect(incident.obligations.first { $0.kind == kind }?.metAt != nil, "\(kind.rawValue) met through its step")
        }
        #expect(incident.obligations.first { $0.kind == .investigationReport }?.metAt != nil)
        let stepEvents = desk.journal.filter { if case .stepDone = $0.event { return true } else { return false } }
        #expect(stepEvents.count == applicable.count)
        #expect(incident.obligations.allSatisfy { !$0.isPending }, "closed with no clock left running")
        #expect(s.state.view == .queue && s.state.message?.text.contains("\(id) 已不在佇列中") == true,
                "the closed incident left the queue, and the console says so instead of showing another one")
    }
}
