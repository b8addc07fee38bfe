import Testing
@testable import CertDeskCore

/// The strict RFC 8259 parser: values, escapes, exact error offsets and reasons, positions.
@Suite("JSON parser")
struct JSONParserTests {
    // MARK: Values

    @Test func everyKindOfValue() throws {
        let value = try JSONValue.parse(#"""
            {"n": null, "t": true, "f": false, "i": -42, "d": 3.25, "s": "臺中", "a": [1, "2", [], {}], "o": {"k": {"z": 0}}}
            """#)
        let expected: JSONValue = .object([
            "n": .null, "t": .bool(true), "f": .bool(false), "i": .int(-42), "d": .double(3.25), "s": .string("臺中"),
            "a": .array([.int(1), .string("2"), .array([]), .object([:])]),
            "o": .object(["k": .object(["z": .int(0)])]),
        ])
        #expect(value == expected)
    }

    @Test(arguments: [
        ("null", JSONValue.null), ("true", .bool(true)), ("false", .bool(false)), ("0", .int(0)), ("\"\"", .string("")),
        ("[]", .array([])), ("{}", .object([:])), (" \t\r\n 7 \n", .int(7)),
    ])
    func topLevelScalarsAndEmptyContainers(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(text) == expected)
    }

    @Test func integersAndFractionsStayApart() throws {
        #expect(try JSONValue.parse("1") == .int(1))
        #expect(try JSONValue.parse("1.0") == .double(1.0))
        #expect(try JSONValue.parse("1e3") == .double(1000))
        #expect(try JSONValue.parse("1E+2") == .double(100))
        #expect(try JSONValue.parse("25e-1") == .double(2.5))
        #expect(try JSONValue.parse("-0") == .int(0))
        #expect(try JSONValue.parse("-0.5") == .double(-0.5))
        #expect(try JSONValue.parse("9223372036854775807") == .int(Int64.max))
        #expect(try JSONValue.parse("-9223372036854775808") == .int(Int64.min))
        // One past Int64: still a number, as a fraction.
        #expect(try JSONValue.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try JSONValue.parse("1").intValue == 1)
        #expect(try JSONValue.parse("1.0").intValue == nil)
    }

    @Test func escapesAreDecoded() throws {
        #expect(try JSONValue.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try JSONValue.parse(#""caf\u00e9 \u81FA\u4e2d""#) == .string("café 臺中"))
        #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONValue.parse(#""a\uD83D\uDE00b""#) == .string("a😀b"))
        #expect(try JSONValue.parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test func controlCharactersFromEscapesAreKeptExactly() throws {
        let value = try JSONValue.parse(#""\u001b[2J\u001b]0;pwned\u0007 \u202e evil \u0085""#)
        #expect(value == .string("\u{1B}[2J\u{1B}]0;pwned\u{7} \u{202E} evil \u{85}"))
        #expect(value.stringValue?.unicodeScalars.map(\.value).prefix(4) == [0x1B, 0x5B, 0x32, 0x4A])
    }

    @Test func rawMultibyteTextIsKept() throws {
        #expect(try JSONValue.parse("\"臺中市北屯區公所 😀 \u{7F} \u{85}\"") == .string("臺中市北屯區公所 😀 \u{7F} \u{85}"))
    }

    // MARK: Errors

    struct Failure: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let offset: Int
        let reason: String
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        .init(name: "truncated object", text: #"{"a":1"#, offset: 6, reason: "the JSON ends too early"),
        .init(name: "truncated object, trailing newlines", text: "{\"a\":1\n\n", offset: 6, reason: "the JSON ends too early"),
        .init(name: "truncated after colon", text: #"{"a":"#, offset: 5, reason: "the JSON ends too early"),
        .init(name: "truncated array", text: "[1,", offset: 3, reason: "the JSON ends too early"),
        .init(name: "empty document", text: "", offset: 0, reason: "the JSON ends too early"),
        .init(name: "truncated string", text: #"{"a":"abc"#, offset: 5, reason: "a string is not closed"),
        .init(name: "truncated escape", text: #""ab\"#, offset: 4, reason: "a string is not closed"),
        .init(name: "raw control character", text: "\"a\u{1}b\"", offset: 2, reason: "a raw control character U+0001 inside a string"),
        .init(name: "raw line feed", text: "\"line\nbreak\"", offset: 5, reason: "a raw control character U+000A"),
        .init(name: "raw escape character", text: "[\"\u{1B}[2J\"]", offset: 2, reason: "a raw control character U+001B"),
        .init(name: "lone high surrogate", text: #""\ud83d""#, offset: 1, reason: "a lone UTF-16 surrogate"),
        .init(name: "lone low surrogate", text: #""\ude00""#, offset: 1, reason: "a lone UTF-16 surrogate"),
        .init(name: "high surrogate then text", text: #""x\ud83dx""#, offset: 2, reason: "a lone UTF-16 surrogate"),
        .init(name: "high surrogate then non-surrogate", text: #""\ud83d\u0041""#, offset: 1, reason: "a lone UTF-16 surrogate"),
        .init(name: "short \\u escape", text: #""\u12""#, offset: 5, reason: "needs four hex digits"),
        .init(name: "unknown escape", text: #""\x""#, offset: 1, reason: "an unknown escape \\x"),
        .init(name: "leading zero", text: "01", offset: 0, reason: "a number with a leading zero"),
        .init(name: "negative leading zero", text: "-01", offset: 0, reason: "a number with a leading zero"),
        .init(name: "leading zero in array", text: "[1, 007]", offset: 4, reason: "a number with a leading zero"),
        .init(name: "number out of range", text: "1e400", offset: 0, reason: "a number out of range"),
        .init(name: "bare minus", text: "-", offset: 1, reason: "the JSON ends too early"),
        .init(name: "dot without digits", text: "[1.]", offset: 3, reason: "unexpected ']'"),
        .init(name: "duplicate key", text: #"{"a":1,"a":2}"#, offset: 7, reason: "the key \"a\" appears twice in one object"),
        .init(name: "duplicate nested key", text: #"{"x":{"名":1, "名":2}}"#, offset: 15, reason: "the key \"名\" appears twice"),
        .init(name: "trailing text", text: "1 2", offset: 2, reason: "unexpected text after the end of the JSON"),
        .init(name: "trailing object", text: "{} {}", offset: 3, reason: "unexpected text after the end of the JSON"),
        .init(name: "trailing comma in array", text: "[1,]", offset: 3, reason: "unexpected ']'"),
        .init(name: "trailing comma in object", text: #"{"a":1,}"#, offset: 7, reason: "unexpected '}'"),
        .init(name: "unquoted key", text: "{a:1}", offset: 1, reason: "unexpected 'a'"),
        .init(name: "single quotes", text: "['x']", offset: 1, reason: "unexpected '''"),
        .init(name: "misspelt literal", text: "[tru]", offset: 1, reason: "unexpected text"),
        .init(name: "missing colon", text: #"{"a" 1}"#, offset: 5, reason: "unexpected '1'"),
        .init(name: "NaN", text: "NaN", offset: 0, reason: "unexpected 'N'"),
    ]

    @Test("syntax errors", arguments: failures)
    func syntaxErrors(_ row: Failure) throws {
        let error = try #require(syntaxError(row.text))
        #expect(error.offset == row.offset)
        #expect(error.reason.en.contains(row.reason), "reason was: \(error.reason.en)")
        #expect(!error.reason.zh.isEmpty)
    }

    @Test func nestingIsLimited() throws {
        let depth = JSONParser.maximumDepth
        #expect(depth == 64)
        let deepestAllowed = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(syntaxError(deepestAllowed) == nil)
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        let error = try #require(syntaxError(tooDeep))
        #expect(error.offset == depth)
        #expect(error.reason.en == "JSON nested deeper than 64 levels")

        let objects = String(repeating: #"{"k":"#, count: depth + 1) + "1" + String(repeating: "}", count: depth + 1)
        let objectError = try #require(syntaxError(objects))
        #expect(objectError.offset == depth * 5)
        #expect(objectError.reason.en.contains("nested deeper"))

        // Far deeper input is refused the same way instead of exhausting the stack.
        let hostile = String(repeating: "[", count: 100_000)
        #expect(syntaxError(hostile)?.offset == depth)
    }

    @Test(arguments: [
        ("byte 0xFF", [0x22, 0xFF, 0x22] as [UInt8]),
        ("lone continuation byte", [0x22, 0x61, 0x80, 0x22]),
        ("overlong slash", [0x22, 0xC0, 0xAF, 0x22]),
        ("UTF-8 encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("cut multibyte character", [0x22, 0xE8, 0x87, 0x22]),
        ("invalid byte after an escape", [0x22, 0x5C, 0x6E, 0xFE, 0x22]),
    ])
    func invalidUTF8InAStringIsRefused(name: String, bytes: [UInt8]) throws {
        let error = try #require(parseBytes(bytes).failure)
        #expect(error.offset == 0)
        #expect(error.reason.en == "the text is not valid UTF-8")
    }

    @Test func invalidUTF8InAKeyIsRefusedAtTheKey() throws {
        let bytes: [UInt8] = Array(#"{"ok":1, ""#.utf8) + [0xFF] + Array(#"":2}"#.utf8)
        let error = try #require(parseBytes(bytes).failure)
        #expect(error.offset == 9)
        #expect(error.reason.en == "the text is not valid UTF-8")
    }

    /// Where a non-ASCII character stands where a value should be, the message must not name a
    /// different character: byte 0xE8 is the first byte of 臺 (U+81FA), not U+00E8 (è).
    @Test func unexpectedNonASCIIIsNotMisnamed() throws {
        let error = try #require(syntaxError(#"{"title": 臺中}"#))
        #expect(error.offset == 10)
        #expect(!error.reason.en.contains("U+00E8"), "reason was: \(error.reason.en)")
        let raw = try #require(parseBytes([0x5B, 0xFF, 0x5D]).failure)
        #expect(raw.offset == 1)
        #expect(!raw.reason.en.contains("U+00FF"), "reason was: \(raw.reason.en)")
    }

    // MARK: Streams, positions, paths

    @Test func aParserReadsOneValueAtATime() {
        let bytes = Array("{\"a\":1}\n  [2]\n".utf8)
        let (first, offsetAfterFirst, crossed, next, second, crossedAgain, atEnd) = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            let first = try? parser.parseValue()
            let offsetAfterFirst = parser.offset
            let crossed = parser.skipWhitespace()
            let next = parser.nextByte
            let second = try? parser.parseValue()
            let crossedAgain = parser.skipWhitespace()
            return (first, offsetAfterFirst, crossed, next, second, crossedAgain, parser.isAtEnd && parser.nextByte == nil)
        }
        #expect(first == .object(["a": .int(1)]))
        #expect(offsetAfterFirst == 7)
        #expect(crossed)
        #expect(next == UInt8(ascii: "["))
        #expect(second == .array([.int(2)]))
        #expect(crossedAgain)
        #expect(atEnd)
    }

    struct Position: Sendable, CustomTestStringConvertible {
        let text: String
        /// The character whose position is asked (its first occurrence).
        let marker: Character
        let line: Int
        let column: Int
        var testDescription: String { "\(marker) in \(text.debugDescription)" }
    }

    static let positions: [Position] = [
        .init(text: "x", marker: "x", line: 1, column: 1),
        .init(text: "abcx", marker: "x", line: 1, column: 4),
        .init(text: "ab\ncdx", marker: "x", line: 2, column: 3),
        .init(text: "ab\n臺中x", marker: "x", line: 2, column: 3),
        .init(text: "\"臺中市北屯區公所\": x", marker: "x", line: 1, column: 13),
        .init(text: "😀x", marker: "x", line: 1, column: 2),
        .init(text: "a\n\n\n  x", marker: "x", line: 4, column: 3),
        .init(text: "é\r\nx", marker: "x", line: 2, column: 1),
    ]

    @Test("text positions count lines and characters", arguments: positions)
    func textPosition(_ row: Position) throws {
        let index = try #require(row.text.firstIndex(of: row.marker))
        let offset = row.text.utf8.distance(from: row.text.startIndex, to: index)
        let bytes = Array(row.text.utf8)
        let position = bytes.withUnsafeBufferPointer { TextPosition(offset: offset, in: $0) }
        #expect(position == TextPosition(line: row.line, column: row.column))
    }

    /// "counting columns in characters" (TextPosition): a letter with a combining accent, or a
    /// flag made of two regional indicators, is one character, as FieldLimits counts them.
    @Test(arguments: [("e\u{301}x", 2), ("🇹🇼x", 2), ("👩‍💻x", 2)])
    func columnsCountCharactersNotScalars(text: String, column: Int) throws {
        let offset = text.utf8.count - 1
        let position = Array(text.utf8).withUnsafeBufferPointer { TextPosition(offset: offset, in: $0) }
        #expect(position == TextPosition(line: 1, column: column))
    }

    @Test func textPositionClampsPastTheEnd() {
        let bytes = Array("ab\nc".utf8)
        let position = bytes.withUnsafeBufferPointer { TextPosition(offset: 99, in: $0) }
        #expect(position == TextPosition(line: 2, column: 2))
    }

    @Test func syntaxErrorPositionInChineseText() throws {
        let text = "{\"標題\": \"臺中\",\n \"機關\": 南投}"
        let error = try #require(syntaxError(text))
        let position = Array(text.utf8).withUnsafeBufferPointer { TextPosition(offset: error.offset, in: $0) }
        #expect(position == TextPosition(line: 2, column: 8))
    }

    /// Finds the byte offset of a path inside `text`, starting at `start`.
    private func offset(of path: JSONPath, in text: String, start: Int = 0) -> Int {
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, offset: start)
            return parser.offset(of: path)
        }
    }

    private func byteOffset(of fragment: String, in text: String) -> Int? {
        let bytes = Array(text.utf8), wanted = Array(fragment.utf8)
        guard wanted.count <= bytes.count else { return nil }
        return (0...(bytes.count - wanted.count)).first { Array(bytes[$0..<($0 + wanted.count)]) == wanted }
    }

    @Test func offsetOfFindsNestedPaths() throws {
        let text = #"{"a": [1, {"b": {"c": true}}], "名稱": "臺中", "z": [10, 20, 30]}"#
        #expect(offset(of: JSONPath([.key("a"), .index(1), .key("b"), .key("c")]), in: text) == byteOffset(of: "true", in: text))
        #expect(offset(of: JSONPath([.key("a"), .index(1), .key("b")]), in: text) == byteOffset(of: #"{"c""#, in: text))
        #expect(offset(of: JSONPath([.key("名稱")]), in: text) == byteOffset(of: #""臺中""#, in: text))
        #expect(offset(of: JSONPath([.key("z"), .index(2)]), in: text) == byteOffset(of: "30", in: text))
        #expect(offset(of: JSONPath(), in: text) == 0)
    }

    @Test func offsetOfAMissingPathIsItsClosestEnclosingValue() throws {
        let text = #"{"a": [1, {"b": 2}], "z": 3}"#
        // No key "x" in a[1]: the object a[1] itself.
        #expect(offset(of: JSONPath([.key("a"), .index(1), .key("x")]), in: text) == byteOffset(of: #"{"b""#, in: text))
        // No key "y" at the top: the top-level object.
        #expect(offset(of: JSONPath([.key("y")]), in: text) == 0)
        // Past the end of an array: the array.
        #expect(offset(of: JSONPath([.key("a"), .index(5)]), in: text) == byteOffset(of: "[1", in: text))
    }

    @Test func offsetOfStartsWhereTheParserStands() throws {
        let text = "{\"level\": 1}\n{\"level\": 9}\n"
        let second = try #require(byteOffset(of: "{\"level\": 9", in: text))
        let found = offset(of: JSONPath([.key("level")]), in: text, start: second)
        #expect(found == byteOffset(of: "9}", in: text))
        let position = Array(text.utf8).withUnsafeBufferPointer { TextPosition(offset: found, in: $0) }
        #expect(position == TextPosition(line: 2, column: 11))
    }
}
