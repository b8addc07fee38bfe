/// Rows printed as they are read (`list`, `clocks`): a JSON array an element at a time, or a
/// table under its header — the same bytes as the whole array or table printed at once.
struct StreamedRows {
    let json: Bool
    let header: String
    /// What the table says when there is no row.
    let empty: String
    private var printed = 0

    init(json: Bool, header: String, empty: String) {
        self.json = json
        self.header = header
        self.empty = empty
    }

    mutating func add(json element: @autoclosure () -> String, line: @autoclosure () -> String) {
        if json {
            Output.text((printed == 0 ? "[" : ",") + element())
        } else {
            if printed == 0 { Output.line(header) }
            Output.line(line())
        }
        printed += 1
    }

    func finish() {
        if json {
            Output.line(printed == 0 ? "[]" : "]")
        } else if printed == 0 {
            Output.line(empty)
        }
    }
}
