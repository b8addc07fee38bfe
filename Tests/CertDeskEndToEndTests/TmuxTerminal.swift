import Foundation

struct TmuxFailure: Error {
    let command: String
    let status: Int32
}

/// A real terminal for end-to-end tests: a private tmux server (its own socket), a shell in a
/// pane, keys sent with `send-keys`, the screen read back with `capture-pane`.
final class TmuxTerminal {
    let socket = "certdesk-e2e-\(UUID().uuidString.prefix(8))"
    static let prompt = "CERTDESK-PROMPT$ "
    /// The prompt as the capture shows it on a line with nothing typed yet (a capture drops the
    /// spaces at the end of a line).
    static let emptyPrompt = "CERTDESK-PROMPT$"

    init(columns: Int, rows: Int, environment: [String: String]) throws {
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // The pane inherits the tmux server's environment, so everything is set in the command.
        let shell = "env -i \(exports) LC_ALL=C.UTF-8 TERM=tmux-256color PS1=\(Self.quote(Self.prompt)) bash --norc --noprofile"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", shell], startsServer: true)
        _ = try waitFor(timeout: 10) { $0.contains(Self.prompt) }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// `startsServer`: the server this command forks keeps its output open for good, so it gets
    /// none to keep (reading a pipe it holds would never end).
    @discardableResult
    func tmux(_ arguments: [String], startsServer: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        if startsServer {
            // Through system(3): Foundation's Process watches its child through descriptors the
            // forked server would inherit and keep, and then never sees the client exit.
            let line = (["/usr/bin/tmux", "-L", socket] + arguments).map(Self.quote).joined(separator: " ")
            let status = system(line + " </dev/null >/dev/null 2>&1")
            if status != 0 { throw TmuxFailure(command: line, status: status) }
            return ""
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Types text followed by Enter at the shell.
    func run(_ command: String) throws { try tmux(["send-keys", "-l", command]); try tmux(["send-keys", "Enter"]) }

    /// Sends tmux key names (`j`, `Enter`, `Escape`, `Tab`, `C-u`).
    func keys(_ names: String...) throws { try tmux(["send-keys"] + names) }

    /// Sends text literally (Chinese included).
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The screen for a failure message.
    var shown: String { (try? screen()) ?? "(no screen)" }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the screen until `condition` holds; returns the screen and how long it took.
    func waitFor(timeout: Double, _ condition: (String) -> Bool) throws -> (screen: String, seconds: Double)? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            let text = try screen()
            if condition(text) { return (text, Date().timeIntervalSince(start)) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
