import CertDeskCore
@testable import CertDeskUI
import Testing

/// The console's behaviour, driven key by key against an in-memory desk.
@Suite("Console session")
struct ConsoleSessionTests {
    static let time = ConsoleSnapshotTests.time

    func session(_ desk: InMemoryDesk, rows: Int = 24, columns: Int = 80, language: InterfaceLanguage = .en) -> ConsoleSession {
        ConsoleSnapshotTests.session(desk, rows: rows, columns: columns, language: language)
    }

    func keys(_ session: ConsoleSession, _ keys: KeyPress...) {
        for key in keys { session.handle(.key(key)) }
    }

    func type(_ session: ConsoleSession, _ text: String) {
        for c in text { session.handle(.key(.character(c))) }
    }

    @Test func movingAndOpening() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = session(desk)
        #expect(s.state.selectedRow?.id == "TCN-2026-0006", "the most overdue first")
        keys(s, .character("j"), .down)
        #expect(s.state.selected == 2)
        keys(s, .character("k"))
        #expect(s.state.selected == 1)
        keys(s, .character("G"))
        #expect(s.state.selected == 5)
        keys(s, .character("g"))
        #expect(s.state.selected == 0)
        keys(s, .enter)
        #expect(s.state.view == .detail)
        #expect(s.state.incident?.id == "TCN-2026-0006")
        keys(s, .character("j"))
        #expect(s.state.incident?.id == "TCN-2026-0001", "j in the detail goes to the next incident")
        keys(s, .tab, .tab)
        #expect(s.state.tab == .playbook)
        keys(s, .escape)
        #expect(s.state.view == .queue)
    }

    @Test func keysThatDoNotApplySayWhy() {
        let s = session(ConsoleSnapshotTests.busyDesk())
        keys(s, .tab)
        #expect(s.state.message?.text == "Tab works in an incident's detail")
        keys(s, .character("Z"))
        #expect(s.state.message?.text.contains("does nothing here") == true)
    }

    @Test func filteringWithChineseAndIndicators() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = session(desk)
        keys(s, .character("/"))
        type(s, "彰化")
        #expect(s.state.count == 2, "filters as it is typed")
        keys(s, .enter)
        #expect(s.state.query.filter == "彰化")
        #expect(ConsoleRenderer.render(s.state, time: Self.time).snapshot.contains("2/2 /彰化") == false)
        keys(s, .character("/"), .control("u"))
        type(s, "203.0.113")
        #expect(s.state.count == 6, "every incident carries that indicator")
        keys(s, .escape)
        #expect(s.state.query.filter == "彰化", "Esc puts the previous filter back")
    }

    @Test func closedIncidentsAndOrder() {
        let desk = ConsoleSnapshotTests.busyDesk()
        try! desk.run(.changePhase(incident: "TCN-2026-0003", phase: .closed, override: "closed for the test")) 
        let s = session(desk)
        #expect(s.state.count == 5)
        keys(s, .character("c"))
        #expect(s.state.count == 6)
        keys(s, .character("s"))
        #expect(s.state.query.order == .level)
        #expect(s.state.window.rows.first?.id == "TCN-2026-0001", "level 4 first")
        #expect(s.state.selectedRow?.id == "TCN-2026-0006", "the selection stays on its incident")
    }

    @Test func settingTheLevelThroughTheFormStartsTheClocks() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = session(desk)
        // The unclassified phishing report comes after the level 3–4 ones.
        keys(s, .character("j"), .character("j"), .character("j"))
        #expect(s.state.selectedRow?.id == "TCN-2026-0004")
        keys(s, .character("L"))
        keys(s, .right, .right, .tab, .tab, .tab)   // confidentiality serious; on to the asset class
        keys(s, .right)                             // core
        keys(s, .tab, .tab)                         // the reason
        type(s, "帳密外洩")
        keys(s, .enter)
        #expect(s.state.overlay == nil)
        let incident = try #require(desk.state.incidents["TCN-2026-0004"])
        #expect(incident.level == .three)
        #expect(incident.levelBasis == LevelBasis(confidentiality: .serious, asset: .core))
        #expect(incident.obligations.contains { $0.kind == .notifyAgencyContact })
        #expect(s.state.message?.text == "TCN-2026-0004 set to level 3")
    }

    @Test func meetingAClockAsksWhenItHappened() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = session(desk)
        keys(s, .character("j"))                    // TCN-2026-0001, level 4
        keys(s, .character("m"))
        guard case .picker(let picker) = s.state.overlay else { Issue.record("no picker"); return }
        #expect(picker.items.first?.value == "report-platform")
        keys(s, .enter)
        keys(s, .control("u"))
        type(s, "11:20")
        keys(s, .enter)
        type(s, "平台通報完成")
        keys(s, .enter)
        let report = try #require(desk.state.incidents["TCN-2026-0001"]?.obligations.first { $0.kind == .reportPlatform })
        #expect(report.state == .met, "due 11:32, met 11:20")
        #expect(ISO8601.string(report.metAt!, offsetMinutes: 480) == "2026-03-02T11:20:00+08:00")
        #expect(report.note == "平台通報完成")
    }

    @Test func aBadTimeIsRefusedAndAskedAgain() {
        let s = session(ConsoleSnapshotTests.busyDesk())
        keys(s, .character("m"), .enter, .control("u"))
        type(s, "25:99")
        keys(s, .enter)
        #expect(s.state.message?.isError == true)
        guard case .prompt(let prompt) = s.state.overlay, case .meetTime = prompt.purpose else {
            Issue.record("the time prompt should stay open"); return
        }
    }

    @Test func commandLine() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = session(desk)
        keys(s, .character(":"))
        type(s, "note called the agency contact")
        keys(s, .enter)
        #expect(desk.state.incidents["TCN-2026-0006"]?.noteCount == 1)
        keys(s, .character(":"))
        type(s, "level 4 VPN accounts used for lateral movement")
        keys(s, .enter)
        #expect(desk.state.incidents["TCN-2026-0006"]?.level == .four)
        keys(s, .character(":"))
        type(s, "meet report-platform 09:50")
        keys(s, .enter)
        #expect(desk.state.incidents["TCN-2026-0006"]?.obligations.first { $0.kind == .reportPlatform }?.state == .metLate,
                "due 09:22, met 09:50")
        keys(s, .character(":"))
        type(s, "frobnicate")
        keys(s, .enter)
        #expect(s.state.message?.text.contains("unknown command :frobnicate") == true)
        guard case .prompt(let kept) = s.state.overlay else { Issue.record("the command line stays open"); return }
        #expect(kept.text == "frobnicate", "what was typed survives the error")
        keys(s, .escape, .character(":"), .character("q"), .enter)
        #expect(s.isFinished)
    }

    @Test func refusalsShowInTheStatusBar() {
        let s = session(ConsoleSnapshotTests.busyDesk())
        keys(s, .character("p"), .enter)            // preparation → preparation
        #expect(s.state.message?.isError == true)
        #expect(s.state.message?.text.contains("already in preparation") == true)
    }

    @Test func theClockTicksAndBreachesAreRecordedOnce() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = ConsoleSession(desk: desk, rows: 24, columns: 80, language: .en, actor: "林志明", region: .taichung,
                               time: Self.time, bellOnBreach: true)
        // Record what is overdue already, so the next breach is a future one.
        try! desk.keepClocks()
        s.handle(.deskChanged)
        let next = s.state.upcomingBreach!.obligation
        desk.now = next.dueAt.adding(seconds: 1)
        s.handle(.tick)
        #expect(s.bellPending)
        let recorded = desk.journal.filter {
            if case .obligationOverdue(_, let kind, _, _) = $0.event { return kind == next.kind } else { return false }
        }
        #expect(recorded.count >= 1)
    }

    @Test func anotherProcessWritingShowsUpOnTheNextTick() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = session(desk)
        #expect(s.state.count == 6)
        desk.open("新進事件單", level: .one, category: .spam, awareMinutesAgo: 1, source: "SOC-NEW")
        s.handle(.tick)
        #expect(s.state.count == 7)
    }

    @Test func resizingBelowTheMinimumAndBack() {
        let s = session(ConsoleSnapshotTests.busyDesk())
        s.handle(.resize(rows: 20, columns: 70))
        #expect(ConsoleRenderer.render(s.state, time: Self.time).snapshot.contains("Terminal too small: 70×20"))
        s.handle(.resize(rows: 40, columns: 120))
        #expect(s.state.isSplit)
        #expect(ConsoleRenderer.render(s.state, time: Self.time).snapshot.contains("TCN-2026-0006"))
    }
}

@Suite("Console paging")
struct ConsolePagingTests {
    /// More incidents than the window holds: every move lands on the right row, however the
    /// window was refilled (forward, backward, from the end, from the start).
    @Test func movingThroughALongQueue() throws {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        for n in 0..<700 {
            desk.open("事件 \(n)", level: .two, awareMinutesAgo: Int64(700 - n), source: "SOC-P\(n)")
        }
        let s = ConsoleSnapshotTests.session(desk)
        let order = try desk.queue(s.state.query, from: .start, limit: 10_000).map(\.id)
        #expect(order.count == 700)
        func check(_ keys: [KeyPress], sourceLocation: SourceLocation = #_sourceLocation) {
            for key in keys { s.handle(.key(key)) }
            #expect(s.state.selectedRow?.id == order[s.state.selected], sourceLocation: sourceLocation)
            let visible = s.state.top..<min(s.state.count, s.state.top + s.state.queueListHeight)
            #expect(s.state.window.covers(visible), sourceLocation: sourceLocation)
        }
        for _ in 0..<30 { check([.pageDown]) }
        #expect(s.state.selected == 600, "a page is the list height less one: 20 rows at 80×24")
        check([.character("G")])
        #expect(s.state.selected == 699)
        for _ in 0..<25 { check([.pageUp, .character("k")]) }
        check([.character("g")])
        #expect(s.state.selected == 0)
        for _ in 0..<250 { check([.character("j")]) }
        check([.character("s")])
        for _ in 0..<12 { check([.pageDown]) }
    }
}

@Suite("Console selection under updates")
struct SelectionStabilityTests {
    @Test func aNewTicketAboveDoesNotMoveTheSelection() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = ConsoleSnapshotTests.session(desk)
        s.handle(.key(.character("j")))
        s.handle(.key(.character("j")))
        let chosen = s.state.selectedRow?.id
        // Level 4, aware 23 hours ago: its clock missed within the day sorts it first.
        desk.open("新進事件單（更早知悉）", level: .four, awareMinutesAgo: 1_380, source: "SOC-EARLIER")
        s.handle(.tick)
        #expect(s.state.count == 7)
        #expect(s.state.selectedRow?.id == chosen)
        #expect(s.state.selected == 3)
    }

    /// An incident far down the queue that jumps to the top (its level raised elsewhere) stays
    /// selected: the console finds where it went instead of leaving another one under the keys.
    @Test func theSelectionFollowsAnIncidentThatMovesFarther() throws {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        for n in 0..<700 { desk.open("事件 \(n)", level: .two, awareMinutesAgo: Int64(700 - n), source: "SOC-F\(n)") }
        let s = ConsoleSnapshotTests.session(desk)
        for _ in 0..<30 { s.handle(.key(.pageDown)) }
        let chosen = try #require(s.state.selectedRow?.id)
        #expect(s.state.selected == 600)
        try desk.run(.setLevel(incident: chosen, level: .four, basis: nil, reason: "raised by the other desk"))
        s.handle(.tick)
        #expect(s.state.selectedRow?.id == chosen)
        #expect(s.state.selected < 10, "now among the level 3–4 clocks due within the day")
        #expect(s.state.message == nil, "it did not leave the queue")
    }
}
