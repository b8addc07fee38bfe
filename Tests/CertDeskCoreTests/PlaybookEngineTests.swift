import Foundation
import Testing
@testable import CertDeskCore

/// The playbook engine: attaching, gates and overrides, level-dependent steps, clocks met through
/// steps, and rebuilding from the journal.
@Suite("Playbook engine")
struct PlaybookEngineTests {
    static func step(_ id: String, _ phase: IncidentPhase, required: Bool = true, meets: ObligationKind? = nil,
                     when: StepCondition = StepCondition()) -> PlaybookStep {
        PlaybookStep(id: id, phase: phase, text: BilingualText(en: "do \(id)", zh: "執行 \(id)"), tier: .dutyOfficer,
                     required: required, meets: meets, checklistItem: "1", csf: "RS.MA-01", when: when)
    }

    static let playbook = Playbook(category: "ransomware", version: 1, title: BilingualText(en: "Ransomware", zh: "勒索軟體"), steps: [
        step("prep", .preparation),
        step("report", .detectionAnalysis, meets: .reportPlatform),
        step("notify", .detectionAnalysis, meets: .notifyAgencyContact, when: StepCondition(levels: [.three, .four])),
        step("triage", .detectionAnalysis, required: false),
        step("iocs", .detectionAnalysis, when: StepCondition(indicators: true)),
        step("isolate", .containmentEradicationRecovery),
        step("lessons", .postIncident, when: StepCondition(levels: [.three, .four])),
    ])

    static let generic = Playbook(category: "generic", version: 1, title: BilingualText(en: "Generic", zh: "通用"),
                                  steps: [step("gn-triage", .detectionAnalysis)])

    /// A desk with the default clocks and the two playbooks adopted, and one level 2 ransomware incident.
    static func desk(level: IncidentLevel? = .two, indicators: Bool = false) throws -> (DeskHarness, String) {
        let desk = DeskHarness(now: instant("2026-03-02T09:30:00+08:00"))
        try desk.run(.adoptPolicy(LegalClockScenarioTests.policy))
        try desk.run(.adoptPlaybook(playbook))
        try desk.run(.adoptPlaybook(generic))
        var d = draft(source: "SOC-1", level: level, aware: instant("2026-03-02T09:05:00+08:00"))
        if indicators { d.indicators = [Indicator(kind: .ipv4, value: "203.0.113.77")] }
        let id = try #require(desk.open(d))
        return (desk, id)
    }

    func progress(_ desk: DeskHarness, _ id: String) -> PlaybookProgress {
        PlaybookProgress(incident: desk.state.incidents[id]!, playbook: desk.state.playbook(of: desk.state.incidents[id]!))
    }

    @Test func openingAttachesThePlaybookOfItsCategory() throws {
        let (desk, id) = try Self.desk()
        #expect(desk.state.incidents[id]?.playbook == PlaybookRef(category: "ransomware", revision: 1))
        try desk.run(.changeCategory(incident: id, category: .spam))
        #expect(desk.state.incidents[id]?.playbook == PlaybookRef(category: "generic", revision: 1), "no spam playbook: generic")
    }

    @Test func aNewVersionIsForNewIncidentsOnly() throws {
        let (desk, id) = try Self.desk()
        var v2 = Self.playbook
        v2.version = 2
        v2.steps.removeLast()
        try desk.run(.adoptPlaybook(v2))
        try desk.run(.adoptPlaybook(v2))     // the same again records nothing
        #expect(desk.journal.filter { if case .playbookAdopted = $0.event { return true } else { return false } }.count == 3)
        #expect(desk.state.incidents[id]?.playbook?.revision == 1)
        let second = try #require(desk.open(draft(source: "SOC-2")))
        #expect(desk.state.incidents[second]?.playbook?.revision == 2)
        #expect(progress(desk, id).items.count == 7)
        #expect(progress(desk, second).items.count == 6)
    }

    @Test func theGateHoldsUntilRequiredStepsAreDoneOrSkipped() throws {
        let (desk, id) = try Self.desk()
        let refusal = try #require(desk.refusal(.changePhase(incident: id, phase: .detectionAnalysis)))
        #expect(refusal.reason.en.contains("required steps open: prep"))
        try desk.run(.completeStep(incident: id, step: "prep", at: nil, note: nil))
        try desk.run(.changePhase(incident: id, phase: .detectionAnalysis))
        // Optional and non-applying steps do not hold the gate; the required ones do.
        let blocked = try #require(desk.refusal(.changePhase(incident: id, phase: .containmentEradicationRecovery)))
        #expect(blocked.reason.en.contains("report"))
        #expect(!blocked.reason.en.contains("triage"))
        #expect(!blocked.reason.en.contains("notify"), "level 2: the notify step does not apply")
        #expect(!blocked.reason.en.contains("iocs"), "no indicators: the IoC step does not apply")
        try desk.run(.skipStep(incident: id, step: "report", reason: "reported by the agency itself"))
        try desk.run(.changePhase(incident: id, phase: .containmentEradicationRecovery))
        #expect(desk.state.incidents[id]?.phase == .containmentEradicationRecovery)
        // Back to analysis is always allowed (new hosts found: SP 800-61 r2 6.3).
        try desk.run(.changePhase(incident: id, phase: .detectionAnalysis))
    }

    @Test func anOverrideIsKeptWithTheStepsLeftOpen() throws {
        let (desk, id) = try Self.desk()
        #expect(desk.refusal(.changePhase(incident: id, phase: .closed, override: "  ")) != nil, "an empty reason is refused")
        try desk.run(.changePhase(incident: id, phase: .closed, override: "false positive confirmed by the agency"))
        guard case .phaseChanged(_, .closed, let override?) = desk.journal.last?.event else {
            Issue.record("no override recorded: \(String(describing: desk.journal.last?.event))"); return
        }
        #expect(override.reason == "false positive confirmed by the agency")
        #expect(override.openSteps == ["prep", "report", "isolate"])
    }

    @Test func escalatingBringsInTheStepsOfTheNewLevel() throws {
        let (desk, id) = try Self.desk(level: .two)
        #expect(!progress(desk, id).items.first { $0.step.id == "notify" }!.applies)
        try desk.run(.setLevel(incident: id, level: .four, basis: nil, reason: "domain controller encrypted"))
        let items = progress(desk, id)
        #expect(items.items.first { $0.step.id == "notify" }!.isOpen)
        #expect(items.items.first { $0.step.id == "lessons" }!.isOpen)
        try desk.run(.completeStep(incident: id, step: "prep", at: nil, note: nil))
        try desk.run(.changePhase(incident: id, phase: .detectionAnalysis))
        let blocked = try #require(desk.refusal(.changePhase(incident: id, phase: .containmentEradicationRecovery)))
        #expect(blocked.reason.en.contains("notify"))
    }

    @Test func aStepMeetsItsClockAtTheSameRealTime() throws {
        let (desk, id) = try Self.desk(level: .three)
        desk.now = instant("2026-03-02T10:30:00+08:00")
        try desk.run(.completeStep(incident: id, step: "notify", at: instant("2026-03-02T09:40:00+08:00"), note: "phoned 劉先生"))
        let notify = try #require(desk.state.incidents[id]?.obligations.first { $0.kind == .notifyAgencyContact })
        #expect(notify.state == .met)
        #expect(notify.metAt == instant("2026-03-02T09:40:00+08:00"))
        #expect(notify.note == "phoned 劉先生")
        #expect(notify.metByStep == "notify")
        // And the other way round: meeting the clock marks its step done at the same real time,
        // so the officer records it once and the open step no longer blocks the phase.
        try desk.run(.meet(incident: id, kind: .reportPlatform, at: instant("2026-03-02T09:50:00+08:00"), note: "平台通報"))
        let report = try #require(desk.state.incidents[id]?.steps.first { $0.step == "report" })
        #expect(report.status == .done)
        #expect(report.at == instant("2026-03-02T09:50:00+08:00"))
        #expect(report.text == "平台通報")
        #expect(desk.refusal(.completeStep(incident: id, step: "report", at: nil, note: nil))?.reason.en.contains("already done") == true)
    }

    /// A step done with no note meets its clock with no words of the desk's own in the journal:
    /// the step is named as a fact, and each language says "playbook step …" its own way.
    @Test func aStepThatMeetsAClockNamesItselfAsAFact() throws {
        let (desk, id) = try Self.desk(level: .three)
        desk.now = instant("2026-03-02T10:30:00+08:00")
        try desk.run(.completeStep(incident: id, step: "notify", at: instant("2026-03-02T09:40:00+08:00"), note: nil))
        guard case .obligationMet(_, let meeting)? = desk.journal.last?.event else {
            Issue.record("the step did not meet its clock")
            return
        }
        #expect(meeting.note == nil && meeting.step == "notify")
        let notify = try #require(desk.state.incidents[id]?.obligations.first { $0.kind == .notifyAgencyContact })
        #expect(notify.note == nil && notify.metByStep == "notify")
        #expect(InterfaceLanguage.en.words.meetingNote(notify.note, step: notify.metByStep) == "playbook step notify")
    }

    @Test func waivingAClockSkipsItsStepWithTheReason() throws {
        let (desk, id) = try Self.desk(level: .three)
        try desk.run(.waive(incident: id, kind: .notifyAgencyContact, reason: "the agency contact reported it to us"))
        let notify = try #require(desk.state.incidents[id]?.steps.first { $0.step == "notify" })
        #expect(notify.status == .skipped)
        #expect(notify.text == "the agency contact reported it to us", "the officer's own words, in neither language's wrapping")
    }

    @Test func closingAsksForEveryRunningClock() throws {
        let (desk, id) = try Self.desk(level: .three)
        let refusal = try #require(desk.refusal(.changePhase(incident: id, phase: .closed)))
        #expect(refusal.kind == .needsOverride)
        #expect(refusal.reason.en.contains("clocks still running: "), "\(refusal.reason.en)")
        #expect(refusal.reason.en.contains("report-platform"))
        #expect(!refusal.reason.en.contains("--"), "the words serve the console too")
        let running = desk.state.incidents[id]!.obligations.filter(\.isPending).count
        let before = desk.journal.count
        try desk.run(.changePhase(incident: id, phase: .closed, override: "merged into TCN-2026-0002"))
        let closed = try #require(desk.state.incidents[id])
        #expect(closed.phase == .closed)
        #expect(closed.obligations.allSatisfy { !$0.isPending }, "a closed incident's clocks never keep counting")
        #expect(closed.obligations.filter { InterfaceLanguage.en.words.waiverReason(of: $0) == "closed: merged into TCN-2026-0002" }.count == running)
        #expect(desk.journal.count == before + running + 1, "each waiver is its own journal event, then the phase")
        // The journal keeps the officer's reason and the fact of the closing, not a sentence.
        for recorded in desk.journal.suffix(running + 1).dropLast() {
            guard case .obligationWaived(_, _, _, let reason, let closing) = recorded.event else {
                Issue.record("expected a waiver, got \(recorded.event.kind)")
                continue
            }
            #expect(reason == "merged into TCN-2026-0002" && closing)
            #expect(recorded.event.body["closing"] == .bool(true))
        }
        #expect(closed.obligations.allSatisfy { $0.state != .waived || $0.waivedOnClose })
        #expect(closed.obligations.contains { InterfaceLanguage.zhTW.words.waiverReason(of: $0) == "結案：merged into TCN-2026-0002" })
        #expect(desk.refusal(.setLevel(incident: id, level: .four, basis: nil, reason: "r"))?.reason.en.contains("is closed") == true,
                "a level change would start clocks on a closed incident")
    }

    @Test func badStepCommandsAreRefused() throws {
        let (desk, id) = try Self.desk()
        let cases: [(DeskCommand, String)] = [
            (.completeStep(incident: id, step: "nope", at: nil, note: nil), "has no step \"nope\""),
            (.completeStep(incident: id, step: "notify", at: nil, note: nil), "does not apply"),
            (.completeStep(incident: id, step: "prep", at: instant("2026-03-02T09:31:00+08:00"), note: nil), "in the future"),
            (.completeStep(incident: id, step: "prep", at: instant("2026-03-02T08:00:00+08:00"), note: nil), "before the incident began"),
            (.skipStep(incident: id, step: "prep", reason: " "), "reason cannot be empty"),
            (.completeStep(incident: "TCN-2026-0099", step: "prep", at: nil, note: nil), "no incident"),
        ]
        let before = desk.state
        for (command, message) in cases {
            let refusal = try #require(desk.refusal(command), "\(command)")
            #expect(refusal.reason.en.contains(message), "\(refusal.reason.en)")
        }
        #expect(desk.state == before)
        try desk.run(.completeStep(incident: id, step: "prep", at: nil, note: nil))
        #expect(desk.refusal(.skipStep(incident: id, step: "prep", reason: "x"))?.reason.en.contains("already done") == true)
    }

    @Test func nextStepFollowsThePhase() throws {
        let (desk, id) = try Self.desk(indicators: true)
        #expect(progress(desk, id).next?.step.id == "prep")
        try desk.run(.completeStep(incident: id, step: "prep", at: nil, note: nil))
        #expect(progress(desk, id).next?.step.id == "report", "the next phase's first open step")
        try desk.run(.changePhase(incident: id, phase: .detectionAnalysis))
        try desk.run(.completeStep(incident: id, step: "report", at: nil, note: nil))
        #expect(progress(desk, id).next?.step.id == "triage")
        #expect(progress(desk, id).tally(.detectionAnalysis) == (1, 3), "report, triage, iocs apply; notify does not")
    }

    @Test func rebuildingGivesTheSameSteps() throws {
        let (desk, id) = try Self.desk(level: .four, indicators: true)
        try desk.run(.completeStep(incident: id, step: "prep", at: nil, note: "contacts checked"))
        try desk.run(.changePhase(incident: id, phase: .detectionAnalysis))
        try desk.run(.skipStep(incident: id, step: "iocs", reason: "shared by the SOC already"))
        try desk.run(.changeCategory(incident: id, category: .malwareOutbreak))
        try desk.run(.changePhase(incident: id, phase: .closed, override: "merged into TCN-2026-0002"))
        let rebuilt = try fold(desk.journal.map { entry in
            // Through the journal's text, as verify reads it.
            let body = try! JSONValue.parse(CanonicalJSON.string(entry.event.body))
            return RecordedEvent(seq: entry.seq, at: entry.at, actor: entry.actor,
                                 event: try! DeskEvent(kind: entry.event.kind, incident: entry.event.incidentID, body: body))
        })
        #expect(rebuilt == desk.state)
    }
}
