/// Why an input file cannot be taken in, and exactly where: the line (and column, for syntax),
/// the JSON path of the field, and the reason. The file name is added by whoever read the file.
public struct IngestProblem: Error, Equatable, Sendable {
    public let line: Int?
    public let column: Int?
    public let path: JSONPath?
    public let reason: BilingualText

    public init(line: Int?, column: Int? = nil, path: JSONPath?, reason: BilingualText) {
        self.line = line
        self.column = column
        self.path = path
        self.reason = reason
    }

    /// `tickets.jsonl:3:17: level: level 7 is not 1–4`
    public func message(file: String, language: InterfaceLanguage) -> String {
        var where_ = file
        if let line { where_ += ":\(line)" }
        if let column { where_ += ":\(column)" }
        var text = where_ + ": "
        if let path { text += "\(path): " }
        return text + reason.text(in: language)
    }
}

/// What reading a file yields: incidents ready for the desk, and remarks that did not stop it
/// (e.g. a STIX indicator that relates to no incident).
public struct IngestBatch: Sendable {
    public var drafts: [IncidentDraft]
    public var remarks: [BilingualText]

    public init(drafts: [IncidentDraft] = [], remarks: [BilingualText] = []) {
        self.drafts = drafts
        self.remarks = remarks
    }
}
