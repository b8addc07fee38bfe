import Foundation
import Testing

/// Long work in a real terminal: a 512 MiB file added from the console (paced with
/// `CERTDESK_COPY_LIMIT`, as a copy from a busy server would be) shows its progress on the
/// status bar while the clocks count down and a ticket another process ingests appears.
@Suite("Console long work (tmux)", .serialized)
struct ConsoleLongWorkTmuxTests {
    /// The title bar's `next breach HH:MM:SS`.
    static func countdown(_ screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first, let range = line.range(of: "next breach ") else { return nil }
        return String(line[range.upperBound...].prefix(8))
    }

    @Test func aLargeCopyRunsWhileTheDeskGoesOn() throws {
        // The real clock: the countdowns move by themselves.
        var cli = CLIRunner()
        defer { cli.remove() }
        cli.environment.removeValue(forKey: "CERTDESK_NOW")
        #expect(try cli.run(["demo"]).status == 0)
        let image = cli.folder.appendingPathComponent("nas01-disk.img")
        #expect(FileManager.default.createFile(atPath: image.path, contents: nil))
        let handle = try FileHandle(forWritingTo: image)
        let block = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        for _ in 0..<512 { handle.write(block) }
        try handle.close()

        var environment = cli.environment
        environment["CERTDESK_COPY_LIMIT"] = "64M"        // 8 s for 512 MiB
        let terminal = try TmuxTerminal(columns: 100, rows: 30, environment: environment)
        try terminal.run(ConsoleTmuxTests.binary)
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("TCN-2026-0001") && $0.contains("next breach") }, "\(terminal.shown)")
        try terminal.keys("/")
        try terminal.type("TCN-2026-0001")
        try terminal.keys("Enter", "Enter", "e")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("evidence file for TCN-2026-0001") }, "\(terminal.shown)")
        try terminal.type(image.path)
        try terminal.keys("Enter")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("what kind of evidence?") }, "\(terminal.shown)")
        try terminal.keys("Enter")                              // disk image
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("what it shows") }, "\(terminal.shown)")
        try terminal.type("NAS01 disk image")
        try terminal.keys("Enter")

        let running = try #require(try terminal.waitFor(timeout: 5) { $0.contains("copying nas01-disk.img") && $0.contains("MiB / 512.0 MiB") },
                                   "\(terminal.shown)")
        let first = try #require(Self.countdown(running.screen), "\(running.screen)")
        // Another process records while the copy runs: the ticket arrives on screen.
        let ticket = #"{"id":"SOC-LW-1","title":"複製期間另一程序匯入的事件單","category":"phishing","agency":"彰化縣政府","aware_at":"2026-12-01T00:00:00Z","reported_at":"2026-12-01T00:05:00Z","description":"x"}"#
        let ingested = try cli.run(["ingest", "-"], stdin: ticket)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let during = try #require(try terminal.waitFor(timeout: 4) { $0.contains("複製期間另一程序匯入的事件單") && $0.contains("copying nas01-disk.img") },
                                  "the ticket appears while the copy runs: \(terminal.shown)")
        Thread.sleep(forTimeInterval: 1.2)
        let later = try terminal.screen()
        #expect(later.contains("copying nas01-disk.img"), "still copying: \(later)")
        #expect(Self.countdown(later) != first, "the countdown moved during the copy: \(first) → \(String(describing: Self.countdown(later)))")
        #expect(during.screen.contains("MiB/s") && during.screen.contains("left"), "\(during.screen)")
        // No item before the copy ends; then the result, as from the command line.
        #expect(try cli.run(["evidence", "list", "TCN-2026-0001", "--json"]).stdout.contains("nas01") == false)
        let done = try #require(try terminal.waitFor(timeout: 30) { $0.contains("TCN-2026-0001-E01 added") }, "\(terminal.shown)")
        #expect(done.screen.contains("512.0 MiB") && !done.screen.contains("copying nas01"), "\(done.screen)")
        try terminal.keys("Escape", "q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) && !$0.contains("next breach") }
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func cancellingTheCopyLeavesNoItemAndNoFile() throws {
        var cli = CLIRunner()
        defer { cli.remove() }
        cli.environment.removeValue(forKey: "CERTDESK_NOW")
        #expect(try cli.run(["demo"]).status == 0)
        let image = cli.folder.appendingPathComponent("pc0231-disk.img")
        #expect(FileManager.default.createFile(atPath: image.path, contents: Data(count: 64 << 20)))
        var environment = cli.environment
        environment["CERTDESK_COPY_LIMIT"] = "8M"
        let terminal = try TmuxTerminal(columns: 80, rows: 24, environment: environment.merging(["NO_COLOR": "1"]) { $1 })
        try terminal.run(ConsoleTmuxTests.binary)
        _ = try #require(try terminal.waitFor(timeout: 15) { $0.contains("TCN-2026-0001") }, "\(terminal.shown)")
        try terminal.keys("/")
        try terminal.type("TCN-2026-0001")
        try terminal.keys("Enter", "Enter", "e")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("evidence file for TCN-2026-0001") }, "\(terminal.shown)")
        try terminal.type(image.path)
        try terminal.keys("Enter", "Enter")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("what it shows") }, "\(terminal.shown)")
        try terminal.type("PC-0231 disk image")
        try terminal.keys("Enter")
        let running = try #require(try terminal.waitFor(timeout: 5) { $0.contains("copying pc0231-disk.img") && $0.contains("[#") || $0.contains("[-") },
                                   "the ASCII bar under NO_COLOR: \(terminal.shown)")
        #expect(!running.screen.contains("█"))
        try terminal.keys("X")
        _ = try #require(try terminal.waitFor(timeout: 5) { $0.contains("cancelled, nothing was kept") }, "\(terminal.shown)")
        try terminal.keys("Escape", "q")
        _ = try terminal.waitFor(timeout: 5) { $0.contains(TmuxTerminal.prompt) }
        #expect(try cli.run(["evidence", "list", "TCN-2026-0001", "--json"]).stdout.contains("pc0231") == false)
        let vault = cli.folder.appendingPathComponent("desk.vault")
        let files = (FileManager.default.enumerator(atPath: vault.path)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: vault.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        #expect(files.isEmpty, "no vault file, no partial: \(files)")
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }
}
