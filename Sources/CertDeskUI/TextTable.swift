/// Plain-text columns for command output, aligned by display width so that Chinese (two cells
/// per character) and ASCII line up, with every cell neutralised for the terminal.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public let title: String
        /// Nil: as wide as the widest cell.
        public let maxWidth: Int?
        public let alignRight: Bool
        /// False for a value that must be read whole (an incident id): a streamed row lets it
        /// run past its width rather than cut it.
        public let mayCut: Bool

        public init(_ title: String, maxWidth: Int? = nil, alignRight: Bool = false, mayCut: Bool = true) {
            self.title = title
            self.maxWidth = maxWidth
            self.alignRight = alignRight
            self.mayCut = mayCut
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
        let stream = Stream(columns: columns, widths: widths)
        return ([stream.header] + rows.map(stream.line)).joined(separator: "\n")
    }

    /// A table printed a row at a time, for output too long to hold (`list` and `clocks` on a
    /// desk of 100,000 incidents): the widths are fixed up front, from what each column can
    /// hold, instead of measured over every row.
    public struct Stream: Sendable {
        public let columns: [Column]
        public let widths: [Int]

        /// `widths[n]`: the most cells column n's values take (its title is always room enough).
        public init(columns: [Column], widths: [Int]) {
            self.columns = columns
            self.widths = zip(columns, widths).map { column, width in max(width, DisplayWidth.width(of: column.title)) }
        }

        public var header: String { line(columns.map(\.title)) }

        /// One row, every cell neutralised, cut or padded to its column.
        public func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (n, column) in columns.enumerated() {
                let cell = SafeText.singleLine(n < cells.count ? cells[n] : "")
                let last = n == columns.count - 1
                if !column.mayCut, DisplayWidth.width(of: cell) > widths[n] {
                    parts.append(cell)
                    continue
                }
                parts.append(last && !column.alignRight
                    ? DisplayWidth.truncate(cell, toWidth: widths[n])
                    : DisplayWidth.pad(cell, toWidth: widths[n], alignRight: column.alignRight))
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}
