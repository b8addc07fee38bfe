import Foundation
import Testing

@Suite("certdesk level, phase, note, assign, show")
struct DeskCommandTests {
    static let ticket = #"{"id":"SOC-1","title":"主機疑似勒索軟體加密","category":"ransomware","agency":"臺中市北屯區公所","occurred_at":"2026-03-02T08:40:00+08:00","aware_at":"2026-03-02T09:05:00+08:00","reported_at":"2026-03-02T09:12:00+08:00","indicators":[{"type":"ipv4","value":"203.0.113.77"}]}"#

    @Test func anIncidentThroughItsCommands() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket).status == 0)
        let id = "TCN-2026-0001"

        let level = try cli.run(["level", id, "--reason", "core system down", "--availability", "not-restored-in-time", "--asset", "core"])
        #expect(level.status == 0, "\(level.stderr)")
        #expect(level.stdout.hasPrefix("\(id): level 3\n"))
        #expect(level.stdout.contains("not restored within the tolerable interruption time"))

        // The ransomware playbook's preparation steps gate the move to analysis.
        let gated = try cli.run(["phase", id, "detection-analysis"])
        #expect(gated.status == 65)
        #expect(gated.stderr.contains("required steps open: rw-open-case, rw-first-instructions"))
        #expect(try cli.run(["step", id, "rw-open-case", "done"]).status == 0)
        #expect(try cli.run(["step", id, "rw-first-instructions", "done", "--note", "told them to unplug, not power off"]).status == 0)
        #expect(try cli.run(["phase", id, "detection-analysis"]).status == 0)
        #expect(try cli.run(["note", id, "called", "the", "contact", "at", "09:20"]).status == 0)
        #expect(try cli.run(["assign", id, "王小明"], environment: ["CERTDESK_ACTOR": "陳值班"]).status == 0)

        let shown = try cli.showJSON(id)
        #expect(shown["level"] as? Int == 3)
        #expect(shown["level_reason"] as? String == "core system down")
        let basis = try #require(shown["level_basis"] as? [String: Any])
        #expect(basis["availability"] as? String == "not-restored-in-time")
        #expect(shown["phase"] as? String == "detection-analysis")
        #expect(shown["assignee"] as? String == "王小明")
        #expect(shown["note_count"] as? Int == 1)
        #expect(shown["opened_by"] as? String == "林志明")
        // The clocks' own events (breaches the desk noticed) sit between the officer's.
        let timeline = try #require(shown["timeline"] as? [[String: Any]])
            .filter { ($0["kind"] as? String)?.hasPrefix("obligation-") == false }
        #expect(timeline.map { $0["kind"] as? String } == ["incident-opened", "level-set", "step-done", "step-done", "phase-changed",
                                                           "note-added", "assigned"])
        #expect(timeline.last?["actor"] as? String == "陳值班")
        #expect((timeline[5]["body"] as? [String: Any])?["text"] as? String == "called the contact at 09:20")
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func refusalsChangeNothing() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket).status == 0)
        let before = try cli.dump()
        let cases: [([String], Int32, String)] = [
            (["show", "TCN-2026-0099"], 65, "no incident TCN-2026-0099"),
            (["note", "TCN-2026-0099", "x"], 65, "no incident TCN-2026-0099"),
            (["phase", "TCN-2026-0001", "preparation"], 65, "already in preparation"),
            (["phase", "TCN-2026-0001", "triage"], 64, "'triage' is invalid for '<phase>'"),
            (["level", "TCN-2026-0001", "5", "--reason", "x"], 64, "level 5 is not 1–4"),
            (["level", "TCN-2026-0001", "2"], 64, "--reason"),
            (["level", "TCN-2026-0001", "--reason", "x", "--confidentiality", "minor"], 64, "--asset"),
            (["note", "TCN-2026-0001", "   "], 65, "cannot be empty"),
            (["assign", "TCN-2026-0001", "bad\u{1B}name"], 65, "control"),
        ]
        for (arguments, status, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.dump() == before)
    }

    @Test func classifyExplainsWithoutRecording() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["classify", "--confidentiality", "serious", "--asset", "national-secret"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("level 4\n"))
        let chinese = try cli.run(["classify", "-i", "minor", "--asset", "non-core", "--lang", "zh-TW"])
        #expect(chinese.stdout.hasPrefix("第 1 級\n"))
        #expect(chinese.stdout.contains("輕微竄改"))
    }

    @Test func timesAreShownInTaipeiUnlessTZSaysOtherwise() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket).status == 0)
        #expect(try cli.run(["show", "TCN-2026-0001"]).stdout.contains("2026-03-02 09:05:00 +08:00"))
        #expect(try cli.run(["show", "TCN-2026-0001"], environment: ["TZ": "UTC"]).stdout.contains("2026-03-02 01:05:00 +00:00"))
    }

    @Test func environmentChoosesDatabaseActorAndClock() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let xdg = cli.folder.appendingPathComponent("xdg").path
        var environment = cli.environment
        environment.removeValue(forKey: "CERTDESK_DB")
        let runner = CLIRunner(folder: cli.folder, environment: environment)
        let result = try runner.run(["ingest", "-", "--actor", "張組長"], stdin: Self.ticket, environment: ["XDG_DATA_HOME": xdg])
        #expect(result.status == 0, "\(result.stderr)")
        let path = xdg + "/certdesk/certdesk.sqlite"
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try CLIRunner.sqlite(path, "SELECT actor FROM journal WHERE kind = 'incident-opened'") == "張組長\n")

        let badNow = try cli.run(["list"], environment: ["CERTDESK_NOW": "yesterday"])
        #expect(badNow.status == 64)
        #expect(badNow.stderr.contains("CERTDESK_NOW"))
    }

    @Test func demoFillsAnEmptyDeskOnly() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let demo = try cli.run(["demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let incidents = try cli.listJSON()
        #expect(incidents.count >= 10)
        #expect(Set(incidents.compactMap { $0["category"] as? String }).count == 10, "every category appears")
        #expect(incidents.contains { $0["exercise"] as? Bool == true })
        #expect(try cli.run(["verify"]).stdout == "ok\n")
        let again = try cli.run(["demo"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("already has incidents"))
    }
}

extension CLIRunner {
    init(folder: URL, environment: [String: String]) {
        self.folder = folder
        self.environment = environment
    }
}
