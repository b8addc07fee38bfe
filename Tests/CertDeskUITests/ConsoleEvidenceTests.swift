import CertDeskCore
@testable import CertDeskUI
import Testing

/// Evidence in the console: the incident's evidence tab, adding a file with the path prompt,
/// and the desk-wide retention list.
@Suite("Console evidence")
struct ConsoleEvidenceTests {
    static let image = EvidenceContent(sha256: "4e0f684bf4c3e8d0bc79d05df9bf050761aea0e29ed6c3931763d00672cb3375",
                                       size: 1_073_741_824, originalName: "fs01-mem.raw")

    func type(_ session: ConsoleSession, _ text: String) {
        for c in text { session.handle(.key(.character(c))) }
    }

    /// e → path → kind → description: the item is recorded through the desk and the tab shows it.
    func addImage(_ session: ConsoleSession) {
        session.handle(.key(.character("e")))
        type(session, "/cases/fs01-mem.raw")
        session.handle(.key(.enter))
        session.handle(.key(.character("j")))          // memory-image, after disk-image
        session.handle(.key(.enter))
        type(session, "FS01 記憶體映像")
        session.handle(.key(.enter))
    }

    @Test func addingAFileFromTheConsole() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.files["/cases/fs01-mem.raw"] = Self.image
        let session = ConsoleSnapshotTests.session(desk, language: .zhTW)
        session.handle(.key(.enter))
        let incident = try #require(session.state.incident?.id)
        addImage(session)
        // The copy runs off the loop: the ticks bring it to its end.
        for _ in 0..<desk.copyTicks { session.handle(.tick) }
        let item = try #require(desk.state.evidence["\(incident)-E01"])
        #expect(item.kind == .memoryImage && item.description == "FS01 記憶體映像" && item.content == Self.image)
        #expect(item.holder == "林志明" && item.location == "vault")
        #expect(session.state.tab == .evidence)
        #expect(session.state.message?.text == "已登錄 \(incident)-E01（sha256 4e0f684bf4c3…，1.0 GiB）")
        let screen = ConsoleRenderer.render(session.state, time: ConsoleSnapshotTests.time)
        Snapshot.check(screen, named: "evidence-tab-80x24-zh")
    }

    /// A missing file is reported when its path is entered, before the kind and the description
    /// are asked for, and the path stays in the prompt to be corrected.
    @Test func aMissingFileIsReportedAtThePathAndRecordsNothing() {
        let desk = ConsoleSnapshotTests.busyDesk()
        let session = ConsoleSnapshotTests.session(desk)
        let before = desk.journal.count
        session.handle(.key(.character("e")))
        type(session, "/cases/fs01-mem.raw")
        session.handle(.key(.enter))
        #expect(desk.journal.count == before)
        #expect(session.state.message == StatusMessage("\"/cases/fs01-mem.raw\": no such file", isError: true))
        guard case .prompt(let prompt) = session.state.overlay, case .evidencePath = prompt.purpose else {
            Issue.record("the path prompt should stay open, got \(String(describing: session.state.overlay))"); return
        }
        #expect(prompt.text == "/cases/fs01-mem.raw")
        // Corrected in place (Ctrl-W takes the last part back), the add goes on.
        desk.files["/cases/fs01-mem.img"] = Self.image
        session.handle(.key(.control("w")))
        type(session, "fs01-mem.img")
        session.handle(.key(.enter))
        guard case .picker = session.state.overlay else { Issue.record("the kind picker comes next"); return }
    }

    @Test func anEmptyTabSaysHowToAdd() {
        let session = ConsoleSnapshotTests.session(ConsoleSnapshotTests.busyDesk())
        session.handle(.key(.enter))
        session.handle(.key(.backTab))
        session.handle(.key(.backTab))
        #expect(session.state.tab == .evidence)
        let screen = ConsoleRenderer.render(session.state, time: ConsoleSnapshotTests.time)
        #expect(screen.snapshot.contains("No evidence. e adds a file"))
    }

    /// Closed three years ago (TCN), one item held, one free to go, one still kept.
    @Test func theRetentionListShowsWhatMayBeDisposedOf() throws {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        let old = desk.open("2023 年勒索事件", level: .three, awareMinutesAgo: 60, source: "SOC-OLD")
        desk.files["/cases/a.raw"] = Self.image
        desk.files["/cases/b.pcap"] = EvidenceContent(sha256: String(repeating: "ab", count: 32), size: 52_428_800, originalName: "b.pcap")
        _ = try desk.addEvidence(EvidenceRequest(incident: old, kind: .memoryImage, description: "RAM"), file: "/cases/a.raw")
        _ = try desk.addEvidence(EvidenceRequest(incident: old, kind: .pcap, description: "封包"), file: "/cases/b.pcap")
        try desk.run(.changePhase(incident: old, phase: .closed, override: "closed for the test")) 
        try desk.run(.custody(evidence: "\(old)-E01", change: CustodyChange(action: .held, at: desk.now, purpose: "地檢署函請保全")))
        let fresh = desk.open("本週事件", level: .two, awareMinutesAgo: 5, source: "SOC-NEW")
        _ = try desk.addEvidence(EvidenceRequest(incident: fresh, kind: .memoryImage, description: "RAM"), file: "/cases/a.raw")
        desk.now = TaipeiCalendar.adding(months: 36, to: desk.now).adding(milliseconds: 60_000)

        let session = ConsoleSnapshotTests.session(desk)
        session.handle(.key(.character("R")))
        guard case .retention(let list)? = session.state.overlay else { Issue.record("no retention list"); return }
        #expect(list.entries.map(\.item.id) == ["\(old)-E01", "\(old)-E02"], "the open incident's item has no retention date yet")
        let screen = ConsoleRenderer.render(session.state, time: ConsoleSnapshotTests.time)
        Snapshot.check(screen, named: "retention-80x24-en")
        #expect(screen.snapshot.contains("1 may be disposed of, 2 due within 3 months"))
        session.handle(.key(.escape))
        #expect(session.state.overlay == nil)
    }

    // MARK: Long work off the loop

    static func text(_ session: ConsoleSession) -> String {
        let screen = ConsoleRenderer.render(session.state, time: ConsoleSnapshotTests.time)
        return screen.textRows.joined(separator: "\n")
    }

    /// A copy from a slow source: the progress line on the status bar, frames coming and the
    /// clocks moving while it runs, the officer reading on; the result when it ends.
    @Test(arguments: [(InterfaceLanguage.en, false), (.zhTW, false), (.en, true)])
    func aCopyShowsItsProgressWhileTheConsoleGoesOn(_ language: InterfaceLanguage, plain: Bool) throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.files["/cases/fs01-mem.raw"] = Self.image
        desk.copyTicks = 8
        let session = ConsoleSession(desk: desk, rows: 24, columns: 80, language: language, actor: "林志明", region: .taichung,
                                     time: ConsoleSnapshotTests.time, plainCharts: plain)
        session.handle(.key(.enter))
        let incident = try #require(session.state.incident?.id)
        addImage(session)
        #expect(session.state.work != nil, "the copy runs; the form is closed")
        #expect(session.state.overlay == nil)
        var lines: [String] = []
        var bars: [String] = []
        for second in 1...3 {
            desk.now = desk.now.adding(seconds: 1)
            session.handle(.tick)
            let text = Self.text(session)
            lines.append(String(text.split(separator: "\n").last ?? ""))
            bars.append(String(text.split(separator: "\n").first ?? ""))
            #expect(desk.state.evidence["\(incident)-E01"] == nil, "nothing is registered before the copy ends (second \(second))")
        }
        let words = language.words
        #expect(lines.allSatisfy { $0.contains(words.workCopying("fs01-mem.raw")) && $0.contains("1.0 GiB") && $0.contains("X") }, "\(lines)")
        #expect(Set(lines).count == 3, "the line moves at each tick: \(lines)")
        #expect(Set(bars).count == 3, "the title bar's clock counts down during the copy: \(bars)")
        #expect(lines[1].contains(plain ? "[##" : "▕██"), "\(lines[1])")
        #expect(!lines.joined().contains(plain ? "█" : "#"), "\(lines)")
        // The officer keeps reading: the keys still move and open.
        session.handle(.key(.tab))
        #expect(session.state.tab != .summary)
        #expect(session.state.work != nil)
        for _ in 0..<8 { session.handle(.tick) }
        #expect(session.state.work == nil)
        #expect(desk.state.evidence["\(incident)-E01"]?.content == Self.image)
        #expect(session.state.message?.text.contains("\(incident)-E01") == true, "\(String(describing: session.state.message))")
        #expect(session.state.tab == .evidence, "the item's incident is the one on screen")
    }

    /// X stops the copy: nothing is registered, the officer is told; X with nothing running says so.
    @Test func cancellingACopyKeepsNothing() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.files["/cases/fs01-mem.raw"] = Self.image
        desk.copyTicks = 10
        let session = ConsoleSnapshotTests.session(desk)
        session.handle(.key(.enter))
        let before = desk.journal.count
        addImage(session)
        session.handle(.tick)
        session.handle(.key(.character("X")))
        #expect(session.state.work?.cancelling == true)
        #expect(Self.text(session).contains("cancelling"))
        session.handle(.tick)
        #expect(session.state.work == nil)
        #expect(session.state.message?.text == "copying fs01-mem.raw: cancelled, nothing was kept")
        #expect(desk.state.evidence.isEmpty)
        let since = Array(desk.journal.dropFirst(before))
        #expect(!since.contains { entry in if case .evidenceAdded = entry.event { return true } else { return false } },
                "no item, whatever else the ticks recorded")
        session.handle(.key(.character("X")))
        #expect(session.state.message?.text == "nothing is running")
    }

    /// One long work at a time: a second add is refused with the form kept as typed.
    @Test func aSecondCopyWaitsForTheFirst() throws {
        let desk = ConsoleSnapshotTests.busyDesk()
        desk.files["/cases/fs01-mem.raw"] = Self.image
        desk.copyTicks = 10
        let session = ConsoleSnapshotTests.session(desk)
        session.handle(.key(.enter))
        addImage(session)
        addImage(session)
        #expect(session.state.message?.text.contains("already running") == true, "\(String(describing: session.state.message))")
        guard case .prompt(let prompt)? = session.state.overlay, case .evidenceDescription = prompt.purpose else {
            Issue.record("the description prompt stays, as typed: \(String(describing: session.state.overlay))"); return
        }
        #expect(prompt.text == "FS01 記憶體映像")
    }
}
