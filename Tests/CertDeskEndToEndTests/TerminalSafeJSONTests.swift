import Foundation
import Testing

/// `--json` piped to a terminal cannot drive it: a ticket's C1 controls (U+009B is a one-byte
/// CSI), bidi overrides and ESC come out escaped, and the JSON still reads back the exact text.
@Suite("terminal-safe --json")
struct TerminalSafeJSONTests {
    static let title = "勒索\u{1B}]0;owned\u{07} \u{9B}2J \u{202E}txt.exe\u{2066}"

    @Test func everyJSONOutputEscapesWhatCouldDriveATerminal() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let ticket: [String: Any] = ["id": "SOC-1", "title": Self.title, "category": "ransomware", "agency": "彰化縣\u{202E}衛生局",
                                     "aware_at": "2026-03-02T01:00:00Z", "indicators": [["type": "domain", "value": "c2.\u{9B}example.net"]]]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ticket), as: UTF8.self)
        let ingested = try cli.run(["ingest", "-"], stdin: line)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let list = try cli.run(["list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let id = try #require(rows.first?["id"] as? String)
        #expect(rows.first?["title"] as? String == Self.title, "read back exactly")
        for arguments in [["list", "--json"], ["show", id, "--json"], ["clocks", "--json"], ["list", "--json", "--filter", "勒索"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let raw = result.stdout.unicodeScalars.filter { [0x07, 0x1B, 0x9B, 0x9D, 0x202E, 0x2066].contains($0.value) }
            #expect(raw.isEmpty, "\(arguments) printed \(raw.map { String($0.value, radix: 16) })")
            #expect(result.stdout.contains("\\u009b") || arguments[0] == "clocks", "\(arguments)")
        }
        let shown = try cli.run(["show", id, "--json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(detail["title"] as? String == Self.title)
        #expect(detail["agency"] as? String == "彰化縣\u{202E}衛生局")
    }
}
