import CertDeskTerminal
import Testing

/// One ncurses screen per process at a time: these tests run one after the other.
@Suite(.serialized)
struct TerminalSessionTests {
    @Test func headlessScreenKeepsChineseInTwoCells() throws {
        let session = try TerminalSession.headless(rows: 24, columns: 80)
        defer { session.close() }
        #expect(session.rows == 24)
        #expect(session.columns == 80)
        session.put("臺中市 ok", row: 2, column: 0)
        #expect(session.row(2).hasPrefix("臺中市 ok"))
        session.put("X", row: 3, column: 6)
        // Three wide characters fill columns 0–5, so column 6 is right after them.
        session.put("臺中市", row: 3, column: 0)
        #expect(session.row(3).hasPrefix("臺中市X"))
    }

    @Test func unknownTerminalIsAnErrorNotAnExit() {
        #expect(throws: TerminalSession.OpenError.unknownTerminal("no-such-terminal-certdesk")) {
            _ = try TerminalSession.headless(term: "no-such-terminal-certdesk", rows: 24, columns: 80)
        }
    }

    @Test func closingTwiceIsHarmless() throws {
        let session = try TerminalSession.headless(rows: 10, columns: 40)
        session.close()
        session.close()
    }
}
