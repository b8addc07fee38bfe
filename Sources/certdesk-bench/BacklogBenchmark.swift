import Foundation
import CertDeskCore

/// Issue goals for a desk with a year's backlog: the first command after a bulk import of
/// 30,000 old tickets (every clock long past due) under 1 s; on 100,000 incidents aware over
/// the last 30 days (most clocks breached and recorded), the console's first frame under
/// 150 ms (goal 50 ms), keypress and filter keystroke p99 under 16 ms, and `list --limit 50`
/// in milliseconds. Figures, not pass or fail.
struct BacklogBenchmark {
    let certdesk: String
    let imported: Int
    let incidents: Int
    let keys: Int
    let runs: Int

    /// The bench's now (`BenchDesk.now`), as `CERTDESK_NOW`.
    static let now = "2026-03-02T03:42:00Z"

    func run() {
        let folder = scratchFolder("backlog")
        defer { try? FileManager.default.removeItem(at: folder) }
        bulkImport(folder)
        month(folder)
    }

    /// Old tickets, aware 30 to 400 days before now: every clock is past due when they arrive.
    private func bulkImport(_ folder: URL) {
        print("backlog: bulk import of \(imported) old tickets, \(runs) runs (release build)")
        let tickets = folder.appendingPathComponent("old.jsonl").path
        var out = ""
        out.reserveCapacity(imported * 300)
        let now: Int64 = 1_772_422_920_000, day: Int64 = 86_400_000
        for n in 0..<imported {
            let aware = ISO8601.string(Instant(millisecondsSinceEpoch: now - 30 * day - Int64(n % 370) * day - Int64(n % 1440) * 60_000),
                                       offsetMinutes: TaipeiTime.offsetMinutes)
            let category = DeskFiller.categories[n % DeskFiller.categories.count], agency = DeskFiller.agencies[n % DeskFiller.agencies.count]
            out += #"{"id":"OLD-\#(n)","title":"舊事件單補登 \#(n)：主機連線至已知惡意中繼站","category":"\#(category)","level":\#(n % 4 + 1),"agency":"\#(agency)","aware_at":"\#(aware)","reported_at":"\#(aware)","indicators":[{"type":"ipv4","value":"198.51.100.\#(n % 250 + 1)"}]}"# + "\n"
        }
        _ = FileManager.default.createFile(atPath: tickets, contents: Data(out.utf8))
        let environment = ["CERTDESK_NOW": Self.now]
        var ingests: [Double] = [], firsts: [Double] = [], lists: [Double] = [], clocks: [Double] = [], waits: [Double] = []
        for n in 0..<runs {
            let desk = folder.appendingPathComponent("import-\(n).sqlite").path
            timed(certdesk, ["list", "--create", "--db", desk], environment: environment)
            // A second writer during the ingest (a new ticket, 0.5 s in): it waits for the lock
            // and records (`timed` stops the benchmark on any failure, "database is locked" too).
            let late = folder.appendingPathComponent("late-\(n).json").path
            _ = FileManager.default.createFile(atPath: late, contents: Data(#"{"id":"LATE-\#(n)","title":"匯入期間新進事件單","category":"phishing","agency":"彰化縣政府","aware_at":"2026-03-02T11:40:00+08:00"}"#.utf8))
            let group = DispatchGroup()
            let waited = Box()
            DispatchQueue.global().async(group: group) {
                Thread.sleep(forTimeInterval: 0.5)
                waited.value = timed(certdesk, ["ingest", "--db", desk, late], environment: environment)
            }
            ingests.append(timed(certdesk, ["ingest", "--db", desk, tickets], environment: environment))
            group.wait()
            waits.append(waited.value)
            firsts.append(timed(certdesk, ["list", "--limit", "50", "--db", desk], environment: environment))
            lists.append(timed(certdesk, ["list", "--db", desk], environment: environment))
            clocks.append(timed(certdesk, ["clocks", "--db", desk], environment: environment))
        }
        func line(_ what: String, _ values: [Double], _ goal: String = "") {
            let sample = Sample(values: values)
            print("  \(what): min \(format(sample.min)) s, median \(format(sample.median)) s\(goal.isEmpty ? "" : " (\(goal))")")
        }
        line("ingest of \(imported) (breaches recorded with it)", ingests)
        line("a second writer started 0.5 s into the ingest: waited and recorded in", waits)
        line("first command after the import, list --limit 50", firsts, "goal: under 1 s")
        line("then list (every incident)", lists)
        line("then clocks (every pending clock)", clocks)
    }

    /// 100,000 incidents aware over the last 30 days, their breaches recorded as they arrived.
    private func month(_ folder: URL) {
        let path = folder.appendingPathComponent("month.sqlite").path
        let start = Date()
        var filler = DeskFiller(certdesk: certdesk, path: path)
        filler.days = 30
        filler.fill(incidents: incidents, journalRows: 0)
        let counts = folder.appendingPathComponent("counts.txt").path
        timed("/usr/bin/sqlite3", [path, "SELECT (SELECT count(*) FROM journal WHERE kind = 'obligation-overdue') || ' breaches recorded, ' || (SELECT count(*) FROM obligations WHERE state = 'open') || ' clocks open'"], stdout: counts)
        let shape = ((try? String(contentsOfFile: counts, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        print("backlog: \(incidents) incidents aware over the last 30 days, \(shape) (built in \(format(Date().timeIntervalSince(start), 1)) s)")
        let environment = ["CERTDESK_NOW": Self.now]
        for (what, arguments) in [("list --limit 50", ["list", "--limit", "50"]), ("list --filter 彰化縣衛生局 --limit 50", ["list", "--filter", "彰化縣衛生局", "--limit", "50"]),
                                  ("list", ["list"]), ("clocks", ["clocks"]), ("clocks --limit 50", ["clocks", "--limit", "50"])] {
            var times: [Double] = []
            for _ in 0..<runs { times.append(timed(certdesk, arguments + ["--db", path], environment: environment)) }
            let sample = Sample(values: times)
            print("  \(what): min \(format(sample.min * 1000, 1)) ms, median \(format(sample.median * 1000, 1)) ms")
        }
        ConsoleBenchmark(certdesk: certdesk, keys: keys).measure(path)
        // Three days later nobody has used the desk: the clocks still running then have fallen
        // due. Each read first records one bounded batch of them (`Desk.overdueBatch`).
        let later = ["CERTDESK_NOW": "2026-03-05T03:42:00Z"]
        var batches: [Double] = []
        for _ in 0..<runs { batches.append(timed(certdesk, ["list", "--limit", "50", "--db", path], environment: later)) }
        let sample = Sample(values: batches)
        print("  three days on, list --limit 50 recording a batch of up to 1,000 incidents' breaches first:"
            + " min \(format(sample.min * 1000, 1)) ms, median \(format(sample.median * 1000, 1)) ms")
    }
}

/// A figure written by another thread, read once it is done.
private final class Box: @unchecked Sendable {
    var value = 0.0
}
