import Foundation

/// One run of the certdesk binary, from the outside as an officer or a script runs it.
struct CommandRun {
    let arguments: [String]
    let status: Int32
    /// Ended by the harness's SIGKILL rather than by itself.
    let killed: Bool
    let stdout: String
    let stderr: String
    let seconds: Double

    var succeeded: Bool { !killed && status == 0 }
    /// A lock error must never reach anyone: the store waits, and past the wait says "busy".
    var reportsLock: Bool { stderr.contains("locked") || stderr.contains("SQLITE_BUSY") || stderr.contains("is busy") }
}

/// Starts certdesk processes on one desk; every run gets the same environment.
struct CertdeskProcess: Sendable {
    let binary: String
    let environment: [String: String]

    init(binary: String, database: String, extra: [String: String] = [:]) {
        self.binary = binary
        var environment = ProcessInfo.processInfo.environment
        environment["CERTDESK_DB"] = database
        environment["CERTDESK_ACTOR"] = "壓力測試"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "CERTDESK_NOW")
        self.environment = environment.merging(extra) { _, new in new }
    }

    /// Runs to the end; with `killAfter`, sends SIGKILL at that moment if it is still running.
    func run(_ arguments: [String], killAfter: Double? = nil) -> CommandRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        do { try process.run() } catch {
            return CommandRun(arguments: arguments, status: -1, killed: false, stdout: "", stderr: "cannot start \(binary): \(error)", seconds: 0)
        }
        // Drained on their own threads, so a full pipe never holds the child up.
        let stdout = Drain(out.fileHandleForReading), stderr = Drain(err.fileHandleForReading)
        var killed = false
        if let killAfter {
            let deadline = start + UInt64(killAfter * 1e9)
            while process.isRunning && DispatchTime.now().uptimeNanoseconds < deadline { usleep(200) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // A process that had already ended by itself when the kill went out was not killed.
        killed = killed && process.terminationReason == .uncaughtSignal
        return CommandRun(arguments: arguments, status: process.terminationStatus, killed: killed,
                          stdout: stdout.text(), stderr: stderr.text(), seconds: seconds)
    }
}

/// Reads a pipe to its end on a thread of its own.
final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
