/// Plain-text columns for command output, aligned by display width so that Chinese (two cells
/// per character) and ASCII line up, with every cell neutralised for the terminal.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public let title: String
        /// Nil: as wide as the widest cell.
        public let maxWidth: Int?
        public let alignRight: Bool

        public init(_ title: String, maxWidth: Int? = nil, alignRight: Bool = false) {
            self.title = title
            self.maxWidth = maxWidth
            self.alignRight = alignRight
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func append(_ cells: [String]) {
        rows.append(cells.map(SafeText.singleLine))
    }

    public func render() -> String {
        var widths = columns.map { DisplayWidth.width(of: $0.title) }
        for row in rows {
            for (n, cell) in row.enumerated() where n < widths.count {
                widths[n] = max(widths[n], DisplayWidth.width(of: cell))
            }
        }
        for (n, column) in columns.enumerated() {
            if let limit = column.maxWidth { widths[n] = min(widths[n], max(limit, DisplayWidth.width(of: column.title))) }
        }
        var lines: [String] = []
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (n, column) in columns.enumerated() {
                let cell = n < cells.count ? cells[n] : ""
                let last = n == columns.count - 1
                parts.append(last && !column.alignRight
                    ? DisplayWidth.truncate(cell, toWidth: widths[n])
                    : DisplayWidth.pad(cell, toWidth: widths[n], alignRight: column.alignRight))
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        lines.append(line(columns.map(\.title)))
        for row in rows { lines.append(line(row)) }
        return lines.joined(separator: "\n")
    }
}
