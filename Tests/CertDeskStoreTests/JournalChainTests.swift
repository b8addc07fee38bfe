import CertDeskCore
@testable import CertDeskStore
import Testing

/// The journal is hash-chained and append-only: any edit to a past row is named by `verify`
/// at the first row that no longer holds together (../shared/DESIGN.md, Journal).
@Suite("Journal hash chain")
struct JournalChainTests {
    /// Seven events; seq 3 is a note whose text holds the marker `ALPHA`.
    ///  1 desk-opened  2 incident-opened 0001  3 note-added  4 level-set  5 phase-changed
    ///  6 incident-opened 0002  7 note-added
    private func fillJournal(_ desk: TestDesk) throws {
        let first = try desk.open(Drafts.ticket(1))
        try desk.perform(.addNote(incident: first, text: "已致電機關聯絡人 ALPHA"))
        try desk.perform(.setLevel(incident: first, level: .four, basis: nil, reason: "核心系統遭加密"))
        try desk.perform(.changePhase(incident: first, phase: .detectionAnalysis))
        let second = try desk.open(Drafts.ticket(2, category: .ddos, agency: "彰化縣政府"))
        try desk.perform(.addNote(incident: second, text: "ISP 已啟動清洗"))
        try #require(try desk.store.journalLength() == 7)
        let kinds = try RawJournalRow.all(in: desk.path).map(\.kind)
        try #require(kinds == ["desk-opened", "incident-opened", "note-added", "level-set", "phase-changed",
                               "incident-opened", "note-added"])
    }

    /// Runs `sql` after dropping both append-only triggers, as someone holding the file could.
    private func tamper(_ desk: TestDesk, _ sql: String) throws {
        let result = try desk.sqlite("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; \(sql)")
        try #require(result.status == 0, "tampering failed: \(result.stderr)")
    }

    private func onlyProblem(_ desk: TestDesk) throws -> VerificationReport.Problem {
        let report = try desk.store.verify()
        try #require(report.problems.count == 1, "expected exactly one problem, got \(report.problems)")
        return report.problems[0]
    }

    @Test func untouchedJournalVerifies() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            let report = try desk.store.verify()
            #expect(report.isIntact)
            #expect(report.problems == [])
            #expect(report.rows == 7)
            #expect(report.incidents == 2)
        }
    }

    @Test func everyRowLinksToItsPredecessorsHash() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            let rows = try RawJournalRow.all(in: desk.path)
            #expect(rows.map(\.seq) == Array(1...7))
            #expect(rows[0].prevHash == String(repeating: "0", count: 64))
            for (previous, row) in zip(rows, rows.dropFirst()) {
                #expect(row.prevHash == previous.hash, "seq \(row.seq)")
            }
            for row in rows {
                #expect(row.hash == JournalHash.of(prevHash: row.prevHash, seq: row.seq, atText: row.at, actor: row.actor,
                                                   incident: row.incident, kind: row.kind, body: row.body), "seq \(row.seq)")
                #expect(row.hash.count == 64)
            }
            #expect(Set(rows.map(\.hash)).count == 7)
        }
    }

    @Test func editedBodyIsNamedAtItsSeq() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            try #require(try desk.sqlite("SELECT body FROM journal WHERE seq = 3").output.contains("ALPHA"))
            try tamper(desk, "UPDATE journal SET body = replace(body, 'ALPHA', 'ALPHB') WHERE seq = 3")
            #expect(try desk.sqlite("SELECT body FROM journal WHERE seq = 3").output.contains("ALPHB"))
            let problem = try onlyProblem(desk)
            #expect(problem.seq == 3)
            #expect(problem.reason.en.contains("hash"))
            #expect(problem.reason.en.contains("altered"))
        }
    }

    @Test(arguments: [
        ("actor", "UPDATE journal SET actor = 'mallory' WHERE seq = 3"),
        ("at", "UPDATE journal SET at = replace(at, '.000Z', '.001Z') WHERE seq = 3"),
        ("kind", "UPDATE journal SET kind = 'note-addex' WHERE seq = 3"),
        ("incident", "UPDATE journal SET incident = 'TCN-2026-0002' WHERE seq = 3"),
    ])
    func editedColumnIsNamedAtItsSeq(column: String, sql: String) throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            let before = try desk.sqlite("SELECT \(column) FROM journal WHERE seq = 3").output
            try tamper(desk, sql)
            let after = try desk.sqlite("SELECT \(column) FROM journal WHERE seq = 3").output
            try #require(before != after, "the edit of \(column) changed nothing")
            let problem = try onlyProblem(desk)
            #expect(problem.seq == 3)
            #expect(problem.reason.en.contains("hash"))
            #expect(problem.reason.en.contains("altered"))
        }
    }

    @Test func deletedMiddleRowIsNamedAtTheRowAfterTheGap() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            try tamper(desk, "DELETE FROM journal WHERE seq = 3")
            #expect(try desk.sqlite("SELECT COUNT(*) FROM journal").output == "6")
            let problem = try onlyProblem(desk)
            #expect(problem.seq == 4)
            #expect(problem.reason.en.contains("missing"))
            #expect(problem.reason.en.contains("3"))
        }
    }

    @Test func editedPrevHashIsNamedAtThatSeq() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            try tamper(desk, "UPDATE journal SET prev_hash = \(SQLiteTool.quote(String(repeating: "a", count: 64))) WHERE seq = 5")
            let problem = try onlyProblem(desk)
            #expect(problem.seq == 5)
            #expect(problem.reason.en.contains("prev_hash"))
        }
    }

    /// Someone who rewrites a row and its hash consistently still breaks the link to the next row.
    @Test func rehashedRowIsNamedAtItsSuccessor() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            let row = try #require(try RawJournalRow.all(in: desk.path).first { $0.seq == 3 })
            let forgedBody = row.body.replacingOccurrences(of: "ALPHA", with: "ALPHB")
            try #require(forgedBody != row.body)
            let forgedHash = JournalHash.of(prevHash: row.prevHash, seq: row.seq, atText: row.at, actor: row.actor,
                                            incident: row.incident, kind: row.kind, body: forgedBody)
            try tamper(desk, "UPDATE journal SET body = \(SQLiteTool.quote(forgedBody)), hash = \(SQLiteTool.quote(forgedHash)) WHERE seq = 3")
            let stored = try #require(try RawJournalRow.all(in: desk.path).first { $0.seq == 3 })
            try #require(stored.body == forgedBody && stored.hash == forgedHash)

            let problem = try onlyProblem(desk)
            #expect(problem.seq == 4)
            #expect(problem.reason.en.contains("prev_hash"))
        }
    }

    @Test func plainUpdateIsRefusedByTheTrigger() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            let before = try desk.dump()
            let result = try desk.sqlite("UPDATE journal SET actor = 'mallory' WHERE seq = 3")
            #expect(result.status != 0)
            #expect((result.stderr + result.stdout).contains("append-only"))
            #expect(try desk.dump() == before)
            #expect(try desk.store.verify().isIntact)
        }
    }

    @Test func plainDeleteIsRefusedByTheTrigger() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            let before = try desk.dump()
            let result = try desk.sqlite("DELETE FROM journal WHERE seq = 7")
            #expect(result.status != 0)
            #expect((result.stderr + result.stdout).contains("append-only"))
            #expect(try desk.sqlite("SELECT COUNT(*) FROM journal").output == "7")
            #expect(try desk.dump() == before)
            #expect(try desk.store.verify().isIntact)
        }
    }

    /// Cutting off the newest row leaves an intact chain; the projections still show the loss.
    @Test func truncatedTailIsCaughtByTheProjections() throws {
        try withTestDesk { desk in
            try fillJournal(desk)
            try tamper(desk, "DELETE FROM journal WHERE seq = 7")
            let report = try desk.store.verify()
            #expect(report.rows == 6)
            #expect(report.problems.count == 1)
            #expect(report.problems.first?.seq == nil)
            #expect(report.problems.first?.reason.en.contains("TCN-2026-0002") == true)
            #expect(report.problems.first?.reason.en.contains("noteCount") == true)
        }
    }
}
