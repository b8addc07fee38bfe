import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

/// One piece of long work on a thread of its own, and what the console's thread reads of it at
/// each tick: how far it has come, whether to stop, how it ended. The copy holds no database
/// lock; an evidence item is committed on the console's thread once its file is staged, so
/// records keep going through the desk one at a time.
final class BackgroundWork: @unchecked Sendable {
    enum Result {
        case staged(Desk.StagedEvidence)
        case ingested(IngestOutcome)
        case failed(DeskError)
    }

    let kind: LongWork.Kind
    private let lock = NSLock()
    private let started = DispatchTime.now().uptimeNanoseconds
    private let finished = DispatchSemaphore(value: 0)
    private var done: Int64 = 0
    private var total: Int64 = 0
    private var stopAsked = false
    private var result: Result?

    init(kind: LongWork.Kind, total: Int64 = 0) {
        self.kind = kind
        self.total = total
    }

    /// Runs `body` on its own thread; `body` reports with `progress`, which answers whether to go on.
    func start(_ body: @escaping @Sendable (_ progress: @escaping (Int64, Int64) -> Bool) -> Result) {
        let thread = Thread { [self] in
            let outcome = body { done, total in self.report(done, total) }
            lock.withLock { result = outcome }
            finished.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func report(_ done: Int64, _ total: Int64) -> Bool {
        lock.withLock {
            self.done = done
            if total > 0 { self.total = total }
            return !stopAsked
        }
    }

    func cancel() { lock.withLock { stopAsked = true } }

    /// Waits for the thread to end (it stops within a chunk once cancelled).
    func wait(seconds: Int) { _ = finished.wait(timeout: .now() + .seconds(seconds)) }

    /// Where it stands, and its result once it has one.
    func snapshot() -> (progress: LongWork, result: Result?) {
        lock.withLock {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            return (LongWork(kind: kind, done: done, total: total, elapsed: elapsed, cancelling: stopAsked), result)
        }
    }
}
