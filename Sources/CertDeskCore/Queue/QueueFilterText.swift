#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the queue's filter matches and how, said once for every place that filters: the store
/// (its trigram index and the text a console holds in memory), a replay and the tests' desk.
///
/// An incident matches when the filter (trimmed) is found in its id, title, agency or one of its
/// indicators' values, compared after `folded`: each letter that has a lower case is taken in
/// it, one Unicode scalar for one, as SQLite's FTS5 trigram tokenizer compares
/// (`case_sensitive 0`, sqlite.org/fts5.html 4.3.4), so `DDoS` finds `ddos` and `ＡＢＣ` finds
/// `ａｂｃ`; Chinese has no case and is compared as it is.
public enum QueueFilterText {
    /// The text one incident is matched against, one field a line: a filter holds no line
    /// break (it is trimmed and typed on one line), so a match never spans two fields.
    public static func body(id: String, title: String, agency: String, indicators: [String]) -> String {
        ([id, title, agency] + indicators).map { $0.contains("\n") ? $0.replacingOccurrences(of: "\n", with: " ") : $0 }
            .joined(separator: "\n")
    }

    public static func body(of incident: Incident) -> String {
        body(id: incident.id, title: incident.title, agency: incident.agency, indicators: incident.indicators.map(\.value))
    }

    /// `text` in the filter's comparison form, as UTF-8.
    public static func folded(_ text: String) -> [UInt8] {
        var text = text
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        text.withUTF8 { fold($0, into: &out) }
        return out
    }

    /// Appends UTF-8 `bytes` in the comparison form to `out`, straight from the bytes (a console
    /// folds every incident's text as it reads it, 12 MB at 100,000 incidents). Scalars from
    /// U+3000 to U+FEFF (CJK, kana, Hangul and their punctuation) have no case and are copied
    /// without a property lookup; a byte that does not begin a well-formed scalar is copied.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // Runs that fold to themselves (most of a desk's text) are copied whole.
        var run = 0, at = 0
        func flush() {
            if run < at { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<at])) }
        }
        while at < bytes.count {
            let lead = bytes[at]
            if lead < 0x80 {
                if lead >= 0x41 && lead <= 0x5A {
                    flush()
                    out.append(lead + 32)
                    run = at + 1
                }
                at += 1
                continue
            }
            // E3–EE lead U+3000–U+EFFF: no case, no decoding needed.
            if lead >= 0xE3 && lead <= 0xEE, at + 2 < bytes.count {
                at += 3
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard length > 1, at + length <= bytes.count else {
                at += 1
                continue
            }
            var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
            for k in 1..<length { value = value << 6 | UInt32(bytes[at + k] & 0x3F) }
            if !(0x3000...0xFEFF).contains(value), let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                // A lower case of more than one scalar (U+0130 İ) is left as it is, as FTS5's
                // one-for-one fold leaves it.
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let only = lower.first {
                    flush()
                    out.append(contentsOf: UTF8.encode(only)!)
                    at += length
                    run = at
                    continue
                }
            }
            at += length
        }
        flush()
    }

    /// Whether `folded` (a body in comparison form) holds `pattern` (the same).
    public static func contains(_ folded: [UInt8], _ pattern: [UInt8]) -> Bool {
        folded.withUnsafeBufferPointer { body in pattern.withUnsafeBufferPointer { contains(body, $0) } }
    }

    /// The byte search itself, for text held in a larger buffer: each place the pattern's byte
    /// at `anchor` stands (found by `memchr`), the pattern compared around it. The last byte
    /// by default: the last byte of a Chinese character (a UTF-8 continuation byte, one of 64)
    /// stands far less often than its first (one of a few lead bytes); a console that holds a
    /// desk's text picks its rarest byte instead (`IncidentSearchText`). 12 MB of a desk's
    /// text is searched in 1–5 ms on a 2-core machine.
    @inlinable
    public static func contains(_ body: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, anchor: Int? = nil) -> Bool {
        let length = pattern.count
        guard length > 0 else { return true }
        guard body.count >= length, let base = body.baseAddress, let needle = pattern.baseAddress else { return false }
        let anchor = anchor ?? length - 1, byte = Int32(needle[anchor])
        // The anchor can stand from `anchor` up to where the pattern still fits after it.
        var at = anchor
        let end = body.count - (length - 1 - anchor)
        while at < end {
            guard let hit = memchr(base + at, byte, end - at) else { return false }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset - anchor, needle, length) == 0 { return true }
            at = offset + 1
        }
        return false
    }
}
