import CNcursesw
import CertDeskUI

/// What the console reads from the terminal.
public enum TerminalInput: Equatable, Sendable {
    case key(KeyPress)
    /// The terminal changed size; ncurses has already resized its screen to this.
    case resize(rows: Int, columns: Int)
}

/// The pure mapping from what `wget_wch` returns to a `KeyPress`.
public enum TerminalKeys {
    /// A character `wget_wch` returned with `OK` (a Unicode scalar value, as `wint_t`).
    /// Returns nil for what the console has no key for (NUL-less C1 controls, invalid values).
    public static func keyPress(character value: UInt32) -> KeyPress? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .control("@")
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))   // 3 → "c"
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(value) + 0x40)))  // 28 → "\\"
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A key code `wget_wch` returned with `KEY_CODE_YES` (`KEY_UP`, `KEY_F(1)`, ...). Returns
    /// nil for keys the console has no name for, and for `KEY_RESIZE` (not a key).
    public static func keyPress(keyCode code: Int32) -> KeyPress? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case certdesk_key_f(1)...certdesk_key_f(63): return .function(Int(code - certdesk_key_f(0)))
        default: return nil
        }
    }
}

extension TerminalSession {
    /// Waits up to `timeoutMilliseconds` (negative: forever; 0: not at all) for a key or a
    /// resize. Returns nil on timeout, on a key the console has no name for, when a signal
    /// interrupted the wait (check `interrupted`), and always on a headless session.
    ///
    /// Wide-character input: a Chinese character typed through an input method arrives as one
    /// `.character`. Alt-x arrives as `.escape` then `.character("x")`.
    public func readKey(timeoutMilliseconds: Int32) -> TerminalInput? {
        guard isOpen else { return nil }
        let window = certdesk_stdscr()
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK:
            return TerminalKeys.keyPress(character: UInt32(value)).map(TerminalInput.key)
        case KEY_CODE_YES:
            if Int32(bitPattern: value) == KEY_RESIZE {
                // ncurses' SIGWINCH handling has already called resizeterm() before handing out
                // KEY_RESIZE, so stdscr has the new size. The terminal may have reflowed or
                // cleared what it showed: repaint everything on the next update.
                clearok(certdesk_curscr(), true)
                return .resize(rows: size.rows, columns: size.columns)
            }
            return TerminalKeys.keyPress(keyCode: Int32(bitPattern: value)).map(TerminalInput.key)
        default:
            return nil
        }
    }
}
