/// Canonical JSON text for journal bodies and hash input: object keys sorted by their UTF-16
/// code units, no insignificant whitespace, strings escaped minimally — the rules of RFC 8785
/// (JSON Canonicalization Scheme). Strings keep every character exactly as received, control
/// characters included (escaped as JSON requires), because incident text may be evidence.
public enum CanonicalJSON {
    public static func string(_ value: JSONValue) -> String {
        var out = [UInt8]()
        out.reserveCapacity(256)
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The canonical text with every scalar that is unsafe on a terminal (`TextChecks.isUnsafe`:
    /// C1 controls such as U+009B CSI, bidi controls, DEL, line separators) escaped as a four-hex-digit `\u` escape (`\u009b`)
    /// too: what `--json` prints. The value is the same — a parser reads back every character —
    /// but JSON piped to a terminal cannot drive it. Never the hash input: the journal keeps
    /// RFC 8785's minimal escaping.
    public static func terminalSafeString(_ value: JSONValue) -> String {
        var out = [UInt8]()
        out.reserveCapacity(256)
        write(value, into: &out, terminalSafe: true)
        return String(decoding: out, as: UTF8.self)
    }

    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(256)
        write(value, into: &out)
        return out
    }

    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        write(value, into: &out, terminalSafe: false)
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], terminalSafe: Bool) {
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let v):
            out.append(contentsOf: String(v).utf8)
        case .double(let d):
            writeNumber(d, into: &out)
        case .string(let s):
            if terminalSafe { writeTerminalSafeString(s, into: &out) } else { writeString(s, into: &out) }
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out, terminalSafe: terminalSafe)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let keys = sortedKeys(members)
            for (n, key) in keys.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                if terminalSafe { writeTerminalSafeString(key, into: &out) } else { writeString(key, into: &out) }
                out.append(UInt8(ascii: ":"))
                write(members[key]!, into: &out, terminalSafe: terminalSafe)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// RFC 8785 orders keys by UTF-16 code units. For keys without supplementary-plane
    /// characters (lead byte 0xF0 and up in UTF-8) that equals UTF-8 byte order, which is much
    /// cheaper to compare; every key certdesk writes is ASCII.
    static func sortedKeys(_ members: [String: JSONValue]) -> [String] {
        let keys = Array(members.keys)
        if keys.allSatisfy({ key in !key.utf8.contains { $0 >= 0xF0 } }) {
            return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        return keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
    }

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Copy runs that need no escaping in one go; escape the rest byte by byte.
            var runStart = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                runStart = i + 1
                escape(byte, into: &out)
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `writeString`, and every unsafe scalar above U+007E as a `\u` escape (all of them are in the
    /// Basic Multilingual Plane). Only strings holding a byte that can begin one (DEL, or the
    /// lead bytes C2, D8, E2) take the slower path.
    static func writeTerminalSafeString(_ s: String, into out: inout [UInt8]) {
        guard s.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return writeString(s, into: &out) }
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 && v != 0x7F {
                let byte = UInt8(v)
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { escape(byte, into: &out) } else { out.append(byte) }
            } else if TextChecks.isUnsafe(scalar) {
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)], hex[Int(v >> 4 & 0xF)], hex[Int(v & 0xF)]])
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// Journal bodies carry integers only; fractions appear solely when echoing foreign input.
    private static func writeNumber(_ d: Double, into out: inout [UInt8]) {
        out.append(contentsOf: ECMAScriptNumber.format(d).utf8)
    }

}
