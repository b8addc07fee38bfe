import CertDeskCore
import CertDeskStore
import Foundation

/// Issue goals, on the as-of benchmark's year (about 1.4 million journal rows): in replay, one
/// step forward and one step back anywhere in the journal, p99 under 16 ms (goal 2 ms); a jump
/// to an arbitrary time, p99 under 200 ms (goal 50 ms). Also the memory the replay holds.
struct ReplayBenchmark {
    let store: DeskStore
    let start: Instant
    let end: Instant
    let jumps: Int

    func run() {
        guard let last = try? store.journalLength(), last > 2 else { return }
        let before = residentMebibytes()
        let opened = DispatchTime.now().uptimeNanoseconds
        guard let cursor = try? ReplayCursor(store: store, first: 0, last: last, start: last) else { return }
        print("replay: cursor over \(last) rows opened at the end in \(format(Double(DispatchTime.now().uptimeNanoseconds - opened) / 1e6, 1)) ms")
        let span = start.milliseconds(until: end)
        var jump: [Double] = [], forward: [Double] = [], back: [Double] = []
        for n in 0..<jumps {
            // Times drawn across the year, the same every run.
            let at = start.adding(milliseconds: Int64((UInt64(n) &* 2_654_435_761) % UInt64(span)))
            jump.append(milliseconds {
                if let seq = try? store.lastSeq(atOrBefore: at) { try? cursor.move(to: max(1, min(seq, last - 1))) }
            })
            forward.append(milliseconds { _ = try? cursor.forward() })
            back.append(milliseconds { _ = try? cursor.back() })
            back.append(milliseconds { _ = try? cursor.back() })
            forward.append(milliseconds { _ = try? cursor.forward() })
        }
        report("a jump to a time", jump, goal: "p99 limit 200 ms, goal 50 ms")
        report("one row forward", forward, goal: "p99 limit 16 ms, goal 2 ms")
        report("one row back", back, goal: "p99 limit 16 ms, goal 2 ms")
        print("    memory the replay holds: \(format(residentMebibytes() - before, 1)) MiB resident (process \(format(residentMebibytes(), 1)) MiB)")
    }

    func milliseconds(_ body: () -> Void) -> Double {
        let began = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - began) / 1e6
    }

    func report(_ what: String, _ samples: [Double], goal: String) {
        let sorted = samples.sorted()
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        print("    \(what): min \(format(sorted.first ?? 0, 2)) ms, median \(format(sorted[sorted.count / 2], 2)) ms, "
              + "p99 \(format(p99, 2)) ms, worst \(format(sorted.last ?? 0, 2)) ms over \(samples.count) (\(goal))")
    }

    /// Resident memory from /proc/self/statm (pages × page size).
    func residentMebibytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
