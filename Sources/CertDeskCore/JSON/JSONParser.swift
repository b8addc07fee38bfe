/// A strict RFC 8259 JSON parser over UTF-8 bytes that knows where it is.
///
/// Core depends on nothing but the standard library and Yams, so it parses JSON itself; and an
/// officer fixing a SOC feed at 03:00 needs the line, the column and the reason in their own
/// language, which no library parser gives. The parser also reads a stream of values (JSON
/// Lines) and can find the position of any path again, so that a field-level error can name its
/// line without every value carrying its position.
public struct JSONParser: ~Copyable {
    public struct SyntaxError: Error, Equatable, Sendable {
        public let offset: Int
        public let reason: BilingualText
        /// The parser had read every byte it was given when it failed: more input might have
        /// completed the value (a JSON Lines stream read a chunk at a time waits for it).
        public var inputEnded = false
    }

    /// Deeper nesting than this is refused instead of exhausting the stack.
    public static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var offset: Int

    public init(bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    /// Skips spaces, tabs and line breaks; returns whether a line feed was crossed.
    @discardableResult
    public mutating func skipWhitespace() -> Bool {
        var crossedLine = false
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A: offset += 1; crossedLine = true
            default: return crossedLine
            }
        }
        return crossedLine
    }

    public var nextByte: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    public mutating func parseValue() throws(SyntaxError) -> JSONValue {
        try parseValue(depth: 0)
    }

    private func error(at position: Int? = nil, _ say: (any Words) -> String) -> SyntaxError {
        SyntaxError(offset: position ?? offset, reason: BilingualText(say), inputEnded: offset >= bytes.count)
    }

    private func unexpected() -> SyntaxError {
        guard offset < bytes.count else {
            // Point just after the last real text, not at a trailing newline's empty line.
            var end = bytes.count
            while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            return error(at: end) { $0.jsonEndsEarly }
        }
        let shown = describeCharacter(at: offset)
        var problem = error { $0.jsonUnexpected(shown) }
        // A character cut off by the end of the bytes given may be whole once more arrive: a
        // reader fed a chunk at a time waits for it, so that it names '臺', not its first byte.
        problem.inputEnded = offset + Self.sequenceLength(bytes[offset]) > bytes.count
        return problem
    }

    /// How many bytes a UTF-8 sequence starting with `lead` takes (1 for a byte that starts none).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// The character starting at `position` as the officer would recognise it: `'x'`, `'臺'`,
    /// or the byte in hex when it does not start valid UTF-8.
    private func describeCharacter(at position: Int) -> String {
        let lead = bytes[position]
        if lead >= 0x21 && lead < 0x7F { return "'\(Character(Unicode.Scalar(lead)))'" }
        let length = Self.sequenceLength(lead)
        if length > 1, position + length <= bytes.count,
           let text = String(validating: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self),
           let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1 {
            let code = TextChecks.codePoint(scalar)
            return TextChecks.isHidden(scalar) ? code : "'\(text)' (\(code))"
        }
        if lead < 0x80 { return String(format0x: lead) }
        return "byte 0x" + String(lead, radix: 16, uppercase: true)
    }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
        skipWhitespace()
        guard offset < bytes.count else { throw unexpected() }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), 0x30...0x39: return try parseNumber()
        default: throw unexpected()
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let start = offset
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard offset < bytes.count, bytes[offset] == byte else {
                throw error(at: start) { $0.jsonUnexpectedText }
            }
            offset += 1
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw error { $0.jsonTooDeep(Self.maximumDepth) }
        }
        offset += 1
        var members = [String: JSONValue]()
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw unexpected() }
            let keyStart = offset
            let key = try parseString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw unexpected() }
            offset += 1
            let value = try parseValue(depth: depth)
            guard members.updateValue(value, forKey: key) == nil else {
                throw error(at: keyStart) { $0.jsonKeyTwice(TextChecks.quoted(key)) }
            }
            skipWhitespace()
            guard offset < bytes.count else { throw unexpected() }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members) }
            throw unexpected()
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else {
            throw error { $0.jsonTooDeep(Self.maximumDepth) }
        }
        offset += 1
        var items = [JSONValue]()
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            guard offset < bytes.count else { throw unexpected() }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(items) }
            throw unexpected()
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        let start = offset
        offset += 1
        var runStart = offset
        var decoded: [UInt8]? = nil
        while offset < bytes.count {
            let c = bytes[offset]
            if c == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<offset])
                offset += 1
                if decoded == nil {
                    guard let s = String(validating: run, as: UTF8.self) else {
                        throw error(at: start) { $0.notUTF8 }
                    }
                    return s
                }
                decoded!.append(contentsOf: run)
                guard let s = String(validating: decoded!, as: UTF8.self) else {
                    throw error(at: start) { $0.notUTF8 }
                }
                return s
            }
            if c == UInt8(ascii: "\\") {
                if decoded == nil { decoded = [] }
                decoded!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                try parseEscape(into: &decoded!)
                runStart = offset
                continue
            }
            if c < 0x20 {
                throw error { $0.jsonRawControl(String(format0x: c)) }
            }
            offset += 1
        }
        throw error(at: start) { $0.jsonStringNotClosed }
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(SyntaxError) {
        let start = offset
        offset += 1
        guard offset < bytes.count else { throw error { $0.jsonStringNotClosed } }
        let c = bytes[offset]
        offset += 1
        switch c {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                    var problem = error(at: start) { $0.jsonLoneSurrogate }
                    // Cut off before its low half's `\u` could be seen, more input may bring it.
                    problem.inputEnded = offset + 1 >= bytes.count && (offset == bytes.count || bytes[offset] == UInt8(ascii: "\\"))
                    throw problem
                }
                offset += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(at: start) { $0.jsonLoneSurrogate }
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error(at: start) { $0.jsonLoneSurrogate }
            }
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            throw error(at: start) { $0.jsonUnknownEscape(Character(Unicode.Scalar(c))) }
        }
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count else { throw error { $0.jsonEscapeCutShort } }
            let c = bytes[offset]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw error { $0.jsonEscapeNeedsHex }
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = offset
        var isInteger = true
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count, (0x30...0x39).contains(bytes[offset]) else { throw unexpected() }
        if bytes[offset] == 0x30 {
            offset += 1
            if offset < bytes.count, (0x30...0x39).contains(bytes[offset]) {
                throw error(at: start) { $0.jsonLeadingZero }
            }
        } else {
            while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard offset < bytes.count, (0x30...0x39).contains(bytes[offset]) else { throw unexpected() }
            while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count, (0x30...0x39).contains(bytes[offset]) else { throw unexpected() }
            while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if isInteger, let v = Int64(text) { return .int(v) }
        guard let d = Double(text), d.isFinite else {
            throw error(at: start) { $0.jsonNumberOutOfRange }
        }
        return .double(d)
    }

    /// Skips one value without building it.
    public mutating func skipValue() throws(SyntaxError) {
        _ = try parseValue(depth: 0)
    }

    /// The byte offset of the value at `path` inside the value starting here, or of the closest
    /// enclosing value that exists. Used only after an error, so it may re-read the text.
    public mutating func offset(of path: JSONPath) -> Int {
        var found = offset
        for component in path.components {
            skipWhitespace()
            found = offset
            guard offset < bytes.count else { return found }
            switch component {
            case .key(let wanted):
                guard bytes[offset] == UInt8(ascii: "{") else { return found }
                offset += 1
                var matched = false
                while !matched {
                    skipWhitespace()
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""),
                          let key = try? parseString() else { return found }
                    skipWhitespace()
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return found }
                    offset += 1
                    skipWhitespace()
                    if key == wanted { matched = true; break }
                    guard (try? skipValue()) != nil else { return found }
                    skipWhitespace()
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { return found }
                    offset += 1
                }
            case .index(let wanted):
                guard bytes[offset] == UInt8(ascii: "[") else { return found }
                offset += 1
                for _ in 0..<wanted {
                    guard (try? skipValue()) != nil else { return found }
                    skipWhitespace()
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { return found }
                    offset += 1
                }
            }
        }
        skipWhitespace()
        return offset
    }
}

/// 1-based line and column of a byte offset, counting columns in characters.
public struct TextPosition: Equatable, Sendable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        // A byte-order mark is not a column the officer can see.
        if lineStart == 0, end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lineStart = 3 }
        // Count characters as a reader sees them (grapheme clusters), not bytes or scalars.
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<max(lineStart, end)]), as: UTF8.self)
        self.init(line: line, column: prefix.count + 1)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    init(format0x byte: UInt8) {
        let hex = Array("0123456789ABCDEF")
        self = "U+00" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
    }
}

extension JSONValue {
    /// Parses a whole document holding exactly one value.
    public static func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(JSONParser.SyntaxError) in
            var parser = JSONParser(bytes: UnsafeBufferPointer(buffer))
            let value = try parser.parseValue()
            parser.skipWhitespace()
            guard parser.isAtEnd else {
                throw JSONParser.SyntaxError(offset: parser.offset, reason: BilingualText { $0.jsonTextAfterEnd })
            }
            return value
        }
    }
}
