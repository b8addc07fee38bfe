import Testing
@testable import CertDeskUI

@Suite("SafeText")
struct SafeTextTests {
    /// True when no scalar is a C0 control, DEL or a C1 control.
    private func isClean(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
    }

    @Test func printableAsciiIsReturnedUnchanged() {
        let s = "TCN-2026-0042 ransomware ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./"
        #expect(SafeText.singleLine(s) == s)
        #expect(SafeText.multiLine(s) == [s])
        #expect(SafeText.singleLine("") == "")
    }

    @Test func chineseTextIsUnchanged() {
        #expect(SafeText.singleLine("主機疑似勒索軟體加密") == "主機疑似勒索軟體加密")
        #expect(SafeText.singleLine("Cafe\u{301}") == "Cafe\u{301}")
    }

    @Test func escapeSequencesAreNeutralised() {
        #expect(SafeText.singleLine("\u{1B}[2J") == "␛[2J")
        #expect(SafeText.singleLine("ok\u{1B}]0;pwned\u{07}") == "ok␛]0;pwned␇")
        #expect(SafeText.singleLine("\u{0}") == "␀")
        #expect(SafeText.singleLine("a\rb") == "a␍b")
    }

    @Test func c1ControlsBecomeReplacementCharacter() {
        #expect(SafeText.singleLine("\u{9B}2J") == "\u{FFFD}2J")     // one-byte CSI
        #expect(SafeText.singleLine("\u{85}") == "\u{FFFD}")         // NEL
        #expect(SafeText.singleLine("\u{80}\u{9F}") == "\u{FFFD}\u{FFFD}")
    }

    @Test func deleteBecomesItsPicture() {
        #expect(SafeText.singleLine("a\u{7F}b") == "a␡b")
    }

    @Test func bidiControlsAreNeutralised() {
        // Trojan Source: "access level: user" displayed reversed by RLO.
        let trojan = "admin\u{202E}resu\u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}"
        let shown = SafeText.singleLine(trojan)
        #expect(shown == "admin\u{FFFD}resu\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                          0x200E, 0x200F, 0x061C] {
            #expect(SafeText.singleLine(String(Unicode.Scalar(v)!)) == "\u{FFFD}")
        }
    }

    @Test func lineBreaksInSingleLine() {
        #expect(SafeText.singleLine("first\nsecond") == "first␤second")
        #expect(SafeText.singleLine("a\r\nb") == "a␍␤b")
        #expect(SafeText.singleLine("a\u{2028}b\u{2029}c") == "a␤b␤c")
    }

    @Test func tabs() {
        #expect(SafeText.singleLine("a\tb") == "a b")
        #expect(SafeText.multiLine("a\tb") == ["a    b"])
    }

    @Test func multiLineSplits() {
        #expect(SafeText.multiLine("one\ntwo\r\nthree") == ["one", "two", "three"])
        #expect(SafeText.multiLine("") == [""])
        #expect(SafeText.multiLine("end\n") == ["end", ""])
        #expect(SafeText.multiLine("\n\n") == ["", "", ""])
        #expect(SafeText.multiLine("a\rb\r\r\nc") == ["a␍b␍", "c"])
        #expect(SafeText.multiLine("trail\r") == ["trail␍"])
        #expect(SafeText.multiLine("x\u{1B}[31m\ny\u{9B}0m") == ["x␛[31m", "y\u{FFFD}0m"])
        #expect(SafeText.multiLine("第一行\n第二行\u{2028}同一行") == ["第一行", "第二行␤同一行"])
    }

    @Test func outputIsAlwaysClean() {
        // Every scalar from U+0000 to U+2FFF, alone and inside text.
        var all = String.UnicodeScalarView()
        for v in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            all.append(scalar)
            let one = String(scalar)
            #expect(isClean(SafeText.singleLine(one)), "U+\(String(v, radix: 16, uppercase: true))")
            #expect(SafeText.multiLine("x" + one + "y").allSatisfy(isClean))
        }
        let text = String(all)
        #expect(isClean(SafeText.singleLine(text)))
        #expect(SafeText.multiLine(text).allSatisfy(isClean))
        #expect(!SafeText.singleLine(text).unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }

    @Test func replacementsAreOneCellEach() {
        let controls = String(String.UnicodeScalarView((UInt32(0)...0x9F).compactMap {
            ($0 < 0x20 || $0 >= 0x7F) && $0 != 0x09 ? Unicode.Scalar($0) : nil
        }))
        let shown = SafeText.singleLine(controls)
        #expect(DisplayWidth.width(of: shown) == controls.unicodeScalars.count)
    }
}
