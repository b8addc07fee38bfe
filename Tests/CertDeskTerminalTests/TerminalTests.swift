@testable import CertDeskTerminal
import CertDeskCore
import CertDeskUI
import CNcursesw
import Glibc
import Testing

/// Every test that opens an ncurses screen (or depends on the process's locale, which a screen
/// sets) lives in this one suite: ncurses has one current screen per process, so these run one
/// after the other. Pure tests live in `TerminalKeysTests` and `ColourPlanTests`.
@Suite(.serialized)
struct TerminalTests {
    // MARK: Opening and closing

    @Test func headlessScreenKeepsChineseInTwoCells() throws {
        let session = try TerminalSession.headless(rows: 24, columns: 80)
        defer { session.close() }
        #expect(session.rows == 24)
        #expect(session.columns == 80)
        #expect(session.size == (24, 80))
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
        #expect(throws: TerminalSession.OpenError.unknownTerminal("")) {
            _ = try TerminalSession.headless(term: "", rows: 24, columns: 80)
        }
        // And a good one still opens afterwards.
        let session = try? TerminalSession.headless(rows: 5, columns: 10)
        #expect(session != nil)
        session?.close()
    }

    /// The reason the console cannot start is said in the officer's language, and a `TERM` from
    /// the environment reaches the terminal neutralised.
    @Test func whyTheConsoleCannotStartIsSaidInBothLanguages() {
        let hostile = TerminalSession.OpenError.unknownTerminal("vt\u{1B}]0;owned\u{07}")
        let english = hostile.message(InterfaceLanguage.en.words), chinese = hostile.message(InterfaceLanguage.zhTW.words)
        #expect(english.contains("unknown to terminfo"))
        #expect(chinese.contains("terminfo 不認得終端機類型"))
        for text in [english, chinese] { #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }) }
        #expect(TerminalSession.OpenError.notATerminal.message(InterfaceLanguage.zhTW.words).contains("certdesk list"))
        #expect(TerminalSession.OpenError.noUTF8Locale.message(InterfaceLanguage.en.words).contains("LANG=C.UTF-8"))
    }

    @Test func closingTwiceIsHarmless() throws {
        let session = try TerminalSession.headless(rows: 10, columns: 40)
        session.close()
        session.close()
    }

    @Test func everythingAfterCloseDoesNothing() throws {
        let session = try TerminalSession.headless(rows: 10, columns: 40)
        session.close()
        var screen = Screen(width: 40, height: 10)
        screen.put("after close", row: 0, column: 0)
        session.draw(screen)
        session.apply(theme: Self.theme)
        session.showCursor(at: 1, column: 1)
        session.hideCursor()
        session.bell()
        #expect(session.readKey(timeoutMilliseconds: 0) == nil)
        #expect(session.cell(row: 0, column: 0) == nil)
        #expect(session.size == (0, 0))
    }

    // MARK: Drawing a Screen

    @Test func drawsChineseAsciiAndAWideCharacterAtTheRightEdge() throws {
        let session = try TerminalSession.headless(rows: 4, columns: 20)
        defer { session.close() }
        var screen = Screen(width: 20, height: 4)
        screen.put("臺中市 ok 勒索", row: 0, column: 0)
        screen.put("edge", row: 1, column: 0)
        screen.put("中", row: 1, column: 18)           // the last two cells
        screen.put("下一行", row: 2, column: 0)
        screen.put("角", row: 3, column: 18)           // the bottom-right corner
        session.draw(screen)

        #expect(session.row(0) == "臺中市 ok 勒索" + String(repeating: " ", count: 6))
        #expect(session.row(1) == "edge" + String(repeating: " ", count: 14) + "中")
        #expect(session.row(2) == "下一行" + String(repeating: " ", count: 14))
        #expect(session.row(3) == String(repeating: " ", count: 18) + "角")
        #expect(session.cell(row: 1, column: 18)?.text == "中")
        #expect(session.cell(row: 1, column: 19)?.text == "中")   // both halves read back the glyph
        #expect(session.cell(row: 2, column: 0)?.text == "下")
        #expect(session.cell(row: 3, column: 19)?.text == "角")
    }

    @Test func aWideCharacterCutByANarrowerTerminalBecomesABlankNotAWrap() throws {
        let session = try TerminalSession.headless(rows: 3, columns: 20)
        defer { session.close() }
        var screen = Screen(width: 21, height: 3)
        screen.put("abcdefghijklmnopqrs中", row: 0, column: 0)   // 中 at 19–20: half outside
        screen.put("next", row: 1, column: 0)
        session.draw(screen)
        #expect(session.row(0) == "abcdefghijklmnopqrs ")
        #expect(session.row(1) == "next" + String(repeating: " ", count: 16))
    }

    @Test func aSmallerScreenLeavesTheRestBlankAndALargerOneIsCut() throws {
        let session = try TerminalSession.headless(rows: 6, columns: 30)
        defer { session.close() }
        var big = Screen(width: 50, height: 10)
        for row in 0..<10 { big.put(String(repeating: "資安", count: 12) + "x", row: row, column: 0, role: .bar) }
        session.apply(theme: Self.theme)
        session.draw(big)
        #expect(session.row(0) == String(repeating: "資安", count: 7) + "資")
        #expect(session.row(5) == String(repeating: "資安", count: 7) + "資")

        var small = Screen(width: 10, height: 2)
        small.put("小", row: 0, column: 0)
        session.draw(small)
        #expect(session.row(0) == "小" + String(repeating: " ", count: 28))
        #expect(session.row(1) == String(repeating: " ", count: 30))
        #expect(session.row(5) == String(repeating: " ", count: 30))
        // The blank beyond the Screen is `normal`, not the `bar` that was there.
        #expect(session.cell(row: 0, column: 20)?.reverse == false)
        #expect(session.cell(row: 4, column: 3)?.reverse == false)

        session.draw(Screen(width: 0, height: 0))
        #expect(session.row(0) == String(repeating: " ", count: 30))
    }

    @Test func orphanedAndOverwrittenHalvesOfWideCharactersDoNotShiftTheRow() throws {
        let session = try TerminalSession.headless(rows: 2, columns: 10)
        defer { session.close() }
        var screen = Screen(width: 10, height: 2)
        screen.put("中文字", row: 0, column: 0)
        screen.put("a", row: 0, column: 1)    // over the right half of 中
        screen.put("b", row: 0, column: 2)    // over the left half of 文: its "" half is orphaned
        session.draw(screen)
        // Column by column as the Screen has it: [中][a][b][""][字][""] → " ab 字".
        #expect(session.row(0) == " ab 字" + String(repeating: " ", count: 4))
    }

    @Test func blitterRunsGroupRolesAndSkipContinuationCells() throws {
        try Self.requireUTF8()
        var screen = Screen(width: 12, height: 2)
        screen.put("ID", row: 0, column: 0, role: .header)
        screen.put("臺中", row: 0, column: 2, role: .header)
        screen.put("逾", row: 0, column: 7, role: .overdue)
        let runs = ScreenBlitter.runs(of: screen, row: 0, columns: 12)
        #expect(runs.map(\.column) == [0, 6, 7, 9])
        #expect(runs.map(\.role) == [.header, .normal, .overdue, .normal])
        #expect(runs.map(\.text) == ["ID臺中", " ", "逾", "   "])
        #expect(runs.map(\.width) == [6, 1, 2, 3])
        // Narrower terminal: the Screen is cut; wider: padded with `normal`.
        #expect(ScreenBlitter.runs(of: screen, row: 0, columns: 8).map(\.text) == ["ID臺中", " ", " "])
        #expect(ScreenBlitter.runs(of: screen, row: 0, columns: 14).last?.text == "     ")
        // A row below the Screen is one blank run.
        #expect(ScreenBlitter.runs(of: screen, row: 5, columns: 4) == [
            ScreenBlitter.Run(column: 0, role: .normal, characters: [32, 32, 32, 32], width: 4),
        ])
    }

    @Test func glyphsAreWhatNcursesPlacesAsTheScreenDoes() throws {
        try Self.requireUTF8()
        #expect(ScreenBlitter.glyph(of: "a").width == 1)
        #expect(ScreenBlitter.glyph(of: "中").width == 2)
        #expect(ScreenBlitter.glyph(of: "").width == 0)
        #expect(ScreenBlitter.glyph(of: "e\u{301}") == ([0x65, 0x301], 1))
        #expect(ScreenBlitter.glyph(of: "\u{301}") == ([], 0))              // no leading combining mark
        #expect(ScreenBlitter.glyph(of: "\u{378}") == ([0xFFFD], 1))         // unassigned: libc says -1
        #expect(ScreenBlitter.glyph(of: "\u{1B}") == ([0xFFFD], 1))          // never a raw control
    }

    // MARK: Themes and colours

    static let theme = Theme(name: "test", styles: [
        .normal: ThemeStyle(),
        .overdue: ThemeStyle(foreground: .indexed(9), bold: true, reverse: true),
        .warning: ThemeStyle(foreground: .indexed(3), background: .indexed(0)),
        .bar: ThemeStyle(foreground: .indexed(15), background: .indexed(4), reverse: true),
        .met: ThemeStyle(foreground: .indexed(2), underline: true),
        .dim: ThemeStyle(dim: true),
    ])

    @Test func anOverdueCellLooksDifferentFromANormalOne() throws {
        let session = try TerminalSession.headless(rows: 3, columns: 30)
        defer { session.close() }
        #expect(session.colourDepth == .full)
        session.apply(theme: Self.theme)
        var screen = Screen(width: 30, height: 3)
        screen.put("ok", row: 0, column: 0)
        screen.put("逾期", row: 0, column: 3, role: .overdue)
        screen.put("met", row: 1, column: 0, role: .met)
        session.draw(screen)

        let normal = try #require(session.cell(row: 0, column: 0))
        let overdue = try #require(session.cell(row: 0, column: 3))
        let overdueRightHalf = try #require(session.cell(row: 0, column: 4))
        let met = try #require(session.cell(row: 1, column: 0))
        #expect(!normal.bold && !normal.reverse && normal.colourPair == 0)
        #expect(normal.foreground == -1 && normal.background == -1)
        #expect(overdue.text == "逾" && overdue.bold && overdue.reverse && !overdue.underline)
        #expect(overdue.foreground == 9 && overdue.background == -1)
        #expect(overdueRightHalf.bold && overdueRightHalf.reverse)
        #expect(met.underline && !met.bold && met.foreground == 2)
        #expect(overdue.colourPair != met.colourPair)
        // The cell after the overdue run is normal again.
        #expect(session.cell(row: 0, column: 7)?.bold == false)
    }

    @Test func switchingThemesChangesTheNextDraw() throws {
        let session = try TerminalSession.headless(rows: 2, columns: 10)
        defer { session.close() }
        var screen = Screen(width: 10, height: 2)
        screen.put("late", row: 0, column: 0, role: .overdue)
        session.apply(theme: Self.theme)
        session.draw(screen)
        #expect(session.cell(row: 0, column: 0)?.foreground == 9)
        session.apply(theme: Theme(name: "plain", styles: [.overdue: ThemeStyle(foreground: .indexed(1), underline: true)]))
        session.draw(screen)
        let cell = try #require(session.cell(row: 0, column: 0))
        #expect(cell.foreground == 1 && cell.underline && !cell.bold && !cell.reverse)
    }

    @Test func noColourGivesDepthNoneButKeepsAttributes() throws {
        let session = try TerminalSession.headless(rows: 2, columns: 10, environment: ["NO_COLOR": "1"])
        defer { session.close() }
        #expect(session.colourDepth == .none)
        session.apply(theme: Self.theme)
        var screen = Screen(width: 10, height: 2)
        screen.put("late", row: 0, column: 0, role: .overdue)
        session.draw(screen)
        let cell = try #require(session.cell(row: 0, column: 0))
        #expect(cell.bold && cell.reverse && cell.colourPair == 0)
    }

    @Test func anEmptyNoColourIsIgnored() throws {
        #expect(TerminalSession.noColourRequested(by: ["NO_COLOR": "1"]))
        #expect(TerminalSession.noColourRequested(by: ["NO_COLOR": "yes please"]))
        #expect(!TerminalSession.noColourRequested(by: ["NO_COLOR": ""]))
        #expect(!TerminalSession.noColourRequested(by: [:]))
        let session = try TerminalSession.headless(rows: 2, columns: 10, environment: ["NO_COLOR": ""])
        defer { session.close() }
        #expect(session.colourDepth == .full)
    }

    @Test func anEightColourTerminalClampsIndexesItLacks() throws {
        let session = try TerminalSession.headless(term: "xterm", rows: 2, columns: 10)
        defer { session.close() }
        #expect(session.colourDepth == .eight)
        session.apply(theme: Self.theme)          // overdue is colour 9: not reduced on purpose
        var screen = Screen(width: 10, height: 2)
        screen.put("late", row: 0, column: 0, role: .overdue)
        screen.put("bar", row: 1, column: 0, role: .bar)
        session.draw(screen)
        #expect(session.cell(row: 0, column: 0)?.foreground == 1)
        #expect(session.cell(row: 1, column: 0)?.foreground == 7)
        #expect(session.cell(row: 1, column: 0)?.background == 4)
    }

    @Test func aTerminalWithoutColoursHasDepthNone() throws {
        let session = try TerminalSession.headless(term: "vt100", rows: 2, columns: 10)
        defer { session.close() }
        #expect(session.colourDepth == .none)
        session.apply(theme: Self.theme)
        var screen = Screen(width: 10, height: 2)
        screen.put("late", row: 0, column: 0, role: .overdue)
        session.draw(screen)
        #expect(session.cell(row: 0, column: 0)?.bold == true)
    }

    // MARK: Keys, cursor, bell

    @Test func aHeadlessSessionReadsNoKey() throws {
        let session = try TerminalSession.headless(rows: 2, columns: 10)
        defer { session.close() }
        #expect(session.readKey(timeoutMilliseconds: 0) == nil)
        #expect(session.readKey(timeoutMilliseconds: 10) == nil)
    }

    @Test func cursorAndBellDoNotDisturbTheScreen() throws {
        let session = try TerminalSession.headless(rows: 3, columns: 10)
        defer { session.close() }
        var screen = Screen(width: 10, height: 3)
        screen.put("/ 勒索", row: 2, column: 0, role: .input)
        session.draw(screen)
        session.showCursor(at: 2, column: 6)
        session.draw(screen)
        session.showCursor(at: 99, column: 99)   // clamped, no crash
        session.bell()
        session.hideCursor()
        session.draw(screen)
        #expect(session.row(2) == "/ 勒索    ")
    }

    // MARK: Signals and exit paths

    @Test func aStopSignalSetsInterrupted() throws {
        let session = try TerminalSession.headless(rows: 2, columns: 10)
        defer { session.close() }
        TerminalSignals.install()
        defer {
            TerminalSignals.uninstall()
            TerminalSignals.reset()
        }
        #expect(!session.interrupted)
        // To the process, not with raise(): test code runs on a worker thread that blocks these
        // signals (as libdispatch's threads do), so a thread-directed raise() would stay pending.
        #expect(Self.signalProcess(SIGTERM) { session.interrupted })
        #expect(TerminalSignals.caughtSignal == SIGTERM)
        TerminalSignals.reset()
        #expect(!session.interrupted)
        #expect(Self.signalProcess(SIGHUP) { TerminalSignals.caughtSignal == SIGHUP })
    }

    static let leaveAlternateScreen = "\u{1B}[?1049l"

    @Test func exitWithoutCloseStillRestoresTheTerminal() async throws {
        let path = Self.scratchPath("atexit")
        defer { unlink(path) }
        await #expect(processExitsWith: .exitCode(3)) { [path = path as String] in
            let session = try TerminalSession.recording(to: path, rows: 5, columns: 20)
            var screen = Screen(width: 20, height: 5)
            screen.put("出口", row: 0, column: 0)
            session.draw(screen)
            exit(3)   // a fatal error path that never calls close()
        }
        let written = try Self.contents(of: path)
        #expect(written.contains("\u{1B}[?1049h"))
        #expect(written.contains(Self.leaveAlternateScreen))
    }

    @Test func withoutTheHookTheTerminalWouldStayBroken() async throws {
        // The control for the test above: the same run with the session forgotten by the hook.
        let path = Self.scratchPath("nohook")
        defer { unlink(path) }
        await #expect(processExitsWith: .exitCode(3)) { [path = path as String] in
            let session = try TerminalSession.recording(to: path, rows: 5, columns: 20)
            session.draw(Screen(width: 20, height: 5))
            TerminalSignals.screenClosed()
            fflush(nil)
            exit(3)
        }
        #expect(try !Self.contents(of: path).contains(Self.leaveAlternateScreen))
    }

    @Test func aSecondStopSignalRestoresTheTerminalAndExits() async throws {
        let path = Self.scratchPath("sigint")
        defer { unlink(path) }
        await #expect(processExitsWith: .exitCode(128 + SIGINT)) { [path = path as String] in
            let session = try TerminalSession.recording(to: path, rows: 5, columns: 20)
            TerminalSignals.install()
            session.draw(Screen(width: 20, height: 5))
            // First: only the flag.
            if !TerminalTests.signalProcess(SIGINT, until: { session.interrupted }) { exit(1) }
            // Second: the loop is stuck, leave now.
            _ = TerminalTests.signalProcess(SIGINT) { false }
            exit(2)
        }
        #expect(try Self.contents(of: path).contains(Self.leaveAlternateScreen))
    }

    @Test func aCrashRestoresTheTerminal() async throws {
        let path = Self.scratchPath("crash")
        defer { unlink(path) }
        await #expect(processExitsWith: .failure) { [path = path as String] in
            let session = try TerminalSession.recording(to: path, rows: 5, columns: 20)
            TerminalSignals.install()
            session.draw(Screen(width: 20, height: 5))
            abort()
        }
        #expect(try Self.contents(of: path).contains(Self.leaveAlternateScreen))
    }

    // MARK: Helpers

    static func requireUTF8() throws {
        if wcwidth(0x4E2D) != 2 { _ = setlocale(LC_ALL, "C.UTF-8") }
        try #require(wcwidth(0x4E2D) == 2, "no UTF-8 locale")
    }

    /// Sends `signal` to the whole process and waits up to a second for `condition`.
    static func signalProcess(_ signal: Int32, until condition: () -> Bool) -> Bool {
        kill(getpid(), signal)
        for _ in 0..<1000 {
            if condition() { return true }
            usleep(1000)
        }
        return condition()
    }

    static func scratchPath(_ name: String) -> String {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        let path = "\(directory)/certdesk-terminal-\(getpid())-\(name).out"
        unlink(path)
        return path
    }

    static func contents(of path: String) throws -> String {
        guard let file = fopen(path, "r") else { throw CocoaLikeError.missing(path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer.prefix(n)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    enum CocoaLikeError: Error { case missing(String) }
}
