/// A text of several lines being edited (a notification's message): the keys of `LineEditor`
/// within a line, Enter to break it, ↑/↓ between lines, Backspace at a line's start joining
/// it to the one before.
public struct TextArea: Hashable, Sendable {
    public private(set) var lines: [String]
    /// The cursor: its line, and its place in characters within that line.
    public private(set) var row: Int
    public private(set) var column: Int

    /// `text` with the cursor at its start (a rendered message is read from the top).
    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        if lines.isEmpty { lines = [""] }
        row = 0
        column = 0
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }

    /// Applies an editing key; false when it is not one (the form decides).
    public mutating func apply(_ key: KeyPress) -> Bool {
        switch key {
        case .enter:
            let line = lines[row]
            lines[row] = String(line.prefix(column))
            lines.insert(String(line.dropFirst(column)), at: row + 1)
            row += 1
            column = 0
        case .up:
            guard row > 0 else { return true }
            row -= 1
            column = min(column, lines[row].count)
        case .down:
            guard row < lines.count - 1 else { return true }
            row += 1
            column = min(column, lines[row].count)
        case .backspace where column == 0, .control("h") where column == 0:
            guard row > 0 else { return true }
            column = lines[row - 1].count
            lines[row - 1] += lines[row]
            lines.remove(at: row)
            row -= 1
        case .delete where column == lines[row].count:
            guard row < lines.count - 1 else { return true }
            lines[row] += lines[row + 1]
            lines.remove(at: row + 1)
        case .right where column == lines[row].count:
            guard row < lines.count - 1 else { return true }
            row += 1
            column = 0
        case .left where column == 0:
            guard row > 0 else { return true }
            row -= 1
            column = lines[row].count
        default:
            // Within the line, the line editor's keys.
            var editor = LineEditor(lines[row])
            editor.move(to: column)
            guard editor.apply(key) else { return false }
            lines[row] = editor.text
            column = editor.cursor
        }
        return true
    }
}
