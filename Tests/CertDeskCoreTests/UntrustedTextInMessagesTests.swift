import Testing
@testable import CertDeskCore

/// Error messages are printed on the officer's terminal (`certdesk: file:line: path: reason`).
/// When a reason quotes a value from the input, the quote must not carry raw control
/// characters: an escape sequence in a bad field must not be able to rewrite the screen
/// (../shared/DESIGN.md: never print an untrusted string without removing control and escape sequences).
/// JSONPath already quotes odd keys as escaped JSON strings; values deserve the same.
@Suite("Untrusted text in error messages")
struct UntrustedTextInMessagesTests {
    /// Controls that are harmless on the terminal running the tests (failures print the value),
    /// standing in for ESC-based sequences: C0 SOH, DEL and C1 NEL.
    static let hostile = "bad\u{1}value\u{7F}\u{85}"

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let changes: [String: JSONValue?]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "a bad time", changes: ["aware_at": .string(hostile)]),
        .init(name: "an unknown category", changes: ["category": .string(hostile)]),
        .init(name: "an unknown TLP", changes: ["tlp": .string(hostile)]),
        .init(name: "an invalid indicator value", changes: ["indicators": [["type": "domain", "value": .string("x" + hostile + ".example")]]]),
    ]

    @Test("field errors quote values without raw controls", arguments: cases)
    func fieldErrors(_ row: Case) throws {
        let error = try #require(decodeTicket(editing(validTicket, row.changes)).failure)
        #expect(!TextChecks.containsControl(error.reason.en), "reason: \(error.reason.en.debugDescription)")
        #expect(!TextChecks.containsControl(error.reason.zh), "reason: \(error.reason.zh.debugDescription)")
        #expect(!TextChecks.containsControl(FileProblem(line: 1, path: error.path, reason: error.reason).message(file: "f", language: .en)))
    }

    @Test func duplicateKeyErrorsQuoteTheKeySafely() throws {
        let error = try #require(syntaxError(#"{"a\u0001b":1,"a\u0001b":2}"#))
        #expect(error.reason.en.contains("appears twice"))
        #expect(!TextChecks.containsControl(error.reason.en), "reason: \(error.reason.en.debugDescription)")
    }

    @Test func stixIdErrorsQuoteTheIdSafely() throws {
        let bundle: JSONValue = ["type": "bundle", "id": "bundle--1", "objects": [
            ["type": "incident", "id": .string("x--" + Self.hostile), "spec_version": "2.1", "created": "2026-03-02T01:00:00Z",
             "modified": "2026-03-02T01:00:00Z", "name": "n"],
        ]]
        do {
            _ = try StixBundleDecoder(now: deskNow, fileLabel: "b").decode(bundle, at: JSONPath())
            Issue.record("a mismatched id was accepted")
        } catch {
            #expect(error.path.description == "objects[0].id")
            #expect(!TextChecks.containsControl(error.reason.en), "reason: \(error.reason.en.debugDescription)")
        }
    }
}
