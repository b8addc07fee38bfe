import CNcursesw
import Glibc

/// One ncurses screen, opened with `newterm` so that an unknown `TERM` or a missing terminal is
/// an error the officer can read instead of ncurses exiting the process (swift-ncurses-grdb-facts:
/// `initscr()` exits on an unknown TERM; `newterm()` returns NULL). curses is not thread-safe:
/// every call on a session happens on the thread that opened it.
public final class TerminalSession {
    public enum OpenError: Error, Equatable, Sendable {
        /// Standard input or output is not a terminal (e.g. piped, or run from cron).
        case notATerminal
        /// `TERM` is unset or names a terminal the terminfo database does not know.
        case unknownTerminal(String)
        /// The locale has no UTF-8: Chinese would print as garbage.
        case noUTF8Locale

        public var message: String {
            switch self {
            case .notATerminal:
                return "certdesk's console needs a terminal (standard input and output are not one); use the commands, e.g. certdesk list"
            case .unknownTerminal(let name):
                return "the terminal type \"\(name)\" is unknown to terminfo; try TERM=xterm-256color"
            case .noUTF8Locale:
                return "no UTF-8 locale is available; set LANG=C.UTF-8"
            }
        }
    }

    private let screen: OpaquePointer
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private var isOpen = true

    /// How long ncurses waits after a lone Esc for the rest of an escape sequence. Its default
    /// of one second makes Esc feel broken (swift-ncurses-grdb-facts).
    public static let escapeDelayMilliseconds: Int32 = 50

    /// Opens the console on the process's terminal.
    public static func onTerminal(term: String?) throws(OpenError) -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        return try TerminalSession(term: term, input: certdesk_stdin(), output: certdesk_stdout(), owned: false)
    }

    /// Opens a screen that draws nowhere, `rows` × `columns`, for tests and benchmarks that
    /// need real ncurses behaviour without a terminal.
    public static func headless(term: String = "xterm-256color", rows: Int32, columns: Int32) throws(OpenError) -> TerminalSession {
        let session = try TerminalSession(term: term, input: certdesk_open_dev_null_read(),
                                          output: certdesk_open_dev_null_write(), owned: true)
        resize_term(rows, columns)
        return session
    }

    private init(term: String?, input: UnsafeMutablePointer<FILE>?, output: UnsafeMutablePointer<FILE>?,
                 owned: Bool) throws(OpenError) {
        guard setlocale(LC_ALL, "") != nil || setlocale(LC_ALL, "C.UTF-8") != nil else { throw .noUTF8Locale }
        if wcwidth(0x4E2D) != 2, setlocale(LC_ALL, "C.UTF-8") == nil { throw .noUTF8Locale }
        guard let term, !term.isEmpty else { throw .unknownTerminal(term ?? "") }
        guard let screen = newterm(term, output, input) else {
            if owned {
                if let input { fclose(input) }
                if let output { fclose(output) }
            }
            throw .unknownTerminal(term)
        }
        self.screen = screen
        self.input = owned ? input : nil
        self.output = owned ? output : nil
        set_term(screen)
        set_escdelay(Self.escapeDelayMilliseconds)
        cbreak()
        noecho()
        keypad(certdesk_stdscr(), true)
        _ = curs_set(0)
    }

    public var rows: Int32 { certdesk_getmaxy(certdesk_stdscr()) }
    public var columns: Int32 { certdesk_getmaxx(certdesk_stdscr()) }

    /// Writes `text` at a position; wide characters take the cells `wcwidth` gives them.
    public func put(_ text: String, row: Int32, column: Int32) {
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        _ = wide.withUnsafeBufferPointer { mvaddnwstr(row, column, $0.baseAddress, Int32(wide.count - 1)) }
    }

    /// Reads a row back as text (a wide glyph is read once, not once per cell).
    public func row(_ row: Int32) -> String {
        var buffer = [wchar_t](repeating: 0, count: Int(columns) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { mvinnwstr(row, 0, $0.baseAddress, columns) }
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    /// Restores the terminal. Safe to call more than once; the console calls it on every exit path.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
        if let input { fclose(input) }
        if let output { fclose(output) }
        input = nil
        output = nil
    }

    deinit { close() }
}
