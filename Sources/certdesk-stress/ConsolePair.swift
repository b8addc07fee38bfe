import Foundation

/// Two consoles in a private tmux server, at 140×40 and 80×24, on the desk under load: each
/// must find a ticket another process ingested while they ran.
final class ConsolePair {
    private let socket = "certdesk-stress-\(getpid())"
    private let sessions = [("wide", 140, 40), ("narrow", 80, 24)]

    init?(binary: String, environment: [String: String]) {
        let exports = ["CERTDESK_DB", "CERTDESK_ACTOR", "HOME", "PATH"].compactMap { key in
            environment[key].map { "\(key)=\(Self.quote($0))" }
        }.joined(separator: " ")
        for (name, columns, rows) in sessions {
            let command = "env -i \(exports) LC_ALL=C.UTF-8 TERM=tmux-256color \(Self.quote(binary))"
            // Through system(3): Foundation's Process watches its child through descriptors the
            // forked server would inherit and keep, and then never sees the client exit.
            let line = (["/usr/bin/tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
                .map(Self.quote).joined(separator: " ")
            guard system(line + " </dev/null >/dev/null 2>&1") == 0 else { return nil }
        }
        // The first frame, before the load starts.
        for (name, _, _) in sessions where !waitFor(name, seconds: 20, { $0.contains("TCN-") || $0.contains("OLD-") }) { return nil }
    }

    private static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    private func tmux(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        let out = arguments.first == "capture-pane" ? Pipe() : nil
        process.standardOutput = out ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    private func waitFor(_ session: String, seconds: Double, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let screen = tmux(["capture-pane", "-p", "-t", session]), condition(screen) { return true }
            usleep(100_000)
        }
        return false
    }

    /// Filters each console for `title` (the start of a ticket's title); what went wrong.
    func show(_ title: String) -> [String] {
        var problems: [String] = []
        for (name, columns, rows) in sessions {
            tmux(["send-keys", "-t", name, "/"])
            tmux(["send-keys", "-t", name, "-l", title])
            tmux(["send-keys", "-t", name, "Enter"])
            // The row: the incident's desk id and the title on one line (the filter line holds the text too).
            if !waitFor(name, seconds: 20, { $0.split(separator: "\n").contains { $0.contains("TCN-") && $0.contains(title) } }) {
                problems.append("the \(columns)×\(rows) console does not show \(title)…, ingested by another process: "
                                + (tmux(["capture-pane", "-p", "-t", name]) ?? ""))
            }
        }
        return problems
    }

    func close() { tmux(["kill-server"]) }
}
