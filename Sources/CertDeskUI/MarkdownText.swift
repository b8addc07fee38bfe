import CertDeskCore

/// The Markdown every report prints with: tables whose cells cannot break the layout.
enum MarkdownText {
    static func table(_ head: [String], _ rows: [[String]]) -> [String] {
        ["| " + head.map(cell).joined(separator: " | ") + " |", "|" + Array(repeating: "---|", count: head.count).joined()]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" } + [""]
    }

    /// One line, with Markdown's table bar escaped: text from outside cannot break the layout.
    static func cell(_ text: String) -> String {
        SafeText.singleLine(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
