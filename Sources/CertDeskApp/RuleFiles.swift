import Foundation

/// A tree of rule files — the playbooks with their `policies/`, or the colour themes — either a
/// folder on disk or the copies compiled into certdesk (`ShippedFiles`). Everything that reads
/// rules reads them through this, so a folder and the built-in defaults behave the same.
public enum RuleFiles: Sendable, Equatable {
    case folder(String)
    case shipped(Tree)

    /// The two trees certdesk ships.
    public enum Tree: String, Sendable {
        case playbooks, themes
    }

    /// What a file looked like when it was read: a reading is kept until this changes.
    struct Stamp: Equatable {
        let modified: Date
        let size: Int
    }

    /// The `.yaml` files directly in `subfolder` of the tree (`""` for its top), sorted, as
    /// paths inside the tree (`policies/tcn.yaml`).
    public func yamlFiles(in subfolder: String = "") -> [String] {
        let prefix = subfolder.isEmpty ? "" : subfolder + "/"
        switch self {
        case .folder(let root):
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + subfolder)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { prefix + $0 }
        case .shipped(let tree):
            return Self.shippedFiles(tree).keys.filter {
                $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/")
            }.sorted()
        }
    }

    /// A file's text; nil when it is not there or cannot be read.
    public func text(_ path: String) -> String? {
        switch self {
        case .folder:
            return FileManager.default.contents(atPath: location(of: path)).map { String(decoding: $0, as: UTF8.self) }
        case .shipped(let tree):
            return Self.shippedFiles(tree)[path]
        }
    }

    public func contains(_ path: String) -> Bool {
        switch self {
        case .folder: FileManager.default.fileExists(atPath: location(of: path))
        case .shipped(let tree): Self.shippedFiles(tree)[path] != nil
        }
    }

    /// Where a file is, as messages name it: its path on disk, or `(built in)/playbooks/…`.
    public func location(of path: String) -> String {
        switch self {
        case .folder(let root): root + "/" + path
        case .shipped(let tree): "(built in)/\(tree.rawValue)/" + path
        }
    }

    /// The folder on disk, when the tree is one.
    public var folder: String? {
        if case .folder(let root) = self { return root }
        return nil
    }

    func stamp(_ path: String) -> Stamp? {
        switch self {
        case .folder:
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: location(of: path)),
                  let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? Int else { return nil }
            return Stamp(modified: modified, size: size)
        case .shipped(let tree):
            // Compiled in: it changes only with the binary.
            return Self.shippedFiles(tree)[path].map { Stamp(modified: .distantPast, size: $0.utf8.count) }
        }
    }

    static func shippedFiles(_ tree: Tree) -> [String: String] {
        switch tree {
        case .playbooks: ShippedFiles.playbooks
        case .themes: ShippedFiles.themes
        }
    }
}
