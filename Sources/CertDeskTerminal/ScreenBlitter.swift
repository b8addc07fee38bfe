import CNcursesw
import CertDeskUI
import Glibc

/// Turns a `Screen` row into runs of same-role text for `mvaddnwstr`, laid out exactly as
/// ncurses will place them (ncurses advances by libc `wcwidth` per scalar). Pure, so the
/// awkward cases are tested without a terminal:
///
/// - the "" continuation cell of a wide character is skipped (ncurses covers it itself);
/// - a wide character that would straddle the terminal's right edge becomes a space: written
///   there, ncurses would wrap it onto the next line;
/// - a wide character whose right half the Screen has overwritten becomes a space, and an
///   orphaned "" continuation becomes a space (what a terminal shows when half a wide glyph is
///   overwritten);
/// - a scalar libc calls unprintable becomes U+FFFD (ncurses would print it as `~X` or `^X`,
///   wider than the Screen thinks); leading combining marks are dropped (ncurses would attach
///   them to the previous cell);
/// - rows and columns the Screen does not cover are filled with `normal` spaces, and what lies
///   beyond the terminal is cut off.
enum ScreenBlitter {
    struct Run: Equatable {
        var column: Int
        var role: StyleRole
        var characters: [wchar_t]
        /// Cells the run takes on screen.
        var width: Int

        var text: String {
            String(String.UnicodeScalarView(characters.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        }
    }

    static let space = wchar_t(0x20)
    static let replacement = wchar_t(0xFFFD)

    /// The runs that paint terminal row `row`, `columns` cells wide, from `screen`.
    static func runs(of screen: Screen, row: Int, columns: Int) -> [Run] {
        guard columns > 0 else { return [] }
        guard row < screen.height else {
            return [Run(column: 0, role: .normal, characters: Array(repeating: space, count: columns), width: columns)]
        }
        var runs: [Run] = []
        func append(_ characters: [wchar_t], width: Int, role: StyleRole, at column: Int) {
            if var last = runs.last, last.role == role, last.column + last.width == column {
                last.characters += characters
                last.width += width
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(column: column, role: role, characters: characters, width: width))
            }
        }

        let limit = min(screen.width, columns)
        var x = 0
        while x < limit {
            let cell = screen[row, x]
            let (glyph, width) = glyph(of: cell.text)
            if width == 0 {
                // An orphaned continuation (or nothing printable): keep the cell blank.
                append([space], width: 1, role: cell.role, at: x)
                x += 1
            } else if x + width > limit {
                // Does not fit before the edge: blanks instead of a wrapped glyph.
                append(Array(repeating: space, count: limit - x), width: limit - x, role: cell.role, at: x)
                x = limit
            } else if width >= 2, !screen[row, x + 1].text.isEmpty {
                // The right half was overwritten by something else: the wide glyph is gone.
                append([space], width: 1, role: cell.role, at: x)
                x += 1
            } else {
                append(glyph, width: width, role: cell.role, at: x)
                x += width
            }
        }
        if limit < columns {
            let rest = columns - limit
            append(Array(repeating: space, count: rest), width: rest, role: .normal, at: limit)
        }
        return runs
    }

    /// A cell's text as ncurses should get it, and the cells ncurses will give it.
    static func glyph(of text: String) -> (characters: [wchar_t], width: Int) {
        var characters: [wchar_t] = []
        var width = 0
        for scalar in text.unicodeScalars {
            let character = wchar_t(bitPattern: scalar.value)
            let w = Int(wcwidth(character))
            if w < 0 {
                characters.append(replacement)
                width += 1
            } else if w == 0 {
                if !characters.isEmpty { characters.append(character) }   // no leading combining mark
            } else {
                characters.append(character)
                width += w
            }
        }
        return (characters, width)
    }
}

extension TerminalSession {
    /// The next draw repaints every cell (Ctrl-L), for when something else wrote to the terminal.
    public func repaintAll() {
        guard isOpen else { return }
        _ = clearok(certdesk_curscr(), true)
    }

    /// Copies `screen` to the terminal: each row as runs of same-role text, one `mvaddnwstr`
    /// per run with the role's attributes, then one `doupdate` (ncurses sends only what
    /// changed). A Screen smaller than the terminal leaves the rest blank; a larger one is cut.
    public func draw(_ screen: Screen) {
        guard isOpen else { return }
        let window = certdesk_stdscr()
        let (rows, columns) = size
        for y in 0..<max(0, rows) {
            for run in ScreenBlitter.runs(of: screen, row: y, columns: columns) {
                _ = certdesk_set_attributes(window, attributes(for: run.role))
                // At the bottom-right corner ncurses places the last glyph and then reports ERR
                // (the cursor cannot move on without scrolling): expected, ignored.
                _ = run.characters.withUnsafeBufferPointer {
                    mvwaddnwstr(window, Int32(y), Int32(run.column), $0.baseAddress, Int32($0.count))
                }
            }
        }
        _ = certdesk_set_attributes(window, certdesk_a_normal())
        placeCursor()
        wnoutrefresh(window)
        doupdate()
    }
}
