import CertDeskFuzzing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the input being read where a signal handler can write it out, for the seeded engine
/// (libFuzzer does this itself). A trap, a bad access, a stack overflow (on an alternate stack)
/// or an abort (AddressSanitizer's report, with abort_on_error=1) saves it as
/// `<prefix>crash-<fingerprint>`; the watchdog's alarm, when one input reads for too long, as
/// `<prefix>hang-<fingerprint>`. Then the signal is raised again, so the parent sees it.
///
/// Only async-signal-safe calls happen in the handler: the buffers are allocated up front, the
/// file is written with open/write/close, the name's hex digits are filled in by hand.
enum CrashCapture {
    nonisolated(unsafe) static var input = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    nonisolated(unsafe) static var length = 0
    /// `<prefix>crash-` and `<prefix>hang-`, each followed by room for 16 hex digits and a NUL.
    nonisolated(unsafe) static var crashPath = UnsafeMutableBufferPointer<CChar>(start: nil, count: 0)
    nonisolated(unsafe) static var hangPath = UnsafeMutableBufferPointer<CChar>(start: nil, count: 0)
    nonisolated(unsafe) static var timeoutSeconds: UInt32 = 5

    static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install(prefix: String, capacity: Int, timeoutSeconds: Int) {
        input = .allocate(capacity: capacity)
        crashPath = path(prefix + "crash-")
        hangPath = path(prefix + "hang-")
        self.timeoutSeconds = UInt32(timeoutSeconds)
        length = 0
        // A stack overflow leaves no stack to run the handler on.
        var stack = stack_t()
        stack.ss_size = 1 << 16
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: stack.ss_size, alignment: 16)
        sigaltstack(&stack, nil)
        for signal in crashSignals + [SIGALRM] { handle(signal) }
    }

    private static func path(_ text: String) -> UnsafeMutableBufferPointer<CChar> {
        let bytes = Array(text.utf8CString.dropLast())
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count + 17)
        buffer.initialize(repeating: 0)
        _ = buffer.update(fromContentsOf: bytes)
        return buffer
    }

    private static func handle(_ signal: Int32) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = signalHandler
        #else
        action.__sigaction_u.__sa_handler = signalHandler
        #endif
        action.sa_flags = Int32(SA_ONSTACK)
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
    }

    /// The input about to be read; the watchdog starts.
    static func hold(_ bytes: [UInt8]) {
        length = min(bytes.count, input.count)
        _ = UnsafeMutableBufferPointer(rebasing: input[..<length]).update(fromContentsOf: bytes[..<length])
        alarm(timeoutSeconds)
    }

    /// The input was read in time.
    static func release() {
        alarm(0)
    }
}

private let signalHandler: @convention(c) (Int32) -> Void = { number in
    let path = number == SIGALRM ? CrashCapture.hangPath : CrashCapture.crashPath
    let saved = UnsafeBufferPointer(rebasing: CrashCapture.input[..<CrashCapture.length])
    var hash = InputFingerprint.of(saved)
    var end = path.count - 1
    path[end] = 0
    for _ in 0..<16 {
        end -= 1
        let digit = UInt8(hash & 0xF)
        path[end] = CChar(bitPattern: digit < 10 ? 0x30 + digit : 0x57 + digit)
        hash >>= 4
    }
    let file = open(path.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if file >= 0 {
        var written = 0
        while written < saved.count {
            let n = write(file, saved.baseAddress! + written, saved.count - written)
            if n <= 0 { break }
            written += n
        }
        close(file)
    }
    let note: StaticString = number == SIGALRM ? "certdesk-fuzz: an input read for too long; saved as "
        : "certdesk-fuzz: a reader crashed; its input saved as "
    _ = write(2, note.utf8Start, note.utf8CodeUnitCount)
    _ = write(2, path.baseAddress!, strlen(path.baseAddress!))
    _ = write(2, "\n", 1)
    signal(number, SIG_DFL)
    raise(number)
}
