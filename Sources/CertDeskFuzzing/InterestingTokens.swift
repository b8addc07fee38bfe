/// Byte strings that readers of outside input tend to get wrong, for the mutator to insert and
/// for libFuzzer's dictionary. A reader meets each of these in the wild: a spreadsheet's BOM and
/// CRLF, an editor's tab, a sender's bidi override (the terminal-safety rule in DESIGN.md, "The
/// screen"), a broken encoder's overlong sequence, a hostile bundle's deep nesting.
public enum InterestingTokens {
    /// The structure of the formats read: JSON (tickets, STIX, TAXII), YAML (playbooks,
    /// policies, themes, drills, directory) and CSV (directory).
    static let structure: [String] = [
        "{", "}", "[", "]", ":", ",", "\"", "'", "\\", "{}", "[]", "\"\"", "\":\"", "\": ", "null", "true", "false",
        "\\u0000", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\\"", "\\n", "\\x41",
        ": ", "- ", "? ", "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "&a ", "*a", "<<: *a\n",
        "!!str ", "!!int ", "!!binary ", "!<tag:yaml.org,2002:str> ", "|\n", ">-\n", "|+2\n", "# ", "\t",
        "~", "yes", "no", "on", "True", "NULL", ".inf", "-.inf", ".nan", "0x1F", "0o17",
        "\n  ", "\n    - ", "\n- ", "\"\"\"", ",\"\",", "\",\"", "\"\n\"",
    ]

    /// Numbers at and past the edges of Int, Int64 and Double.
    static let numbers: [String] = [
        "0", "-0", "-1", "1e309", "-1e309", "1e-400", "0.0000000000000000000001", "4.9e-324",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "2147483648", "99999999999999999999999999999999", "1.7976931348623157e308", "00", "01", "+1", ".5", "5.",
        "1E+2", "0e0", "NaN", "Infinity",
    ]

    /// Values the readers' own fields take, just past their limits: durations, offsets, times, levels.
    static let fieldValues: [String] = [
        "60m", "1h", "36h", "72h", "0m", "-1h", "1 month", "3 years", "999999999999h", "9223372036854775807m",
        "+00:00", "-00:07", "+99:59", "+9999999999:00", "now",
        "2026-03-02T09:05:00+08:00", "2026-03-02T01:10:00.000Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
        "2026-02-30T25:61:61+24:00", "2026-03-02T09:05:00+08:00:00", "1970-01-01T00:00:00Z",
        "level", "5", "4", "unclassified", "3-4", "1-2", "all",
    ]

    /// STIX 2.1 structure (bundles and patterns) a mutation can reach only through its words.
    static let stix: [String] = [
        "\"type\":\"bundle\"", "\"objects\":[", "\"spec_version\":\"2.1\"", "\"id\":\"incident--c4954e22-7083-49a8-9a2c-51917fa3f099\"",
        "\"object_refs\":[", "\"created_by_ref\":", "\"pattern\":\"", "\"pattern_type\":\"stix\"", "\"extensions\":{",
        "[ipv4-addr:value = '", "[file:hashes.'SHA-256' = '", "[url:value = '", "' OR ", "' AND ", "]", " LIKE ", " MATCHES ",
        "domain-name:value", "email-addr:value", "ipv6-addr:value", "file:hashes.MD5", "x-ipv4-addr:value",
    ]

    /// Text that is not what it looks like: invalid UTF-8, controls, invisible and
    /// direction-changing characters, byte-order marks, line ends of every system.
    static let trickyText: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE], [0x00, 0x00, 0xFE, 0xFF],  // BOMs: UTF-8, UTF-16, UTF-32
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],  // overlong, surrogate, > U+10FFFF
        [0x80], [0xBF], [0xC3], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xFE], [0xFF],  // stray and cut sequences
        [0x00], [0x07], [0x08], [0x1B], [0x7F], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x30, 0x3B, 0x07],  // C0, ESC, CSI, OSC
        [0xC2, 0x85], [0xC2, 0x9B], [0xC2, 0x9D],  // C1: NEL, CSI, OSC
        [0xE2, 0x80, 0xAE], [0xE2, 0x80, 0xAD], [0xE2, 0x81, 0xA6], [0xE2, 0x81, 0xA9], [0xE2, 0x80, 0x8F],  // bidi
        [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0x8D], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9],  // ZWSP, ZWJ, LS, PS
        [0xCC, 0x81], [0xE3, 0x80, 0x80], [0xEF, 0xBC, 0x9A], [0xEF, 0xBC, 0x8C],  // combining mark, ideographic space, full-width : and ,
        [0xE8, 0x87, 0xBA], [0xF0, 0x9F, 0x91, 0xA9, 0xE2, 0x80, 0x8D, 0xF0, 0x9F, 0x92, 0xBB],  // 臺, a ZWJ emoji sequence
        [0x0D, 0x0A], [0x0D], [0x0A, 0x0D], [0x0C], [0x0B],
    ]

    /// Every token, as bytes.
    public static let all: [[UInt8]] =
        (structure + numbers + fieldValues + stix).map { Array($0.utf8) } + trickyText
}
