import CertDeskCore

/// The YAML form of a theme (`themes/*.yaml`; the format is described at the top of
/// `themes/default.yaml`):
///
/// ```yaml
/// name: default
/// styles:
///   normal:   {fg: default, bg: default}
///   overdue:  {fg: red, bold: true}
///   warning:  {fg: 214}
///   selected: {reverse: true}
/// ```
/// Strict: a misspelt key, role, colour or attribute is a `FileProblem` with its line and
/// path (`styles.overdue.fg`), never silently ignored. A role left out looks like `normal`.
public enum ThemeFile {
    /// The 16 ANSI colour names, by index 0–15.
    public static let colourNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    static let attributeKeys = ["bold", "dim", "reverse", "underline", "blink"]

    public static func parse(_ text: String) throws(FileProblem) -> Theme {
        let root = try YAMLReader.document(text)
        let top = try root.mapping(allowed: ["name", "styles"])
        let nameReader = try top.require("name", in: root)
        let name = try nameReader.string()
        guard !name.isEmpty else { throw nameReader.problem { $0.themeNeedsName } }
        let stylesReader = try top.require("styles", in: root)
        let entries = try stylesReader.mapping(allowed: Set(StyleRole.allCases.map(\.rawValue)))
        var styles: [StyleRole: ThemeStyle] = [:]
        for (key, reader) in inFileOrder(entries) {
            guard let role = StyleRole(rawValue: key) else { continue }  // `mapping` allowed only roles
            styles[role] = try style(reader)
        }
        return Theme(name: name, styles: styles)
    }

    private static func inFileOrder(_ entries: [String: YAMLReader]) -> [(key: String, value: YAMLReader)] {
        entries.sorted { ($0.value.line ?? 0, $0.key) < ($1.value.line ?? 0, $1.key) }
    }

    private static func style(_ reader: YAMLReader) throws(FileProblem) -> ThemeStyle {
        let fields = try reader.mapping(allowed: Set(["fg", "bg"] + attributeKeys))
        var style = ThemeStyle()
        for (key, value) in inFileOrder(fields) {
            switch key {
            case "fg": style.foreground = try colour(value)
            case "bg": style.background = try colour(value)
            case "bold": style.bold = try value.boolean()
            case "dim": style.dim = try value.boolean()
            case "reverse": style.reverse = try value.boolean()
            case "underline": style.underline = try value.boolean()
            case "blink": style.blink = try value.boolean()
            default: break  // `mapping` allowed only these
            }
        }
        return style
    }

    private static func colour(_ reader: YAMLReader) throws(FileProblem) -> ThemeColour {
        let text = try reader.string()
        if text == "default" { return .terminalDefault }
        if let index = colourNames.firstIndex(of: text) { return .indexed(index) }
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let index = Int(text), (0...255).contains(index) else {
                throw reader.problem { $0.colourOutOfRange(text) }
            }
            return .indexed(index)
        }
        let names = colourNames.joined(separator: ", ")
        throw reader.problem { $0.notAColour(TextChecks.quoted(text), names: names) }
    }
}
