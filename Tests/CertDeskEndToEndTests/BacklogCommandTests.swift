import Foundation
import Testing

/// A desk with a backlog, from outside: an import of old tickets leaves no breaches for the next
/// command to write; `list` and `clocks` print the top of the queue (`--limit`, `--filter`,
/// `--sort`) row by row, the same bytes as the desk as it stood (`--as-of`); a second writer
/// waits for the first instead of failing.
@Suite("certdesk on a backlog")
struct BacklogCommandTests {
    static let now = "2026-03-02T14:00:00+08:00"

    /// Forty tickets aware 1 to 400 days ago, every fifth a drill; agencies and hosts vary.
    static func oldTickets() -> String {
        let agencies = ["彰化縣政府", "臺中市北屯區公所", "南投縣政府稅務局"]
        return (0..<40).map { n in
            let day = 1 + n * 10
            let aware = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_772_431_200 - Double(day) * 86_400))
            return #"{"id":"OLD-\#(n)","title":"舊事件單 \#(n)：主機 host-\#(n % 7) 連線至惡意中繼站","category":"\#(n % 2 == 0 ? "c2-beacon" : "phishing")","level":\#(n % 4 + 1),"agency":"\#(agencies[n % 3])","aware_at":"\#(aware)","indicators":[{"type":"ipv4","value":"203.0.113.\#(n + 1)"}]\#(n % 5 == 4 ? #","exercise":true"# : "")}"#
        }.joined(separator: "\n") + "\n"
    }

    private func importedDesk() throws -> CLIRunner {
        let cli = CLIRunner(now: Self.now)
        let tickets = try cli.file("old.jsonl", Self.oldTickets())
        let ingest = try cli.run(["ingest", tickets])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        return cli
    }

    @Test func anImportOfOldTicketsLeavesTheNextCommandNothingToRecord() throws {
        let cli = try importedDesk()
        defer { cli.remove() }
        let breaches = try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal WHERE kind = 'obligation-overdue' AND actor = 'certdesk'")
        #expect(Int(breaches.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 40, "each old ticket's breaches came with it")
        // Each breach right after its incident's opening, in the same commit.
        let order = try CLIRunner.sqlite(cli.database, """
            SELECT count(*) FROM journal j WHERE kind = 'obligation-overdue'
              AND NOT EXISTS (SELECT 1 FROM journal o WHERE o.kind = 'incident-opened' AND o.incident = j.incident AND o.seq < j.seq
                              AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.seq > o.seq AND x.seq < j.seq AND x.kind <> 'obligation-overdue'))
            """)
        #expect(order.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let length = try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal")
        for command in [["list"], ["clocks"], ["list", "--limit", "5"]] {
            #expect(try cli.run(command).status == 0)
        }
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal") == length, "nothing was left to record")
    }

    @Test(arguments: [
        ["list", "--limit", "5"], ["list", "--filter", "北屯區", "--limit", "3"], ["list", "--sort", "agency", "--limit", "7"],
        ["list", "--sort", "level"], ["list", "--all", "--sort", "id", "--filter", "host-3"], ["list", "--filter", "沒有這種事件"],
        ["clocks", "--limit", "4"], ["clocks", "--filter", "南投"], ["clocks", "--all", "--filter", "host-1", "--limit", "6"],
    ])
    func rowsPrintedAsReadAreTheDeskAsItStood(arguments: [String]) throws {
        let cli = try importedDesk()
        defer { cli.remove() }
        for form in [[], ["--json"]] {
            let live = try cli.run(arguments + form)
            try #require(live.status == 0, "\(live.stderr)")
            let then = try cli.run(arguments + form + ["--as-of", Self.now])
            #expect(live.stdout == then.stdout, "\(arguments + form)")
            for language in ["en", "zh-TW"] {
                #expect(try cli.run(arguments + form + ["--lang", language]).stdout
                        == cli.run(arguments + form + ["--lang", language, "--as-of", Self.now]).stdout)
            }
        }
        if let at = arguments.firstIndex(of: "--limit"), let limit = Int(arguments[at + 1]) {
            let rows = try cli.run(arguments + ["--json"]).stdout
            let count = (try JSONSerialization.jsonObject(with: Data(rows.utf8)) as? [Any])?.count
            #expect(count.map { $0 <= limit } == true)
        }
    }

    @Test func theTopOfTheQueueIsTheQueuesOwnOrderAndFilter() throws {
        let cli = try importedDesk()
        defer { cli.remove() }
        func ids(_ arguments: [String]) throws -> [String] {
            let out = try cli.run(arguments + ["--json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
            return rows.compactMap { $0["id"] as? String }
        }
        let whole = try ids(["list"])
        #expect(try ids(["list", "--limit", "6"]) == Array(whole.prefix(6)))
        let byID = try ids(["list", "--sort", "id"])
        #expect(byID == byID.sorted())
        #expect(Set(byID) == Set(whole))
        let filtered = try ids(["list", "--filter", "彰化縣政府"])
        #expect(!filtered.isEmpty && filtered == whole.filter(filtered.contains), "the filter keeps the queue's order")
        let refused = try cli.run(["list", "--limit", "0"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--limit"))
        let unknown = try cli.run(["list", "--sort", "colour"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("urgency"), "the orders are listed")
        // The table: a header, then the rows, each no wider than its columns.
        let table = try cli.run(["list", "--limit", "3"]).stdout.split(separator: "\n")
        #expect(table.count == 4)
        #expect(table[0].hasPrefix("DUE"))
    }

    @Test func aSecondWriterWaitsWhileAnotherProcessHoldsTheDesk() throws {
        let cli = CLIRunner(now: Self.now)
        defer { cli.remove() }
        let ticket = try cli.file("one.json", #"{"id":"SOC-1","title":"主機異常連線","category":"phishing","agency":"彰化縣政府","aware_at":"2026-03-02T13:50:00+08:00"}"#)
        #expect(try cli.run(["ingest", ticket]).status == 0)
        // Another process takes the write lock for a second and a half (as a large ingest does).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", """
            import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("BEGIN IMMEDIATE")
            print("held", flush=True)
            time.sleep(1.5)
            db.execute("COMMIT")
            """, cli.database]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        _ = out.fileHandleForReading.availableData   // "held": the lock is taken
        let start = Date()
        let note = try cli.run(["note", "TCN-2026-0001", "值班台忙碌時加註"])
        holder.waitUntilExit()
        #expect(note.status == 0, "\(note.stderr)")
        #expect(!note.stderr.contains("locked"))
        #expect(Date().timeIntervalSince(start) >= 1.0, "it waited for the other writer")
        #expect(try cli.run(["show", "TCN-2026-0001"]).stdout.contains("值班台忙碌時加註"))
    }
}
