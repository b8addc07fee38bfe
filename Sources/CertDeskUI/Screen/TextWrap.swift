/// Breaks text into lines that fit a width in cells: at a space when a Latin word would be cut,
/// anywhere between Chinese characters (which take no spaces), never inside a wide character.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in SafeText.multiLine(text) {
            var line = ""
            var lineWidth = 0
            var lastSpace: String.Index? = nil
            for character in paragraph {
                let w = DisplayWidth.width(of: character)
                if lineWidth + w > width {
                    if let space = lastSpace, character != " " {
                        let carried = String(line[line.index(after: space)...])
                        out.append(String(line[..<space]))
                        line = carried
                        lineWidth = DisplayWidth.width(of: carried)
                    } else {
                        out.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    lastSpace = nil
                    if character == " " { continue }
                }
                if character == " " { lastSpace = line.endIndex }
                line.append(character)
                lineWidth += w
            }
            out.append(line)
        }
        return out
    }
}
