import Foundation
import Testing

/// The console in a real terminal (tmux), driven by keys: open on a demo desk, move, open an
/// incident, set its level and see its clocks appear, see another process's ingest appear by
/// itself, survive resizes, and give the shell back on quit.
@Suite("console in a terminal", .serialized)
struct ConsoleTmuxTests {
    /// The debug binary the tests were built with; `CERTDESK_CONSOLE_BIN` names another (a
    /// release build, to drive it as shipped).
    static let binary: String = ProcessInfo.processInfo.environment["CERTDESK_CONSOLE_BIN"] ?? CLIRunner.binary

    @Test func aWatchInTheConsole() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder.path, "CERTDESK_DB": cli.database,
                           "CERTDESK_ACTOR": "林志明", "CERTDESK_NOW": "2026-11-25T03:00:00+08:00", "LANG": "C.UTF-8"]
        let terminal = try TmuxTerminal(columns: 100, rows: 30, environment: environment)
        try terminal.run(Self.binary)
        let opened = try #require(try terminal.waitFor(timeout: 15) { $0.contains("on watch 林志明") && $0.contains("TCN-2026-0001") },
                                  "the console did not open: \(terminal.shown)")
        #expect(opened.screen.contains("on watch 林志明 since 02:00"), "the officer of the open shift, not the login name")
        #expect(opened.screen.contains("03:00 UTC+8"))

        // Move: the selection marker follows j/k.
        try terminal.keys("j", "j", "k")
        #expect(try terminal.waitFor(timeout: 5) { Self.line(starting: "▶", in: $0) == Self.rowLines($0)[3] } != nil, "the second incident (row 3, under the title and header)")

        // Open the unclassified C2 incident through the filter, look at its clocks.
        try terminal.keys("/")
        try terminal.type("每 300 秒")
        try terminal.keys("Enter", "Enter", "Tab")
        let clocks = try #require(try terminal.waitFor(timeout: 5) { $0.contains("── TCN-2026-0003") && $0.contains("report-platform") },
                                  "\(terminal.shown)")
        #expect(!clocks.screen.contains("notify-agency-contact"), "no level 3–4 clocks while unclassified")

        // Set the level from the command line: the level 3–4 clocks appear.
        try terminal.keys(":")
        try terminal.type("level 4 beacon confirmed from the tax database server")
        try terminal.keys("Enter")
        let escalated = try #require(try terminal.waitFor(timeout: 5) { $0.contains("notify-agency-contact") && $0.contains("renotify") },
                                     "\(terminal.shown)")
        #expect(escalated.screen.contains("level 4"))
        #expect(escalated.screen.contains("on-site"))

        // Back to the whole queue; another process ingests; the row appears without a key.
        try terminal.keys("Escape", "/", "C-u", "Enter")
        _ = try terminal.waitFor(timeout: 5) { !$0.contains("/每 300 秒") }
        let ticket = #"{"id":"SOC-TMUX-1","title":"另一程序匯入的事件單","category":"spam","level":1,"agency":"彰化縣政府","aware_at":"2026-11-25T02:59:00+08:00"}"#
        #expect(try cli.run(["ingest", "-"], stdin: ticket, environment: ["CERTDESK_NOW": "2026-11-25T03:00:00+08:00"]).status == 0)
        let appeared = try #require(try terminal.waitFor(timeout: 10) { $0.contains("另一程序匯入的事件單") }, "\(terminal.shown)")
        // The console polls every 250 ms; allow for a loaded CI machine.
        #expect(appeared.seconds < 3, "took \(appeared.seconds) s")

        // Resize: smaller, too small, and back.
        try terminal.resize(columns: 80, rows: 24)
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("on watch") && Self.rowLines($0).allSatisfy { $0.count <= 80 } } != nil)
        try terminal.resize(columns: 60, rows: 20)
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("Terminal too small: 60×20") } != nil)
        try terminal.resize(columns: 100, rows: 30)
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("on watch 林志明") && $0.contains("另一程序匯入的事件單") } != nil)

        // Quit: the shell prompt comes back and the console's screen is gone.
        try terminal.keys("q")
        let back = try #require(try terminal.waitFor(timeout: 5) { !$0.contains("on watch 林志明") && $0.contains(TmuxTerminal.prompt) },
                                "\(terminal.shown)")
        #expect(back.screen.contains(TmuxTerminal.prompt))
        try terminal.run("echo status $?")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("status 0") } != nil)
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    /// Evidence from the console: e asks for the path, the kind and the description; the file
    /// lands in the vault, the evidence tab shows it, and R lists what retention allows to go.
    @Test func addingEvidenceInTheConsole() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let log = try cli.file("fw.log", "2026-11-25T02:41:07+08:00 deny tcp 203.0.113.77:4444 -> 10.1.2.3:445\n")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder.path, "CERTDESK_DB": cli.database,
                           "CERTDESK_ACTOR": "林志明", "CERTDESK_NOW": "2026-11-25T03:00:00+08:00", "LANG": "C.UTF-8"]
        let terminal = try TmuxTerminal(columns: 100, rows: 30, environment: environment)
        try terminal.run(Self.binary)
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("on watch 林志明") && $0.contains("TCN-2026-0001") }, "\(terminal.shown)")
        try terminal.keys("/")
        try terminal.type("TCN-2026-0001")
        try terminal.keys("Enter", "Enter", "e")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("evidence file for TCN-2026-0001") }, "\(terminal.shown)")
        try terminal.type(log)
        try terminal.keys("Enter")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("what kind of evidence?") }, "\(terminal.shown)")
        try terminal.keys("j", "j", "Enter")                    // disk image, memory image, log
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("what it shows") }, "\(terminal.shown)")
        try terminal.type("firewall deny log around the first beacon")
        try terminal.keys("Enter")
        let added = try #require(try terminal.waitFor(timeout: 10) { $0.contains("TCN-2026-0001-E01 added") }, "\(terminal.shown)")
        #expect(added.screen.contains("E01  log"), "the evidence tab lists it: \(added.screen)")
        try terminal.keys("R")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("Retention: 0 may be disposed of") } != nil, "\(terminal.shown)")
        try terminal.keys("Escape", "q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) && !$0.contains("on watch 林志明") }
        let items = try cli.run(["evidence", "list", "TCN-2026-0001", "--json"])
        #expect(items.stdout.contains("\"kind\":\"log\"") && items.stdout.contains("\"original_name\":\"fw.log\""), "\(items.stdout)")
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    static func environment(_ cli: CLIRunner, now: String = "2026-11-25T03:00:00+08:00") -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": cli.folder.path, "CERTDESK_DB": cli.database, "CERTDESK_ACTOR": "林志明",
         "CERTDESK_NOW": now, "LANG": "C.UTF-8"]
    }

    /// The queue row (0 = the first under the header) that shows `id`.
    static func queueIndex(of id: String, in screen: String) -> Int? {
        let rows = rowLines(screen)
        guard let header = rows.firstIndex(where: { $0.contains("DUE") && $0.contains("ID") }) else { return nil }
        return rows[(header + 1)...].firstIndex { $0.contains(id) }.map { $0 - header - 1 }
    }

    /// The id the detail's header names.
    static func detailID(in screen: String) -> String? {
        guard let line = rowLines(screen).first(where: { $0.hasPrefix("── TCN-") }) else { return nil }
        return String(line.dropFirst(3).prefix(13))
    }

    /// At 80×24 the queue and the detail take the screen in turn: Enter must open the incident
    /// selected, not the last one viewed, and the keys must act on the one the header names.
    @Test func at80x24EnterOpensTheSelectedIncident() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: Self.environment(cli))
        try terminal.run(Self.binary)
        let opened = try #require(try terminal.waitFor(timeout: 15) { $0.contains("on watch") && $0.contains("TCN-2026-0008") },
                                  "\(terminal.shown)")
        func go(to id: String, from current: Int, in screen: String) throws -> Int {
            let index = try #require(Self.queueIndex(of: id, in: screen), "\(id) is in the queue: \(screen)")
            let key = index > current ? "j" : "k"
            for _ in 0..<abs(index - current) { try terminal.keys(key) }
            return index
        }
        var at = try go(to: "TCN-2026-0008", from: 0, in: opened.screen)
        try terminal.keys("Enter")
        #expect(try terminal.waitFor(timeout: 5) { Self.detailID(in: $0) == "TCN-2026-0008" } != nil, "\(terminal.shown)")
        try terminal.keys("Escape")
        let queue = try #require(try terminal.waitFor(timeout: 5) { Self.detailID(in: $0) == nil && $0.contains("TCN-2026-0006") })
        at = try go(to: "TCN-2026-0006", from: at, in: queue.screen)
        try terminal.keys("Enter")
        #expect(try terminal.waitFor(timeout: 5) { Self.detailID(in: $0) == "TCN-2026-0006" } != nil,
                "the detail shows the incident selected: \(terminal.shown)")
        try terminal.keys("n")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("note on TCN-2026-0006") } != nil, "\(terminal.shown)")
        try terminal.type("called the agency contact")
        try terminal.keys("Enter")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("note added to TCN-2026-0006") } != nil, "\(terminal.shown)")
        try terminal.keys("q", "q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) && !$0.contains("on watch") }
        let show = try cli.run(["show", "TCN-2026-0006", "--json"])
        #expect(show.stdout.contains("called the agency contact"), "the note is on the incident that was on screen")
        #expect(!(try cli.run(["show", "TCN-2026-0008", "--json"])).stdout.contains("called the agency contact"))
    }

    /// The database deleted under an open console: a banner at once, and a note typed after it
    /// is refused and kept, never reported as added.
    @Test func aDeletedDatabaseShowsABannerAndRefusesWrites() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: Self.environment(cli))
        try terminal.run(Self.binary)
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("on watch") && $0.contains("TCN-2026-0001") }, "\(terminal.shown)")
        try FileManager.default.removeItem(atPath: cli.database)
        let banner = try #require(try terminal.waitFor(timeout: 5) { Self.rowLines($0)[1].contains("was deleted") }, "\(terminal.shown)")
        #expect(banner.seconds < 3, "seen within a few ticks: \(banner.seconds) s")
        try terminal.keys("n")
        try terminal.type("this must not be lost")
        try terminal.keys("Enter")
        let refused = try #require(try terminal.waitFor(timeout: 5) { $0.contains("nothing was recorded") }, "\(terminal.shown)")
        #expect(refused.screen.contains("this must not be lost"), "the note stays in its prompt")
        #expect(!refused.screen.contains("note added"))
        try terminal.keys("Escape", "q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) && !$0.contains("on watch") }
    }

    /// An incident another process ingests is announced with its id and level and marked in
    /// the queue until the officer has been on it; in Chinese too.
    @Test func anArrivalIsAnnouncedAndMarkedAt140x40() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let terminal = try TmuxTerminal(columns: 140, rows: 40, environment: Self.environment(cli))
        try terminal.run(Self.binary + " --lang zh-TW --bell")
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("值班 林志明") }, "\(terminal.shown)")
        let ticket = #"{"id":"SOC-ARRIVE-1","title":"另一程序匯入：主機疑似遭植入挖礦程式","category":"malware-outbreak","level":3,"agency":"彰化縣政府","aware_at":"2026-11-25T02:58:00+08:00"}"#
        #expect(try cli.run(["ingest", "-"], stdin: ticket).status == 0)
        // The demo's 13 incidents of the watch and its 37 past ones come first.
        let announced = try #require(try terminal.waitFor(timeout: 10) { $0.contains("新事件：TCN-2026-0051 第3級") }, "\(terminal.shown)")
        #expect(announced.seconds < 3, "took \(announced.seconds) s")
        let row = try #require(Self.rowLines(announced.screen).first { $0.contains("TCN-2026-0051") && !$0.hasPrefix("──") })
        #expect(row.hasPrefix("*"), "marked until seen: \(row)")
        try terminal.keys("q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) && !$0.contains("值班") }
    }

    @Test func noTerminalIsAClearError() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        // Its own status (69, EX_UNAVAILABLE), never 1, which says verify found a problem.
        let result = try cli.run(["console"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("needs a terminal"))
        let unknown = try cli.run(["console"], environment: ["TERM": "no-such-terminal"])
        #expect(unknown.status == 69)
        #expect(try cli.run(["--lang", "zh-TW"]).stderr.contains("主控台需要終端機"))
    }

    /// A demo desk with 林志明's shift on watch since 02:00.
    static func demoOnWatch(_ cli: CLIRunner) throws {
        #expect(try cli.run(["demo"]).status == 0)
        #expect(try cli.run(["shift", "start", "--officer", "林志明", "--at", "02:00"]).status == 0)
    }

    /// A replay in a real terminal: the REPLAY banner and the replayed row, a step forward and
    /// back, an action key refused as read-only, and the database left exactly as it was.
    @Test func aReplayStepsThroughTheJournalAndRecordsNothing() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let before = try CLIRunner.sqlite(cli.database, ".dump")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder.path, "CERTDESK_DB": cli.database,
                           "CERTDESK_NOW": "2026-11-25T03:00:00+08:00", "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: environment)
        try terminal.run(Self.binary + " replay")
        let opened = try #require(try terminal.waitFor(timeout: 15) { $0.contains("REPLAY") && $0.contains("row 1 of") },
                                  "the replay did not open: \(terminal.shown)")
        #expect(opened.screen.contains("重播 REPLAY") && opened.screen.contains("paused"))
        try terminal.keys("G")
        let end = try #require(try terminal.waitFor(timeout: 5) { $0.contains("TCN-2026-0001") && !$0.contains("row 1 of") }, "\(terminal.shown)")
        let last = try #require(end.screen.components(separatedBy: "row ").dropFirst().first?.split(separator: " ").first)
        try terminal.keys("Left")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("row \(Int(last.replacingOccurrences(of: ",", with: ""))! - 1) of") } != nil,
                "one row back: \(terminal.shown)")
        try terminal.keys("Right")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("row \(last) of") } != nil, "\(terminal.shown)")
        try terminal.keys("n")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("read-only; nothing can be recorded") } != nil, "\(terminal.shown)")
        try terminal.keys("q")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) && !$0.contains("REPLAY") } != nil)
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == before, "a replay writes nothing")
    }

    /// A drill in the console: the EXERCISE banner and played time, the ticket that arrives at
    /// the start on the drill desk, a note the officer types recorded there, and the live desk
    /// untouched.
    @Test func aDrillPlaysInTheConsoleOnItsOwnDesk() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let before = try CLIRunner.sqlite(cli.database, ".dump")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder.path, "CERTDESK_DB": cli.database,
                           "CERTDESK_ACTOR": "林志明", "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: environment)
        try terminal.run(Self.binary + " drill run mass-defacement --speed 10 --lang en")
        let opened = try #require(try terminal.waitFor(timeout: 15) { $0.contains("演練 EXERCISE") && $0.contains("TCN-2026-0001") },
                                  "the drill did not open: \(terminal.shown)")
        #expect(opened.screen.contains("2026-03-16") && opened.screen.contains("mass-defacement"))
        try terminal.keys(" ")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("paused") }, "\(terminal.shown)")
        try terminal.keys("n")
        try terminal.type("drill note typed by the officer")
        try terminal.keys("Enter")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("note added to TCN-2026-0001") }, "\(terminal.shown)")
        try terminal.keys("q")
        // The report's command is printed as the drill desk closes; the shell's prompt after it
        // says the process has exited.
        _ = try #require(try terminal.waitFor(timeout: 10) { screen in
            guard let report = screen.range(of: "after-action report: certdesk drill report") else { return false }
            return screen[report.upperBound...].contains(TmuxTerminal.emptyPrompt)
        }, "\(terminal.shown)")
        let drills = cli.folder.appendingPathComponent("drills")
        let database = try #require(try FileManager.default.contentsOfDirectory(atPath: drills.path).first { $0.hasSuffix(".sqlite") })
        let rows = try CLIRunner.sqlite(drills.appendingPathComponent(database).path, "SELECT actor || ' ' || kind FROM journal WHERE kind IN ('incident-opened', 'note-added') ORDER BY seq")
        #expect(rows.hasPrefix("exercise-control incident-opened") && rows.contains("林志明 note-added"), "\(rows)")
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == before, "a drill never touches the live desk")
    }

    /// Who is on watch comes from the open shift: none in the warning colour, then, after a
    /// handover signed in another process, the incoming officer; at 80×24 and in Chinese too.
    @Test func theTitleBarShowsTheShiftOnWatch() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: Self.environment(cli))
        try terminal.run(Self.binary)
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("NO SHIFT ON WATCH") }, "\(terminal.shown)")
        #expect(try cli.run(["shift", "start", "--officer", "林志明", "--at", "02:00"]).status == 0)
        _ = try #require(try terminal.waitFor(timeout: 10) { $0.contains("on watch 林志明 since 02:00") }, "\(terminal.shown)")
        #expect(try cli.run(["handover", "offer"]).status == 0)
        #expect(try cli.run(["handover", "accept", "--officer", "王大明"]).status == 0)
        _ = try #require(try terminal.waitFor(timeout: 10) { $0.contains("on watch 王大明 since 03:00") }, "\(terminal.shown)")
        try terminal.keys("q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) }

        let chinese = try TmuxTerminal(columns: 140, rows: 40, environment: Self.environment(cli))
        try chinese.run(Self.binary + " --lang zh-TW")
        _ = try #require(try chinese.waitFor(timeout: 15) { $0.contains("值班 王大明 since 03:00") }, "\(chinese.shown)")
        try chinese.keys("q")
    }

    /// The whole handover from the keyboard: a remark and an offer by the outgoing officer; a note
    /// recorded from another terminal after the offer makes the signature refuse (what was typed
    /// stays); offered again, it is signed and the incoming officer is on watch. The review, in
    /// Chinese at 140×40, opens the old shift's report with its digest holding.
    @Test func theHandoverIsSignedInTheConsole() throws {
        let cli = CLIRunner(now: "2026-11-25T03:00:00+08:00")
        defer { cli.remove() }
        try Self.demoOnWatch(cli)
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: Self.environment(cli))
        try terminal.run(Self.binary)
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("on watch 林志明") }, "\(terminal.shown)")
        try terminal.keys("H")
        _ = try #require(try terminal.waitFor(timeout: 10) { $0.contains("DRAFT: not offered yet") }, "\(terminal.shown)")
        try terminal.keys("r")
        try terminal.type("TCN-2026-0001 待機關回電確認備份")
        try terminal.keys("Enter")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("remark recorded for the handover of shift 1") } != nil, "\(terminal.shown)")
        try terminal.keys("o")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("handover offered (digest") } != nil, "\(terminal.shown)")

        #expect(try cli.run(["note", "TCN-2026-0001", "機關回電：備份可用"]).status == 0)
        #expect(try terminal.waitFor(timeout: 10) { $0.contains("1 event recorded after this offer") } != nil, "\(terminal.shown)")
        try terminal.keys("A")
        try terminal.type("王大明")
        try terminal.keys("Enter")
        try terminal.type("已閱")
        try terminal.keys("Enter")
        let refused = try #require(try terminal.waitFor(timeout: 5) { $0.contains("recorded after the handover was offered") }, "\(terminal.shown)")
        #expect(refused.screen.contains("已閱"), "the remark stays in its prompt")
        try terminal.keys("Escape", "o")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains("OFFERED") } != nil, "\(terminal.shown)")
        try terminal.keys("A")
        try terminal.type("王大明")
        try terminal.keys("Enter")
        try terminal.type("已閱，接班")
        try terminal.keys("Enter")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("on watch 王大明 since 03:00") && $0.contains("shift 1 handed over") },
                         "\(terminal.shown)")
        try terminal.keys("q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) }
        let show = try cli.run(["shift", "show", "1"])
        #expect(show.status == 0)
        #expect(show.stderr.contains("digest ok"), "\(show.stderr)")

        let chinese = try TmuxTerminal(columns: 140, rows: 40, environment: Self.environment(cli).merging(["NO_COLOR": "1"]) { $1 })
        try chinese.run(Self.binary + " --lang zh-TW")
        _ = try #require(try chinese.waitFor(timeout: 15) { $0.contains("值班 王大明 since 03:00") }, "\(chinese.shown)")
        try chinese.keys("S")
        _ = try #require(try chinese.waitFor(timeout: 5) { $0.contains("班次紀錄（2 班，新到舊）") }, "\(chinese.shown)")
        try chinese.keys("j", "Enter")
        let report = try #require(try chinese.waitFor(timeout: 5) { $0.contains("digest ok（摘要相符）") }, "\(chinese.shown)")
        #expect(report.screen.contains("交接報告：第 1 班"))
        try chinese.keys("Escape", "Escape", "q")
    }

    static func rowLines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func line(starting prefix: String, in screen: String) -> String? {
        rowLines(screen).first { $0.hasPrefix(prefix) }
    }
}
