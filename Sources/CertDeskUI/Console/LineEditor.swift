/// A line being typed, edited the way a shell's line is (readline/emacs keys): the officer can
/// go back and fix a word without retyping the whole reason.
public struct LineEditor: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor, in characters from the start (0…count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; false when the key is not an editing key (the caller decides).
    public mutating func apply(_ key: KeyPress) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(cursor..<cursor + 1)
        case .control("u"): remove(0..<cursor)
        case .control("k"): remove(cursor..<text.count)
        case .control("w"): remove(wordStart()..<cursor)
        default: return false
        }
        return true
    }

    public mutating func insert(_ s: String) {
        let at = index(cursor)
        text.insert(contentsOf: s, at: at)
        cursor += s.count
    }

    /// Puts the cursor at `offset` characters from the start (clamped to the line).
    public mutating func move(to offset: Int) {
        cursor = max(0, min(text.count, offset))
    }

    /// Replaces the whole line (a completion), cursor at the end.
    public mutating func replace(with s: String) {
        text = s
        cursor = s.count
    }

    /// The text before and after the cursor, for drawing it.
    public var beforeCursor: Substring { text[..<index(cursor)] }
    public var afterCursor: Substring { text[index(cursor)...] }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        text.removeSubrange(index(range.lowerBound)..<index(range.upperBound))
        cursor = range.lowerBound
    }

    /// Where Ctrl-W stops: back over spaces, then over the word (a path segment counts as one).
    private func wordStart() -> Int {
        let characters = Array(text.prefix(cursor))
        var i = characters.count
        while i > 0, characters[i - 1] == " " { i -= 1 }
        while i > 0, characters[i - 1] != " ", characters[i - 1] != "/" { i -= 1 }
        if i == characters.count, i > 0 { i -= 1 }
        return i
    }
}
