import CertDeskCore

/// Neutralises untrusted text (incident titles, descriptions, indicator values, agency names
/// from ingest) for display only. The stored text stays exactly as received; these functions
/// are applied at the last moment, on the way to the screen.
///
/// Why: an escape sequence in an attacker-controlled ticket title must never reach the
/// terminal (it could clear the screen, move the cursor, retitle the window or rewrite what
/// the duty officer sees), and bidirectional overrides can make text read differently from
/// what it is (Trojan Source, CVE-2021-42574).
///
/// Every scalar that is replaced:
/// - C0 controls U+0000–U+001F: their Unicode Control Picture U+2400+n (ESC → "␛", CR → "␍",
///   NUL → "␀"), except LF → "␤" (U+2424, SYMBOL FOR NEWLINE) and TAB (see each function).
/// - DEL U+007F → "␡" (U+2421).
/// - C1 controls U+0080–U+009F (e.g. U+009B, the one-byte CSI) → "�" (U+FFFD).
/// - Bidi controls U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), U+200E,
///   U+200F (marks) and U+061C (Arabic letter mark) → "�" (U+FFFD). A visible "⟦U+202E⟧"
///   marker would be wider than the one cell a replacement character takes.
/// - Line and paragraph separators U+2028/U+2029 → "␤".
/// - Invisible characters (`TextChecks.isInvisible`: zero-width space and joiners, the
///   byte-order mark, tag characters, the soft hyphen) → "�" (U+FFFD): they drive nothing, but
///   text holding one looks like text without it (an agency name, a domain), and the officer
///   must see that it is there.
///
/// Every replacement is one cell wide, so no output scalar is below U+0020 or in U+007F–U+009F.
public enum SafeText {
    /// Neutralises `s` for display on one line (a table cell, a heading, the status bar).
    ///
    /// A TAB becomes a single space: on one line a tab only separates words, and expanding it
    /// would make a cell's width depend on where it happens to start. A newline becomes "␤" so
    /// the officer can see that the text has more than one line.
    ///
    /// Fast path: text made only of printable ASCII (U+0020–U+007E) is returned unchanged, and so
    /// is any text with nothing to replace.
    public static func singleLine(_ s: String) -> String {
        neutralise(s, tab: " ")
    }

    /// Neutralises `s` for display over several lines (a description, a note).
    ///
    /// Splits on "\n" and "\r\n" (a lone "\r" stays in its line and shows as "␍"; U+2028/U+2029
    /// do not split and show as "␤"), then neutralises each line like `singleLine`, except that a
    /// TAB becomes four spaces, so indented text such as pasted logs keeps its shape. Tabs are not
    /// expanded to tab stops: the line's screen column is not known here. A trailing newline
    /// yields a final empty line and "" yields [""], so the number of lines is always the number
    /// of line breaks plus one.
    public static func multiLine(_ s: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in s.unicodeScalars {
            if scalar == "\n" {
                lines.append(neutralise(String(current), tab: "    "))
                current = String.UnicodeScalarView()
                pendingCR = false
                continue
            }
            if pendingCR { current.append("\r") }
            pendingCR = scalar == "\r"
            if !pendingCR { current.append(scalar) }
        }
        if pendingCR { current.append("\r") }
        lines.append(neutralise(String(current), tab: "    "))
        return lines
    }

    // MARK: - Implementation

    /// The display replacement for `scalar`, or nil when it is shown as it is. Which scalars are
    /// replaced is `TextChecks.isUnsafe` and `TextChecks.isInvisible` (the one definition); this
    /// only picks the glyph each one shows as. TAB is handled by the caller.
    @inline(__always)
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard TextChecks.isUnsafe(scalar) || TextChecks.isInvisible(scalar) else { return nil }
        let v = scalar.value
        switch v {
        case 0x0A, 0x2028, 0x2029:
            return "\u{2424}"                           // ␤
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + v)           // control pictures, always valid
        case 0x7F:
            return "\u{2421}"                           // ␡
        default:
            return "\u{FFFD}"                           // C1 and bidi controls, invisible characters
        }
    }

    @inline(__always)
    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        return v == 0x09 || replacement(for: scalar) != nil
    }

    static func neutralise(_ s: String, tab: String) -> String {
        // Fast path: printable ASCII only.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        // Second fast path: nothing to replace (e.g. plain Chinese text).
        guard s.unicodeScalars.contains(where: needsReplacement) else { return s }

        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar == "\t" {
                out.append(contentsOf: tab.unicodeScalars)
            } else if let r = replacement(for: scalar) {
                out.append(r)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
