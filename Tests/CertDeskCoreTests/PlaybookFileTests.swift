import Foundation
import Testing
@testable import CertDeskCore

/// Reading and linting playbook files: every problem with its line; the shipped playbooks load
/// and cover every category.
@Suite("Playbook files")
struct PlaybookFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let good = """
        category: phishing
        version: 2
        title:
          zh-TW: 釣魚郵件
          en: Phishing
        steps:
          - id: ph-headers
            phase: detection-analysis
            text:
              zh-TW: 取得原始郵件含完整標頭
              en: Collect the original email with full headers
            tier: first-line
            required: true
            evidence: [email]
            meets: report-platform
            sp800-61: "1.4"
            csf: RS.AN-03
            when: {indicators: true, levels: [3-4, unclassified]}
            references: [seed L14578-14593]
        """

    static func problems(_ text: String) -> [FileProblem] { PlaybookFile.read(text).problems }

    @Test func aGoodFileReads() throws {
        let playbook = try PlaybookFile.parse(Self.good)
        #expect(playbook.category == "phishing" && playbook.version == 2)
        let step = try #require(playbook.steps.first)
        #expect(step.text.zh == "取得原始郵件含完整標頭")
        #expect(step.evidence == [.email])
        #expect(step.meets == .reportPlatform)
        #expect(step.when == StepCondition(levels: [.three, .four, .unclassified], indicators: true))
        #expect(step.references == ["seed L14578-14593"])
        // The journal form reads back the same.
        #expect(try Playbook(reader: JSONFieldReader(JSONValue.parse(CanonicalJSON.string(playbook.json)))) == playbook)
    }

    struct Broken: Sendable, CustomStringConvertible {
        let name: String
        let from: String
        let to: String
        let line: Int
        let reason: String
        var description: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "missing translation", from: "      en: Collect the original email with full headers\n", to: "", line: 10,
               reason: "the en translation is missing"),
        Broken(name: "unknown clock kind", from: "meets: report-platform", to: "meets: report-everyone", line: 15,
               reason: "\"report-everyone\" is not one of"),
        Broken(name: "unknown CSF tag", from: "csf: RS.AN-03", to: "csf: RS.AN-01", line: 17, reason: "not a known CSF 2.0 subcategory"),
        Broken(name: "unknown checklist item", from: "\"1.4\"", to: "\"1.5\"", line: 16, reason: "not a known SP 800-61 r2 checklist item"),
        Broken(name: "unknown key", from: "tier: first-line", to: "teir: first-line", line: 12, reason: "unknown key"),
        Broken(name: "unknown tier", from: "tier: first-line", to: "tier: intern", line: 12, reason: "\"intern\" is not one of"),
        Broken(name: "closed is not a playbook phase", from: "phase: detection-analysis", to: "phase: closed", line: 8,
               reason: "phase must be one of"),
        Broken(name: "required is not a boolean", from: "required: true", to: "required: yes", line: 13, reason: "true or false"),
        Broken(name: "bad level", from: "[3-4, unclassified]", to: "[5]", line: 18, reason: "is not a level"),
        Broken(name: "unknown category", from: "category: phishing", to: "category: fishing", line: 1, reason: "unknown category"),
        Broken(name: "bad id", from: "id: ph-headers", to: "id: PH_Headers", line: 7, reason: "lower-case letters"),
        Broken(name: "empty text", from: "zh-TW: 取得原始郵件含完整標頭", to: "zh-TW: \"  \"", line: 10, reason: "text is empty"),
    ]

    @Test(arguments: broken)
    func brokenFilesNameTheLine(_ broken: Broken) {
        let text = Self.good.replacingOccurrences(of: broken.from, with: broken.to)
        #expect(text != Self.good, "the edit did not apply")
        let problems = Self.problems(text)
        let first = problems.first
        #expect(first?.line == broken.line, "\(problems.map { "\($0.line ?? 0): \($0.reason.en)" })")
        #expect(first?.reason.en.contains(broken.reason) == true, "\(first?.reason.en ?? "none")")
        #expect(first.map { !$0.reason.zh.isEmpty } == true)
    }

    @Test func lintReportsEveryProblemNotJustTheFirst() {
        let twice = Self.good + """

              - id: ph-headers
                phase: post-incident
                text: {zh-TW: 重複, en: Again}
                tier: duty-officer
                required: false
                meets: report-platform
                sp800-61: "8"
                csf: RS.AN-99
            """
        let reasons = Self.problems(twice).map(\.reason.en)
        #expect(reasons.contains { $0.contains("not a known CSF 2.0 subcategory") })
        let fixed = twice.replacingOccurrences(of: "RS.AN-99", with: "RC.RP-06")
        let again = Self.problems(fixed).map(\.reason.en)
        #expect(again.contains { $0.contains("ph-headers is used twice") })
        #expect(again.contains { $0.contains("report-platform is already met by step ph-headers") })
        #expect(again.count == 2)
    }

    @Test func theShippedPlaybooksLoadAndCoverEveryCategory() throws {
        let folder = Self.root.appendingPathComponent("playbooks")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        var covered: [String: Playbook] = [:]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let result = PlaybookFile.read(text)
            #expect(result.problems.isEmpty, "\(file): \(result.problems.map { "\($0.line ?? 0): \($0.reason.en)" })")
            if let playbook = result.playbook { covered[playbook.category] = playbook }
        }
        for category in ["ransomware", "ddos", "defacement", "data-leak", "unauthorized-access", "malware-outbreak", "c2-beacon",
                         "phishing", "generic"] {
            let playbook = try #require(covered[category], "no playbook for \(category)")
            for phase in IncidentPhase.allCases where phase != .closed {
                #expect(!playbook.steps(in: phase).isEmpty, "\(category) has no \(phase.rawValue) step")
            }
            let met = Set(playbook.steps.compactMap(\.meets))
            for kind in [ObligationKind.reportPlatform, .review, .damageControl, .investigationReport] {
                #expect(met.contains(kind), "\(category): no step meets \(kind.rawValue)")
            }
            // The lessons-learned meeting is mandatory for major incidents (SP 800-61 r2 item 9).
            #expect(playbook.steps.contains { $0.checklistItem == "9" && $0.required && $0.when.levels == [.three, .four] },
                    "\(category): no required lessons-learned step for level 3–4")
        }
    }
}
