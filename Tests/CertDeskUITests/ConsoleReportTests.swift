import CertDeskCore
@testable import CertDeskUI
import Testing

/// The report views in the console: `M` the month at a glance (bars and sparklines, ASCII on a
/// monochrome screen, `[`/`]` for the months around it), `I` the investigation report of the
/// incident on screen; and the Markdown both print, in both languages.
@Suite("Console reports")
struct ConsoleReportTests {
    static let now = ConsoleSnapshotTests.now     // 2026-03-02 11:42 in Taipei
    static let time = ConsoleSnapshotTests.time

    /// The busy desk, with one incident of February, a clock met in time and a drill.
    static func desk() throws -> InMemoryDesk {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.adoptShippedPlaybooks()
        desk.open("檔案伺服器遭加密（二月）", level: .three, category: .ransomware, agency: "彰化縣政府", awareMinutesAgo: 3 * 24 * 60, source: "SOC-FEB")
        let first = try #require(desk.state.incidentBySource["SOC-A"])
        try desk.run(.meet(incident: first, kind: .reportPlatform, at: now.adding(milliseconds: -40 * 60_000), note: "平台通報完成"))
        return desk
    }

    static func session(_ desk: InMemoryDesk, rows: Int = 24, columns: Int = 80, language: InterfaceLanguage = .en,
                        plain: Bool = false) -> ConsoleSession {
        ConsoleSession(desk: desk, rows: rows, columns: columns, language: language, actor: "林志明", region: .taichung, time: time,
                       plainCharts: plain)
    }

    static func screen(_ session: ConsoleSession) -> Screen { ConsoleRenderer.render(session.state, time: time) }

    @Test func monthAt80x24() throws {
        let session = Self.session(try Self.desk())
        session.handle(.key(.character("M")))
        #expect(session.state.view == .monthly)
        let screen = Self.screen(session)
        Snapshot.check(screen, named: "monthly-80x24-en")
        #expect(screen.snapshot.contains("Monthly incident report 2026-03"))
        #expect(screen.snapshot.contains("█"))
        // Every line fits: nothing is cut at the right edge but the bars' room.
        #expect(screen.snapshot.split(separator: "\n").allSatisfy { DisplayWidth.width(of: String($0)) <= 80 })
    }

    @Test func monthAt140x40InChineseUsesTwoColumns() throws {
        let session = Self.session(try Self.desk(), rows: 40, columns: 140, language: .zhTW)
        session.handle(.key(.character("M")))
        let screen = Self.screen(session)
        Snapshot.check(screen, named: "monthly-140x40-zh")
        #expect(screen.snapshot.contains("資安事件月報 2026 年 3 月"))
        #expect(screen.snapshot.contains("│ 法定時限"))
    }

    @Test func aMonochromeScreenDrawsItsChartsInASCII() throws {
        let session = Self.session(try Self.desk(), plain: true)
        session.handle(.key(.character("M")))
        var all = ""
        for _ in 0..<12 {
            all += Self.screen(session).snapshot
            session.handle(.key(.pageDown))
        }
        #expect(all.contains("#"))
        for block in ["█", "▏", "▁", "▂", "▃", "▄", "▅", "▆", "▇"] { #expect(!all.contains(block), "\(block)") }
    }

    @Test func bracketsMoveAlongTheMonthsAndEscapeGoesBack() throws {
        let session = Self.session(try Self.desk())
        session.handle(.key(.enter))
        session.handle(.key(.character("M")))
        #expect(session.state.report?.monthly?.incidentsTotal == 5)
        session.handle(.key(.character("[")))
        let february = try #require(session.state.report?.monthly)
        #expect(february.month.description == "2026-02")
        #expect(february.incidentsTotal == 1)
        #expect(Self.screen(session).snapshot.contains("Monthly incident report 2026-02"))
        session.handle(.key(.character("]")))
        session.handle(.key(.character("]")))
        #expect(session.state.report?.monthly?.month.description == "2026-04")
        session.handle(.key(.escape))
        #expect(session.state.view == .detail)
        #expect(session.state.report == nil)
    }

    @Test func theMonthKeysWorkOnlyInTheMonthlyView() throws {
        let session = Self.session(try Self.desk())
        session.handle(.key(.character("[")))
        #expect(session.state.report == nil)
        #expect(session.state.view == .queue)
        #expect(session.state.message?.text.hasPrefix("[ works in") == true)
    }

    /// `I` reports on the incident the officer has on screen: the selected one, at every layout.
    @Test(arguments: [(24, 80), (40, 140)])
    func investigationOfTheIncidentOnScreen(layout: (rows: Int, columns: Int)) throws {
        let desk = try Self.desk()
        let session = Self.session(desk, rows: layout.rows, columns: layout.columns)
        session.handle(.key(.character("j")))
        let selected = try #require(session.state.focusID)
        session.handle(.key(.character("I")))
        #expect(session.state.view == .investigation)
        guard case .investigation(let report) = session.state.report?.content else { Issue.record("no investigation report"); return }
        #expect(report.incident.id == selected)
        let screen = Self.screen(session).snapshot
        #expect(screen.contains("Investigation, handling and improvement report · \(selected)"))
        #expect(screen.contains("1. Times"))
        #expect(screen.contains("not recorded"))
        session.handle(.key(.escape))
        #expect(session.state.view == .queue)
        #expect(session.state.focusID == selected)
    }

    @Test func investigationAt80x24InChinese() throws {
        let desk = try Self.desk()
        let session = Self.session(desk, language: .zhTW)
        let id = try #require(session.state.focusID)
        try desk.run(.addNote(incident: id, text: "已請機關保留 AD 與 VPN 紀錄"))
        session.handle(.key(.character("I")))
        #expect(Self.screen(session).snapshot.contains("── 資通安全事件調查、處理及改善報告 · \(id)"))
        Snapshot.check(Self.screen(session), named: "investigation-80x24-zh")
        session.handle(.key(.character("G")))
        Snapshot.check(Self.screen(session), named: "investigation-end-80x24-zh", styles: false)
    }

    @Test func aReplayShowsTheMonthAsItStood() throws {
        // The replay desk answers from its moment; the in-memory desk stands in for it here.
        let session = Self.session(try Self.desk())
        session.handle(.key(.character("M")))
        let asOf = try #require(session.state.report?.monthly?.asOf)
        #expect(asOf == Self.now)
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func markdown(_ language: InterfaceLanguage) throws {
        let desk = try Self.desk()
        let month = MonthlyReport.build(month: ReportMonth(year: 2026, month: 3)!, region: .taichung, asOf: Self.now, state: desk.state)
        Snapshot.compare(MonthlyReportMarkdown.text(month, language: language, time: Self.time), file: "monthly-report-\(language.rawValue).md")
        let id = try #require(desk.state.incidentBySource["SOC-A"])
        let incident = try #require(desk.state.incidents[id])
        let report = InvestigationReport.build(incident: incident, timeline: desk.journal.filter { $0.event.incidentID == id },
                                               playbook: desk.state.playbook(of: incident), evidence: [], agency: nil, generatedAt: Self.now)
        let text = InvestigationReportMarkdown.text(report, language: language, time: Self.time)
        Snapshot.compare(text, file: "investigation-report-\(language.rawValue).md")
        #expect(InvestigationReportItem.allCases.allSatisfy { text.contains("## \($0.rawValue). " + language.words.name(of: $0)) })
    }
}
