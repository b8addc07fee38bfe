import CertDeskCore
import CertDeskUI
import Foundation
import Testing

/// The handover report as a pure reading of the journal: the rules of the watch (one shift on
/// watch, a signature only on the report offered), the report's sections, its digest the same
/// in both languages, and its Markdown in both languages (snapshots).
@Suite("Handover report")
struct HandoverReportTests {
    static let start = Instant(millisecondsSinceEpoch: 1_772_409_600_000)   // 2026-03-02 08:00 Taipei

    /// A watch of 林志明: two incidents, a level change, a clock met, one breached, evidence out, a remark.
    static func watch() throws -> InMemoryDesk {
        let desk = InMemoryDesk(now: start)
        try desk.run(.startShift(officer: "林志明", at: nil, force: nil))
        desk.now = start.adding(seconds: 30 * 60)
        let ransomware = desk.open("北屯區公所檔案伺服器遭勒索軟體加密 | 含表格符號", level: .three, awareMinutesAgo: 5)
        let phishing = desk.open("戶政事務所人員點擊釣魚郵件", level: .one, category: .phishing, agency: "臺中市西屯區戶政事務所",
                                 awareMinutesAgo: 5)
        desk.now = start.adding(seconds: 60 * 60)
        try desk.run(.setLevel(incident: phishing, level: .two, basis: nil, reason: "已有 3 人點擊連結"))
        try desk.run(.meet(incident: ransomware, kind: .reportPlatform, at: nil, note: "已於通報應變網站完成通報"))
        desk.now = start.adding(seconds: 3 * 3600)
        try desk.run(.recordOverdue(incident: ransomware))
        try desk.run(.addEvidence(EvidenceRequest(incident: ransomware, kind: .malwareSample, description: "感染源隨身碟", physical: "隨身碟",
                                                  location: "保管櫃B")))
        try desk.run(.custody(evidence: ransomware + "-E01", change: CustodyChange(action: .checkedOut, to: "林志明", at: desk.now,
                                                                                    purpose: "時間軸分析")))
        desk.now = start.adding(seconds: 11 * 3600)
        try desk.run(.remarkHandover(text: "\(ransomware) 待機關回電確認備份還原進度"))
        desk.now = start.adding(seconds: 11 * 3600 + 40 * 60)
        return desk
    }

    static func report(_ desk: InMemoryDesk) -> HandoverReport {
        let shift = desk.state.shiftOnWatch!
        return HandoverReport.build(state: desk.state, region: .taichung, shift: shift, events: desk.journal,
                                    head: JournalHead(seq: desk.state.journalHead, hash: String(repeating: "ab", count: 32)),
                                    at: desk.now, horizonMinutes: 12 * 60)
    }

    @Test func theSectionsSayWhatTheWatchDid() throws {
        let desk = try Self.watch()
        let report = Self.report(desk)
        #expect(report.openIncidents.map(\.id) == ["TCN-2026-0001", "TCN-2026-0002"])
        #expect(report.opened == ["TCN-2026-0001", "TCN-2026-0002"])
        #expect(report.relevelled.map(\.incident) == ["TCN-2026-0002"])
        #expect(report.met.map(\.kind) == [.reportPlatform])
        #expect(report.breached.contains { $0.kind == .notifyAgencyContact && $0.incident == "TCN-2026-0001" })
        #expect(!report.overdue.isEmpty && report.overdue.allSatisfy { $0.dueAt < desk.now })
        #expect(report.dueWithinHorizon.allSatisfy { $0.dueAt >= desk.now && $0.dueAt < desk.now.adding(seconds: 12 * 3600) })
        #expect(report.evidenceCheckedOut.map(\.id) == ["TCN-2026-0001-E01"])
        #expect(report.evidenceHeld.map(\.holder) == ["林志明"])
        #expect(report.remarks.map(\.text) == ["TCN-2026-0001 待機關回電確認備份還原進度"])
        // Grouped by incident, the desk's own rows (the shift's start) last; remarks only once.
        #expect(report.actions.map(\.incident) == ["TCN-2026-0001", "TCN-2026-0002", nil])
        #expect(!report.actions.flatMap(\.events).contains { $0.event.kind == "handover-remark" })
    }

    @Test func theDigestIsTheSameForTheSameJournalAndChangesWithIt() throws {
        let desk = try Self.watch()
        let first = Self.report(desk)
        #expect(first.digest == Self.report(desk).digest)
        #expect(first.digest.count == 64)
        try desk.run(.addNote(incident: "TCN-2026-0002", text: "機關回報已重設密碼"))
        #expect(Self.report(desk).digest != first.digest)
    }

    @Test func oneShiftOnWatchAndASignatureOnlyOnTheReportOffered() throws {
        let desk = try Self.watch()
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.startShift(officer: "王大明", at: nil, force: nil)) }
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.acceptHandover(officer: "王大明", digest: "x", remark: nil)) }
        let report = Self.report(desk)
        // An offer must cover every row so far.
        #expect(throws: DeskDecider.Refusal.self) {
            try desk.run(.offerHandover(digest: report.digest, head: JournalHead(seq: 1, hash: "h"), horizonMinutes: 720, acceptWithinMinutes: 30, generatedAt: desk.now))
        }
        try desk.run(.offerHandover(digest: report.digest, head: report.header.head, horizonMinutes: 720, acceptWithinMinutes: 30, generatedAt: desk.now))
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.acceptHandover(officer: "王大明", digest: "other", remark: nil)) }
        try desk.run(.addNote(incident: "TCN-2026-0001", text: "再次聯繫機關"))
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.acceptHandover(officer: "王大明", digest: report.digest, remark: nil)) }
        let again = Self.report(desk)
        try desk.run(.offerHandover(digest: again.digest, head: again.header.head, horizonMinutes: 720, acceptWithinMinutes: 30, generatedAt: desk.now))
        try desk.run(.acceptHandover(officer: "王大明", digest: again.digest, remark: "已閱"))
        #expect(desk.state.shiftOnWatch?.officer == "王大明")
        #expect(desk.state.shifts[1]?.ending == .handedOver)
        #expect(desk.state.shifts[1]?.acceptance?.officer == "王大明")
        #expect(desk.state.shifts[1]?.incidentsOpened == 2)
        // Forced over the open shift: it ends without a handover.
        try desk.run(.startShift(officer: "陳怡君", at: nil, force: "王大明 身體不適提前離開"))
        #expect(desk.state.shifts[2]?.ending == .displaced)
        #expect(desk.state.shiftOnWatch?.id == 3)
    }

    @Test func theMarkdownInBothLanguages() throws {
        let desk = try Self.watch()
        let report = Self.report(desk)
        try desk.run(.offerHandover(digest: report.digest, head: report.header.head, horizonMinutes: 720, acceptWithinMinutes: 30, generatedAt: desk.now))
        let offered = HandoverReading(shift: desk.state.shiftOnWatch!, report: report, offer: desk.state.shiftOnWatch!.offer)
        #expect(offered.digestHolds == true)
        let time = LocalTimeFormatter(zone: TimeZone(identifier: "Asia/Taipei"))
        for language in InterfaceLanguage.allCases {
            let text = HandoverMarkdown.text(offered, language: language, time: time)
            Snapshot.compare(text, file: "handover-report-\(language.rawValue).md")
            // A table bar from outside is escaped; the anchor command closes the report.
            #expect(!text.contains("加密 | 含表格"))
            #expect(text.contains("certdesk verify --anchor \(report.header.head.anchor)"))
        }
    }
}
