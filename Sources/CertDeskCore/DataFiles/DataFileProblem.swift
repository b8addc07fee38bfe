/// Why a shipped or edited data file (a policy, later a playbook) cannot be used: the line and
/// the reason. The file's name is added by whoever read it.
public struct DataFileProblem: Error, Equatable, Sendable {
    public let line: Int?
    public let path: String?
    public let reason: BilingualText

    public init(line: Int?, path: String? = nil, reason: BilingualText) {
        self.line = line
        self.path = path
        self.reason = reason
    }

    /// `playbooks/policies/tcn.yaml:12: obligations[1].due_within: "9x" is not a duration`
    public func message(file: String, language: InterfaceLanguage) -> String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let path, !path.isEmpty { text += path + ": " }
        return text + reason.text(in: language)
    }
}
