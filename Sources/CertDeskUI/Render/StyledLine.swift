/// A line of text made of runs with their roles, for views that build content before placing it.
struct StyledLine {
    var runs: [(text: String, role: StyleRole)] = []

    init(_ text: String = "", _ role: StyleRole = .normal) {
        if !text.isEmpty { runs = [(text, role)] }
    }

    mutating func add(_ text: String, _ role: StyleRole = .normal) { runs.append((text, role)) }

    /// Cells it takes as drawn (neutralised, as `Screen.put` will print it).
    var width: Int { runs.reduce(0) { $0 + DisplayWidth.width(of: SafeText.singleLine($1.text)) } }

    func draw(row: Int, column: Int, width: Int, into screen: inout Screen) {
        var x = column
        for run in runs {
            let left = column + width - x
            guard left > 0 else { break }
            x += screen.put(run.text, row: row, column: x, role: run.role, maxWidth: left)
        }
    }
}
