/// Byte-level checks on UTF-8 text, fast enough for bulk ingest (Unicode property lookups per
/// scalar cost more than the rest of a ticket's validation).
public enum TextChecks {
    /// Whether `s` holds a C0 control, DEL or a C1 control (U+0080–U+009F, UTF-8 `C2 80`–`C2 9F`).
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
