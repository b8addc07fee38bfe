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
}
