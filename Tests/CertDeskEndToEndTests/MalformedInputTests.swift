import Foundation
import Testing

/// Every bad file is refused whole: exit status 65, an error naming the file, the line and the
/// reason, and a database exactly as it was before.
@Suite("malformed ingest input")
struct MalformedInputTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let contents: String
        /// Text the error must contain, after the file name (e.g. ":3: level").
        let expected: [String]
        var description: String { name }
    }

    static let good = #"{"id":"OK-1","title":"fine","category":"spam","agency":"A","aware_at":"2026-03-02T01:00:00Z"}"#

    static func ticket(_ fields: String) -> String {
        #"{"id":"X-1","title":"t","category":"spam","agency":"A","aware_at":"2026-03-02T01:00:00Z"\#(fields)}"#
    }

    static let cases: [Case] = [
        Case(name: "truncated JSON", contents: #"{"id":"X-1","title":"cut"#, expected: [":1:", "truncated"]),
        Case(name: "not JSON", contents: "id,title\nX-1,hello\n", expected: [":1:1:", "not a JSON object"]),
        Case(name: "title is a number", contents: #"{"id":"X-1","title":42,"category":"spam","agency":"A","aware_at":"2026-03-02T01:00:00Z"}"#,
             expected: [":1: title:", "expected a string"]),
        Case(name: "exercise is a string", contents: ticket(#","exercise":"yes""#), expected: ["exercise", "true or false"]),
        Case(name: "indicators is an object", contents: ticket(#","indicators":{"type":"ipv4"}"#), expected: ["indicators", "expected an array"]),
        Case(name: "level out of range", contents: ticket(#","level":7"#), expected: [": level:", "level 7 is out of range"]),
        Case(name: "level as text", contents: ticket(#","level":"3""#), expected: ["level", "whole number"]),
        Case(name: "unknown category", contents: #"{"id":"X-1","title":"t","category":"worm","agency":"A","aware_at":"2026-03-02T01:00:00Z"}"#,
             expected: ["category", "\"worm\" is not one of"]),
        Case(name: "date without offset", contents: #"{"id":"X-1","title":"t","category":"spam","agency":"A","aware_at":"2026-03-02T01:00:00"}"#,
             expected: ["aware_at", "no UTC offset"]),
        Case(name: "impossible date", contents: ticket(#","occurred_at":"2026-02-30T09:00:00Z""#), expected: ["occurred_at", "no day 30"]),
        Case(name: "bad line in the middle of JSON Lines",
             contents: [good, good.replacingOccurrences(of: "OK-1", with: "OK-2"), ticket(#","level":9"#),
                        good.replacingOccurrences(of: "OK-1", with: "OK-4")].joined(separator: "\n"),
             expected: [":3: level:", "level 9"]),
        Case(name: "syntax error in the middle of JSON Lines",
             contents: [good, "{\"id\": \"OK-2\",, }", good].joined(separator: "\n"), expected: [":2:", "unexpected"]),
        Case(name: "title over the limit", contents: ticket(#","title2":0"#).replacingOccurrences(of: #""title":"t""#, with: "\"title\":\"\(String(repeating: "長", count: 501))\""),
             expected: ["title", "501 characters", "limit is 500"]),
        Case(name: "description over the limit",
             contents: ticket(",\"description\":\"\(String(repeating: "a", count: 20_001))\""), expected: ["description", "limit is 20000"]),
        Case(name: "bad indicator value", contents: ticket(#","indicators":[{"type":"ipv4","value":"999.1.1.1"}]"#),
             expected: ["indicators[0].value", "not a valid ipv4"]),
        Case(name: "awareness before occurrence",
             contents: ticket(#","occurred_at":"2026-03-02T02:00:00Z""#), expected: ["aware_at", "cannot come before"]),
        Case(name: "time in the future", contents: ticket(#","reported_at":"2026-03-03T09:00:00Z""#), expected: ["reported_at", "in the future"]),
        Case(name: "STIX incident without a name",
             contents: #"{"type":"bundle","id":"bundle--1","objects":[{"type":"incident","spec_version":"2.1","id":"incident--1","created":"2026-03-02T01:00:00Z","modified":"2026-03-02T01:00:00Z"}]}"#,
             expected: ["objects[0].name", "required"]),
    ]

    @Test(arguments: cases)
    func refusedWholeAndNothingWritten(_ testCase: Case) throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.good).status == 0)
        let before = try cli.dump()
        let path = try cli.file("input.json", testCase.contents)
        let result = try cli.run(["ingest", path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("input.json"), "the error names the file: \(result.stderr)")
        for fragment in testCase.expected {
            #expect(result.stderr.contains(fragment), "missing \"\(fragment)\" in: \(result.stderr)")
        }
        #expect(try cli.dump() == before, "the database changed")
    }

    @Test func fieldsExactlyAtTheLimitAreAccepted() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let ticket = "{\"id\":\"\(String(repeating: "i", count: 128))\",\"title\":\"\(String(repeating: "長", count: 500))\","
            + "\"category\":\"spam\",\"agency\":\"\(String(repeating: "機", count: 200))\",\"aware_at\":\"2026-03-02T01:00:00Z\","
            + "\"description\":\"\(String(repeating: "d", count: 20_000))\"}"
        let result = try cli.run(["ingest", "-"], stdin: ticket)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
