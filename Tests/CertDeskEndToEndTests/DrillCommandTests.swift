import Foundation
import Testing

/// `certdesk drill` as an exercise controller uses it: lint, a scripted headless run, its
/// after-action report, the list of runs, and the live desk untouched throughout.
@Suite("Drill commands")
struct DrillCommandTests {
    static let actions = CLIRunner.packageRoot.appendingPathComponent("playbooks/drills/actions").path

    @Test("A headless run of the ransomware drill with its scripted officer is scored; the live desk is unchanged")
    func headlessRunIsScoredAndTheLiveDeskUntouched() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let before = try CLIRunner.sqlite(cli.database, ".dump")

        let run = try cli.run(["drill", "run", "ransomware-township-office", "--headless", "--speed", "3600",
                               "--actions", Self.actions + "/ransomware-township-office.actions", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("+00:00 inject: ticket ticket-1 arrived as TCN-2026-0001"), "\(run.stdout)")
        #expect(run.stdout.contains("+01:25 inject: exercise control set level 4 on TCN-2026-0001"))
        #expect(run.stdout.contains("+01:14 officer: step TCN-2026-0001 rw-ncert-escalate done"))
        #expect(!run.stdout.contains("refused") && run.stderr.isEmpty, "\(run.stdout)\n\(run.stderr)")
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == before)

        let report = try cli.run(["drill", "report", "last", "--json"])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect(json["score"] as? Int == 88)
        let clocks = try #require(json["clocks"] as? [[String: Any]])
        #expect(clocks.map { "\($0["kind"]!) \($0["outcome"]!)" } == [
            "report-platform on-time", "notify-agency-contact on-time", "ncert-escalation late", "review on-time",
            "forward-review on-time", "on-site on-time",
        ])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { "\($0["step"]!) \($0["outcome"]!)" } == [
            "rw-first-instructions done", "rw-isolate done", "rw-preserve done", "rw-block-dispatch missing",
        ])
        let markdown = try cli.run(["drill", "report", "last", "--markdown", "--lang", "en"])
        #expect(markdown.stdout.hasPrefix("# After-action report: [Drill] Ransomware at a township office (level 3 to 4)"))
        #expect(markdown.stdout.contains("| TCN-2026-0001 | ncert-escalation |") && markdown.stdout.contains("00:14 late"))
        #expect(markdown.stdout.contains("Score: 88 / 100 (14 of 16 points)"))

        let list = try cli.run(["drill", "list", "--lang", "en"])
        #expect(list.stdout.contains("ransomware-township-office-") && list.stdout.contains("headless"), "\(list.stdout)")
        // Without a terminal, the replay of the run says so: the run was found.
        let replay = try cli.run(["replay", "--drill", "last"])
        #expect(replay.status == 69, "\(replay.stderr)")
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == before)
    }

    @Test("Every shipped drill plays headless with its actions, none refused")
    func everyShippedDrillPlays() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        for name in ["mass-defacement", "ddos-municipal-c2"] {
            let run = try cli.run(["drill", "run", name, "--headless", "--actions", Self.actions + "/\(name).actions", "--lang", "en"])
            #expect(run.status == 0 && !run.stdout.contains("refused"), "\(name): \(run.stdout)\n\(run.stderr)")
            let report = try cli.run(["drill", "report", "last", "--json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
            #expect((json["score"] as? Int).map { $0 > 50 && $0 < 100 } == true, "\(name): \(report.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test("Lint names the file, line and field of each problem and exits 1; a bad actions file writes nothing")
    func lintAndRefusals() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["drill", "lint", "--lang", "en"]).stdout.contains("3 drill scenarios: no problems"))
        let broken = cli.folder.appendingPathComponent("broken.yaml")
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("playbooks/drills/mass-defacement.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: mass-defacement", with: "id: broken")
            .replacingOccurrences(of: "category: defacement", with: "category: graffiti")
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let lint = try cli.run(["drill", "lint", broken.path, "--lang", "en"])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains(broken.path + ":") && lint.stdout.contains(".ticket.category: \"graffiti\" is not one of"), "\(lint.stdout)")

        let bad = cli.folder.appendingPathComponent("bad.actions")
        try "+00:05 ingest x.json\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run(["drill", "run", "mass-defacement", "--headless", "--actions", bad.path, "--lang", "en"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.actions:1: \"ingest\" is not a command"), "\(refused.stderr)")
        let drills = cli.folder.appendingPathComponent("drills").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drills)) ?? []).isEmpty)
    }
}
