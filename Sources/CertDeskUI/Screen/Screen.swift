/// The terminal-agnostic screen: a grid of cells that views draw into and that the terminal
/// backend copies to ncurses. Tests read it as text and as a layer of style roles.
public struct Screen: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// The grapheme shown here; "" for the right half of a wide character.
        public var text: String
        public var role: StyleRole

        public static let blank = Cell(text: " ", role: .normal)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` from (`row`, `column`), neutralised for the terminal, clipped to
    /// `maxWidth` cells (default: to the edge) without splitting a wide character. Returns the
    /// number of cells used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let limit = min(maxWidth ?? width, width - max(column, 0))
        guard limit > 0 else { return 0 }
        var x = column
        var used = 0
        for character in SafeText.singleLine(text) {
            let w = DisplayWidth.width(of: character)
            if w == 0 {
                // A lone combining mark or control: attach to the previous cell.
                if x > column { cells[row * width + x - 1].text.append(character) }
                continue
            }
            guard used + w <= limit else { break }
            if x >= 0 {
                cells[row * width + x] = Cell(text: String(character), role: role)
                if w == 2 { cells[row * width + x + 1] = Cell(text: "", role: role) }
            }
            x += w
            used += w
        }
        return used
    }

    /// Sets the role of a run of cells without changing their text (e.g. a selected row).
    public mutating func paint(row: Int, from column: Int = 0, width count: Int? = nil, role: StyleRole) {
        guard row >= 0, row < height else { return }
        let end = min(width, column + (count ?? width))
        for x in max(0, column)..<max(max(0, column), end) { cells[row * width + x].role = role }
    }

    /// Blanks a rectangle with a role.
    public mutating func clear(row: Int, column: Int = 0, height rows: Int = 1, width count: Int? = nil, role: StyleRole = .normal) {
        for y in max(0, row)..<min(height, row + rows) {
            for x in max(0, column)..<min(width, column + (count ?? width)) {
                cells[y * width + x] = Cell(text: " ", role: role)
            }
        }
    }

    /// Every row as text; a wide character appears once.
    public var textRows: [String] {
        (0..<height).map { y in (0..<width).map { cells[y * width + $0].text }.joined() }
    }

    /// Every row as one letter per cell naming its style role (see `StyleRole.snapshotLetter`).
    public var styleRows: [String] {
        (0..<height).map { y in String((0..<width).map { cells[y * width + $0].role.snapshotLetter }) }
    }

    /// The whole screen as text with trailing spaces removed, for snapshots.
    public var snapshot: String {
        textRows.map { row in
            var r = row
            while r.last == " " { r.removeLast() }
            return r
        }.joined(separator: "\n")
    }
}
