import Foundation
import Testing

@Suite("certdesk verify")
struct VerifyCommandTests {
    @Test func anEditedRowIsNamedBySeq() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let tickets = CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path
        #expect(try cli.run(["ingest", tickets]).status == 0)
        let ok = try cli.run(["verify"])
        #expect(ok.status == 0)
        #expect(ok.stdout == "ok\n")

        let seq = try CLIRunner.sqlite(cli.database, "SELECT seq FROM journal WHERE body LIKE '%彰化縣衛生局網站%'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(seq) != nil)
        // The journal refuses edits outright...
        let refused = try CLIRunner.sqlite(cli.database, "UPDATE journal SET actor = 'mallory' WHERE seq = \(seq)")
        #expect(refused.contains("append-only"))
        #expect(try cli.run(["verify"]).stdout == "ok\n")

        // ...and someone who drops the guard and changes one byte is caught at that row.
        _ = try CLIRunner.sqlite(cli.database, "DROP TRIGGER journal_no_update; UPDATE journal SET body = replace(body, '彰化縣衛生局網站', '彰化縣衛生局網址') WHERE seq = \(seq)")
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal WHERE seq = \(seq) AND body LIKE '%網址%'") == "1\n")
        let broken = try cli.run(["verify"])
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("verify: seq \(seq): the hash does not match"), "\(broken.stdout)")
        #expect(!broken.stdout.contains("ok\n"))
    }

    /// A row's seq and hash kept outside the machine prove the journal's length: cutting rows
    /// from its end (the chain left intact) fails `verify --anchor`, in both languages.
    @Test func anAnchorCatchesRowsCutFromTheEnd() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        #expect(try cli.run(["note", "TCN-2026-0001", "已電話通知機關資安聯絡人"]).status == 0)
        let head = try CLIRunner.sqlite(cli.database, "SELECT seq || ':' || hash FROM journal ORDER BY seq DESC LIMIT 1")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let seq = try #require(head.split(separator: ":").first.map(String.init))
        let held = try cli.run(["verify", "--anchor", head])
        #expect(held.status == 0, "\(held.stdout)")
        #expect(held.stdout == "anchor: row \(seq) and the chain up to it are as anchored\nok\n")
        #expect(try cli.run(["verify", "--anchor", head.uppercased()]).status == 0)

        // The same row with another hash is not the journal that was anchored.
        let other = seq + ":" + String(repeating: "0", count: 64)
        let differs = try cli.run(["verify", "--anchor", other])
        #expect(differs.status == 1)
        #expect(differs.stdout.contains("verify: seq \(seq): the row's hash is "))

        // Cut the last row (the guards dropped): the chain that is left is intact, but too short.
        _ = try CLIRunner.sqlite(cli.database, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = \(seq)")
        let cut = try cli.run(["verify", "--anchor", head])
        #expect(cut.status == 1)
        #expect(cut.stdout.hasPrefix("verify: seq \(seq): the anchor names row \(seq), but the journal ends at row \(Int(seq)! - 1)"), "\(cut.stdout)")
        let chinese = try cli.run(["verify", "--anchor", head, "--lang", "zh-TW"])
        #expect(chinese.stdout.contains("錨點指向第 \(seq) 列，但日誌只到第 \(Int(seq)! - 1) 列"))

        for bad in ["12", "x:" + String(repeating: "a", count: 64), "0:" + String(repeating: "a", count: 64), "3:abc"] {
            #expect(try cli.run(["verify", "--anchor", bad]).status == 64, "\(bad)")
        }
    }

    @Test func anEditedProjectionIsNamed() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let tickets = CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path
        #expect(try cli.run(["ingest", tickets]).status == 0)
        _ = try CLIRunner.sqlite(cli.database, "UPDATE incidents SET level = 1 WHERE id = 'TCN-2026-0002'")
        let broken = try cli.run(["verify"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("incident TCN-2026-0002"))
        #expect(broken.stdout.contains("level"))
    }

    /// A clean verify says what it cannot prove — that the tail was not rewritten whole — and
    /// which row to keep outside the desk; with that anchor given it says nothing of the kind.
    @Test func aCleanVerifyRemindsThatTheTailNeedsAnOutsideAnchor() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path]).status == 0)
        let head = try CLIRunner.sqlite(cli.database, "SELECT seq || ':' || hash FROM journal ORDER BY seq DESC LIMIT 1")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let plain = try cli.run(["verify"])
        #expect(plain.stdout == "ok\n", "the last line stays ok, for scripts")
        #expect(plain.stderr.contains("newest row, \(head)"), "\(plain.stderr)")
        #expect(plain.stderr.contains("certdesk verify --anchor \(head)"), "\(plain.stderr)")
        let chinese = try cli.run(["--lang", "zh-TW", "verify"])
        #expect(chinese.stderr.contains("certdesk verify --anchor \(head)") && chinese.stderr.contains("保存在值勤台之外"), "\(chinese.stderr)")
        let anchored = try cli.run(["verify", "--anchor", head])
        #expect(anchored.status == 0)
        #expect(!anchored.stderr.contains("--anchor"), "\(anchored.stderr)")
    }

    /// The vault holds only what certdesk put there: a stray file beside the contents — a name
    /// that is not a hash, a link, a folder in a shard — is named and fails verify.
    @Test func aStrayFileInTheVaultIsNamed() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path]).status == 0)
        let log = try cli.file("auth.log", "Mar  2 08:40:01 fs01 sshd[811]: Failed password for root\n")
        #expect(try cli.run(["evidence", "add", "TCN-2026-0001", log, "--kind", "log", "--desc", "sshd log"]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)

        let vault = cli.folder.appendingPathComponent("desk.vault")
        let shard = try #require(try FileManager.default.contentsOfDirectory(atPath: vault.appendingPathComponent("sha256").path).first)
        try Data("planted".utf8).write(to: vault.appendingPathComponent("sha256/ab_extra"))
        try FileManager.default.createDirectory(at: vault.appendingPathComponent("sha256/\(shard)/nested"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: vault.appendingPathComponent("notes.txt").path, withDestinationPath: "/etc/hostname")
        let found = try cli.run(["verify"])
        #expect(found.status == 1)
        for stray in ["sha256/ab_extra", "sha256/\(shard)/nested", "notes.txt"] {
            #expect(found.stdout.contains("vault: \(stray) is not a file certdesk keeps"), "\(stray): \(found.stdout)")
        }
        #expect(!found.stdout.hasSuffix("ok\n"))
    }
}
