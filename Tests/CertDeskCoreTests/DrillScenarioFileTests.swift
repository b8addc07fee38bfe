import Foundation
import Testing
@testable import CertDeskCore

/// Reading and linting drill scenarios and actions files: the shipped ones are clean, and a
/// broken file is refused with the line, the field and the reason.
@Suite("Drill scenario files")
struct DrillScenarioFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let names = ["ransomware-township-office", "mass-defacement", "ddos-municipal-c2"]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func playbooks() throws -> [String: Playbook] {
        let folder = root.appendingPathComponent("playbooks")
        var out: [String: Playbook] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let playbook = try PlaybookFile.parse(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            out[playbook.category] = playbook
        }
        return out
    }

    static let small = """
        id: small
        title: {zh-TW: 【演練】測試, en: "[Drill] Test"}
        description: {zh-TW: 說明, en: About}
        region: TCN
        start: "2026-03-10T08:30:00+08:00"
        duration: "+02:00"
        injects:
          - at: "+00:00"
            ticket:
              ref: t1
              id: EX-1
              title: 【演練】網頁置換
              category: defacement
              level: 2
              agency: 彰化縣鹿港鎮公所
              aware_at: "-00:10"
          - at: "+00:20"
            call: {incident: t1, note: 【演練】機關來電}
        expect:
          clocks:
            - {incident: t1, kind: report-platform, margin: "00:10"}
          steps:
            - {incident: t1, step: df-preserve, by: "+01:00"}
        """

    @Test("The shipped scenarios and their actions files have no problems")
    func shippedScenariosAreClean() throws {
        let playbooks = try Self.playbooks()
        for name in Self.names {
            let result = DrillScenarioFile.read(try Self.text("playbooks/drills/\(name).yaml"), fileName: name, playbooks: playbooks)
            #expect(result.problems.map(\.reason.en) == [], "\(name)")
            let scenario = try #require(result.scenario)
            #expect(scenario.id == name)
            #expect(!scenario.expectedClocks.isEmpty && !scenario.expectedSteps.isEmpty)
            let actions = DrillActionsFile.read(try Self.text("playbooks/drills/actions/\(name).actions"), scenario: scenario)
            #expect(actions.problems.map(\.reason.en) == [], "\(name).actions")
            #expect(actions.actions.count >= 10)
        }
    }

    @Test("A ticket inject becomes an exercise reported at its inject's time, its offsets from the start")
    func ticketBecomesAnExerciseDraft() throws {
        let scenario = try DrillScenarioFile.parse(Self.small)
        let start = instant("2026-03-10T08:30:00+08:00")
        guard case .ticket(let ticket) = scenario.injects[0].what else { Issue.record("not a ticket"); return }
        let draft = try ticket.draft(start: start, reported: start, file: "small.yaml")
        #expect(draft.exercise)
        #expect(draft.reportedAt == start)
        #expect(draft.awareAt == start.adding(milliseconds: -600_000))
        #expect(draft.level == .two && draft.category == .defacement && draft.source.id == "EX-1")
        #expect(scenario.injects[1].what == .note(ref: "t1", kind: .call, text: "【演練】機關來電"))
    }

    /// The problems of `text`, as `line: path: reason` in English.
    static func problems(_ text: String, playbooks: [String: Playbook] = [:]) -> [String] {
        DrillScenarioFile.read(text, fileName: "small", playbooks: playbooks).problems.map {
            "\($0.line.map(String.init) ?? "-"): \($0.path ?? ""): \($0.reason.en)"
        }
    }

    @Test("Each mistake is reported at its line and field, all in one pass")
    func brokenScenarioProblems() throws {
        var broken = Self.small
        broken = broken.replacingOccurrences(of: "level: 2", with: "level: 7")
        broken = broken.replacingOccurrences(of: "incident: t1, note", with: "incident: t9, note")
        broken = broken.replacingOccurrences(of: "margin: \"00:10\"", with: "margin: 10m")
        broken = broken.replacingOccurrences(of: "step: df-preserve", with: "step: df-nonsense")
        let problems = Self.problems(broken, playbooks: try Self.playbooks())
        #expect(problems.contains { $0.hasPrefix("14: injects[0].ticket.level: level 7 is out of range") })
        #expect(problems.contains("18: injects[1].call.incident: \"t9\" is not the ref of a ticket injected before"))
        #expect(problems.contains("21: expect.clocks[0].margin: \"10m\" is not a margin HH:MM (quote it)"))
        #expect(problems.contains("23: expect.steps[0].step: \"df-nonsense\" is not a step of the defacement playbook"))
        #expect(problems.count == 4)
    }

    @Test("Time going back, an inject after the end, two kinds at once, an unknown key")
    func brokenInjects() {
        let back = Self.small.replacingOccurrences(of: "at: \"+00:20\"", with: "at: \"-00:20\"")
        #expect(Self.problems(back) == ["17: injects[1].at: an inject cannot come before the start"])
        let late = Self.small.replacingOccurrences(of: "at: \"+00:20\"", with: "at: \"+03:00\"")
        #expect(Self.problems(late) == ["17: injects[1].at: this is after the drill ends (+02:00)"])
        let two = Self.small.replacingOccurrences(of: "    call: {incident: t1, note: 【演練】機關來電}",
                                                  with: "    call: {incident: t1, note: 【演練】機關來電}\n    ncert-update: {incident: t1, note: x}")
        #expect(Self.problems(two).first?.hasPrefix("17: injects[1]: an inject has `at` and exactly one of") == true)
        let typo = Self.small.replacingOccurrences(of: "aware_at:", with: "awares_at:")
        #expect(Self.problems(typo).contains { $0.hasPrefix("16: injects[0].ticket.awares_at:") })
        let id = Self.small.replacingOccurrences(of: "id: small", with: "id: Small_One")
        #expect(Self.problems(id) == ["1: id: a drill id is lower-case letters, digits and hyphens, at most 64"])
        #expect(Self.problems("id: [").count == 1)
    }

    @Test("An actions file: offsets in order, known refs after their ticket, only incident commands, no --at")
    func actionsFile() throws {
        let scenario = try DrillScenarioFile.parse(Self.small)
        let text = """
            # a comment
            +00:05 note {t1} "已電話聯繫 鹿港鎮公所"
            +00:04 phase {t1} detection-analysis
            +00:10 ingest tickets.jsonl
            +00:11 meet {t1} report-platform --at 08:40
            +00:12 note {t2} x
            +00:13 note {t1} "unclosed
            +00:14 meet {t1} report-platform --note "已通報"
            """
        let read = DrillActionsFile.read(text, scenario: scenario)
        #expect(read.problems.map { "\($0.line ?? 0): \($0.reason.en)" } == [
            "3: this goes back in time (the line before is at +00:05)",
            "4: \"ingest\" is not a command a scripted officer types (one of: level, phase, category, note, assign, meet, waive, step)",
            "5: --at is not written in an actions file: each line takes effect at its offset on the drill desk",
            "6: \"t2\" is not the ref of a ticket injected before",
            "7: a double quote is not closed",
        ])
        #expect(read.actions.map(\.line) == [2, 8])
        #expect(read.actions[0].resolved(["t1": "TCN-2026-0001"]) == ["note", "TCN-2026-0001", "已電話聯繫 鹿港鎮公所"])
        #expect(read.actions[1].words == ["meet", "{t1}", "report-platform", "--note", "已通報"])
    }

    @Test("Offsets read and write as the scenario writes them")
    func offsets() {
        #expect(DrillOffset.minutes("+01:25") == 85)
        #expect(DrillOffset.minutes("-70:40") == -4240)
        #expect(DrillOffset.minutes("01:25") == nil)
        #expect(DrillOffset.minutes("+1:60") == nil)
        #expect(DrillOffset.clockMinutes("00:10") == 10)
        #expect(DrillOffset.text(-10) == "-00:10")
        #expect(DrillOffset.text(605) == "+10:05")
    }
}
