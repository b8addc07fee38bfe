import Foundation
import Testing

/// `certdesk evidence …` as an officer runs it: files into the vault, custody, retention,
/// disposal, `verify` catching a changed or lost file, bad input leaving nothing behind, and a
/// process killed mid-add never leaving the register and the vault out of step.
@Suite("certdesk evidence")
struct EvidenceCommandTests {
    static let ticket = #"{"id":"SOC-1","title":"主機疑似勒索軟體加密","category":"ransomware","level":2,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T09:05:00+08:00","reported_at":"2026-03-02T09:12:00+08:00"}"#
    static let incident = "TCN-2026-0001"

    static func desk(region: String? = nil) throws -> CLIRunner {
        let cli = CLIRunner()
        let ingest = try cli.run(["ingest", "-"] + (region.map { ["--region", $0] } ?? []), stdin: ticket)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return cli
    }

    static func randomFile(_ cli: CLIRunner, _ name: String, bytes: Int) throws -> String {
        let path = cli.folder.appendingPathComponent(name).path
        var generator = SystemRandomNumberGenerator()
        let words = (0..<(bytes / 8 + 1)).map { _ in generator.next() }
        let data = words.withUnsafeBytes { Data(bytes: $0.baseAddress!, count: bytes) }
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    static func json(_ result: CLIRunner.Result) throws -> Any {
        guard result.status == 0 else { throw CLIError(result: result) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    static func vaultFiles(_ cli: CLIRunner) -> [String] {
        let root = cli.folder.appendingPathComponent("desk.vault")
        let walker = FileManager.default.enumerator(atPath: root.path)
        var files: [String] = []
        while let next = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(next).path, isDirectory: &isFolder), !isFolder.boolValue,
               next != ".lock" {
                files.append(next)
            }
        }
        return files.sorted()
    }

    @Test func addListShowAndTheSameContentStoredOnce() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let image = try Self.randomFile(cli, "fs01-mem.raw", bytes: 3 * 1_048_576 + 5)
        let expected = try Self.sha256sum(image)
        let added = try cli.run(["evidence", "add", Self.incident, image, "--kind", "memory-image", "--desc", "FS01 記憶體映像",
                                 "--source-host", "FS01", "--tool", "winpmem 4.0", "--acquired-at", "2026-03-02T10:05:00+08:00"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "\(Self.incident)-E01  sha256 \(expected)  3145733 B\n")
        #expect(try cli.run(["evidence", "add", Self.incident, image, "--kind", "memory-image", "--desc", "copy from the agency"]).status == 0)
        let physical = try cli.run(["evidence", "add", Self.incident, "--physical", "Lenovo T480, S/N PF1ABC23", "--location", "保險櫃 B",
                                    "--desc", "first infected laptop"])
        #expect(physical.stdout == "\(Self.incident)-E03  physical item, kept at 保險櫃 B\n", "\(physical.stderr)")
        #expect(Self.vaultFiles(cli) == ["sha256/\(expected.prefix(2))/\(expected)"], "one file for two items")

        let items = try #require(try Self.json(try cli.run(["evidence", "list", Self.incident, "--json"])) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["E01", "E02", "E03"].map { "\(Self.incident)-\($0)" })
        #expect(items[0]["sha256"] as? String == expected && items[1]["sha256"] as? String == expected)
        #expect(items[0]["acquired_at"] as? String == "2026-03-02T02:05:00Z")
        #expect(items[0]["keep_until"] is NSNull, "retention starts at closure")
        #expect(items[2]["kind"] as? String == "physical" && items[2]["location"] as? String == "保險櫃 B")

        let shown = try cli.run(["evidence", "show", "\(Self.incident)-E01"])
        #expect(shown.stdout.contains("SHA-256       \(expected)"))
        #expect(shown.stdout.contains("2026-03-02 10:05:00 +08:00  collected"), "\(shown.stdout)")
        #expect(try cli.run(["evidence", "verify", "--all"]).stdout == "ok: 2 item(s), 1 file(s), 3145733 bytes re-hashed\n")
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func theChainOfCustodyShowsEveryHolderWithTimeZone() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let log = try cli.file("auth.log", "Mar  2 09:01:13 fs01 sshd[811]: Failed password for root from 203.0.113.77\n")
        #expect(try cli.run(["evidence", "add", Self.incident, log, "--kind", "log", "--desc", "sshd log",
                             "--acquired-at", "2026-03-02T11:00:00+08:00"]).status == 0)
        let id = "\(Self.incident)-E01"
        let steps: [[String]] = [
            ["transfer", id, "--to", "陳怡君", "--purpose", "forensic analysis", "--location", "ISAC lab safe 3", "--at", "2026-03-02T12:30:00+08:00"],
            ["checkout", id, "--to", "王大明", "--purpose", "timeline", "--at", "2026-03-02T13:00:00+08:00"],
            ["checkin", id, "--at", "2026-03-02T13:40:00+08:00"],
            ["hold", id, "--reason", "臺中地檢署函請保全"],
        ]
        for step in steps {
            let result = try cli.run(["evidence"] + step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        #expect(try cli.run(["evidence", "checkin", id]).stderr.contains("is not checked out"))
        let shown = try #require(try Self.json(try cli.run(["evidence", "show", id, "--json"])) as? [String: Any])
        let custody = try #require(shown["custody"] as? [[String: Any]])
        #expect(custody.map { $0["action"] as? String } == ["collected", "transferred", "checked-out", "checked-in", "held"])
        #expect(custody.map { $0["to"] as? String } == ["林志明", "陳怡君", "王大明", "林志明", nil])
        #expect(custody[1]["at"] as? String == "2026-03-02T04:30:00Z" && custody[1]["location"] as? String == "ISAC lab safe 3")
        #expect(shown["hold_reason"] as? String == "臺中地檢署函請保全" && shown["holder"] as? String == "林志明")
        let text = try cli.run(["evidence", "show", id]).stdout
        #expect(text.contains("2026-03-02 12:30:00 +08:00  transferred  林志明  陳怡君  forensic analysis"), "\(text)")
        let other = try cli.run(["evidence", "show", id], environment: ["TZ": "UTC"]).stdout
        #expect(other.contains("2026-03-02 04:30:00 +00:00  transferred"), "TZ is honoured: \(other)")
    }

    @Test func retentionHoldAndDisposalInKaohsiung() throws {
        let cli = try Self.desk(region: "KHH")
        defer { cli.remove() }
        let pcap = try Self.randomFile(cli, "edge.pcap", bytes: 40_000)
        let sha = try Self.sha256sum(pcap)
        let id = "KHH-2026-0001"
        #expect(try cli.run(["evidence", "add", id, pcap, "--kind", "pcap", "--desc", "邊界封包"]).status == 0)
        let evidence = "\(id)-E01"
        #expect(try cli.run(["evidence", "dispose", evidence, "--reason", "x"]).stderr.contains("is not closed"))
        let closed = try cli.run(["phase", id, "closed", "--override", "演練結束"], environment: ["CERTDESK_NOW": "2026-03-02T15:00:00+08:00"])
        #expect(closed.status == 0, "\(closed.stderr)")
        let item = try #require(try Self.json(try cli.run(["evidence", "show", evidence, "--json"])) as? [String: Any])
        #expect(item["keep_until"] as? String == "2027-03-02T07:00:00Z", "Kaohsiung keeps records at least one year")
        let early = ["CERTDESK_NOW": "2027-03-02T14:59:00+08:00"], late = ["CERTDESK_NOW": "2027-03-02T15:00:00+08:00"]
        let before = try cli.run(["evidence", "dispose", evidence, "--reason", "retention ended"], environment: early)
        #expect(before.status == 65 && before.stderr.contains("must be kept until 2027-03-02 15:00:00 +08:00"))
        #expect(try cli.run(["evidence", "due"], environment: early).stdout == "(no evidence)\n")
        #expect(try cli.run(["evidence", "due", "--within", "2 months"], environment: early).stdout.contains(evidence))
        #expect(try cli.run(["evidence", "hold", evidence, "--reason", "pending litigation"], environment: early).status == 0)
        let held = try cli.run(["evidence", "dispose", evidence, "--reason", "retention ended"], environment: late)
        #expect(held.status == 65 && held.stderr.contains("is on hold (pending litigation)"))
        #expect(try cli.run(["evidence", "due"], environment: late).stdout.contains("HOLD"))
        #expect(try cli.run(["evidence", "release", evidence, "--reason", "judgment final"], environment: late).status == 0)
        let disposed = try cli.run(["evidence", "dispose", evidence, "--reason", "retention ended"], environment: late)
        #expect(disposed.status == 0, "\(disposed.stderr)")
        #expect(Self.vaultFiles(cli).isEmpty, "the file is gone")
        // The tombstone: hash, size, who, when, why.
        let tombstone = try CLIRunner.sqlite(cli.database, "SELECT actor, at, body FROM journal WHERE kind = 'evidence-disposed'")
        #expect(tombstone.contains("林志明|2027-03-02T07:00:00.000Z|"), "\(tombstone)")
        #expect(tombstone.contains(sha) && tombstone.contains("\"size\":40000") && tombstone.contains("retention ended"))
        #expect(try cli.run(["evidence", "list"], environment: late).stdout == "(no evidence)\n")
        #expect(try cli.run(["evidence", "list", "--all"], environment: late).stdout.contains("disposed"))
        #expect(try cli.run(["verify"], environment: late).stdout == "ok\n")
    }

    @Test func verifyNamesAChangedOrMissingFile() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let image = try Self.randomFile(cli, "disk.img", bytes: 2_000_000)
        #expect(try cli.run(["evidence", "add", Self.incident, image, "--kind", "disk-image", "--desc", "C: image"]).status == 0)
        let file = cli.folder.appendingPathComponent("desk.vault/" + (try #require(Self.vaultFiles(cli).first))).path
        chmod(file, 0o600)
        let handle = try #require(FileHandle(forUpdatingAtPath: file))
        try handle.seek(toOffset: 1_500_000)
        let byte = try #require(try handle.read(upToCount: 1)?.first)
        try handle.seek(toOffset: 1_500_000)
        try handle.write(contentsOf: [byte ^ 0x80])
        try handle.close()
        let changed = try cli.run(["verify"])
        #expect(changed.status == 1)
        #expect(changed.stdout.hasPrefix("verify: evidence \(Self.incident)-E01: its vault file sha256/"), "\(changed.stdout)")
        #expect(changed.stdout.contains("it was changed"))
        #expect(try cli.run(["evidence", "verify", "\(Self.incident)-E01"]).status == 1)
        #expect(unlink(file) == 0)
        let missing = try cli.run(["evidence", "verify", "--all"])
        #expect(missing.status == 1 && missing.stdout.contains("\(Self.incident)-E01") && missing.stdout.contains("is missing"))
    }

    @Test func badInputIsRefusedAndLeavesNothing() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let good = try cli.file("good.log", "ok\n")
        let big = try Self.randomFile(cli, "big.bin", bytes: 3_000_000)
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("a-folder"), withIntermediateDirectories: true)
        let odd = cli.folder.appendingPathComponent("evil\u{1B}[2J.log").path
        FileManager.default.createFile(atPath: odd, contents: Data("x".utf8))
        let before = try cli.dump()
        let cases: [([String], Int32, String)] = [
            (["evidence", "add", Self.incident, cli.folder.appendingPathComponent("nope.raw").path, "--kind", "log", "--desc", "x"], 66, "no such file"),
            (["evidence", "add", Self.incident, cli.folder.appendingPathComponent("a-folder").path, "--kind", "log", "--desc", "x"], 66, "is a folder"),
            (["evidence", "add", Self.incident, odd, "--kind", "log", "--desc", "x"], 66, "control characters"),
            (["evidence", "add", "TCN-2026-0099", good, "--kind", "log", "--desc", "x"], 65, "no incident TCN-2026-0099"),
            (["evidence", "add", Self.incident, good, "--kind", "log", "--desc", " "], 65, "description cannot be empty"),
            (["evidence", "add", Self.incident, good, "--kind", "tape", "--desc", "x"], 64, "'tape' is invalid for '--kind <kind>'"),
            (["evidence", "add", Self.incident, good, "--desc", "x"], 64, "--kind"),
            (["evidence", "add", Self.incident, "--physical", "USB stick", "--desc", "x"], 65, "--location"),
            (["evidence", "add", Self.incident, good, "--kind", "log", "--desc", "x", "--acquired-at", "yesterday"], 64, "--acquired-at \"yesterday\""),
            (["evidence", "transfer", "\(Self.incident)-E07", "--to", "x", "--purpose", "y"], 65, "no evidence"),
            (["evidence", "due", "--within", "soon"], 64, "--within \"soon\""),
        ]
        for (arguments, status, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}"), "control characters never reach the terminal")
        }
        // A disk that fills up mid-copy (a 1 MiB file-size limit stands in for it).
        let full = try Self.runLimited(cli, ["evidence", "add", Self.incident, big, "--kind", "disk-image", "--desc", "too big"])
        #expect(full.status == 74, "\(full.stderr)")
        #expect(full.stderr.contains("after 1048576 of 3000000 bytes; the partial copy was removed and nothing was recorded"), "\(full.stderr)")
        #expect(try cli.dump() == before)
        #expect(Self.vaultFiles(cli).isEmpty)
    }

    /// A file the officer may not read. Tests often run as root, who reads everything: then
    /// certdesk runs as root without its capabilities (setpriv), so permissions hold for it too.
    @Test func aFileYouCannotReadIsRefused() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let secret = try cli.file("shadow.copy", "root:$y$j9T$...:19000:0:99999:7:::\n")
        var command = [CLIRunner.binary]
        if geteuid() == 0 {
            command = ["/usr/bin/setpriv", "--inh-caps=-all", "--bounding-set=-all", CLIRunner.binary]
        }
        chmod(secret, 0o000)
        let before = try cli.dump()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["evidence", "add", Self.incident, secret, "--kind", "document", "--desc", "x"]
        process.environment = cli.environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 66, "\(stderr)")
        #expect(stderr.contains("shadow.copy\": permission denied (you cannot read it)"), "\(stderr)")
        #expect(try cli.dump() == before)
        #expect(Self.vaultFiles(cli).isEmpty)
    }

    /// Runs certdesk under bash's `ulimit -f 1024` (1024-byte blocks: 1 MiB).
    static func runLimited(_ cli: CLIRunner, _ arguments: [String]) throws -> CLIRunner.Result {
        let quoted = ([CLIRunner.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try CLIRunner.run("/bin/bash", ["-c", "ulimit -f 1024; exec " + quoted.joined(separator: " ")], environment: cli.environment)
    }

    /// Kills `evidence add` at points spread over a whole add of a large file: before the copy,
    /// during it, around the rename and the commit. After every kill `verify` must be ok (a
    /// leftover may be explained, never an item without its file), and tidy clears what is left.
    @Test func killedMidAddNeverLeavesTheRegisterAndTheVaultOutOfStep() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let image = try Self.randomFile(cli, "image.raw", bytes: 48 * 1_048_576)
        let arguments = ["evidence", "add", Self.incident, image, "--kind", "disk-image", "--desc", "crash test"]
        let start = DispatchTime.now().uptimeNanoseconds
        #expect(try cli.run(arguments).status == 0)
        let whole = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var killedMidCopy = 0, recorded = 1
        let rounds = 12
        for round in 0..<rounds {
            // A different content each round, so no add is a dedupe of the last.
            let handle = try #require(FileHandle(forWritingAtPath: image))
            try handle.seek(toOffset: 0)
            try handle.write(contentsOf: withUnsafeBytes(of: UInt64(round + 1)) { Data($0) })
            try handle.close()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            process.arguments = arguments
            process.environment = cli.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(whole * 1.2 * Double(round) / Double(rounds) * 1e6))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if Self.vaultFiles(cli).contains(where: { $0.hasPrefix("tmp/") }) { killedMidCopy += 1 }
            let check = try cli.run(["verify"])
            #expect(check.status == 0, "round \(round): \(check.stdout)")
            let items = try #require(try Self.json(try cli.run(["evidence", "list", "--json"])) as? [[String: Any]])
            // A kill after the commit still counts: the item and its file are both there.
            #expect(items.count == recorded || items.count == recorded + 1, "round \(round)")
            recorded = items.count
        }
        #expect(killedMidCopy > 0, "at least one kill landed during the copy")
        #expect(recorded < rounds + 1, "at least one kill landed before the commit")
        #expect(try cli.run(["evidence", "tidy"]).status == 0)
        let clean = try cli.run(["verify"])
        // Nothing left to explain: the only remark is the reminder to keep an anchor outside.
        #expect(clean.stdout == "ok\n" && clean.stderr.split(separator: "\n").allSatisfy { $0.contains("verify --anchor") }, "\(clean.stderr)")
        #expect(Self.vaultFiles(cli).filter { $0.hasPrefix("sha256/") }.count == recorded)
    }
}
