import Foundation
import Testing

@Suite("certdesk clocks, meet, waive, policy")
struct ClockCommandTests {
    static let ticket = #"{"id":"SOC-1","title":"主機疑似勒索軟體加密","category":"ransomware","level":2,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T09:05:00+08:00","reported_at":"2026-03-02T09:12:00+08:00"}"#

    static func clocks(_ cli: CLIRunner, now: String, all: Bool = false, extra: [String] = []) throws -> [[String: Any]] {
        let result = try cli.run(["clocks", "--json"] + (all ? ["--all"] : []) + extra, environment: ["CERTDESK_NOW": now])
        guard result.status == 0, let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            throw CLIError(result: result)
        }
        return array
    }

    @Test func aScriptedEscalationHoldsToTheSecond() throws {
        let cli = CLIRunner(now: "2026-03-02T09:20:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket).status == 0)

        let opened = try Self.clocks(cli, now: "2026-03-02T09:20:00+08:00")
        #expect(opened.map { $0["kind"] as? String } == ["report-platform", "review", "damage-control"])
        #expect(opened[0]["starts_at"] as? String == "2026-03-02T01:05:00Z")
        #expect(opened[0]["due_at"] as? String == "2026-03-02T02:05:00Z")
        #expect(opened[0]["seconds_left"] as? Int == 45 * 60)
        #expect(opened[0]["state"] as? String == "open")
        #expect(opened[0]["met_at"] is NSNull)
        #expect(opened[1]["due_at"] as? String == "2026-03-02T09:12:00Z", "8 h review for level 2")

        // Escalated to 4 at 12:00: the review keeps its start, now 2 h, already overdue.
        #expect(try cli.run(["level", "TCN-2026-0001", "4", "--reason", "domain controller encrypted"],
                            environment: ["CERTDESK_NOW": "2026-03-02T12:00:00+08:00"]).status == 0)
        let escalated = try Self.clocks(cli, now: "2026-03-02T12:00:00+08:00")
        let byKind = Dictionary(uniqueKeysWithValues: escalated.map { ($0["kind"] as! String, $0) })
        #expect(byKind["review"]?["due_at"] as? String == "2026-03-02T03:12:00Z")
        #expect(byKind["review"]?["state"] as? String == "overdue")
        #expect(byKind["review"]?["seconds_left"] as? Int == -(48 * 60))
        #expect(byKind["notify-agency-contact"]?["starts_at"] as? String == "2026-03-02T04:00:00Z")
        #expect(byKind["notify-agency-contact"]?["due_at"] as? String == "2026-03-02T05:00:00Z")
        #expect(byKind["on-site"]?["due_at"] as? String == "2026-03-02T12:00:00Z")
        #expect(byKind["renotify"]?["due_at"] as? String == "2026-03-02T05:00:00Z")
        #expect(byKind["damage-control"]?["due_at"] as? String == "2026-03-03T13:05:00Z", "36 h from awareness")
        #expect(escalated.first?["state"] as? String == "overdue", "the most urgent first")

        // Met with --at in the past: on time, although recorded late; the journal keeps both times.
        let met = try cli.run(["meet", "TCN-2026-0001", "report-platform", "--at", "2026-03-02T09:58:00+08:00", "--note", "平台通報完成"],
                              environment: ["CERTDESK_NOW": "2026-03-02T12:05:00+08:00"])
        #expect(met.status == 0, "\(met.stderr)")
        #expect(met.stdout == "TCN-2026-0001 report-platform: met\n")
        let all = try Self.clocks(cli, now: "2026-03-02T12:05:00+08:00", all: true)
        let report = try #require(all.first { $0["kind"] as? String == "report-platform" })
        #expect(report["state"] as? String == "met")
        #expect(report["met_at"] as? String == "2026-03-02T01:58:00Z")
        #expect(report["met_recorded_at"] as? String == "2026-03-02T04:05:00Z")
        #expect(report["note"] as? String == "平台通報完成")

        // The breach of the review was recorded once, by the desk itself.
        let overdueRows = try CLIRunner.sqlite(cli.database, "SELECT actor, json_extract(body, '$.kind') FROM journal WHERE kind = 'obligation-overdue' ORDER BY seq")
        #expect(overdueRows == "certdesk|report-platform\ncertdesk|review\n")
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func meetingLateAndWaiving() throws {
        let cli = CLIRunner(now: "2026-03-02T09:20:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket.replacingOccurrences(of: #""level":2"#, with: #""level":3"#)).status == 0)
        let late = try cli.run(["meet", "TCN-2026-0001", "notify-agency-contact"], environment: ["CERTDESK_NOW": "2026-03-02T10:30:00+08:00"])
        #expect(late.stdout == "TCN-2026-0001 notify-agency-contact: met late\n")
        let waive = try cli.run(["waive", "TCN-2026-0001", "on-site", "--reason", "agency restored from backup; team briefed by phone"])
        #expect(waive.status == 0, "\(waive.stderr)")
        let shown = try cli.showJSON("TCN-2026-0001")
        let clocks = try #require(shown["obligations"] as? [[String: Any]])
        let onSite = try #require(clocks.first { $0["kind"] as? String == "on-site" })
        #expect(onSite["state"] as? String == "waived")
        #expect(onSite["waived_reason"] as? String == "agency restored from backup; team briefed by phone")
        #expect(onSite["waived_by"] as? String == "林志明")
        let notify = try #require(clocks.first { $0["kind"] as? String == "notify-agency-contact" })
        #expect(notify["state"] as? String == "met-late")
        let text = try cli.run(["show", "TCN-2026-0001"]).stdout
        #expect(text.contains("met late 2026-03-02 10:30"))
    }

    @Test func badClockInputIsRefusedAndChangesNothing() throws {
        let cli = CLIRunner(now: "2026-03-02T09:30:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket).status == 0)
        let before = try cli.dump()
        let cases: [([String], Int32, String)] = [
            (["meet", "TCN-2026-0001", "notify-everyone"], 64, "'notify-everyone' is invalid for '<kind>'"),
            (["meet", "TCN-2026-0001", "report-platform", "--at", "2026-03-02T09:31:00+08:00"], 65, "is in the future"),
            (["meet", "TCN-2026-0001", "report-platform", "--at", "2026-03-02T09:00:00+08:00"], 65, "before report-platform started"),
            (["meet", "TCN-2026-0001", "report-platform", "--at", "yesterday"], 64, "--at \"yesterday\""),
            (["meet", "TCN-2026-0042", "review"], 65, "no incident TCN-2026-0042"),
            (["meet", "TCN-2026-0001", "on-site"], 65, "has no on-site clock"),
            (["waive", "TCN-2026-0001", "review", "--reason", " "], 65, "reason cannot be empty"),
            (["waive", "TCN-2026-0001", "renotify", "--reason", "x"], 65, "has no renotify clock"),
        ]
        for (arguments, status, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.dump() == before)
    }

    @Test func policyShowAndARegionalOverride() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        // A new desk file: a command that only reads starts it only when asked to.
        let missing = try cli.run(["policy", "show"])
        #expect(missing.status == 66 && missing.stderr.contains("there is no desk at"), "\(missing.stderr)")
        let shown = try cli.run(["policy", "show", "--create"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("rules: the copies built into certdesk "))
        #expect(shown.stdout.contains("\nDeadline policy default + tcn\n"))
        #expect(shown.stdout.contains("Evidence retention: 3 years after the incident is closed"))
        #expect(shown.stdout.contains("review                 all     reported_at                       8h for 1–2 and unclassified; 2h for 3–4"))

        let folder = cli.folder.appendingPathComponent("playbooks/policies")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("playbooks/policies/default.yaml"),
                                         to: folder.appendingPathComponent("default.yaml"))
        try Data("name: tcn-test\nextends: default\nobligations:\n  - kind: on-site\n    due_within: 6h\n".utf8)
            .write(to: folder.appendingPathComponent("tcn.yaml"))
        let playbooks = ["--playbooks", cli.folder.appendingPathComponent("playbooks").path]
        let regional = try cli.run(["policy", "show"] + playbooks)
        #expect(regional.stdout.hasPrefix("rules: \(cli.folder.appendingPathComponent("playbooks").path) (--playbooks)\nDeadline policy default + tcn-test\n"))
        #expect(regional.stdout.contains("on-site                3–4     reported_at                       6h                                         default  regional"))
        let ticket = Self.ticket.replacingOccurrences(of: #""level":2"#, with: #""level":4"#)
        #expect(try cli.run(["ingest", "-"] + playbooks, stdin: ticket).status == 0)
        let onSite = try #require(try Self.clocks(cli, now: "2026-03-02T14:00:00+08:00", extra: playbooks).first { $0["kind"] as? String == "on-site" })
        #expect(onSite["due_at"] as? String == "2026-03-02T07:12:00Z", "6 h from the report under the regional policy")
        let adopted = try CLIRunner.sqlite(cli.database, "SELECT json_extract(body, '$.name') FROM journal WHERE kind = 'policy-adopted' ORDER BY seq")
        #expect(adopted == "default + tcn-test\n", "policy show reads the files; the ingest adopted them")

        // A broken regional file: a desk that has a policy keeps it and says so.
        try Data("name: broken\nextends: default\nobligations:\n  - kind: on-site\n    due_whithin: 6h\n".utf8)
            .write(to: folder.appendingPathComponent("tcn.yaml"))
        let kept = try cli.run(["list"] + playbooks)
        #expect(kept.status == 0)
        #expect(kept.stderr.contains("tcn.yaml:5: obligations[0].due_whithin: unknown key"))
        #expect(kept.stderr.contains("keeping the deadline policy last adopted"))
        let refused = try cli.run(["policy", "show"] + playbooks)
        #expect(refused.status == 65)
    }
}
