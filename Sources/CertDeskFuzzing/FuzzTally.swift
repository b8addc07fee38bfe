/// The figures of a run: how many inputs, how many each reader took or refused, and how many
/// different refusals it gave. The number of kinds is a cheap sign of how deep a run went: a
/// run that only ever meets "not YAML" has not reached the schema's checks.
public struct FuzzTally: Sendable {
    public private(set) var inputs = 0
    public private(set) var accepted = 0
    public private(set) var refused = 0
    public private(set) var broken = 0
    private var kinds = Set<String>()

    /// Past this many kinds the set stops growing: a reason that quotes what it refuses in a
    /// way `kind(of:)` misses must not make a million-input run hold a million strings.
    static let kindLimit = 20_000

    public init() {}

    public var refusalKinds: Int { kinds.count }

    /// Counts `verdict`; true when it is a refusal of a kind not seen before.
    @discardableResult
    public mutating func count(_ verdict: FuzzVerdict) -> Bool {
        inputs += 1
        switch verdict {
        case .accepted:
            accepted += 1
            return false
        case .refused(let reason):
            refused += 1
            guard kinds.count < Self.kindLimit else { return false }
            return kinds.insert(Self.kind(of: reason)).inserted
        case .broken:
            broken += 1
            return false
        }
    }

    /// A refusal without what it quotes: `line 7: "9x" is not a duration` and
    /// `line 9: "1y" is not a duration` are one kind. Quoted text goes (TextChecks.quoted
    /// escapes a quote inside, so a backslash keeps the next character in), numbers become `#`, and only the first line counts.
    /// By scalar, not by Character: this runs on every refusal of a million-input run.
    static func kind(of reason: String) -> String {
        var out = String.UnicodeScalarView()
        var closing: Unicode.Scalar? = nil
        var escaped = false
        for c in reason.unicodeScalars {
            if let close = closing {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == close {
                    closing = nil
                    out.append("…")
                }
                continue
            }
            switch c {
            // What follows a line break is context (the line quoted by a YAML error), not kind.
            case "\n": return String(out)
            case "\"": closing = "\""
            case "“": closing = "”"
            // An apostrophe after a letter ("isn't") opens nothing.
            case "'" where !(out.last?.properties.isAlphabetic ?? false): closing = "'"
            case "0"..."9": if out.last != "#" { out.append("#") }
            default: out.append(c)
            }
        }
        return String(out)
    }
}
