import CertDeskTestSupport
import Testing
@testable import CertDeskCore

/// Canonical JSON (RFC 8785 rules) for journal bodies and hash input.
@Suite("Canonical JSON")
struct CanonicalJSONTests {
    @Test func keysAreSortedAndWhitespaceIsDropped() throws {
        let value = try JSONValue.parse(#" { "b" : 1 , "a" : [ 1 , { "y" : null , "x" : true } ] , "aa" : "s" , "B" : false , "" : 0 } "#)
        #expect(CanonicalJSON.string(value) == #"{"":0,"B":false,"a":[1,{"x":true,"y":null}],"aa":"s","b":1}"#)
    }

    /// The example of RFC 8785 §3.2.3: keys sorted by UTF-16 code units.
    @Test func rfc8785SortingExample() {
        let value: JSONValue = .object([
            "\u{20AC}": "Euro Sign", "\r": "Carriage Return", "\u{FB33}": "Hebrew Letter Dalet With Dagesh",
            "1": "One", "\u{1F600}": "Emoji: Grinning Face", "\u{80}": "Control", "\u{F6}": "Latin Small Letter O With Diaeresis",
        ])
        let expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",\"\u{F6}\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u{20AC}\":\"Euro Sign\",\"\u{1F600}\":\"Emoji: Grinning Face\",\"\u{FB33}\":\"Hebrew Letter Dalet With Dagesh\"}"
        #expect(CanonicalJSON.string(value) == expected)
    }

    /// A supplementary-plane character is a surrogate pair (0xD83D…) in UTF-16, so it sorts
    /// before U+FFxx even though its code point is larger: code-point or UTF-8 order would be wrong.
    @Test func supplementaryPlaneKeysSortByUTF16() {
        let value: JSONValue = .object(["\u{FF61}": 1, "\u{1F600}": 2, "\u{E000}": 3, "z": 4])
        #expect(CanonicalJSON.string(value) == "{\"z\":4,\"\u{1F600}\":2,\"\u{E000}\":3,\"\u{FF61}\":1}")
        // Without a supplementary-plane key, plain code-point order.
        let bmp: JSONValue = .object(["\u{FF61}": 1, "\u{E000}": 3, "臺": 5, "z": 4])
        #expect(CanonicalJSON.string(bmp) == "{\"z\":4,\"臺\":5,\"\u{E000}\":3,\"\u{FF61}\":1}")
    }

    @Test func keyOrderMatchesUTF16OrderOverRandomKeys() throws {
        let alphabet: [Unicode.Scalar] = ["a", "B", "0", "~", "\u{7F}", "\u{80}", "é", "臺", "\u{E000}", "\u{FF61}", "\u{FFFD}",
                                          "😀", "\u{10000}", "\u{1F1F9}", "\u{10FFFF}"]
        var rng = SplitMix64(seed: 8785)
        for _ in 0..<200 {
            var members: [String: JSONValue] = [:]
            for n in 0..<Int.random(in: 1...8, using: &rng) {
                var key = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 0...3, using: &rng) { key.append(alphabet.randomElement(using: &rng)!) }
                members[String(key)] = .int(Int64(n))
            }
            let text = CanonicalJSON.string(.object(members))
            let expectedOrder = members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            let expected = "{" + expectedOrder.map { CanonicalJSON.string(.string($0)) + ":" + CanonicalJSON.string(members[$0]!) }
                .joined(separator: ",") + "}"
            #expect(text == expected)
        }
    }

    struct Escape: Sendable, CustomTestStringConvertible {
        let input: String
        let output: String
        var testDescription: String { input.debugDescription }
    }

    static let escapes: [Escape] = [
        .init(input: "\"", output: #""\"""#),
        .init(input: "\\", output: #""\\""#),
        .init(input: "\n", output: #""\n""#),
        .init(input: "\t", output: #""\t""#),
        .init(input: "\u{8}", output: #""\b""#),
        .init(input: "\u{C}", output: #""\f""#),
        .init(input: "\r", output: #""\r""#),
        .init(input: "\u{0}", output: #""\u0000""#),
        .init(input: "\u{1}", output: #""\u0001""#),
        .init(input: "\u{B}", output: #""\u000b""#),
        .init(input: "\u{1B}[2J", output: #""\u001b[2J""#),
        .init(input: "\u{1F}", output: #""\u001f""#),
        .init(input: "/", output: #""/""#),
        .init(input: "a\"b\\c\nd", output: #""a\"b\\c\nd""#),
        // Kept raw: DEL, C1 controls, bidi controls, non-ASCII, supplementary plane.
        .init(input: "\u{7F}", output: "\"\u{7F}\""),
        .init(input: "\u{85}\u{9B}", output: "\"\u{85}\u{9B}\""),
        .init(input: "\u{202E}evil\u{202C}", output: "\"\u{202E}evil\u{202C}\""),
        .init(input: "臺中市北屯區公所", output: "\"臺中市北屯區公所\""),
        .init(input: "😀", output: "\"😀\""),
        .init(input: "\u{2028}\u{2029}", output: "\"\u{2028}\u{2029}\""),
        .init(input: "", output: "\"\""),
    ]

    @Test("minimal string escapes", arguments: escapes)
    func stringEscapes(_ row: Escape) throws {
        let text = CanonicalJSON.string(.string(row.input))
        #expect(text == row.output)
        #expect(try JSONValue.parse(text) == .string(row.input))
        // Keys are written the same way.
        #expect(CanonicalJSON.string(.object([row.input: .null])) == "{" + row.output + ":null}")
    }

    @Test func everyC0ControlIsEscapedAsLowercaseHex() {
        let short: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"]
        for byte in UInt8(0)..<0x20 {
            let hex = Array("0123456789abcdef")
            let expected = short[byte] ?? "\\u00" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            #expect(CanonicalJSON.string(.string(String(Unicode.Scalar(byte)))) == "\"" + expected + "\"", "byte \(byte)")
        }
    }

    @Test func scalarsAndNumbers() {
        #expect(CanonicalJSON.string(.null) == "null")
        #expect(CanonicalJSON.string(.bool(true)) == "true")
        #expect(CanonicalJSON.string(.bool(false)) == "false")
        #expect(CanonicalJSON.string(.int(0)) == "0")
        #expect(CanonicalJSON.string(.int(-42)) == "-42")
        #expect(CanonicalJSON.string(.int(Int64.max)) == "9223372036854775807")
        #expect(CanonicalJSON.string(.int(Int64.min)) == "-9223372036854775808")
        #expect(CanonicalJSON.string(.array([])) == "[]")
        #expect(CanonicalJSON.string(.object([:])) == "{}")
    }

    /// RFC 8785 §3.2.2.3 writes numbers as ECMAScript's Number.prototype.toString does.
    @Test(arguments: [
        (1.5, "1.5"), (-0.25, "-0.25"), (2.0, "2"), (-0.0, "0"), (0.1, "0.1"), (1e21, "1e+21"), (1.5e300, "1.5e+300"),
        (1e-7, "1e-7"), (0.000001, "0.000001"), (1e20, "100000000000000000000"), (123e-20, "1.23e-18"),
    ])
    func fractionsAreWrittenAsRFC8785Says(value: Double, expected: String) {
        #expect(CanonicalJSON.string(.double(value)) == expected)
    }

    @Test func bytesAndStringAgree() {
        let value: JSONValue = ["title": "臺中\u{1B}[2J", "n": 3, "list": [true, nil, "😀"]]
        #expect(CanonicalJSON.bytes(value) == Array(CanonicalJSON.string(value).utf8))
        var out: [UInt8] = Array("prefix".utf8)
        CanonicalJSON.write(value, into: &out)
        #expect(out == Array("prefix".utf8) + CanonicalJSON.bytes(value))
    }

    static let values: [JSONValue] = [
        .null, true, false, 0, -1, .int(Int64.max), .int(Int64.min), .double(0.5), .double(-1234.5678), .double(1e-300),
        "", "plain", "臺中市北屯區公所", "\u{1B}[2J\u{7}\u{0}", "\u{202E}\u{85}\u{7F}", "😀 \"quoted\" back\\slash /",
        [], [:], [1, "2", [3, [4, [5]]], ["k": nil]],
        ["z": 1, "a": ["y": [true, false], "x": "\n"], "\u{1F600}": "emoji key", "\u{FF61}": "halfwidth", "": ""],
        ["source": ["kind": "soc-ticket", "id": "SOC-TC-20260302-0007"], "indicators": [["type": "ipv4", "value": "203.0.113.77"]]],
    ]

    @Test("parse(canonical(x)) == x and canonical is idempotent", arguments: values)
    func roundTrip(_ value: JSONValue) throws {
        let text = CanonicalJSON.string(value)
        let reparsed = try JSONValue.parse(text)
        #expect(reparsed == value)
        #expect(CanonicalJSON.string(reparsed) == text)
        #expect(!text.utf8.contains(UInt8(ascii: "\n")))
    }

    /// A whole fraction is written as an integer (RFC 8785), so it reads back as `.int`: the
    /// number is the same, the case is not. Journal bodies never hold fractions.
    @Test func wholeFractionsReadBackAsIntegers() throws {
        #expect(CanonicalJSON.string(.double(3.0)) == "3")
        #expect(try JSONValue.parse(CanonicalJSON.string(.double(3.0))) == .int(3))
    }

    @Test func canonicalTextOfDifferentlyWrittenEqualDocumentsIsEqual() throws {
        let a = try JSONValue.parse("{\"b\":[1,2],\"a\":\"\\u81fa\\n\"}")
        let b = try JSONValue.parse("{ \"a\" : \"臺\\u000A\",\n  \"b\" : [ 1 , 2 ] }")
        #expect(CanonicalJSON.string(a) == CanonicalJSON.string(b))
        #expect(CanonicalJSON.string(a) == "{\"a\":\"臺\\n\",\"b\":[1,2]}")
    }
}

/// What `--json` prints: the canonical text with every scalar that could drive a terminal
/// escaped, read back to exactly the same value.
@Suite("Terminal-safe JSON")
struct TerminalSafeJSONTests {
    static let hostile = "a\u{1B}[31m b\u{9B}2J c\u{9D}0;t\u{07} d\u{202E}evil\u{2066}x\u{2069} e\u{7F} f\u{2028}g 中文 🙂 \"q\" \\"

    @Test func unsafeScalarsAreEscapedAndTheValueIsKept() throws {
        let value: JSONValue = ["title": .string(Self.hostile), Self.hostile: .array([.string(Self.hostile)])]
        let text = CanonicalJSON.terminalSafeString(value)
        for unsafe in [0x1B, 0x07, 0x7F, 0x9B, 0x9D, 0x2028, 0x202E, 0x2066, 0x2069] as [UInt32] {
            #expect(!text.unicodeScalars.contains { $0.value == unsafe }, "U+\(String(unsafe, radix: 16)) raw")
        }
        for escaped in ["\\u001b", "\\u009b", "\\u009d", "\\u202e", "\\u2066", "\\u2069", "\\u007f", "\\u2028", "\\u0007"] {
            #expect(text.contains(escaped), "\(escaped)")
        }
        #expect(text.contains("中文 🙂"), "the rest stays as it is")
        #expect(try JSONValue.parse(text) == value)
        // The hash input keeps RFC 8785's minimal escaping: C1 and bidi raw.
        #expect(CanonicalJSON.string(value).unicodeScalars.contains { $0.value == 0x9B })
        #expect(CanonicalJSON.terminalSafeString(["plain": "中文 ok"]) == CanonicalJSON.string(["plain": "中文 ok"]))
    }
}
