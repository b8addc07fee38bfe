/// Where a value sits inside a JSON document, e.g. `objects[3].name` or `indicators[0].value`,
/// so that an error can point the officer at the exact field.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }
    public func dropLast() -> JSONPath { JSONPath(Array(components.dropLast())) }

    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let key):
                let plain = !key.isEmpty && key.utf8.allSatisfy { c in
                    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                        || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
                }
                if plain {
                    if !out.isEmpty { out += "." }
                    out += key
                } else {
                    out += "[" + TextChecks.quoted(key) + "]"
                }
            case .index(let index):
                out += "[\(index)]"
            }
        }
        return out.isEmpty ? "(top level)" : out
    }
}
