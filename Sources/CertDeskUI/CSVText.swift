/// CSV as RFC 4180 writes it, for the files officers open in a spreadsheet.
enum CSVText {
    /// One field: neutralised, guarded against formulas, quoted when it holds a comma, a quote or a line break.
    static func field(_ raw: String) -> String {
        var text = SafeText.singleLine(raw)
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Lines ended by CRLF, the last one too.
    static func document(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
