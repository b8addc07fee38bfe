import CertDeskCore
@testable import CertDeskUI
import Testing

/// The handover and the shift review in the console: the report on screen is the one a key
/// signs; a signature on a report the journal has moved past is refused with what was typed
/// kept; the keys of the handover act only in its view.
@Suite("Console handover")
struct ConsoleHandoverTests {
    static func keys(_ s: ConsoleSession, _ keys: KeyPress...) { for key in keys { s.handle(.key(key)) } }
    static func type(_ s: ConsoleSession, _ text: String) { for c in text { s.handle(.key(.character(c))) } }

    /// The busy desk with 林志明's shift on watch since 08:00 and a remark.
    static func deskOnWatch() -> InMemoryDesk {
        let desk = ConsoleSnapshotTests.busyDesk()
        try! desk.run(.startShift(officer: "林志明", at: ConsoleSnapshotTests.now.adding(milliseconds: -3 * 3_600_000 - 42 * 60_000),
                                  force: nil))
        desk.open("疑似 VPN 帳號遭暴力破解", level: .two, category: .unauthorizedAccess, agency: "臺中市政府教育局", awareMinutesAgo: 3, source: "SOC-G")
        try! desk.run(.remarkHandover(text: "TCN-2026-0001 已請機關隔離 NAS，等待回報。"))
        return desk
    }

    static func text(_ s: ConsoleSession) -> String { ConsoleSnapshotTests.screen(s).snapshot }

    @Test func withNoShiftOnWatchTheHandoverSaysSo() {
        let s = ConsoleSnapshotTests.session(ConsoleSnapshotTests.busyDesk())
        Self.keys(s, .character("H"))
        #expect(s.state.view == .queue)
        #expect(s.state.message?.isError == true)
        #expect(s.state.message?.text == EnglishWords().noShiftOnWatch)
    }

    @Test func theWholeHandoverFromTheKeyboard() throws {
        let desk = Self.deskOnWatch()
        let s = ConsoleSnapshotTests.session(desk)
        Self.keys(s, .character("H"))
        #expect(s.state.view == .handover)
        #expect(Self.text(s).contains("Handover report, shift 1"))
        #expect(Self.text(s).contains("DRAFT: not offered yet"))
        #expect(s.state.handover?.reading.offer == nil)

        // A remark, typed in the view, is in the draft at once.
        Self.keys(s, .character("r"))
        Self.type(s, "夜班請追蹤 TCN-2026-0003 網站還原")
        Self.keys(s, .enter)
        #expect(s.state.message?.text == "remark recorded for the handover of shift 1")
        #expect(s.state.handover?.report.remarks.map(\.text).last == "夜班請追蹤 TCN-2026-0003 網站還原")

        // A draft cannot be signed.
        Self.keys(s, .character("A"))
        #expect(s.state.overlay == nil)
        #expect(s.state.message?.text.contains("has not offered a handover") == true)

        Self.keys(s, .character("o"))
        let offer = try #require(desk.state.shiftOnWatch?.offer)
        #expect(offer.digest == s.state.handover?.report.digest, "the offer records the digest of the report on screen")
        #expect(Self.text(s).contains("OFFERED"))

        // Someone records a note after the offer (another terminal): the view says it cannot be
        // signed, and the signature is refused with the name and remark kept.
        try desk.run(.addNote(incident: "TCN-2026-0001", text: "機關回報 NAS 已離線"))
        s.handle(.deskChanged)
        #expect(Self.text(s).contains("1 event recorded after this offer"))
        Self.keys(s, .character("A"))
        Self.type(s, "王大明")
        Self.keys(s, .enter)
        Self.type(s, "已讀")
        Self.keys(s, .enter)
        #expect(s.state.message?.isError == true)
        #expect(s.state.message?.text.contains("recorded after the handover was offered") == true)
        guard case .prompt(let kept)? = s.state.overlay, case .acceptRemark(_, let officer, _) = kept.purpose else {
            Issue.record("the signature form was not kept")
            return
        }
        #expect(officer == "王大明")
        #expect(kept.text == "已讀")
        #expect(desk.state.shiftOnWatch?.officer == "林志明", "nothing was signed")
        Self.keys(s, .escape)

        // Offered again, it is signed: the incoming officer is on watch in the title bar.
        Self.keys(s, .character("o"))
        let second = try #require(desk.state.shiftOnWatch?.offer)
        #expect(second.seq > offer.seq)
        Self.keys(s, .character("A"))
        Self.keys(s, .enter)
        #expect(s.state.message?.text == EnglishWords().officerNeeded, "a signature needs a name")
        Self.type(s, "王大明")
        Self.keys(s, .enter)
        Self.type(s, "已閱讀並接班")
        Self.keys(s, .enter)
        #expect(s.state.view == .queue)
        #expect(s.state.message?.text == "shift 1 handed over: 王大明 on watch (shift 2)")
        #expect(desk.state.shiftOnWatch?.officer == "王大明")
        #expect(desk.state.shifts[1]?.acceptance?.digest == second.digest)
        #expect(desk.state.shifts[1]?.acceptance?.remark == "已閱讀並接班")
        #expect(ConsoleSnapshotTests.screen(s).textRows[0].contains("on watch 王大明 since 11:42"))
    }

    @Test func aSignatureOnAReportReplacedByAnotherOfferIsRefused() throws {
        let desk = Self.deskOnWatch()
        let s = ConsoleSnapshotTests.session(desk)
        Self.keys(s, .character("H"), .character("o"))
        let shown = try #require(s.state.handover?.report.digest)
        // The outgoing officer adds a remark and offers again from the command line; this
        // console still shows the first offer.
        try desk.run(.remarkHandover(text: "補充：彰化縣衛生局聯絡人改為資訊室主任"))
        _ = try desk.offerHandover()
        Self.keys(s, .character("A"))
        Self.type(s, "王大明")
        Self.keys(s, .enter, .enter)
        #expect(s.state.message?.isError == true)
        #expect(s.state.message?.text.contains("is not the one offered") == true)
        #expect(desk.state.shiftOnWatch?.officer == "林志明")
        #expect(desk.state.shiftOnWatch?.offer?.digest != shown)
    }

    @Test func theHandoverKeysActOnlyInTheHandoverView() {
        let desk = Self.deskOnWatch()
        let s = ConsoleSnapshotTests.session(desk)
        let rows = desk.journal.count
        Self.keys(s, .character("o"))
        #expect(s.state.message?.text == "o works in the handover view")
        Self.keys(s, .character("H"), .character("L"))
        #expect(s.state.overlay == nil, "the level form is for the incident on screen, and none is")
        #expect(s.state.message?.text == "L works in the queue")
        Self.keys(s, .character(":"))
        #expect(s.state.overlay == nil)
        Self.keys(s, .character("q"))
        #expect(s.state.view == .queue && !s.isFinished, "q leaves the view, not the console")
        #expect(desk.journal.count == rows, "nothing was recorded")
    }

    @Test func theReviewOpensEachShiftAsItWasHandedOver() throws {
        let desk = Self.deskOnWatch()
        _ = try desk.offerHandover()
        let offered = try #require(desk.state.shiftOnWatch?.offer)
        _ = try desk.acceptHandover(officer: "王大明", remark: nil, shown: offered.digest)
        // The new watch changes the desk; the review still shows shift 1 as it was offered.
        try desk.run(.addNote(incident: "TCN-2026-0001", text: "接班後電話追蹤"))
        let s = ConsoleSnapshotTests.session(desk)
        Self.keys(s, .character("S"))
        #expect(s.state.view == .shifts)
        #expect(s.state.shiftReview?.shifts.map(\.id) == [2, 1], "newest first")
        Self.keys(s, .character("j"), .enter)
        #expect(s.state.view == .shiftReport)
        #expect(s.state.handover?.report.digest == offered.digest)
        #expect(Self.text(s).contains("✔ digest ok"))
        // The report says shift 1 was on watch when offered; the frame says it has ended since.
        let frame = Self.text(s).split(separator: "\n")[1]
        #expect(frame.contains("Handover report, shift 1") && !frame.contains("on watch"), "\(frame)")
        Self.keys(s, .character("A"))
        #expect(s.state.message?.text == "A works in the handover view", "a past shift's report cannot be signed")
        Self.keys(s, .escape)
        #expect(s.state.view == .shifts)
        #expect(s.state.shiftReview?.selected == 1, "back to the shift it came from")
        Self.keys(s, .escape)
        #expect(s.state.view == .queue)
    }

    @Test func anOfferNotSignedInTimeIsFlaggedOnTheStatusBar() throws {
        let desk = Self.deskOnWatch()
        _ = try desk.offerHandover()
        let s = ConsoleSnapshotTests.session(desk)
        let flag = "handover offered 2026-03-02 11:42, not signed within 30 min"
        #expect(!ConsoleSnapshotTests.screen(s).textRows[23].contains(flag))
        desk.now = desk.now.adding(milliseconds: 30 * 60_000 + 1_000)
        s.handle(.tick)
        let status = ConsoleSnapshotTests.screen(s)
        #expect(status.textRows[23].contains("⚑ " + flag))
        #expect(status.styleRows[23].contains("AAAA"), "in the warning colour")
    }

    @Test func snapshots() throws {
        let desk = Self.deskOnWatch()
        let s = ConsoleSnapshotTests.session(desk)
        Self.keys(s, .character("H"))
        Snapshot.check(ConsoleSnapshotTests.screen(s), named: "handover-80x24-en")
        let wide = ConsoleSnapshotTests.session(desk, rows: 40, columns: 140, language: .zhTW)
        Self.keys(wide, .character("H"), .character("o"))
        Snapshot.check(ConsoleSnapshotTests.screen(wide), named: "handover-offered-140x40-zh")
        let zh = ConsoleSnapshotTests.session(desk, language: .zhTW)
        Self.keys(zh, .character("H"), .character("G"))
        Snapshot.check(ConsoleSnapshotTests.screen(zh), named: "handover-end-80x24-zh", styles: false)

        let offer = try #require(desk.state.shiftOnWatch?.offer)
        _ = try desk.acceptHandover(officer: "王大明", remark: "已閱讀", shown: offer.digest)
        let review = ConsoleSnapshotTests.session(desk, language: .zhTW)
        Self.keys(review, .character("S"))
        Snapshot.check(ConsoleSnapshotTests.screen(review), named: "shift-review-80x24-zh")
        Self.keys(review, .character("j"), .enter)
        Snapshot.check(ConsoleSnapshotTests.screen(review), named: "shift-report-80x24-zh")
        let reviewWide = ConsoleSnapshotTests.session(desk, rows: 40, columns: 140)
        Self.keys(reviewWide, .character("S"), .character("j"), .enter)
        Snapshot.check(ConsoleSnapshotTests.screen(reviewWide), named: "shift-report-140x40-en")
    }
}
