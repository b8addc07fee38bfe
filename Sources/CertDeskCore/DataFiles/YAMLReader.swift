import Yams

/// Reads a YAML data file node by node, keeping each node's line so that a mistake in a policy
/// or playbook is reported as `file:line: path: reason`.
public struct YAMLReader {
    let node: Node
    public let path: String

    init(_ node: Node, path: String) {
        self.node = node
        self.path = path
    }

    /// The document in `text`; an empty document is a problem, not an empty policy.
    public static func document(_ text: String) throws(FileProblem) -> YAMLReader {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw FileProblem(line: 1, reason: BilingualText { $0.fileEmpty })
            }
            return YAMLReader(root, path: "")
        } catch let problem as FileProblem {
            throw problem
        } catch let error as YamlError {
            throw Self.problem(error)
        } catch {
            throw FileProblem(line: nil, reason: BilingualText { $0.notYAML("\(error)") })
        }
    }

    private static func problem(_ error: YamlError) -> FileProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return FileProblem(line: mark.line, reason: BilingualText { $0.invalidYAML(problem) })
        default:
            return FileProblem(line: nil, reason: BilingualText { $0.invalidYAML("\(error)") })
        }
    }

    public var line: Int? { node.mark?.line }

    public func problem(_ say: (any Words) -> String) -> FileProblem {
        FileProblem(line: line, path: path, reason: BilingualText(say))
    }

    public func problem(_ reason: BilingualText) -> FileProblem {
        FileProblem(line: line, path: path, reason: reason)
    }

    /// `true` or `false` (YAML 1.2's core schema also allows `True`/`TRUE`); `yes`, `on` or `1`
    /// are refused rather than guessed.
    public func boolean() throws(FileProblem) -> Bool {
        let text = try string()
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw problem { $0.notABoolean(TextChecks.quoted(text)) }
        }
    }

    private func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The mapping's values by key (in no particular order: a caller that needs the file's order
    /// reads `sequence`), refusing keys not in `allowed` (a typo such as `due_whithin` would
    /// otherwise be ignored and a clock silently lost).
    public func mapping(allowed: Set<String>) throws(FileProblem) -> [String: YAMLReader] {
        guard case .mapping(let mapping) = node else { throw problem { $0.yamlExpectedMapping } }
        var out: [String: YAMLReader] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else {
                throw YAMLReader(keyNode, path: path).problem { $0.yamlKeyNotText }
            }
            guard allowed.contains(key) else {
                throw YAMLReader(keyNode, path: child(key)).problem { $0.yamlUnknownKey(allowed: allowed.sorted()) }
            }
            guard out[key] == nil else {
                throw YAMLReader(keyNode, path: child(key)).problem { $0.yamlKeyTwice }
            }
            out[key] = YAMLReader(valueNode, path: child(key))
        }
        return out
    }

    /// Every key of every mapping in the document, with its dotted path and line, in the file's
    /// order: for rules that look at names before the schema is applied (a secret in a file
    /// others can read).
    public func keys() -> [(path: String, line: Int?)] {
        switch node {
        case .mapping(let mapping):
            return mapping.flatMap { keyNode, valueNode -> [(path: String, line: Int?)] in
                let key = keyNode.string ?? ""
                return [(child(key), keyNode.mark?.line)] + YAMLReader(valueNode, path: child(key)).keys()
            }
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { YAMLReader($0.element, path: path + "[\($0.offset)]").keys() }
        default:
            return []
        }
    }

    public func sequence() throws(FileProblem) -> [YAMLReader] {
        guard case .sequence(let sequence) = node else { throw problem { $0.yamlExpectedList } }
        return sequence.enumerated().map { YAMLReader($0.element, path: path + "[\($0.offset)]") }
    }

    public func string() throws(FileProblem) -> String {
        guard case .scalar(let scalar) = node else { throw problem { $0.yamlExpectedText } }
        return scalar.string
    }

    public var isScalar: Bool {
        if case .scalar = node { return true }
        return false
    }

    public var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }
}

extension Dictionary where Key == String, Value == YAMLReader {
    /// A required key of a mapping read with `YAMLReader.mapping(allowed:)`.
    public func require(_ key: String, in parent: YAMLReader) throws(FileProblem) -> YAMLReader {
        guard let value = self[key] else {
            throw parent.problem { $0.keyRequired(key) }
        }
        return value
    }
}
