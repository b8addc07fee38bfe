import CNcursesw
import CertDeskUI
import Glibc

/// One cell of the curses screen as drawn, for tests: what the terminal will show there.
public struct TerminalCell: Equatable, Sendable {
    /// The glyph (with its combining marks); a wide glyph reads back in both of its cells.
    public var text: String
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool
    public var blink: Bool
    /// The colour pair (0: the terminal's default colours).
    public var colourPair: Int
    /// The pair's colours; -1 is the terminal's own colour.
    public var foreground: Int
    public var background: Int
}

extension TerminalSession {
    /// The cell at (`row`, `column`) of the screen as last drawn; nil outside the screen.
    public func cell(row: Int, column: Int) -> TerminalCell? {
        guard isOpen, row >= 0, column >= 0, row < size.rows, column < size.columns else { return nil }
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        let status = text.withUnsafeMutableBufferPointer {
            certdesk_cell_at(certdesk_stdscr(), Int32(row), Int32(column), $0.baseAddress, Int32($0.count - 1),
                             &attributes, &pair)
        }
        guard status == OK else { return nil }
        var foreground: Int16 = -1
        var background: Int16 = -1
        if colourDepth != .none {
            _ = pair_content(pair, &foreground, &background)
        }
        let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        func has(_ flag: attr_t) -> Bool { attributes & flag == flag }
        return TerminalCell(text: String(String.UnicodeScalarView(scalars)),
                            bold: has(certdesk_a_bold()), dim: has(certdesk_a_dim()),
                            reverse: has(certdesk_a_reverse()), underline: has(certdesk_a_underline()),
                            blink: has(certdesk_a_blink()),
                            colourPair: Int(pair), foreground: Int(foreground), background: Int(background))
    }
}
