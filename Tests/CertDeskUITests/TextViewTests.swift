import CertDeskCore
@testable import CertDeskUI
import Foundation
import Testing

@Suite("text views")
struct TextViewTests {
    static func incident(id: String = "TCN-2026-0001", title: String = "主機疑似勒索軟體加密", level: IncidentLevel? = .three,
                         agency: String = "臺中市北屯區公所", exercise: Bool = false) -> Incident {
        let aware = try! ISO8601.parse("2026-03-02T09:05:00+08:00")
        return Incident(
            id: id, source: IncidentSource(kind: .socTicket, id: "SOC-1", file: "t.jsonl"), title: title, category: .ransomware,
            level: level, levelBasis: nil, levelReason: nil, agency: agency, agencyID: nil, occurredAt: nil, awareAt: aware,
            reportedAt: aware, description: "第一行\n第二行\u{1B}[2J", phase: .detectionAnalysis, assignee: nil, exercise: exercise,
            tlp: .amber, indicators: [Indicator(kind: .ipv4, value: "203.0.113.77")], openedAt: aware, openedBy: "林志明",
            updatedAt: aware, noteCount: 0, lastSeq: 2)
    }

    @Test func tableColumnsLineUpWithChinese() {
        var table = TextTable(columns: [.init("ID"), .init("AGENCY"), .init("N", alignRight: true)])
        table.append(["A-1", "臺中市北屯區公所", "7"])
        table.append(["A-22", "x", "12"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        // Every line has the same display width up to the last column's end.
        let widths = lines.map { DisplayWidth.width(of: $0) }
        #expect(Set(widths).count == 1, "\(lines)")
        #expect(lines[1] == "A-1   臺中市北屯區公所   7")
        #expect(lines[2] == "A-22  x                 12")
    }

    @Test func cellsAreTruncatedWithoutSplittingWideCharacters() {
        var table = TextTable(columns: [.init("AGENCY", maxWidth: 7), .init("X")])
        table.append(["臺中市北屯區公所", "y"])
        let row = table.render().split(separator: "\n")[1]
        #expect(row == "臺中市…  y")
    }

    @Test func cellsAreNeutralised() {
        var table = TextTable(columns: [.init("T")])
        table.append(["a\u{1B}[31mred\u{202E}"])
        let text = table.render()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.contains("a␛[31mred"))
    }

    @Test func listMarksExercisesAndUnclassified() {
        let time = LocalTimeFormatter(zone: nil)
        let now = Self.incident().awareAt
        let text = IncidentListText.render([Self.incident(), Self.incident(id: "TCN-2026-0002", level: nil, exercise: true)],
                                           now: now, language: .en, time: time)
        let lines = text.split(separator: "\n").map(String.init)
        // Columns sized for the longest value each can hold (the rows are printed as they are
        // read): the DUE of `-999d 23:59:59`, every clock's name, a six-digit id.
        #expect(lines[0].hasPrefix("DUE               CLOCK                     ID               LV  CATEGORY"))
        #expect(lines[1].contains("TCN-2026-0001    3   ransomware           2026-03-02 09:05"))
        #expect(lines[2].contains("TCN-2026-0002    ?"))
        // The level under its heading, by display column (— is as wide as the terminal says).
        let column = DisplayWidth.width(of: String(lines[0][..<lines[0].range(of: " LV ")!.upperBound])) - 3
        var before = ""
        for character in lines[1] where DisplayWidth.width(of: before) < column { before.append(character) }
        #expect(lines[1].dropFirst(before.count).first == "3", "the level under its heading")
        #expect(lines[2].contains("[EXERCISE] 主機疑似勒索軟體加密"))
        let chinese = IncidentListText.render([Self.incident(exercise: true)], now: now, language: .zhTW, time: time)
        #expect(chinese.contains("[演練]"))
        #expect(chinese.contains("偵測與分析"))
        #expect(IncidentListText.render([], now: now, language: .en, time: time) == "(no incidents on this desk)")
    }

    /// The next clock leads each row, as in the console's queue: its time left, or how late it
    /// is with the overdue marker, and which clock it is.
    @Test func listLeadsWithTheNextClock() {
        let time = LocalTimeFormatter(zone: nil)
        var late = Self.incident(), calm = Self.incident(id: "TCN-2026-0002")
        let aware = late.awareAt
        late.obligations = [Obligation(kind: .notifyAgencyContact, startsAt: aware, dueAt: aware.adding(milliseconds: 3_600_000),
                                       warnAt: aware.adding(milliseconds: 2_700_000))]
        calm.obligations = [Obligation(kind: .review, startsAt: aware, dueAt: aware.adding(milliseconds: 36 * 3_600_000),
                                       warnAt: aware.adding(milliseconds: 30 * 3_600_000))]
        let now = aware.adding(milliseconds: 3_600_000 + 252_000)
        let lines = IncidentListText.render([late, calm], now: now, language: .en, time: time).split(separator: "\n").map(String.init)
        let cells = lines.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(cells[1].prefix(3) == ["✖", "-00:04:12", "notify-agency-contact"], "\(lines[1])")
        #expect(cells[2].prefix(5) == ["●", "1d", "10:55:48", "review", "TCN-2026-0002"], "\(lines[2])")
        let chinese = IncidentListText.render([late], now: now, language: .zhTW, time: time)
        #expect(chinese.hasPrefix("期限"))
    }

    @Test func detailShowsFactsInBothLanguagesAndNeutralisesText() {
        let time = LocalTimeFormatter(zone: nil)
        let english = IncidentDetailText.render(Self.incident(), timeline: [], now: Self.incident().awareAt, language: .en, time: time)
        #expect(english.contains("Aware       2026-03-02 09:05:00 +08:00"))
        #expect(english.contains("TLP:AMBER"))
        #expect(english.contains("  第二行␛[2J"))
        #expect(!english.unicodeScalars.contains { $0.value == 0x1B })
        let chinese = IncidentDetailText.render(Self.incident(), timeline: [], now: Self.incident().awareAt, language: .zhTW, time: time)
        #expect(chinese.contains("知悉時間"))
        #expect(chinese.contains("第 3 級"))
        var dismissed = Self.incident()
        dismissed.phase = .closed
        dismissed.falsePositive = true
        #expect(IncidentDetailText.render(dismissed, timeline: [], now: dismissed.awareAt, language: .zhTW, time: time).contains("已結案 · 誤判"))
        #expect(IncidentDetailText.render(dismissed, timeline: [], now: dismissed.awareAt, language: .en, time: time).contains("closed · false positive"))
    }

    @Test func localTimeIsTaipeiUnlessTZIsSet() throws {
        let instant = try ISO8601.parse("2026-03-02T01:05:00Z")
        #expect(LocalTimeFormatter.fromEnvironment([:]).string(instant) == "2026-03-02 09:05:00 +08:00")
        #expect(LocalTimeFormatter.fromEnvironment(["TZ": "UTC"]).string(instant) == "2026-03-02 01:05:00 +00:00")
        #expect(LocalTimeFormatter.fromEnvironment(["TZ": "America/New_York"]).string(instant) == "2026-03-01 20:05:00 -05:00")
        #expect(LocalTimeFormatter.fromEnvironment([:]).minuteString(instant) == "2026-03-02 09:05")
    }

    @Test func everyEventHasASummaryInBothLanguages() {
        let events: [DeskEvent] = [
            .deskOpened(region: .taichung), .phaseChanged(incident: "X", phase: .closed), .noteAdded(incident: "X", text: "n"),
            .assigned(incident: "X", assignee: nil), .assigned(incident: "X", assignee: "王"),
            .levelSet(incident: "X", change: LevelChange(level: .two, reason: "r", basis: nil)),
        ]
        for event in events {
            let time = LocalTimeFormatter(zone: nil)
            let en = EventSummary.text(event, .en, time: time), zh = EventSummary.text(event, .zhTW, time: time)
            #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(event)")
        }
    }
}
