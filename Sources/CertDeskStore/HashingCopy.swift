import CertDeskCore
import CFileSync
import Crypto
import Foundation

/// Reads a file once, in fixed 1 MiB chunks, feeding SHA-256 and (when given) a destination:
/// memory stays the same whatever the file's size, and the hash is of exactly the bytes written.
/// A second thread writes while the next chunk is read and hashed, so on two cores the hash
/// (SHA extensions, over 1 GB/s) and the disk write overlap instead of taking turns; it also
/// pushes each written 8 MiB to the disk as it goes, so the closing fsync has little left to do
/// and a large image does not flood the page cache with dirty pages.
enum HashingCopy {
    static let chunkSize = 1 << 20

    enum Failure: Error {
        case read(errno: Int32)
        case write(errno: Int32, written: Int64)
        /// `shouldGoOn` said stop: the officer cancelled.
        case cancelled
    }

    /// How the copy may go: told the bytes done after each chunk, it says whether to go on;
    /// `bytesPerSecond` paces it (a copy from a live system must not starve it).
    struct Pace {
        var shouldGoOn: ((Int64) -> Bool)?
        var bytesPerSecond: Int64?

        init(shouldGoOn: ((Int64) -> Bool)? = nil, bytesPerSecond: Int64? = nil) {
            self.shouldGoOn = shouldGoOn
            self.bytesPerSecond = bytesPerSecond
        }
    }

    struct Result {
        var sha256: String
        var size: Int64
    }

    /// Hashes `source` to its end, writing every byte to `destination` when it is not nil.
    /// Two buffers: while the writer thread writes one, this thread reads and hashes the other.
    /// `progress` is told the bytes done after each chunk.
    static func run(source: Int32, destination: Int32?, progress: ((Int64) -> Void)? = nil) throws(Failure) -> Result {
        try run(source: source, destination: destination, pace: Pace(shouldGoOn: progress.map { report in { report($0); return true } }))
    }

    static func run(source: Int32, destination: Int32?, pace: Pace) throws(Failure) -> Result {
        let buffers = [UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 4096),
                       UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 4096)]
        defer { buffers.forEach { $0.deallocate() } }
        let writer = destination.map(ChunkWriter.init)
        var hasher = SHA256()
        var total: Int64 = 0
        var turn = 0
        var readError: Int32?
        var cancelled = false
        let started = DispatchTime.now().uptimeNanoseconds
        while true {
            writer?.waitUntilFree(turn)
            if writer?.failed == true { break }
            let n = fill(source, buffers[turn])
            if n < 0 { readError = Int32(-n) }
            if n <= 0 { break }
            let chunk = UnsafeRawBufferPointer(rebasing: buffers[turn][0..<n])
            hasher.update(bufferPointer: chunk)
            writer?.submit(chunk, slot: turn)
            total += Int64(n)
            if let shouldGoOn = pace.shouldGoOn, !shouldGoOn(total) {
                cancelled = true
                break
            }
            if let rate = pace.bytesPerSecond, rate > 0 {
                // Ahead of the pace: wait until the bytes done are due.
                let due = UInt64(Double(total) / Double(rate) * 1e9)
                let spent = DispatchTime.now().uptimeNanoseconds - started
                if due > spent { usleep(useconds_t(min(due - spent, 1_000_000_000) / 1000)) }
            }
            turn ^= 1
        }
        let outcome = writer?.finish()
        if cancelled { throw .cancelled }
        if let outcome, let code = outcome.errno { throw .write(errno: code, written: outcome.written) }
        if let readError { throw .read(errno: readError) }
        return Result(sha256: SHA256Hex.text(hasher.finalize()), size: total)
    }

    /// Reads until the buffer is full or the file ends: the bytes read (0 only at the end), or
    /// minus errno.
    private static func fill(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        var filled = 0
        while filled < buffer.count {
            let n = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if n > 0 {
                filled += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                return -Int(errno)
            }
        }
        return filled
    }
}

/// The writing half of `HashingCopy`: one thread, one chunk in flight per buffer slot.
private final class ChunkWriter: @unchecked Sendable {
    // Guarded by `condition`.
    private var pending: [(slot: Int, bytes: UnsafeRawBufferPointer)] = []
    private var busy = [false, false]
    private var closing = false
    private var error: Int32?
    private var written: Int64 = 0
    private let condition = NSCondition()
    private let fd: Int32
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    init(_ fd: Int32) {
        self.fd = fd
        let thread = Thread { [unowned self] in self.loop() }
        thread.stackSize = 1 << 20
        self.thread = thread
        thread.start()
    }

    var failed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return error != nil
    }

    func waitUntilFree(_ slot: Int) {
        condition.lock()
        while busy[slot] && error == nil { condition.wait() }
        condition.unlock()
    }

    func submit(_ bytes: UnsafeRawBufferPointer, slot: Int) {
        condition.lock()
        busy[slot] = true
        pending.append((slot, bytes))
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for every submitted chunk; the first write error, if any, and the bytes written.
    func finish() -> (errno: Int32?, written: Int64) {
        condition.lock()
        closing = true
        condition.broadcast()
        condition.unlock()
        done.wait()
        return (error, written)
    }

    private func loop() {
        while true {
            condition.lock()
            while pending.isEmpty && !closing { condition.wait() }
            if pending.isEmpty {
                condition.unlock()
                done.signal()
                return
            }
            let (slot, bytes) = pending.removeFirst()
            let skip = error != nil
            condition.unlock()
            let (count, failure) = skip ? (0, nil) : writeAll(bytes)
            if failure == nil && !skip { flushBehind(upTo: offset + Int64(count)) }
            condition.lock()
            if let failure, error == nil { error = failure }
            written += Int64(count)
            busy[slot] = false
            condition.broadcast()
            condition.unlock()
        }
    }

    // Write-back bookkeeping; only the writer thread touches these.
    private var offset: Int64 = 0
    private var windowStart: Int64 = 0
    private var previousWindow: Range<Int64>?
    private static let window: Int64 = 8 << 20

    /// Starts write-back of each full window as soon as it is written, then waits for the one
    /// before it and lets its pages go: the disk works while the next chunks are hashed.
    private func flushBehind(upTo end: Int64) {
        offset = end
        guard end - windowStart >= Self.window else { return }
        _ = certdesk_start_writeback(fd, windowStart, end - windowStart)
        if let previous = previousWindow {
            _ = certdesk_wait_writeback(fd, previous.lowerBound, previous.upperBound - previous.lowerBound)
            _ = posix_fadvise(fd, Int(previous.lowerBound), Int(previous.count), Int32(POSIX_FADV_DONTNEED))
        }
        previousWindow = windowStart..<end
        windowStart = end
    }

    /// Writes all of `bytes`; how many were written, and the error that stopped it, if any.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> (Int, Int32?) {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n >= 0 {
                offset += n
            } else if errno != EINTR {
                return (offset, errno)
            }
        }
        return (offset, nil)
    }
}
