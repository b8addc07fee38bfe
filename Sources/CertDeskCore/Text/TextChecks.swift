/// Byte-level checks on UTF-8 text, fast enough for bulk ingest (Unicode property lookups per
/// scalar cost more than the rest of a ticket's validation).
public enum TextChecks {
    /// `s` without leading and trailing white space (what an officer meant to type).
    public static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// The one definition of what may not reach a terminal, a log or a message as it is: C0
    /// controls, DEL and C1 controls (they drive a terminal: ESC, the one-byte CSI U+009B), the
    /// bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F and U+061C (they make
    /// text read differently from what it is: Trojan Source, CVE-2021-42574), and the line and
    /// paragraph separators U+2028/U+2029 (they break a line where none is seen).
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `U+202E`: how a message names a character that cannot be shown as itself.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
    }

    /// Characters that take no room and show nothing, though they are not controls: the soft
    /// hyphen, the Mongolian vowel separator, the zero-width space, non-joiner and joiner, the
    /// word joiner and invisible operators, the byte-order mark, the interlinear annotation
    /// marks and the tag characters (U+E0000–U+E007F, which can carry a hidden ASCII message).
    /// A title or an agency holding one looks the same as one without: the screen shows them
    /// (`SafeText`), a name may not hold them (`NameRule`).
    @inlinable
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// Unsafe, invisible, or any other formatting character nobody sees: what a name an officer
    /// is known by must not hold, and what an error shows as `U+…`.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        isUnsafe(scalar) || isInvisible(scalar) || scalar.properties.generalCategory == .format
    }

    /// Whether `s` holds a C0 control, DEL or a C1 control (U+0080–U+009F, UTF-8 `C2 80`–`C2 9F`):
    /// the controls of `isUnsafe`, checked byte by byte for bulk ingest.
    public static func containsControl(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for byte in s.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
            previous = byte
        }
        return false
    }

    /// Whether `s` is empty or only spaces, tabs and line breaks (and other Unicode whitespace).
    public static func isBlank(_ s: String) -> Bool {
        for byte in s.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0x80...: return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            default: return false
            }
        }
        return true
    }

    /// The length in characters, counted only when the byte length could exceed `limit`
    /// (a character is at least one byte).
    public static func exceeds(_ s: String, characters limit: Int) -> Int? {
        guard s.utf8.count > limit else { return nil }
        let count = s.count
        return count > limit ? count : nil
    }
}

extension TextChecks {
    /// An id written in lower-case ASCII letters, digits and hyphens (`isolate-hosts`,
    /// `ransomware-township`): what playbook steps and drill scenarios are named by, so that
    /// they read the same in a file name, a command line and a report.
    public static func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// `s` in double quotes, safe to put in a message: quotes and backslashes escaped, and every
    /// control, bidi or line-separator character written as `\u{…}`, so a hostile value echoed
    /// in an error can neither drive the terminal nor hide what it says.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case _ where isUnsafe(scalar):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension TextChecks {
    /// What another system said (a mail server's answer, a command's output), fit for a record
    /// and a screen: every unsafe character a space, runs of spaces one, at most `limit`
    /// characters.
    public static func sanitized(_ s: String, limit: Int = 300) -> String {
        var out = ""
        var space = false
        for scalar in s.unicodeScalars {
            if isUnsafe(scalar) || scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" ") }
            space = false
            out.unicodeScalars.append(scalar)
        }
        return String(out.prefix(limit))
    }
}
