import CertDeskCore
@testable import CertDeskUI
import Foundation
import Testing

/// What an officer must be able to trust at 03:00: the incident acted on is the one on screen,
/// nothing typed is lost, and the screen says what matters. Each test drives the 80×24 layout
/// (queue and detail in turn) and the 140×40 one (side by side) through the same keys.
@Suite("Console you can trust")
struct ConsoleTrustTests {
    static let layouts = [(rows: 24, columns: 80), (rows: 40, columns: 140)]
    static let time = ConsoleSnapshotTests.time

    static func session(_ desk: InMemoryDesk, _ layout: (rows: Int, columns: Int), language: InterfaceLanguage = .en,
                        bell: Bool = false) -> ConsoleSession {
        ConsoleSession(desk: desk, rows: layout.rows, columns: layout.columns, language: language, actor: "林志明",
                       region: .taichung, time: time, bellOnBreach: bell)
    }

    static func keys(_ s: ConsoleSession, _ keys: KeyPress...) { for key in keys { s.handle(.key(key)) } }
    static func type(_ s: ConsoleSession, _ text: String) { for c in text { s.handle(.key(.character(c))) } }
    static func screen(_ s: ConsoleSession) -> String { ConsoleRenderer.render(s.state, time: time).snapshot }
    static func rows(_ s: ConsoleSession) -> [String] { ConsoleRenderer.render(s.state, time: time).textRows }

    /// The id the detail's header names (`── TCN-2026-0001 ...`), if a detail is drawn.
    static func detailHeader(_ s: ConsoleSession) -> String? {
        rows(s).compactMap { row -> String? in
            guard let range = row.range(of: "── TCN-") else { return nil }
            return String(row[range.upperBound...].prefix(9)).isEmpty ? nil : "TCN-" + String(row[range.upperBound...].prefix(9))
        }.first
    }

    /// The incident a form, prompt or picker is for.
    static func target(_ overlay: ConsoleOverlay?) -> String? {
        switch overlay {
        case .prompt(let p)?:
            switch p.purpose {
            case .note(let id), .assign(let id), .evidencePath(let id): return id
            case .meetTime(let id, _, _), .waiveReason(let id, _, _), .skipReason(let id, _), .phaseOverride(let id, _): return id
            default: return nil
            }
        case .picker(let p)?:
            switch p.purpose {
            case .meet(let id), .waive(let id), .phase(let id), .settleClocks(let id, _), .evidenceKind(let id, _): return id
            }
        case .levelForm(let form)?: return form.incident
        default: return nil
        }
    }

    // MARK: 1. Acting on the right thing

    @Test(arguments: layouts)
    func enterOpensTheSelectedIncidentAndKeysActOnIt(layout: (rows: Int, columns: Int)) throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, layout)
        Self.keys(s, .character("j"), .character("j"), .enter, .escape, .character("k"), .enter)
        let selected = try #require(s.state.selectedRow?.id)
        #expect(selected == "TCN-2026-0001")
        #expect(s.state.incident?.id == selected)
        #expect(Self.detailHeader(s) == selected, "the detail names the selected incident")
        for key in [KeyPress.character("n"), .character("m"), .character("L"), .character("p"), .character("w"), .character("a")] {
            Self.keys(s, key)
            #expect(Self.target(s.state.overlay) == selected, "\(key.label) acts on \(selected)")
            Self.keys(s, .escape)
        }
        // After a filter, the same.
        Self.keys(s, .escape, .character("/"))
        Self.type(s, "彰化")
        Self.keys(s, .enter, .enter)
        #expect(s.state.incident?.id == "TCN-2026-0003")
        #expect(Self.detailHeader(s) == "TCN-2026-0003")
        Self.keys(s, .character("n"))
        #expect(Self.target(s.state.overlay) == "TCN-2026-0003")
    }

    @Test(arguments: layouts)
    func afterClosingTheSelectionAndTheDetailAgree(layout: (rows: Int, columns: Int)) throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, layout)
        Self.keys(s, .character("j"), .enter)
        Self.keys(s, .character(":"))
        Self.type(s, "phase closed override merged into TCN-2026-0006")
        Self.keys(s, .enter)
        #expect(desk.state.incidents["TCN-2026-0001"]?.phase == .closed)
        #expect(s.state.selectedRow?.id != "TCN-2026-0001")
        if s.state.isSplit {
            #expect(Self.detailHeader(s) == s.state.selectedRow?.id, "the detail follows the selection at once")
        } else {
            #expect(s.state.view == .queue, "back to the queue rather than another incident under the same keys")
        }
        #expect(s.state.message?.text.contains("TCN-2026-0001 left the queue") == true)
        Self.keys(s, .character("n"))
        #expect(Self.target(s.state.overlay) == s.state.selectedRow?.id)
    }

    // MARK: 2. Keys act only where their target is visible

    @Test(arguments: layouts)
    func playbookKeysWorkOnlyOnThePlaybookTab(layout: (rows: Int, columns: Int)) {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.adoptShippedPlaybooks()
        let id = desk.open("勒索軟體加密", level: .four, awareMinutesAgo: 15, source: "SOC-PB")
        let s = Self.session(desk, layout)
        while s.state.selectedRow?.id != id { Self.keys(s, .character("j")) }
        Self.keys(s, .enter)
        let before = desk.journal.count
        for key in [KeyPress.character("d"), .character("x"), .character("]")] {
            Self.keys(s, key)
            #expect(s.state.message?.text == "\(key.label) works in the Playbook tab of an incident", "on Summary")
            #expect(s.state.overlay == nil)
        }
        #expect(desk.journal.count == before, "nothing recorded from the Summary tab")
        #expect(!Self.screen(s).contains("d step done"))
        Self.keys(s, .tab, .tab)
        #expect(s.state.tab == .playbook)
        #expect(Self.screen(s).contains("d step done"), "the hints say where d works")
        Self.keys(s, .character("d"))
        #expect(desk.journal.count > before)
    }

    @Test func theMeetPickerFromTheQueueNamesItsIncident() throws {
        let s = Self.session(ConsoleSnapshotTests.busyDesk(), Self.layouts[0])
        Self.keys(s, .character("m"))
        guard case .picker(let picker) = s.state.overlay else { Issue.record("no picker"); return }
        #expect(picker.title.en.hasPrefix("TCN-2026-0006"))
        #expect(Self.screen(s).contains("TCN-2026-0006: which clock was met?"))
    }

    @Test func meetingAPhysicalFactWithoutATimeAsks() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[0])       // TCN-2026-0006, level 3: on-site runs
        Self.keys(s, .character(":"))
        Self.type(s, "meet on-site")
        Self.keys(s, .enter)
        guard case .prompt(let prompt) = s.state.overlay, case .meetTime(_, .onSite, _) = prompt.purpose else {
            Issue.record("the time is asked for, got \(String(describing: s.state.overlay))"); return
        }
        #expect(prompt.text.isEmpty, "no \"now\" offered for the team's arrival")
        Self.keys(s, .enter)
        #expect(s.state.message?.isError == true && s.state.message?.text.contains("say when it really happened") == true)
        #expect(desk.state.incidents["TCN-2026-0006"]?.obligations.first { $0.kind == .onSite }?.isPending == true)
        Self.type(s, "11:30")
        Self.keys(s, .enter, .enter)
        #expect(desk.state.incidents["TCN-2026-0006"]?.obligations.first { $0.kind == .onSite }?.metAt
            == ConsoleSnapshotTests.now.adding(seconds: -12 * 60))
    }

    // MARK: 3. Closing the loops

    @Test func meetingAClockMarksItsStepDone() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.adoptShippedPlaybooks()
        let id = desk.open("檔案伺服器遭勒索軟體加密", level: .four, awareMinutesAgo: 15, source: "SOC-RW")
        let s = Self.session(desk, Self.layouts[1])
        while s.state.selectedRow?.id != id { Self.keys(s, .character("j")) }
        Self.keys(s, .character("m"), .enter)          // the clock due first: report-platform
        Self.keys(s, .control("u"))
        Self.type(s, "11:35")
        Self.keys(s, .enter)
        Self.type(s, "平台通報")
        Self.keys(s, .enter)
        let step = try #require(desk.state.incidents[id]?.steps.first { $0.step == "rw-report-platform" })
        #expect(step.status == .done)
        #expect(step.at == ConsoleSnapshotTests.now.adding(seconds: -7 * 60), "at the same real time")
    }

    @Test(arguments: layouts)
    func closingSettlesEveryClockFirst(layout: (rows: Int, columns: Int)) throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, layout)
        Self.keys(s, .character("j"), .character("j"))   // TCN-2026-0002, level 3
        let id = try #require(s.state.selectedRow?.id)
        Self.keys(s, .character("p"), .character("G"))
        for _ in 0..<4 { Self.keys(s, .character("j")) }
        Self.keys(s, .enter)
        guard case .picker(let picker) = s.state.overlay, case .settleClocks(id, .closed) = picker.purpose else {
            Issue.record("closing asks about the running clocks, got \(String(describing: s.state.overlay))"); return
        }
        let running = desk.state.incidents[id]!.obligations.filter(\.isPending)
        #expect(picker.items.count == running.count * 2 + 1, "meet or waive each, or override")
        // Waive the first, then override the rest with one reason.
        Self.keys(s, .character("j"), .enter)
        Self.type(s, "reported by the agency itself")
        Self.keys(s, .enter)
        guard case .picker(let again) = s.state.overlay, case .settleClocks = again.purpose else {
            Issue.record("the next clock is asked for"); return
        }
        #expect(again.items.count == (running.count - 1) * 2 + 1)
        Self.keys(s, .character("k"))
        for _ in 0..<again.items.count { Self.keys(s, .character("j")) }
        Self.keys(s, .enter)
        Self.keys(s, .enter)
        #expect(s.state.message?.text.contains("give the reason") == true, "an empty override reason is refused")
        Self.type(s, "false positive: scheduled load test")
        Self.keys(s, .enter)
        let incident = try #require(desk.state.incidents[id])
        #expect(incident.phase == .closed)
        #expect(incident.obligations.allSatisfy { !$0.isPending }, "a closed incident's clocks never keep counting")
        #expect(incident.obligations.contains { $0.waivedReason == "reported by the agency itself" })
        #expect(incident.obligations.contains { InterfaceLanguage.en.words.waiverReason(of: $0) == "closed: false positive: scheduled load test" })
    }

    // MARK: 4. Forms keep what was typed

    @Test func aLevelWithoutAReasonKeepsTheForm() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[0])
        Self.keys(s, .character("L"), .right, .right)
        Self.keys(s, .enter)
        guard case .levelForm(let form) = s.state.overlay else { Issue.record("the form stays open"); return }
        #expect(form.basis.confidentiality == .serious, "the facts chosen are kept")
        #expect(form.field == .reason, "and the form points at the reason")
        #expect(s.state.message?.text.contains("give the reason") == true)
        Self.type(s, "帳密外洩")
        Self.keys(s, .enter)
        #expect(s.state.overlay == nil)
        #expect(desk.state.incidents["TCN-2026-0006"]?.levelReason == "帳密外洩")
    }

    @Test func aTimeOutOfRangeKeepsTheTimeAndAsksNoFurther() {
        let s = Self.session(ConsoleSnapshotTests.busyDesk(), Self.layouts[0])
        Self.keys(s, .character("m"), .enter, .control("u"))
        Self.type(s, "2026-03-01 09:00")                // before the clock started
        Self.keys(s, .enter)
        guard case .prompt(let prompt) = s.state.overlay, case .meetTime = prompt.purpose else {
            Issue.record("the time prompt stays open, not the note"); return
        }
        #expect(prompt.text == "2026-03-01 09:00")
        #expect(s.state.message?.text.contains("is before report-platform started") == true)
    }

    @Test func anEmptySkipReasonKeepsThePrompt() {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.adoptShippedPlaybooks()
        let id = desk.open("勒索軟體加密", level: .four, awareMinutesAgo: 15, source: "SOC-PB")
        let s = Self.session(desk, Self.layouts[0])
        while s.state.selectedRow?.id != id { Self.keys(s, .character("j")) }
        Self.keys(s, .enter, .tab, .tab, .character("x"))
        Self.type(s, "  ")
        Self.keys(s, .enter)
        guard case .prompt(let prompt) = s.state.overlay, case .skipReason = prompt.purpose else {
            Issue.record("the reason prompt stays open"); return
        }
        #expect(s.state.message?.isError == true)
    }

    @Test func aRefusedNoteIsPutBackAsTyped() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[0])
        Self.keys(s, .character("n"))
        Self.type(s, String(repeating: "長", count: FieldLimits.note + 1))
        Self.keys(s, .enter)
        guard case .prompt(let prompt) = s.state.overlay else { Issue.record("the note is kept"); return }
        #expect(prompt.text.count == FieldLimits.note + 1)
    }

    // MARK: 5. The database going away

    @Test(arguments: layouts)
    func aDatabaseThatWentAwayIsSeenAtOnceAndWritesAreRefused(layout: (rows: Int, columns: Int)) {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, layout)
        desk.fileHealth = .gone(BilingualText(en: "/srv/desk.sqlite was deleted: nothing can be recorded", zh: "已刪除"))
        s.handle(.tick)
        #expect(Self.rows(s)[1].contains("⚠ /srv/desk.sqlite was deleted"), "a banner under the title bar")
        func notes() -> Int { desk.journal.filter { if case .noteAdded = $0.event { return true } else { return false } }.count }
        let before = notes()
        Self.keys(s, .character("n"))
        Self.type(s, "called the agency at 03:05")
        Self.keys(s, .enter)
        #expect(notes() == before)
        #expect(s.state.message?.text.hasPrefix("nothing was recorded: /srv/desk.sqlite was deleted") == true)
        guard case .prompt(let prompt) = s.state.overlay else { Issue.record("the note is kept to be entered again"); return }
        #expect(prompt.text == "called the agency at 03:05")
        #expect(Self.rows(s)[1].contains("⚠"), "the banner stays")
        desk.fileHealth = .writable
        s.handle(.tick)
        Self.keys(s, .enter)
        #expect(notes() == before + 1)
        #expect(!Self.rows(s)[1].contains("⚠"))
    }

    // MARK: 6. Urgency that means urgency

    @Test func theQueueAndTheTitleBarShowWhatMustBeDoneFirst() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.open("垃圾郵件（昨夜）", level: .one, category: .spam, awareMinutesAgo: 18 * 60 + 60, source: "SOC-SPAM")
        desk.open("[DRILL] old drill", level: .two, awareMinutesAgo: 2 * 24 * 60, exercise: true, source: "SOC-DRILL")
        let s = Self.session(desk, Self.layouts[0])
        let order = s.state.window.rows.map(\.id)
        let spam = try #require(desk.state.incidentBySource["SOC-SPAM"]), drill = try #require(desk.state.incidentBySource["SOC-DRILL"])
        #expect(order.firstIndex(of: "TCN-2026-0001")! < order.firstIndex(of: spam)!, "level 4 before a level-1 clock missed 18 h ago")
        #expect(order.last == drill || desk.state.incidents[order.last!]!.exercise, "drills last")
        #expect(s.state.window.rows == s.state.window.rows.sorted { QueueUrgency.precedes($0, $1, at: ConsoleSnapshotTests.now) })
        let title = Self.rows(s)[0]
        #expect(title.contains("next breach 00:10:00"), "the next clock still to fall due: \(title)")
        #expect(title.contains("overdue"))
        #expect(!title.contains("OVERDUE -"), "no double negative")
        #expect(Self.rows(s)[1].contains("urgency"), "the order in force is shown")
        Self.keys(s, .character("s"))
        #expect(Self.rows(s)[1].contains("level"))
    }

    // MARK: 7. Local time everywhere

    @Test func theTimelineAndMessagesSpeakLocalTime() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[1])
        Self.keys(s, .character(":"))
        Self.type(s, "meet report-platform 2026-03-01 09:00")
        Self.keys(s, .enter)
        let refusal = try #require(s.state.message?.text)
        #expect(refusal.contains("2026-03-01 09:00:00 +08:00") && !refusal.contains("Z)") && !refusal.contains("--at"), "\(refusal)")
        Self.keys(s, .escape, .character(":"))
        Self.type(s, "meet report-platform 11:40")
        Self.keys(s, .enter)
        Self.keys(s, .enter, .tab, .tab, .tab)
        #expect(s.state.tab == .timeline)
        let screen = Self.screen(s)
        #expect(screen.contains("2026-03-02 11:42:00 +08:00  林志明  report-platform met at 2026-03-02 11:40:00 +08:00"), "\(screen)")
        #expect(!screen.contains(":00Z"))
    }

    @Test func aClockTimeTypedAfterMidnightIsLastNight() throws {
        let desk = InMemoryDesk(now: Instant(millisecondsSinceEpoch: 1_772_381_400_000))   // 2026-03-02 00:10 Taipei
        let id = desk.open("主機異常連線", level: .two, awareMinutesAgo: 60, source: "SOC-NIGHT")
        let s = Self.session(desk, Self.layouts[0])
        Self.keys(s, .character(":"))
        Self.type(s, "meet report 23:30")
        Self.keys(s, .enter)
        let met = try #require(desk.state.incidents[id]?.obligations.first { $0.kind == .reportPlatform }?.metAt)
        #expect(met == Instant(millisecondsSinceEpoch: 1_772_381_400_000 - 40 * 60_000), "23:30 last night, not tonight")
    }

    // MARK: 8. Scrolling and arrivals

    @Test(arguments: layouts)
    func theDetailScrollsToTheNewestEntries(layout: (rows: Int, columns: Int)) {
        let desk = ConsoleSnapshotTests.busyDesk()
        for n in 1...60 { try! desk.run(.addNote(incident: "TCN-2026-0006", text: "值班紀錄 \(n)")) }
        let s = Self.session(desk, layout)
        Self.keys(s, .enter, .backTab, .backTab, .backTab, .backTab)
        #expect(s.state.tab == .timeline)
        #expect(!Self.screen(s).contains("值班紀錄 60"))
        Self.keys(s, .character("G"))
        #expect(Self.screen(s).contains("note: 值班紀錄 60"), "the newest entry is reachable")
        let bottom = s.state.detailScroll
        Self.keys(s, .character("G"), .pageDown)
        #expect(s.state.detailScroll == bottom, "the scroll stops at the end")
        Self.keys(s, .pageUp)
        #expect(s.state.detailScroll < bottom, "and PgUp answers at once")
        Self.keys(s, .control("u"), .character("g"))
        #expect(s.state.detailScroll == 0)
    }

    @Test func aLongTitleWrapsInFullInTheSummary() {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        let title = "縣府全球資訊網遭 SYN Flood 攻擊，對外服務中斷逾二小時，機房 ISP 流量清洗已啟動，仍有部分使用者無法連線並持續觀察中（續報）"
        desk.open(title, level: .three, awareMinutesAgo: 30, source: "SOC-LONG")
        let s = Self.session(desk, Self.layouts[0])
        Self.keys(s, .enter)
        let squeezed = Self.rows(s).joined().replacingOccurrences(of: " ", with: "")
        #expect(squeezed.contains(title.replacingOccurrences(of: " ", with: "")), "every character of the title is on screen")
    }

    @Test func theSplitQueueTakesOnlyTheRowsItHas() {
        let s = Self.session(ConsoleSnapshotTests.busyDesk(), Self.layouts[1])
        #expect(s.state.queueHeight == 7, "six incidents and the header")
        #expect(Self.rows(s)[8].hasPrefix("── TCN-2026-0006"), "the detail starts right under them")
    }

    @Test(arguments: layouts)
    func anArrivalFromAnotherProcessIsAnnouncedAndMarked(layout: (rows: Int, columns: Int)) throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, layout, bell: true)
        let id = desk.open("另一程序匯入：主機疑似遭植入挖礦程式", level: .three, category: .malwareOutbreak, awareMinutesAgo: 2, source: "SOC-ARRIVAL")
        s.handle(.tick)
        #expect(s.state.message?.text == "new: \(id) level 3 另一程序匯入：主機疑似遭植入挖礦程式")
        #expect(s.bellPending)
        let row = try #require(Self.rows(s).first { $0.contains(id) })
        #expect(row.hasPrefix("*"), "marked until seen: \(row)")
        while s.state.selectedRow?.id != id { Self.keys(s, .character("j")) }
        Self.keys(s, .character("k"))
        #expect(!(Self.rows(s).first { $0.contains(id) }?.hasPrefix("*") ?? true), "seen once the officer was on it")
    }

    @Test func ownRecordsAreNotAnnouncedAsArrivals() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[0], bell: true)
        // The breaches already due are recorded first, so no bell rings for them.
        try! desk.keepClocks()
        s.handle(.deskChanged)
        Self.keys(s, .character("n"))
        Self.type(s, "called")
        Self.keys(s, .enter)
        s.handle(.tick)
        #expect(!s.bellPending)
        #expect(s.state.message?.text == "note added to TCN-2026-0006")
    }

    // MARK: 9. Help and commands

    @Test func theHelpListsEveryCommandAndWrapsItsEntries() {
        let s = Self.session(ConsoleSnapshotTests.busyDesk(), Self.layouts[0])
        let lines = HelpText.lines(s.state, width: HelpText.box(s.state).width - 4)
        let text = lines.map(\.text).joined(separator: " ")
        for command in LineCommand.all {
            #expect(text.contains(":" + command.names[0] + (command.arguments.isEmpty ? "" : " " + command.arguments)), "\(command.names[0])")
        }
        // The live console's help lists the live console's keys (played time is a replay's and a drill's).
        for binding in ConsoleBindings.all where binding.belongs(to: .live) {
            let words = binding.help.en.split(separator: " ").map(String.init)
            #expect(words.allSatisfy { text.contains($0) }, "\(binding.help.en) is shown whole")
        }
        Self.keys(s, .character("?"))
        Self.keys(s, .character("G"))
        #expect(Self.screen(s).contains("Tab completes a path"), "the end of the help is reachable")
    }

    @Test func commandsForgiveAndSuggest() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[0])
        Self.keys(s, .character(":"))
        Self.type(s, "meet onsite 11:00")
        Self.keys(s, .enter)
        #expect(s.state.message?.text == "\"onsite\" is not a clock; did you mean on-site?")
        Self.keys(s, .control("a"), .right, .right, .right, .right, .right, .control("k"))
        Self.type(s, "on 11:00")
        Self.keys(s, .enter)
        #expect(desk.state.incidents["TCN-2026-0006"]?.obligations.first { $0.kind == .onSite }?.state == .met, "a unique beginning is enough")
        Self.keys(s, .character(":"))
        Self.type(s, "phase det")
        Self.keys(s, .enter, .enter)
        #expect(desk.state.incidents["TCN-2026-0006"]?.phase == .detectionAnalysis)
        Self.keys(s, .control("l"))
        #expect(s.state.repaintRequested)
        Self.keys(s, .character(":"))
        Self.type(s, "q!")
        Self.keys(s, .enter)
        #expect(s.isFinished)
    }

    @Test(arguments: layouts)
    func qInTheDetailGoesBackAndQuitsOnlyFromTheQueue(layout: (rows: Int, columns: Int)) {
        let s = Self.session(ConsoleSnapshotTests.busyDesk(), layout)
        Self.keys(s, .enter, .character("q"))
        #expect(s.state.view == .queue && !s.isFinished)
        Self.keys(s, .character("q"))
        #expect(s.isFinished)
    }

    @Test func promptsEditLikeAShellLineAndCompletePaths() {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.files["/cases/tcn-0006/fw-deny.log"] = ConsoleEvidenceTests.image
        let s = Self.session(desk, Self.layouts[0])
        Self.keys(s, .character("n"))
        Self.type(s, "phoned the agency")
        Self.keys(s, .control("w"), .control("w"))
        Self.type(s, "劉先生")
        Self.keys(s, .control("a"))
        Self.type(s, "03:05 ")
        Self.keys(s, .end, .left, .backspace)
        guard case .prompt(let note) = s.state.overlay else { Issue.record("no prompt"); return }
        #expect(note.text == "03:05 phoned 劉生")
        Self.keys(s, .escape, .character("e"))
        Self.type(s, "/cases/t")
        Self.keys(s, .tab)
        guard case .prompt(let path) = s.state.overlay else { Issue.record("no prompt"); return }
        #expect(path.text == "/cases/tcn-0006/fw-deny.log")
    }

    @Test func at80ColumnsTheBarsKeepWhatMatters() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let s = Self.session(desk, Self.layouts[0], language: .zhTW)
        for tab in 0..<DetailTab.allCases.count {
            _ = tab
            let rows = Self.rows(s)
            #expect(rows[0].contains("下個期限"), "the title bar keeps the next breach")
            #expect(rows[23].contains("? 說明"), "the status bar keeps ? help: \(rows[23])")
            Self.keys(s, s.state.view == .queue ? .enter : .tab)
        }
        Self.keys(s, .escape, .character("/"))
        Self.type(s, "一個很長很長很長很長很長的篩選條件")
        let header = Self.rows(s)[1]
        #expect(header.contains("標題"), "the counter never covers a column title: \(header)")
        #expect(header.contains("緊急程度"))
    }

    // MARK: 10. Text fits its cell

    @Test func escapeSequencesInAnAgencyStayInTheirCell() {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        desk.open("惡意標題\u{1B}[2J\u{1B}]0;pwned\u{07}", level: .two, agency: "\u{1B}[31m\u{1B}[31m\u{1B}[31m北屯區公所", awareMinutesAgo: 10, source: "SOC-ESC")
        for layout in Self.layouts {
            let s = Self.session(desk, layout)
            let rendered = ConsoleRenderer.render(s.state, time: Self.time)
            let row = rendered.textRows[2]
            let header = rendered.textRows[1]
            let titleColumn = header.range(of: "TITLE").map { header.distance(from: header.startIndex, to: $0.lowerBound) } ?? 0
            let cells = (0..<rendered.width).map { rendered[2, $0].text }
            #expect(cells[titleColumn - 1] == " ", "the agency cell ends before the title column: \(row)")
            #expect(cells[titleColumn] == "惡", "the title starts in its column: \(row)")
            #expect(!row.contains("\u{1B}"))
        }
    }

    /// The summary says whom the 60-minute notice reaches and how, from the directory, at both
    /// sizes and in both languages; an agency not in the directory shows no contact line.
    @Test(arguments: layouts)
    func theSummaryShowsTheAgencyContact(layout: (rows: Int, columns: Int)) throws {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        let beitun = try #require(DemoDesk.agencies.first { $0.name == "臺中市北屯區公所" })
        try desk.run(.registerAgency(beitun))
        desk.open("北屯區公所檔案伺服器遭勒索軟體加密", level: .three, awareMinutesAgo: 10)
        desk.open("不在名冊的機關網站遭置換", level: .two, agency: "不在名冊的機關", awareMinutesAgo: 5)
        let contact = try #require(beitun.contacts.first)
        let channel = try #require(contact.preferredChannel)
        for language in [InterfaceLanguage.en, .zhTW] {
            let s = Self.session(desk, layout, language: language)
            // The ransomware incident (level 3) is first in the queue.
            Self.keys(s, .enter)
            #expect(s.state.incident?.agency == "臺中市北屯區公所")
            let words = language.words
            let line = try #require(Self.rows(s).first { $0.contains(words.agencyContactLabel) }, "\(Self.screen(s))")
            #expect(line.contains(contact.name) && line.contains(words.name(of: channel)) && line.contains(contact.address(channel)!), "\(line)")
            Self.keys(s, .escape, .character("j"), .enter)
            #expect(s.state.incident?.agency == "不在名冊的機關")
            #expect(!Self.rows(s).contains { $0.contains(words.agencyContactLabel) })
        }
    }
}
