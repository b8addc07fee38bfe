import Testing
@testable import CertDeskCore

/// Byte-level text checks used by ingest.
@Suite("Text checks")
struct TextChecksTests {
    @Test(arguments: [
        ("plain", false), ("臺中市北屯區公所", false), ("😀", false), ("", false), ("\u{A0}\u{2028}", false),
        ("\u{202E}", false),                       // a format character, not a control
        ("\u{0}", true), ("a\u{1B}", true), ("tab\there", true), ("line\n", true), ("\u{1F}", true),
        ("\u{7F}", true), ("\u{80}", true), ("x\u{85}", true), ("\u{9B}2J", true), ("\u{9F}", true),
        ("\u{A0}", false), ("ł\u{80}", true),     // C5 82, then C2 80
        ("\u{0100}", false),                      // C4 80: a continuation byte 0x80 after C4 is not C1
    ])
    func containsControl(text: String, expected: Bool) {
        #expect(TextChecks.containsControl(text) == expected)
    }

    @Test(arguments: [
        ("", true), (" ", true), ("\t\r\n\u{B}\u{C}", true), ("\u{3000}", true), ("\u{A0}\u{2003}\u{85}", true),
        ("a", false), (" a ", false), ("\u{3000}臺", false), ("\u{200B}", false), ("\u{0}", false),
    ])
    func isBlank(text: String, expected: Bool) {
        #expect(TextChecks.isBlank(text) == expected)
    }

    @Test func exceedsCountsCharactersOnlyWhenItMust() {
        #expect(TextChecks.exceeds("abc", characters: 3) == nil)
        #expect(TextChecks.exceeds("abcd", characters: 3) == 4)
        #expect(TextChecks.exceeds("臺中市", characters: 3) == nil)            // 9 bytes, 3 characters
        #expect(TextChecks.exceeds("臺中市北", characters: 3) == 4)
        #expect(TextChecks.exceeds("e\u{301}e\u{301}", characters: 2) == nil)  // 2 characters
        #expect(TextChecks.exceeds("", characters: 0) == nil)
    }
}
