import CertDeskCore
import Foundation

/// A command the officer configured to carry a message: a sendmail-compatible mailer
/// (`msmtp -t`, `/usr/sbin/sendmail -t`, which read the recipients from the headers) or an SMS
/// gateway (the number as its last argument). The message goes in on stdin; exit status 0 means
/// it took it. Run without a shell, so a recipient can never become a command.
public struct TransportCommand: Sendable, CustomStringConvertible {
    public let arguments: [String]
    public let timeoutSeconds: Int

    /// Words split on spaces; `"…"` or `'…'` keeps spaces inside one word. Nil when empty or a
    /// quote is not closed.
    public init?(_ text: String, timeoutSeconds: Int = 30) {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var inWord = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        guard quote == nil else { return nil }
        if inWord { words.append(word) }
        guard !words.isEmpty else { return nil }
        arguments = words
        self.timeoutSeconds = timeoutSeconds
    }

    public var description: String { arguments.joined(separator: " ") }

    /// Runs the command with `input` on stdin and `extra` arguments after its own; what it
    /// printed (stdout then stderr, sanitized) is its answer. The blocking parts (writing,
    /// reading, the watchdog) run on Dispatch queues, never on the task pool, so a command that
    /// hangs cannot starve the console or the timeout itself.
    public func run(input: Data, extra: [String] = []) async throws(MailFailure) -> String {
        let process = Process()
        let program = arguments[0]
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(arguments.dropFirst()) + extra
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments + extra
        }
        let stdin = Pipe(), output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        let ended = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { ended.continuation.yield($0.terminationStatus); ended.continuation.finish() }
        do {
            try process.run()
        } catch {
            throw .commandNotRun(command: description, reason: error.localizedDescription)
        }
        let printed = AsyncStream<Data>.makeStream()
        DispatchQueue.global().async {
            printed.continuation.yield(output.fileHandleForReading.readDataToEndOfFile())
            printed.continuation.finish()
        }
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let stopped = StopFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeoutSeconds)) {
            if process.isRunning {
                stopped.set()
                // SIGKILL, not terminate(): the child inherits the blocked signal mask of the
                // Dispatch thread that spawned it, SIGTERM among them.
                kill(process.processIdentifier, SIGKILL)
            }
        }
        var status: Int32 = -1
        for await code in ended.stream { status = code }
        var data = Data()
        for await chunk in printed.stream { data = chunk }
        if stopped.isSet { throw .commandTimedOut(command: description, seconds: timeoutSeconds) }
        let answer = TextChecks.sanitized(String(decoding: data, as: UTF8.self))
        guard status == 0 else { throw .commandFailed(command: description, status: status, output: answer) }
        return answer
    }
}

/// Set once by the watchdog when it stopped the command.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
