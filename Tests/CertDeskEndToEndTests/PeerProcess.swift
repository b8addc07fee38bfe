import Foundation

/// A test peer started from a script of `Tests/Peers` with the peers' Python (`make test`
/// installs it in `.build/peers`): it prints `READY <port>` once it listens on loopback.
enum PeerProcess {
    static func start(script: String, arguments: [String], what: String) throws -> (process: Process, port: Int) {
        guard FileManager.default.isExecutableFile(atPath: SMTPPeer.python) else {
            throw SMTPPeer.PeerMissing(what: "\(SMTPPeer.python) (\(what)): run make test, which installs it")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SMTPPeer.python)
        process.arguments = [CLIRunner.packageRoot.appendingPathComponent("Tests/Peers/" + script).path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("READY "), let port = Int(text.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw SMTPPeer.PeerMissing(what: "the \(what) peer did not start: \(text)")
        }
        return (process, port)
    }

    static func stop(_ process: Process) {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
