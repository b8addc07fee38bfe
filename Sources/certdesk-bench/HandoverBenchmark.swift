import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation

/// Issue goal: the handover report for a shift of 10,000 events on a desk of 100,000
/// incidents, and `shift list` over a year of shifts (730), each under 200 ms on a release build
/// (goal: 50 ms). The desk is the console benchmark's backlog (a year of incidents, most clocks
/// breached long ago and recorded so), measured twice: kept as a desk is kept, all but 1,000
/// closed (`BENCH_HANDOVER_OPEN`), and the worst case, every incident still open, where the
/// report lists all 100,000; then a year of twelve-hour shifts and a watch of 10,000 notes.
struct HandoverBenchmark {
    let certdesk: String
    let incidents: Int
    let runs: Int

    /// A desk where all but `open` incidents were closed (the year's desk as it is kept), and
    /// the worst case, every incident still open (the report then lists all of them).
    let open: Int

    func run() {
        measure(open: min(open, incidents))
        measure(open: incidents)
    }

    private func measure(open: Int) {
        let folder = scratchFolder("handover-\(open)-open")
        // BENCH_KEEP=1 keeps the desk for a profiler (its path is printed).
        let keep = ProcessInfo.processInfo.environment["BENCH_KEEP"] == "1"
        defer { if keep { print("    kept \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let path = folder.appendingPathComponent("desk.sqlite").path
        let start = Date()
        DeskFiller(certdesk: certdesk, path: path).fill(incidents: incidents, journalRows: incidents * 2)
        guard let store = try? DeskStore(path: path) else { return }
        var clock = SteppingClock(Instant(millisecondsSinceEpoch: 1_772_496_000_000 + 60_000))
        // The backlog's breaches were recorded by the watches that saw them fall due, and the
        // oldest incidents were closed: both before the year of shifts, so the watch measured
        // holds its 10,000 events and no more.
        try? Desk(store: store, clock: FixedClock(clock.now), actor: "bench", rules: nil).keepClocks()
        let closed = incidents - open
        for first in stride(from: 1, through: closed, by: 10_000) {
            let batch = (first...min(closed, first + 9_999)).map {
                DeskCommand.changePhase(incident: IncidentNumbering.id(prefix: "TCN-2026", number: $0), phase: .closed,
                                        override: "結案：機關已完成復原並回報")
            }
            _ = try? store.perform(batch, actor: "bench", clock: clock)
        }
        // A year of shifts, twelve hours each.
        for n in 0..<729 {
            _ = try? store.perform([.startShift(officer: n % 2 == 0 ? "林志明" : "王大明", at: nil, force: nil)], actor: "bench", clock: clock)
            clock.advance(milliseconds: 43_200_000)
            _ = try? store.perform([.endShift(at: nil)], actor: "bench", clock: clock)
        }
        _ = try? store.perform([.startShift(officer: "陳怡君", at: nil, force: nil)], actor: "bench", clock: clock)
        // The watch: 10,000 notes on the open incidents.
        let notes = (0..<10_000).map { i -> DeskCommand in
            .addNote(incident: IncidentNumbering.id(prefix: "TCN-2026", number: closed + (i * 7919) % open + 1),
                     text: "值班紀錄 \(i)：已電話聯繫機關聯絡人")
        }
        _ = try? store.perform(notes, actor: "bench", clock: clock)
        let rows = (try? store.journalLength()) ?? 0
        let watch = (try? store.shiftOnWatch()).flatMap { $0 }.map { rows - $0.startSeq + 1 } ?? 0
        let openNow = (try? store.queueCount(QueueQuery())) ?? 0
        print("handover: desk of \(incidents) incidents, \(openNow) open, \(rows) journal rows, 730 shifts, a watch of \(watch) events "
              + "(built in \(format(Date().timeIntervalSince(start), 1)) s)")

        let desk = Desk(store: store, clock: FixedClock(clock.now), actor: "bench", rules: nil)
        // The reading holds the report's JSON and digest (canonical JSON, SHA-256): both are timed.
        report("handover report of the shift on watch, with its digest (in process)") { _ = try? desk.handoverOnWatch() }
        report("shift list (in process)") { _ = try? desk.shifts() }
        let environment = ["CERTDESK_NOW": ISO8601.utcMillisecondString(clock.now), "CERTDESK_DB": path]
        report("certdesk shift list (whole process)") { timed(certdesk, ["shift", "list"], environment: environment) }
        report("certdesk handover show --json (whole process)") { timed(certdesk, ["handover", "show", "--json"], environment: environment) }
    }

    private func report(_ what: String, _ body: () -> Void) {
        reportTimes(what, runs: runs, goal: "goal 50 ms, limit 200 ms") { _ in body() }
    }
}

/// A clock the benchmark moves forward by hand.
struct SteppingClock: Clock {
    var now: Instant

    init(_ now: Instant) { self.now = now }

    mutating func advance(milliseconds: Int64) { now = now.adding(milliseconds: milliseconds) }
}
