@testable import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation
import Testing

/// A drill played headless on its own desk beside the live one, and its after-action report
/// judged against what the scripted officer did.
/// A folder for a live desk that is never created and the drills beside it, with the shipped
/// rules.
struct DrillPlace {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-drill-\(UUID().uuidString)")
    let rules = RuleReader(RuleLocation(files: .shipped(.playbooks), origin: .builtIn))
    var live: String { folder.appendingPathComponent("certdesk.sqlite").path }

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("Drill runs")
struct DrillRunTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The scripted officer's words as desk commands (the command line's `level`, `phase`,
    /// `note`, `assign`, `meet` and `step`), performed in process on the drill desk.
    static func perform(_ words: [String], on desk: Desk) -> String? {
        func option(_ name: String) -> String? { words.firstIndex(of: name).map { words[$0 + 1] } }
        let command: DeskCommand
        switch words[0] {
        case "assign": command = .assign(incident: words[1], assignee: words[2])
        case "note": command = .addNote(incident: words[1], text: words[2])
        case "phase": command = .changePhase(incident: words[1], phase: IncidentPhase(rawValue: words[2])!, override: option("--override"))
        case "meet": command = .meet(incident: words[1], kind: ObligationKind(rawValue: words[2])!, at: nil, note: option("--note"))
        case "level": command = .setLevel(incident: words[1], level: IncidentLevel(rawValue: Int(words[2])!), basis: nil, reason: option("--reason")!)
        case "step" where words[3] == "skip": command = .skipStep(incident: words[1], step: words[2], reason: option("--reason")!)
        case "step": command = .completeStep(incident: words[1], step: words[2], at: nil, note: option("--note"))
        default: return "unknown \(words[0])"
        }
        do {
            try desk.perform(command)
            return nil
        } catch {
            return error.reason.en
        }
    }

    @Test("The ransomware drill with its scripted officer: one clock late, one step missing, the rest on time")
    func ransomwareDrillIsScored() throws {
        let place = try DrillPlace()
        defer { place.remove() }
        let (live, rules) = (place.live, place.rules)
        let (scenario, text, file) = try DrillScenarios(rules).scenario("ransomware-township-office")
        let actionsText = try String(contentsOf: Self.root.appendingPathComponent("playbooks/drills/actions/ransomware-township-office.actions"), encoding: .utf8)
        let actions = DrillActionsFile.read(actionsText, scenario: scenario)
        #expect(actions.problems.isEmpty)

        let run = try DrillRun.begin(scenario, text: text, file: file, besides: live, actor: "黃柏霖", rules: rules, speed: 3600, headless: true,
                                     wall: FixedClock(Instant(millisecondsSinceEpoch: 1_796_000_000_000)))
        var injected = 0
        let refused = try run.playHeadless(actions.actions, perform: { words, _ in Self.perform(words, on: run.desk) }) { progress in
            if case .injected = progress { injected += 1 }
        }
        try run.finish()
        #expect(refused == 0)
        #expect(injected == scenario.injects.count)
        #expect(run.clock.now == run.clock.end)
        // The live desk is never opened, let alone written.
        #expect(!FileManager.default.fileExists(atPath: live))
        #expect(DrillRun.runs(besides: live).map(\.run) == [run.record.run])

        let report = try DrillRun.report(run.record.run, besides: live)
        let clocks = Dictionary(uniqueKeysWithValues: report.clocks.map { ($0.expected.kind, $0.outcome) })
        #expect(clocks == [.reportPlatform: .onTime, .notifyAgencyContact: .onTime, .ncertEscalation: .late, .review: .onTime,
                           .forwardReview: .onTime, .onSite: .onTime])
        let ncert = try #require(report.clocks.first { $0.expected.kind == .ncertEscalation })
        #expect(ncert.spareMinutes == -14)
        let steps = Dictionary(uniqueKeysWithValues: report.steps.map { ($0.expected.step, $0.outcome) })
        #expect(steps == ["rw-first-instructions": .done, "rw-isolate": .done, "rw-preserve": .done, "rw-block-dispatch": .missing])
        // Clocks weigh 2: five on time and one late earn 22 of 24 half points; steps 6 of 8.
        #expect(report.earnedHalfPoints == 28 && report.possibleHalfPoints == 32)
        #expect(report.score == 88)
        // Every incident the drill opened is an exercise; the injects are exercise control's.
        let store = try DeskStore(path: run.path)
        #expect(try store.incidents(includeClosed: true).allSatisfy(\.exercise))
        #expect(report.timeline.contains { $0.row.actor == DrillRun.controlActor && $0.offsetMinutes == 85 })
    }

    /// Closing with an override waives every running clock: one already overdue is still a
    /// missed clock in the report (the waiver came after the breach), one not yet due is waived.
    @Test func aClockWaivedAfterItFellDueIsMissed() throws {
        let place = try DrillPlace()
        defer { place.remove() }
        let (live, rules) = (place.live, place.rules)
        let (scenario, text, file) = try DrillScenarios(rules).scenario("ransomware-township-office")
        let actions = DrillActionsFile.read("""
            +00:20 meet {ticket-1} notify-agency-contact --note "電話通知區公所資安聯絡人"
            +01:30 phase {ticket-1} closed --override "演練管制宣告提前收場"
            """, scenario: scenario)
        #expect(actions.problems.isEmpty)
        let run = try DrillRun.begin(scenario, text: text, file: file, besides: live, actor: "黃柏霖", rules: rules, speed: 3600, headless: true,
                                     wall: FixedClock(Instant(millisecondsSinceEpoch: 1_796_000_000_000)))
        #expect(try run.playHeadless(actions.actions, perform: { words, _ in Self.perform(words, on: run.desk) }) { _ in } == 0)
        try run.finish()
        let report = try DrillRun.report(run.record.run, besides: live)
        let clocks = Dictionary(uniqueKeysWithValues: report.clocks.map { ($0.expected.kind, $0.outcome) })
        // Due +00:50 and +01:00, overdue at the close; +02:00 and +08:00 were not yet due.
        #expect(clocks[.notifyAgencyContact] == .onTime)
        #expect(clocks[.reportPlatform] == .missed && clocks[.ncertEscalation] == .missed)
        #expect(clocks[.review] == .waived && clocks[.onSite] == .waived)
    }

    /// Runs are listed in the order they began (what `last` picks), not by name: a DDoS drill
    /// begun after a ransomware one comes after it, and a second run in the same second after
    /// the first.
    @Test func runsAreListedInTheOrderTheyBegan() throws {
        let place = try DrillPlace()
        defer { place.remove() }
        let (live, rules) = (place.live, place.rules)
        var begun: [String] = []
        for (name, wall) in [("ransomware-township-office", 1_796_000_000_000), ("ddos-municipal-c2", 1_796_000_060_000),
                             ("ddos-municipal-c2", 1_796_000_060_000), ("ddos-municipal-c2", 1_796_000_060_000)] as [(String, Int64)] {
            let (scenario, text, file) = try DrillScenarios(rules).scenario(name)
            let run = try DrillRun.begin(scenario, text: text, file: file, besides: live, actor: "黃柏霖", rules: rules, speed: 60,
                                         headless: true, wall: FixedClock(Instant(millisecondsSinceEpoch: wall)))
            try run.finish()
            begun.append(run.record.run)
        }
        #expect(Set(begun).count == 4)
        #expect(DrillRun.runs(besides: live).map(\.run) == begun)
    }
}
