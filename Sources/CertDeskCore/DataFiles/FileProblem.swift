/// Why a file cannot be used, and exactly where: the line (and column, for a syntax error), the
/// path of the field (`obligations[1].due_within`, `[1].indicators[0].value`) and the reason.
/// One type for every file the desk reads — tickets and bundles (JSON), policies, playbooks and
/// themes (YAML) — so every such error reads `file:line[:column]: path: reason`. The file's name
/// is added by whoever read it.
public struct FileProblem: Error, Equatable, Sendable {
    public let line: Int?
    public let column: Int?
    public let path: String?
    public let reason: BilingualText

    public init(line: Int?, column: Int? = nil, path: String? = nil, reason: BilingualText) {
        self.line = line
        self.column = column
        self.path = path
        self.reason = reason
    }

    /// A field of a JSON document, by its path.
    public init(line: Int?, column: Int? = nil, path: JSONPath, reason: BilingualText) {
        self.init(line: line, column: column, path: path.description, reason: reason)
    }

    /// `tickets.jsonl:3:17: level: level 7 is not 1–4`,
    /// `playbooks/policies/tcn.yaml:12: obligations[1].due_within: "9x" is not a duration`
    public func message(file: String, language: InterfaceLanguage) -> String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        text += ": "
        if let path, !path.isEmpty { text += path + ": " }
        return text + reason.text(in: language)
    }

    /// The message in both languages, for a reader that reports it later.
    public func message(file: String) -> BilingualText {
        BilingualText { message(file: file, language: $0.language) }
    }
}
