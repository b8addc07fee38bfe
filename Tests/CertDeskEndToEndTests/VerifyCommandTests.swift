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
}
