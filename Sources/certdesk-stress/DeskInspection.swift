import Foundation

/// What the harness checks on the desk's file after every kill, with SQLite's own tool rather
/// than certdesk's: the file's integrity, and which writes' markers the journal holds.
struct DeskInspection {
    let database: String

    func sqlite(_ sql: String, readOnly: Bool = true) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        // Read-only where it can be, so that closing it does not checkpoint the WAL the next
        // writer appends to: the harness disturbs the desk as little as an outside reader.
        process.arguments = (readOnly ? ["-readonly"] : []) + [database, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        do { try process.run() } catch { return "cannot run sqlite3: \(error)" }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `PRAGMA integrity_check`: "ok", or what SQLite found.
    func integrity() -> String { sqlite("PRAGMA integrity_check") }

    /// The newest row as `verify --anchor` takes it.
    func head() -> (seq: Int, anchor: String)? {
        let line = sqlite("SELECT seq || ':' || hash FROM journal ORDER BY seq DESC LIMIT 1")
        guard let seq = line.split(separator: ":").first.flatMap({ Int($0) }) else { return nil }
        return (seq, line)
    }

    /// Every marker (`STRESS-…` up to a quote, space or bracket) in the rows after `seq`.
    func markers(after seq: Int) -> [String] {
        let bodies = sqlite("SELECT body FROM journal WHERE seq > \(seq) AND body LIKE '%STRESS-%'")
        var found: [String] = []
        var rest = Substring(bodies)
        while let range = rest.range(of: "STRESS-") {
            let tail = rest[range.lowerBound...]
            let end = tail.firstIndex { !($0.isLetter || $0.isNumber || $0 == "-") } ?? tail.endIndex
            found.append(String(tail[..<end]))
            rest = tail[end...]
        }
        return found
    }
}
