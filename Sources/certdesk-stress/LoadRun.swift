import Foundation

/// Concurrency under load: a year's backlog ingested in one go (most of its clocks long past
/// due), then at once an ingest loop, two writers, a reader and two consoles on the same desk.
/// Nobody may see a lock error, every write that said it was done must be in the journal, the
/// chain must hold, and each console must show a ticket another process ingested meanwhile.
struct LoadRun {
    let certdesk: CertdeskProcess
    let inspection: DeskInspection
    let folder: URL
    let backlog: Int
    let seconds: Double
    let consoles: Bool

    private(set) var failures: [String] = []

    /// Every command the loops ran, by loop.
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [String: [CommandRun]] = [:]
        func add(_ loop: String, _ run: CommandRun) { lock.lock(); runs[loop, default: []].append(run); lock.unlock() }
        var all: [String: [CommandRun]] { lock.lock(); defer { lock.unlock() }; return runs }
    }

    mutating func run() {
        let old = folder.appendingPathComponent("backlog.jsonl").path
        try? TicketFile.write(old, prefix: "OLD", count: backlog, daysBack: 365)
        let bulk = certdesk.run(["ingest", old])
        guard bulk.succeeded else { return failures.append("bulk ingest of \(backlog) tickets: \(bulk.stderr)") }
        say("  bulk ingest of \(backlog) tickets a year old: \(format(bulk.seconds)) s")
        let listed = certdesk.run(["list", "--json", "--limit", "200"])
        let incidents = ((try? JSONSerialization.jsonObject(with: Data(listed.stdout.utf8))) as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        guard !incidents.isEmpty else { return failures.append("the desk lists no incident after the bulk ingest") }

        let terminals = consoles ? ConsolePair(binary: certdesk.binary, environment: certdesk.environment) : nil
        if consoles && terminals == nil { failures.append("the consoles could not be started in tmux") }

        let runs = Runs()
        let deadline = Date().addingTimeInterval(seconds)
        let certdesk = self.certdesk, folder = self.folder
        let loops: [(String, @Sendable (Int) -> CommandRun)] = [
            ("ingest", { n in
                let path = folder.appendingPathComponent("feed-\(n).jsonl").path
                try? TicketFile.write(path, prefix: "STRESS-I\(n)", count: 20, daysBack: 0.01)
                defer { try? FileManager.default.removeItem(atPath: path) }
                return certdesk.run(["ingest", path])
            }),
            ("writer 1 (notes)", { n in certdesk.run(["note", incidents[n % incidents.count], "STRESS-W1-\(n) 已電話聯繫機關"]) }),
            ("writer 2 (notifications)", { n in
                certdesk.run(["notify", incidents[(n * 7) % incidents.count], "--channel", "phone", "--to", "林雅婷 STRESS-W2-\(n)"])
            }),
            ("reader", { n in certdesk.run(n % 2 == 0 ? ["list", "--limit", "20"] : ["clocks", "--limit", "20"]) }),
        ]
        let group = DispatchGroup()
        for (name, body) in loops {
            group.enter()
            Thread.detachNewThread {
                var n = 0
                while Date() < deadline {
                    runs.add(name, body(n))
                    n += 1
                }
                group.leave()
            }
        }
        group.wait()

        var acknowledged: [String] = []
        for (loop, done) in runs.all.sorted(by: { $0.key < $1.key }) {
            let times = done.map(\.seconds).sorted()
            say("  \(loop): \(done.count) commands, median \(format(times[times.count / 2] * 1000, 0)) ms, "
                  + "worst \(format((times.last ?? 0) * 1000, 0)) ms, first after the bulk ingest \(format(done[0].seconds * 1000, 0)) ms")
            for run in done {
                if run.reportsLock { failures.append("\(loop): a lock error reached the officer: \(run.stderr)") }
                if !run.succeeded { failures.append("\(loop): \(run.arguments.prefix(3).joined(separator: " ")) exited \(run.status): \(run.stderr)") }
            }
            for (n, run) in done.enumerated() where run.succeeded {
                switch loop {
                case "ingest": acknowledged += (1...20).map { "STRESS-I\(n)-" + String(format: "%06d", $0) }
                case "writer 1 (notes)": acknowledged.append("STRESS-W1-\(n)")
                case "writer 2 (notifications)": acknowledged.append("STRESS-W2-\(n)")
                default: break
                }
            }
        }
        let present = Set(inspection.markers(after: 0))
        let missing = acknowledged.filter { !present.contains($0) }
        if !missing.isEmpty { failures.append("\(missing.count) acknowledged writes are missing: \(missing.prefix(5))") }
        say("  \(acknowledged.count) acknowledged writes, \(acknowledged.count - missing.count) in the journal")
        let integrity = inspection.integrity()
        if integrity != "ok" { failures.append("integrity_check: \(integrity)") }
        let verify = certdesk.run(["verify"])
        if verify.status != 0 { failures.append("verify: \(verify.stdout)\(verify.stderr)") }

        if let terminals {
            // The last ticket the ingest loop had recorded, looked for in each console.
            let ingested = (runs.all["ingest"] ?? []).enumerated().last { $0.element.succeeded }?.offset
            if let ingested {
                for problem in terminals.show("STRESS-I\(ingested)-20 ") { failures.append(problem) }
            }
            terminals.close()
        }
    }
}

/// A line of figures, written at once (not held in a buffer when stdout is a pipe: `make stress | tee`).
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
