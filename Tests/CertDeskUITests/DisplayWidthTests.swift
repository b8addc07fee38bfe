import Testing
@testable import CertDeskUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test func asciiIsOneCellPerCharacter() {
        #expect(DisplayWidth.width(of: "") == 0)
        #expect(DisplayWidth.width(of: "TCN-2026-0042") == 13)
        #expect(DisplayWidth.width(of: " ~") == 2)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x41)) == 1)
    }

    @Test func chineseIsTwoCellsPerCharacter() {
        #expect(DisplayWidth.width(of: "臺中市北屯區公所") == 16)
        #expect(DisplayWidth.width(of: "勒索") == 4)
        #expect(DisplayWidth.width(of: "\u{3000}") == 2)      // ideographic space
        #expect(DisplayWidth.width(of: "，") == 2)            // fullwidth comma
    }

    @Test func mixedText() {
        #expect(DisplayWidth.width(of: "TCN-2026-0042 勒索軟體 第4級") == 13 + 1 + 8 + 1 + 5)
        #expect(DisplayWidth.width(of: "值班 林志明 since 08:00") == 4 + 1 + 6 + 12)
    }

    @Test func combiningMarksTakeNoCells() {
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.width(of: "Cafe\u{301} re\u{301}sume\u{301}") == 11)
        #expect(DisplayWidth.width(of: "\u{200B}") == 0)       // zero width space
    }

    @Test func emojiThatGlibcCallsWide() {
        #expect(DisplayWidth.width(of: "😀") == 2)             // U+1F600
        #expect(DisplayWidth.width(of: "👍") == 2)             // U+1F44D
        #expect(DisplayWidth.width(of: "⌚") == 2)             // U+231A
        #expect(DisplayWidth.width(of: "❤") == 1)              // U+2764 without VS16: glibc says 1
    }

    @Test func controlCharactersAreZeroWidth() {
        for v in UInt32(0)...0x1F { #expect(DisplayWidth.width(of: Unicode.Scalar(v)!) == 0) }
        for v in UInt32(0x7F)...0x9F { #expect(DisplayWidth.width(of: Unicode.Scalar(v)!) == 0) }
        #expect(DisplayWidth.width(of: "\u{1B}[2J") == 3)
        #expect(DisplayWidth.width(of: "a\r\nb") == 2)
    }

    @Test func otherNonPrintablesAreOneCell() {
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x378)!) == 1)   // unassigned
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x2028)!) == 1)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0xFFFF)!) == 1)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0xE000)!) == 1)  // private use
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x10FFFF)!) == 1)
    }

    @Test func replacementsUsedBySafeTextAreOneCell() {
        for v: UInt32 in [0x2400, 0x240D, 0x241B, 0x2421, 0x2424, 0xFFFD] {
            #expect(DisplayWidth.width(of: Unicode.Scalar(v)!) == 1)
        }
    }

    @Test func tableIsSortedAndDisjoint() {
        for (lower, upper) in [(DisplayWidthTable.zeroLower, DisplayWidthTable.zeroUpper),
                               (DisplayWidthTable.wideLower, DisplayWidthTable.wideUpper)] {
            #expect(lower.count == upper.count)
            for i in lower.indices {
                #expect(lower[i] <= upper[i])
                if i > 0 { #expect(upper[i - 1] < lower[i]) }
            }
        }
    }

    @Test func truncateLeavesFittingTextAlone() {
        #expect(DisplayWidth.truncate("abc", toWidth: 3) == "abc")
        #expect(DisplayWidth.truncate("中文字", toWidth: 6) == "中文字")
        #expect(DisplayWidth.truncate("abc", toWidth: 10) == "abc")
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("abc", toWidth: -1) == "")
    }

    @Test func truncateAscii() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "") == "abcd")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 5, ellipsis: "...") == "ab...")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        let four = DisplayWidth.truncate("中文字", toWidth: 4)
        #expect(four == "中…")
        #expect(DisplayWidth.width(of: four) == 3)
        let five = DisplayWidth.truncate("中文字", toWidth: 5)
        #expect(five == "中文…")
        #expect(DisplayWidth.width(of: five) == 5)
        #expect(DisplayWidth.truncate("中文字", toWidth: 2) == "…")
        #expect(DisplayWidth.truncate("中文字", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("a中文", toWidth: 3) == "a…")
    }

    @Test func truncateNeverExceedsTheWidth() {
        let samples = ["臺中市北屯區公所", "TCN-2026-0042 主機疑似勒索軟體加密", "e\u{301}e\u{301}e\u{301}", "😀a😀b", "ab"]
        for s in samples {
            for w in 0...20 {
                let cut = DisplayWidth.truncate(s, toWidth: w)
                #expect(DisplayWidth.width(of: cut) <= max(w, 0))
                #expect(DisplayWidth.width(of: cut) >= w - 1 || cut == s)
            }
        }
    }

    @Test func truncateKeepsCombiningMarksWithTheirBase() {
        let s = "e\u{301}e\u{301}e\u{301}e\u{301}"
        let cut = DisplayWidth.truncate(s, toWidth: 3)
        #expect(cut == "e\u{301}e\u{301}…")
        #expect(cut.unicodeScalars.count == 5)
    }

    @Test func padMakesExactWidth() {
        #expect(DisplayWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignRight: true) == "   ab")
        #expect(DisplayWidth.pad("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.pad("中文字", toWidth: 4) == "中… ")
        #expect(DisplayWidth.pad("中文字", toWidth: 4, alignRight: true) == " 中…")
        #expect(DisplayWidth.pad("臺中市北屯區公所", toWidth: 18) == "臺中市北屯區公所  ")
        #expect(DisplayWidth.pad("x", toWidth: 0) == "")
        for w in 1...20 {
            for s in ["臺中市北屯區公所", "mixed 中文 text", "e\u{301}", "", "😀😀😀"] {
                #expect(DisplayWidth.width(of: DisplayWidth.pad(s, toWidth: w)) == w)
                #expect(DisplayWidth.width(of: DisplayWidth.pad(s, toWidth: w, alignRight: true)) == w)
            }
        }
    }
}
