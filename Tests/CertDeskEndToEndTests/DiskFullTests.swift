import Foundation
import Testing

/// A write the disk cannot take — the disk full, or the file-size limit (`ulimit -f`) reached —
/// must end with a clear error (exit status 74), record nothing of the command, and leave what
/// was recorded before intact: `PRAGMA integrity_check` ok, `certdesk verify` ok, every write
/// acknowledged before it still there. The limit stands in for a full disk: SQLite sees the
/// same refused write (a small tmpfs would need root to mount).
@Suite("a full disk during every kind of write")
struct DiskFullTests {
    /// One kind of write, run twice in a row under a file-size limit just above what the desk's
    /// write-ahead log holds: the first may fit, the second cannot.
    struct Write: Sendable, CustomStringConvertible {
        let description: String
        let arguments: @Sendable (CLIRunner, Int) throws -> [String]
    }

    static let incident = "TCN-2026-0001"

    static let writes: [Write] = [
        Write(description: "ingest") { cli, n in
            let lines = (1...300).map {
                #"{"id":"FULL-\#(n)-\#($0)","title":"磁碟已滿測試事件單","category":"spam","agency":"彰化縣政府","aware_at":"2026-03-02T09:00:00+08:00"}"#
            }
            return ["ingest", try cli.file("full-\(n).jsonl", lines.joined(separator: "\n"))]
        },
        Write(description: "note") { _, n in ["note", incident, "第 \(n) 則紀錄：已聯繫機關資安長確認隔離範圍"] },
        Write(description: "level") { _, n in ["level", incident, n % 2 == 0 ? "3" : "4", "--reason", "影響範圍第 \(n) 次評估"] },
        Write(description: "meet") { _, n in ["meet", incident, n % 2 == 0 ? "report-platform" : "notify-agency-contact"] },
        Write(description: "evidence add") { cli, n in
            let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) }
            let path = cli.folder.appendingPathComponent("image-\(n).raw").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return ["evidence", "add", incident, path, "--kind", "memory-image", "--desc", "記憶體映像 \(n)"]
        },
        Write(description: "shift start and end") { _, n in n == 1 ? ["shift", "start", "--officer", "林志明"] : ["shift", "end"] },
        Write(description: "notification record") { _, n in ["notify", incident, "--channel", "phone", "--to", "林雅婷 04-2251-000\(n)"] },
    ]

    @Test("a refused write records nothing and loses nothing", arguments: writes)
    func aRefusedWriteLosesNothing(_ write: Write) throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let samples = CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path
        #expect(try cli.run(["ingest", samples]).status == 0)
        // Start from an empty write-ahead log, so that the limit below is the log's own size.
        _ = try CLIRunner.sqlite(cli.database, "PRAGMA wal_checkpoint(TRUNCATE)")

        var refused: (attempt: Int, result: CLIRunner.Result)? = nil
        for attempt in 1...2 {
            let before = try journalRows(cli)
            let arguments = try write.arguments(cli, attempt)
            let result = try underFileSizeLimit(cli, arguments)
            if result.status == 0 {
                #expect(try journalRows(cli) > before, "\(write) said done but recorded nothing")
                continue
            }
            refused = (attempt, result)
            #expect(result.status == 74, "\(write): \(result.stderr)")
            #expect(result.stderr.contains("nothing of this command was recorded") || result.stderr.contains("nothing was recorded"),
                    "\(write): \(result.stderr)")
            #expect(!result.stderr.contains("database is locked") && !result.stderr.contains("SQLITE"), "\(result.stderr)")
            #expect(try journalRows(cli) == before, "\(write) was half-recorded")
            break
        }
        #expect(refused != nil, "\(write) was never refused under the limit")
        #expect(try CLIRunner.sqlite(cli.database, "PRAGMA integrity_check") == "ok\n")
        let verified = try cli.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(try cli.listJSON().count >= 3, "the incidents recorded before are there")
        // With room again, the refused write goes through.
        let again = try cli.run(try write.arguments(cli, refused?.attempt ?? 1))
        #expect(again.status == 0, "\(write) after the limit: \(again.stderr)")
    }

    /// Read-only, so that closing it does not checkpoint the write-ahead log the next attempt
    /// is measured against.
    private func journalRows(_ cli: CLIRunner) throws -> Int {
        Int(try CLIRunner.sqlite("file:\(cli.database)?mode=ro", "SELECT count(*) FROM journal").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Runs certdesk with `ulimit -f` at the write-ahead log's size (at least the 32 KiB the
    /// shared-memory index takes): the log cannot grow, as on a full disk.
    private func underFileSizeLimit(_ cli: CLIRunner, _ arguments: [String]) throws -> CLIRunner.Result {
        let sizes = ["-wal", "-shm"].map { suffix in
            ((try? FileManager.default.attributesOfItem(atPath: cli.database + suffix))?[.size] as? Int) ?? 0
        }
        let blocks = max(64, sizes.max()! / 512)
        let environment = cli.environment.merging(["CERTDESK": CLIRunner.binary]) { _, new in new }
        return try CLIRunner.run("/bin/sh", ["-c", "ulimit -f \(blocks) && exec \"$CERTDESK\" \"$@\"", "sh"] + arguments,
                                 environment: environment)
    }
}
