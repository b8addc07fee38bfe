import Foundation

/// Runs the built `certdesk` binary the way an officer would, with a desk of its own.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `make test` builds the binary first; `CERTDESK_BIN` may point elsewhere.
    static let binary: String = ProcessInfo.processInfo.environment["CERTDESK_BIN"]
        ?? packageRoot.appendingPathComponent(".build/debug/certdesk").path

    static let samples = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

    let folder: URL
    var environment: [String: String]

    var database: String { folder.appendingPathComponent("desk.sqlite").path }

    init(now: String = "2026-03-02T14:00:00+08:00") {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = [
            "PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8",
            "CERTDESK_DB": folder.appendingPathComponent("desk.sqlite").path,
            "CERTDESK_NOW": now, "CERTDESK_ACTOR": "林志明",
        ]
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:]) throws -> Result {
        try Self.run(Self.binary, arguments, environment: environment.merging(extra) { _, new in new }, stdin: stdin)
    }

    /// Runs any program (an installed or copied certdesk, bash) with exactly this environment,
    /// from `folder` (default: wherever the tests run).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], stdin: String? = nil,
                    folder: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Writes a file in the test folder and returns its path.
    func file(_ name: String, _ contents: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The whole database as SQL text, to prove a failed command changed nothing.
    func dump() throws -> String {
        try Self.sqlite(database, ".dump")
    }

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func listJSON(_ extra: [String] = []) throws -> [[String: Any]] {
        let result = try run(["list", "--json"] + extra)
        guard result.status == 0, let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            throw CLIError(result: result)
        }
        return array
    }

    func showJSON(_ id: String) throws -> [String: Any] {
        let result = try run(["show", id, "--json"])
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw CLIError(result: result)
        }
        return object
    }
}

struct CLIError: Error, CustomStringConvertible {
    let result: CLIRunner.Result
    var description: String { "exit \(result.status)\nstdout: \(result.stdout)\nstderr: \(result.stderr)" }
}
