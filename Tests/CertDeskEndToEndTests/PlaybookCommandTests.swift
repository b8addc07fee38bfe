import Foundation
import Testing

@Suite("certdesk steps, step, category, playbook lint")
struct PlaybookCommandTests {
    static let ticket = #"{"id":"SOC-RW","title":"檔案伺服器遭加密","category":"ransomware","level":3,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T09:05:00+08:00","reported_at":"2026-03-02T09:12:00+08:00"}"#

    @Test func stepsAndTheClocksTheyMeet() throws {
        let cli = CLIRunner(now: "2026-03-02T09:30:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket).status == 0)
        let text = try cli.run(["steps", "TCN-2026-0001"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("▶ rw-open-case"))
        #expect(text.stdout.contains("Ransomware response"))

        let done = try cli.run(["step", "TCN-2026-0001", "rw-notify-contact", "done", "--at", "2026-03-02T09:25:00+08:00",
                                "--note", "phoned 劉先生"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout == "TCN-2026-0001 rw-notify-contact: done (meets notify-agency-contact)\n")
        let clocks = try cli.showJSON("TCN-2026-0001")["obligations"] as? [[String: Any]] ?? []
        let notify = try #require(clocks.first { $0["kind"] as? String == "notify-agency-contact" })
        #expect(notify["state"] as? String == "met")
        #expect(notify["met_at"] as? String == "2026-03-02T01:25:00Z")

        #expect(try cli.run(["step", "TCN-2026-0001", "rw-open-case", "skip", "--reason", "case opened by the SOC"]).status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run(["steps", "TCN-2026-0001", "--json"]).stdout.utf8)) as? [String: Any]
        let steps = try #require(json?["steps"] as? [[String: Any]])
        #expect(steps.first { $0["id"] as? String == "rw-open-case" }?["state"] as? String == "skipped")
        #expect(steps.first { $0["id"] as? String == "rw-notify-contact" }?["state"] as? String == "done")
        #expect(json?["next"] as? String == "rw-first-instructions")

        let before = try cli.dump()
        for (arguments, message) in [
            (["step", "TCN-2026-0001", "rw-open-case", "done"], "already skipped"),
            (["step", "TCN-2026-0001", "rw-nope", "done"], "has no step \"rw-nope\""),
            (["step", "TCN-2026-0001", "rw-first-instructions", "done", "--at", "2026-03-02T10:00:00+08:00"], "in the future"),
            (["phase", "TCN-2026-0001", "containment-eradication-recovery"], "required steps open: rw-first-instructions"),
            (["phase", "TCN-2026-0001", "closed", "--override", " "], "cannot be empty"),
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 65, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.dump() == before)

        let forced = try cli.run(["phase", "TCN-2026-0001", "containment-eradication-recovery", "--override", "agency contained it before the call"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let body = try CLIRunner.sqlite(cli.database, "SELECT json_extract(body, '$.override.reason') FROM journal WHERE kind = 'phase-changed'")
        #expect(body == "agency contained it before the call\n")
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func aNewCategoryBringsItsPlaybook() throws {
        let cli = CLIRunner(now: "2026-03-02T09:30:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket.replacingOccurrences(of: "ransomware", with: "other")).status == 0)
        #expect(try cli.run(["steps", "TCN-2026-0001"]).stdout.contains("gn-open-case"))
        let changed = try cli.run(["category", "TCN-2026-0001", "c2-beacon"])
        #expect(changed.stdout == "TCN-2026-0001: c2-beacon (playbook c2-beacon #1)\n")
        #expect(try cli.run(["steps", "TCN-2026-0001"]).stdout.contains("c2-"))
    }

    @Test func lintNamesEveryProblem() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let shipped = try cli.run(["playbook", "lint"])
        #expect(shipped.status == 0, "\(shipped.stdout)")
        // It says first which playbooks are in force: here, with no folder anywhere, the built-in ones.
        #expect(shipped.stdout.hasPrefix("rules: the copies built into certdesk "))
        #expect(shipped.stdout.hasSuffix("\nok: 9 playbook(s)\n"))
        let original = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("playbooks/ddos.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "meets: report-platform", with: "meets: report-everyone")
            .replacingOccurrences(of: "csf: RS.MA-01", with: "csf: RS.MA-99")
        let path = try cli.file("ddos.yaml", broken)
        let result = try cli.run(["playbook", "lint", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ddos.yaml:"))
        #expect(result.stdout.contains("\"report-everyone\" is not one of"))
        #expect(result.stdout.contains("\"RS.MA-99\" is not a known CSF 2.0 subcategory"))
    }

    /// The notification templates are part of the rules in force: a folder whose template is
    /// broken, or missing one, is named by the lint of that folder.
    @Test func lintNamesABrokenOrMissingTemplate() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("playbooks"), to: folder)
        #expect(try cli.run(["--playbooks", folder.path, "playbook", "lint"]).status == 0)
        let ncert = folder.appendingPathComponent("templates/ncert.en.mustache")
        try "{{#incident}}\n[TCN CERT] escalation of {{incident.id}}\n".write(to: ncert, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("templates/closure.zh-TW.mustache"))
        let result = try cli.run(["--playbooks", folder.path, "playbook", "lint"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("templates/ncert.en.mustache:3:1: a section opened with {{#name}} or {{^name}} is never closed with {{/name}}"),
                "\(result.stdout)")
        #expect(result.stdout.contains("templates/closure.zh-TW.mustache"), "\(result.stdout)")
    }

    @Test func aBrokenPlaybookFallsBackToGeneric() throws {
        let cli = CLIRunner(now: "2026-03-02T09:30:00+08:00")
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent("playbooks")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("playbooks"), to: folder)
        let path = folder.appendingPathComponent("ransomware.yaml")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "tier: duty-officer", with: "tier: intern")
        try Data(text.utf8).write(to: path)
        let result = try cli.run(["ingest", "-", "--playbooks", folder.path], stdin: Self.ticket)
        #expect(result.status == 0)
        #expect(result.stderr.contains("ransomware.yaml:"))
        #expect(result.stderr.contains("\"intern\" is not one of"))
        #expect(try cli.run(["steps", "TCN-2026-0001", "--playbooks", folder.path]).stdout.contains("gn-open-case"))
    }
}
