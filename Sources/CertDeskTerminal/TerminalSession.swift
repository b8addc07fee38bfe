import CNcursesw
import CertDeskCore
import CertDeskUI
import Foundation
import Glibc

/// One ncurses screen, opened with `newterm` so that an unknown `TERM` or a missing terminal is
/// an error the officer can read instead of ncurses exiting the process (swift-ncurses-grdb-facts:
/// `initscr()` exits on an unknown TERM; `newterm()` returns NULL). curses is not thread-safe:
/// every call on a session happens on the thread that opened it, and only one session is open
/// at a time in a process.
///
/// The pieces live in one file each: colours and themes (`TerminalColours.swift`), copying a
/// `Screen` (`ScreenBlitter.swift`), keys (`TerminalKeys.swift`), signals and exit paths
/// (`TerminalSignals.swift`), reading cells back for tests (`TerminalInspection.swift`).
public final class TerminalSession {
    public enum OpenError: Error, Equatable, Sendable {
        /// Standard input or output is not a terminal (e.g. piped, or run from cron).
        case notATerminal
        /// `TERM` is unset or names a terminal the terminfo database does not know.
        case unknownTerminal(String)
        /// The locale has no UTF-8: Chinese would print as garbage.
        case noUTF8Locale

        /// Why, in the officer's language.
        public func message(_ words: any Words) -> String {
            switch self {
            case .notATerminal: words.consoleNeedsTerminal
            case .unknownTerminal(let name): words.unknownTerminal(SafeText.singleLine(name))
            case .noUTF8Locale: words.noUTF8Locale
            }
        }
    }

    private let screen: OpaquePointer
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    /// False after `close()`: every other method then does nothing (ncurses would crash on a
    /// deleted screen).
    private(set) var isOpen = true

    /// How many colours roles may use: from `COLORS` after `start_color()`, or `.none` when the
    /// terminal has no colour or `NO_COLOR` is set. Reduce the theme to this before `apply`.
    public let colourDepth: ColourDepth
    /// Whether `use_default_colors()` worked, so -1 means the terminal's own colour.
    let defaultColoursAvailable: Bool
    /// Each role's attributes with its colour pair in the `A_COLOR` bits; set by `apply(theme:)`.
    var roleAttributes: [StyleRole: attr_t] = [:]
    /// Where the cursor shows for a text prompt; nil while it is hidden.
    var cursorPosition: (row: Int, column: Int)?

    /// How long ncurses waits after a lone Esc for the rest of an escape sequence. Its default
    /// of one second makes Esc feel broken (swift-ncurses-grdb-facts).
    public static let escapeDelayMilliseconds: Int32 = 50

    /// Opens the console on the process's terminal. `environment` is read for `NO_COLOR`.
    public static func onTerminal(term: String?,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) throws(OpenError) -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        return try TerminalSession(term: term, input: certdesk_stdin(), output: certdesk_stdout(), owned: false,
                                   environment: environment)
    }

    /// Opens a screen that draws nowhere, `rows` × `columns`, for tests and benchmarks that
    /// need real ncurses behaviour without a terminal. Reads no key (`readKey` gives nil).
    public static func headless(term: String = "xterm-256color", rows: Int32, columns: Int32,
                                environment: [String: String] = [:]) throws(OpenError) -> TerminalSession {
        let session = try TerminalSession(term: term, input: certdesk_open_dev_null_read(),
                                          output: certdesk_open_dev_null_write(), owned: true,
                                          environment: environment)
        resize_term(rows, columns)
        return session
    }

    /// Like `headless`, but what ncurses sends to the terminal is written to the file at
    /// `outputPath` (tests of the exit paths look for the escape sequences of `endwin`).
    static func recording(to outputPath: String, term: String = "xterm-256color", rows: Int32, columns: Int32,
                          environment: [String: String] = [:]) throws(OpenError) -> TerminalSession {
        let session = try TerminalSession(term: term, input: certdesk_open_dev_null_read(),
                                          output: fopen(outputPath, "w"), owned: true, environment: environment)
        resize_term(rows, columns)
        return session
    }

    /// Whether `environment` asks for no colour: `NO_COLOR` present and not empty (no-color.org).
    public static func noColourRequested(by environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }

    private init(term: String?, input: UnsafeMutablePointer<FILE>?, output: UnsafeMutablePointer<FILE>?,
                 owned: Bool, environment: [String: String]) throws(OpenError) {
        try Self.ensureUTF8Locale()
        guard let term, !term.isEmpty else {
            if owned { Self.closeFiles(input, output) }
            throw .unknownTerminal(term ?? "")
        }
        guard let screen = newterm(term, output, input) else {
            if owned { Self.closeFiles(input, output) }
            throw .unknownTerminal(term)
        }
        self.screen = screen
        self.input = owned ? input : nil
        self.output = owned ? output : nil
        set_term(screen)
        TerminalSignals.screenOpened()
        set_escdelay(Self.escapeDelayMilliseconds)
        cbreak()
        noecho()
        nonl()
        keypad(certdesk_stdscr(), true)
        _ = curs_set(0)
        leaveok(certdesk_stdscr(), true)

        if !Self.noColourRequested(by: environment), has_colors() {
            start_color()
            colourDepth = ColourDepth(colours: Int(certdesk_colors()))
            defaultColoursAvailable = use_default_colors() == OK
        } else {
            colourDepth = .none
            defaultColoursAvailable = false
        }
    }

    /// ncursesw and `wcwidth` need a UTF-8 `LC_CTYPE`: the user's locale if it is one, else
    /// C.UTF-8. Leaves an already UTF-8 locale alone, so that opening a second session never
    /// briefly switches the process back to a non-UTF-8 locale under another thread's feet
    /// (setlocale is process-wide; tests run suites in parallel).
    private static func ensureUTF8Locale() throws(OpenError) {
        let chinese: wchar_t = 0x4E2D   // 中: 2 cells in a UTF-8 locale, -1 otherwise
        if wcwidth(chinese) == 2 { return }
        if setlocale(LC_ALL, "") != nil, wcwidth(chinese) == 2 { return }
        guard setlocale(LC_ALL, "C.UTF-8") != nil, wcwidth(chinese) == 2 else { throw .noUTF8Locale }
    }

    private static func closeFiles(_ input: UnsafeMutablePointer<FILE>?, _ output: UnsafeMutablePointer<FILE>?) {
        if let input { fclose(input) }
        if let output { fclose(output) }
    }

    public var rows: Int32 { isOpen ? certdesk_getmaxy(certdesk_stdscr()) : 0 }
    public var columns: Int32 { isOpen ? certdesk_getmaxx(certdesk_stdscr()) : 0 }
    /// The terminal's size now (after a `.resize` input, the new size).
    public var size: (rows: Int, columns: Int) { (Int(rows), Int(columns)) }

    /// True once SIGINT, SIGTERM or SIGHUP arrived (after `TerminalSignals.install()`): the
    /// console's loop should end and call `close()`.
    public var interrupted: Bool { TerminalSignals.caughtSignal != nil }

    /// Rings the terminal bell (or flashes, if it has no bell).
    public func bell() {
        guard isOpen else { return }
        beep()
    }

    /// Shows the cursor at a position, for a text prompt. It stays there across `draw` calls
    /// until `hideCursor()`.
    public func showCursor(at row: Int, column: Int) {
        guard isOpen else { return }
        cursorPosition = (row, column)
        leaveok(certdesk_stdscr(), false)
        _ = curs_set(1)
        placeCursor()
        wnoutrefresh(certdesk_stdscr())
        doupdate()
    }

    /// Hides the cursor again (the console's normal state).
    public func hideCursor() {
        guard isOpen else { return }
        cursorPosition = nil
        _ = curs_set(0)
        leaveok(certdesk_stdscr(), true)
        doupdate()
    }

    /// Moves stdscr's cursor to the prompt position, clamped to the screen.
    func placeCursor() {
        guard let position = cursorPosition else { return }
        let row = min(max(0, position.row), max(0, Int(rows) - 1))
        let column = min(max(0, position.column), max(0, Int(columns) - 1))
        wmove(certdesk_stdscr(), Int32(row), Int32(column))
    }

    /// Writes `text` at a position; wide characters take the cells `wcwidth` gives them.
    public func put(_ text: String, row: Int32, column: Int32) {
        guard isOpen else { return }
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        _ = wide.withUnsafeBufferPointer { mvaddnwstr(row, column, $0.baseAddress, Int32(wide.count - 1)) }
    }

    /// Reads a row back as text (a wide glyph is read once, not once per cell).
    public func row(_ row: Int32) -> String {
        guard isOpen else { return "" }
        var buffer = [wchar_t](repeating: 0, count: Int(columns) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { mvinnwstr(row, 0, $0.baseAddress, columns) }
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    /// Restores the terminal as it was (cooked mode, echo, cursor, and for xterm-like terminals
    /// the normal screen instead of the alternate one). Safe to call more than once; the console
    /// calls it on every exit path.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = curs_set(1)
        endwin()
        TerminalSignals.screenClosed()
        delscreen(screen)
        Self.closeFiles(input, output)
        input = nil
        output = nil
    }

    deinit { close() }
}
