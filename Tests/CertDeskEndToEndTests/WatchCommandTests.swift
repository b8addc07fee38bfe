import Foundation
import Testing

/// The command line as the console now behaves: a mistyped desk is not taken for an empty one,
/// times are typed as the officer reads them, closing settles the clocks, and `list` uses the
/// console's order.
@Suite("the watch from the command line")
struct WatchCommandTests {
    static func ticket(_ id: String, level: Int, awareAt: String, category: String = "ransomware") -> String {
        #"{"id":"\#(id)","title":"事件 \#(id)","category":"\#(category)","level":\#(level),"agency":"臺中市北屯區公所","aware_at":"\#(awareAt)"}"#
    }

    @Test func aMistypedDatabaseIsRefusedByReadersAndCreatedByWriters() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let typo = cli.folder.appendingPathComponent("no-such-folder/dsek.sqlite").path
        for command in [["list"], ["clocks"], ["show", "TCN-2026-0001"], ["verify"], ["evidence", "list"], ["policy", "show"]] {
            let result = try cli.run(command + ["--db", typo])
            #expect(result.status == 66, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("there is no desk at \(typo)"), "\(command)")
        }
        let viaEnvironment = try cli.run(["list"], environment: ["CERTDESK_DB": typo])
        #expect(viaEnvironment.status == 66)
        #expect(!FileManager.default.fileExists(atPath: typo), "nothing was created")
        #expect(!FileManager.default.fileExists(atPath: (typo as NSString).deletingLastPathComponent), "not even the folder")

        let created = try cli.run(["list", "--create", "--db", typo])
        #expect(created.status == 0)
        #expect(created.stderr.contains("started a new TCN desk at \(typo)"))
        let fresh = cli.folder.appendingPathComponent("fresh.sqlite").path
        let ingested = try cli.run(["ingest", "--db", fresh, "-"], stdin: Self.ticket("SOC-1", level: 2, awareAt: "2026-03-02T13:30:00+08:00"))
        #expect(ingested.status == 0 && ingested.stderr.contains("started a new TCN desk at \(fresh)"), "a command that records says so")
        let again = try cli.run(["list", "--db", fresh])
        #expect(again.status == 0 && !again.stderr.contains("started"), "an existing desk is just opened")
    }

    @Test func theDefaultDeskIsStillCreatedOnFirstUse() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let home = cli.folder.appendingPathComponent("home").path
        let result = try cli.run(["list"], environment: ["CERTDESK_DB": "", "HOME": home, "XDG_DATA_HOME": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/certdesk/certdesk.sqlite"))
    }

    @Test func listPutsWhatMustBeDoneFirstOnTop() throws {
        let cli = CLIRunner(now: "2026-12-02T03:00:00+08:00")
        defer { cli.remove() }
        let tickets = [
            Self.ticket("SOC-SPAM", level: 1, awareAt: "2026-12-01T08:00:00+08:00", category: "spam"),
            Self.ticket("SOC-RW", level: 4, awareAt: "2026-12-02T02:55:00+08:00"),
            #"{"id":"SOC-DRILL","title":"演練","category":"ddos","level":4,"agency":"彰化縣政府","aware_at":"2026-11-30T03:00:00+08:00","exercise":true}"#,
        ].joined(separator: "\n")
        #expect(try cli.run(["ingest", "-"], stdin: tickets).status == 0)
        let ids = try cli.listJSON().map { $0["id"] as? String ?? "" }
        #expect(ids == ["TCN-2026-0002", "TCN-2026-0001", "TCN-2026-0003"], "level 4 due soon, then the level 1 missed 18 h ago, drills last")
    }

    @Test func atTakesTheConsolesLocalForms() throws {
        let cli = CLIRunner(now: "2026-12-02T00:10:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket("SOC-N", level: 2, awareAt: "2026-12-01T23:00:00+08:00")).status == 0)
        let met = try cli.run(["meet", "TCN-2026-0001", "report-platform", "--at", "23:30"])
        #expect(met.status == 0, "\(met.stderr)")
        let clocks = try cli.run(["clocks", "--all", "--json"])
        #expect(clocks.stdout.contains(#""met_at":"2026-12-01T15:30:00Z""#), "23:30 typed at 00:10 is last night: \(clocks.stdout)")
        let early = try cli.run(["meet", "TCN-2026-0001", "review", "--at", "2026-12-01 22:00"])
        #expect(early.status == 65)
        #expect(early.stderr.contains("the time 2026-12-01 22:00:00 +08:00 is before review started (2026-12-02 00:10:00 +08:00)"), "\(early.stderr)")
        #expect(!early.stderr.contains("Z"), "never raw UTC in an error")
    }

    @Test func closingSettlesTheClocksAndMeetingMarksTheStep() throws {
        let cli = CLIRunner(now: "2026-03-02T14:00:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.ticket("SOC-C", level: 3, awareAt: "2026-03-02T13:30:00+08:00")).status == 0)
        #expect(try cli.run(["meet", "TCN-2026-0001", "notify-agency-contact", "--note", "phoned 劉先生"]).status == 0)
        let steps = try cli.run(["steps", "TCN-2026-0001"])
        #expect(steps.stdout.contains("✔ rw-notify-contact"), "the step that meets the clock is done too: \(steps.stdout)")
        let refused = try cli.run(["phase", "TCN-2026-0001", "closed"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("clocks still running: report-platform"), "\(refused.stderr)")
        #expect(refused.stderr.contains("(--override REASON)"))
        let closed = try cli.run(["phase", "TCN-2026-0001", "closed", "--override", "duplicate of TCN-2026-0002"])
        #expect(closed.status == 0, "\(closed.stderr)")
        let clocks = try cli.run(["clocks", "--json"])
        #expect(!clocks.stdout.contains("TCN-2026-0001"), "a closed incident has no clock running: \(clocks.stdout)")
        let all = try cli.run(["clocks", "--all"])
        #expect(all.stdout.contains("closed: duplicate of TCN-2026-0002"))
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }
}
