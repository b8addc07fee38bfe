import CertDeskCore
import Foundation
import Testing

/// A whole 12-hour watch, as the desk lives it: tickets arrive, a level changes, a clock is
/// met and another breached, evidence goes out for analysis, the outgoing officer leaves a
/// remark and offers the handover; an event after the offer makes the signature refuse, a new
/// offer makes it pass; the review then reproduces what was handed over byte for byte, and
/// says MISMATCH once a past journal row is edited.
@Suite("certdesk shift and handover")
struct ShiftHandoverTests {
    static let tickets = """
        {"id":"SOC-TC-20260302-0101","title":"北屯區公所檔案伺服器遭勒索軟體加密","category":"ransomware","level":3,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T08:25:00+08:00","reported_at":"2026-03-02T08:25:00+08:00","description":"SMB 大量檔案改名為 .lockbit"}
        {"id":"SOC-TC-20260302-0102","title":"戶政事務所人員點擊釣魚郵件","category":"phishing","level":1,"agency":"臺中市西屯區戶政事務所","aware_at":"2026-03-02T08:25:00+08:00","reported_at":"2026-03-02T08:25:00+08:00","description":"一名承辦人點擊連結"}
        """

    /// Runs at a Taipei time on 2 March 2026 (`HH:MM`), expecting success.
    @discardableResult
    static func at(_ time: String, _ cli: CLIRunner, _ arguments: [String], status: Int32 = 0) throws -> CLIRunner.Result {
        let result = try cli.run(arguments, environment: ["CERTDESK_NOW": "2026-03-02T\(time):00+08:00"])
        #expect(result.status == status, "\(arguments) at \(time): \(result.stdout) \(result.stderr)")
        return result
    }

    @Test func aWatchIsHandedOverSignedAndReviewedAsItWas() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let started = try Self.at("08:00", cli, ["shift", "start", "--officer", "林志明"])
        #expect(started.stdout.contains("on watch 林志明 since 2026-03-02 08:00"))
        // One shift on watch: another start is refused and says how to hand over.
        let second = try Self.at("08:05", cli, ["shift", "start", "--officer", "王大明"], status: 65)
        #expect(second.stderr.contains("certdesk handover offer"), "\(second.stderr)")

        try Self.at("08:30", cli, ["ingest", try cli.file("tickets.jsonl", Self.tickets)])
        try Self.at("09:00", cli, ["level", "TCN-2026-0002", "2", "--reason", "已有 3 人點擊連結"])
        try Self.at("09:10", cli, ["meet", "TCN-2026-0001", "report-platform", "--note", "已於通報應變網站完成通報"])
        // The 60-minute agency notification of the level 3 ransomware falls due at 09:25 unmet.
        try Self.at("11:00", cli, ["note", "TCN-2026-0001", "已電話聯繫北屯區公所資訊室"])
        try Self.at("12:00", cli, ["evidence", "add", "TCN-2026-0001", "--physical", "隨身碟", "--location", "保管櫃B", "--desc", "感染源"])
        try Self.at("12:10", cli, ["evidence", "checkout", "TCN-2026-0001-E01", "--to", "林志明", "--purpose", "時間軸分析"])
        try Self.at("19:00", cli, ["handover", "remark", "TCN-2026-0001 待機關回電確認備份還原進度"])

        let offer = try Self.at("19:40", cli, ["handover", "offer"])
        #expect(offer.stdout.contains("shift 1 handover offered: digest "))
        // Recorded after the offer: the signature is refused, with what changed.
        try Self.at("19:45", cli, ["note", "TCN-2026-0002", "機關回報已重設密碼"])
        let refused = try Self.at("19:50", cli, ["handover", "accept", "--officer", "王大明"], status: 65)
        #expect(refused.stderr.contains("recorded after the handover was offered (on TCN-2026-0002)"), "\(refused.stderr)")

        try Self.at("19:52", cli, ["handover", "offer"])
        let offered = try Self.at("19:55", cli, ["handover", "show", "--markdown"]).stdout
        let offeredJSON = try Self.at("19:55", cli, ["handover", "show", "--json"]).stdout
        let accepted = try Self.at("20:00", cli, ["handover", "accept", "--officer", "王大明", "--remark", "已閱"])
        #expect(accepted.stdout.contains("on watch 王大明 since 2026-03-02 20:00"))

        // The review rebuilds the report offered, byte for byte, and says the digest holds.
        let review = try Self.at("21:00", cli, ["shift", "show", "1"])
        #expect(review.stdout == offered)
        #expect(review.stderr.contains("digest ok"))
        #expect(try Self.at("21:00", cli, ["shift", "show", "1", "--json"]).stdout == offeredJSON)
        let chinese = try Self.at("21:00", cli, ["shift", "show", "1", "--lang", "zh-TW"])
        #expect(chinese.stdout.hasPrefix("# 交接報告：第 1 班"))
        let digestLine = try #require(offered.split(separator: "\n").first { $0.hasPrefix("- Digest (SHA-256): ") })
        #expect(chinese.stdout.contains(String(digestLine.split(separator: " ").last!)), "the digest is the same in both languages")

        // The report's sections, item by item.
        let json = try JSONValue.parse(offeredJSON)
        let report = try #require(json["report"])
        #expect(report["header"]?["officer"] == .string("林志明"))
        #expect(report["header"]?["shift"] == .int(1))
        #expect(report["open_incidents"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["TCN-2026-0001", "TCN-2026-0002"])
        #expect(report["activity"]?["opened"] == .array([.string("TCN-2026-0001"), .string("TCN-2026-0002")]))
        #expect(report["activity"]?["relevelled"]?.arrayValue?.first?["incident"] == .string("TCN-2026-0002"))
        #expect(report["activity"]?["met"]?.arrayValue?.contains { $0["kind"] == .string("report-platform") && $0["incident"] == .string("TCN-2026-0001") } == true)
        #expect(report["activity"]?["breached"]?.arrayValue?.contains { $0["kind"] == .string("notify-agency-contact") } == true)
        #expect(report["evidence"]?["checked_out"]?.arrayValue?.first?["id"] == .string("TCN-2026-0001-E01"))
        #expect(report["evidence"]?["held"]?.arrayValue?.first?["holder"] == .string("林志明"))
        #expect(report["remarks"]?.arrayValue?.first?["text"] == .string("TCN-2026-0001 待機關回電確認備份還原進度"))
        let actionIncidents = report["actions"]?.arrayValue?.compactMap { $0["incident"]?.stringValue }
        #expect(actionIncidents == ["TCN-2026-0001", "TCN-2026-0002"])

        // The list of shifts: who handed over to whom, and what happened.
        let list = try JSONValue.parse(try Self.at("21:00", cli, ["shift", "list", "--json"]).stdout).arrayValue ?? []
        #expect(list.count == 2)
        #expect(list.first?["accepted"]?["officer"] == .string("王大明"))
        #expect(list.first?["incidents_opened"] == .int(2))
        #expect((list.first?["clocks_breached"]?.intValue ?? 0) >= 1)
        #expect(list.first?["ending"] == .string("handed-over"))

        // The Markdown's last lines name the anchor; it holds now and fails once the tail is cut.
        let anchor = try #require(offered.split(separator: "`").first { $0.hasPrefix("certdesk verify --anchor ") })
            .split(separator: " ").last.map(String.init)
        let anchorValue = try #require(anchor)
        #expect(try cli.run(["verify", "--anchor", anchorValue]).status == 0)

        // An edited past row: the report rebuilt no longer has the digest that was signed.
        _ = try CLIRunner.sqlite(cli.database, """
            DROP TRIGGER journal_no_update;
            UPDATE journal SET body = replace(body, '已電話聯繫', '未聯繫') WHERE kind = 'note-added' AND incident = 'TCN-2026-0001';
            """)
        let mismatch = try Self.at("21:00", cli, ["shift", "show", "1"], status: 1)
        #expect(mismatch.stderr.contains("digest MISMATCH"), "\(mismatch.stderr)")

        let seq = try #require(Int(anchorValue.split(separator: ":")[0]))
        _ = try CLIRunner.sqlite(cli.database, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq >= \(seq)")
        #expect(try cli.run(["verify", "--anchor", anchorValue]).status == 1)
    }

    @Test func aForcedStartEndsTheOpenShiftWithoutAHandoverAndIsFlagged() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        try Self.at("08:00", cli, ["shift", "start", "--officer", "林志明"])
        try Self.at("20:10", cli, ["shift", "start", "--officer", "王大明", "--force", "林志明 已下班，未完成交接"])
        try Self.at("21:00", cli, ["shift", "end"])
        // Accepted with no one on watch, and flagged in the list.
        try Self.at("21:30", cli, ["ingest", try cli.file("tickets.jsonl", Self.tickets)])
        let list = try Self.at("22:00", cli, ["shift", "list"]).stdout
        let lastLine = list.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.contains("FLAG: outside any shift"), "\(list)")
        #expect(list.contains("FLAG: ended without a handover"), "\(list)")
        #expect(list.contains("started by force: 林志明 已下班，未完成交接"), "\(list)")
        #expect(list.contains("FLAG: outside any shift"), "\(list)")
        let noShift = try Self.at("22:00", cli, ["handover", "offer"], status: 65)
        #expect(noShift.stderr.contains("no shift is on watch"))
        let review = try Self.at("22:00", cli, ["shift", "show", "1"])
        #expect(review.stderr.contains("shift 1 offered no handover"))
    }
}
