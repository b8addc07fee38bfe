import CertDeskTerminal
import CertDeskUI
import CNcursesw
import Testing

/// The pure mapping from `wget_wch` results to keys; no screen needed.
@Suite struct TerminalKeysTests {
    @Test(arguments: [
        (UInt32(10), KeyPress.enter), (13, .enter), (9, .tab), (27, .escape),
        (127, .backspace), (8, .backspace),
        (1, .control("a")), (3, .control("c")), (7, .control("g")), (11, .control("k")),
        (12, .control("l")), (14, .control("n")), (26, .control("z")),
        (0, .control("@")), (28, .control("\\")), (31, .control("_")),
        (32, .character(" ")), (0x6A, .character("j")), (0x47, .character("G")), (0x2F, .character("/")),
        (0x3F, .character("?")), (0x3A, .character(":")), (0x4E2D, .character("中")),
        (0x52D2, .character("勒")), (0x1F6A8, .character("🚨")), (0xE9, .character("é")),
    ])
    func characters(value: UInt32, key: KeyPress) {
        #expect(TerminalKeys.keyPress(character: value) == key)
    }

    @Test(arguments: [UInt32(0x80), 0x9B, 0x9F, 0xD800, 0xDFFF, 0x110000])
    func charactersWithoutAKey(value: UInt32) {
        #expect(TerminalKeys.keyPress(character: value) == nil)
    }

    @Test(arguments: [
        (KEY_UP, KeyPress.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
        (certdesk_key_f(1), .function(1)), (certdesk_key_f(5), .function(5)),
        (certdesk_key_f(12), .function(12)), (certdesk_key_f(63), .function(63)),
    ])
    func keyCodes(code: Int32, key: KeyPress) {
        #expect(TerminalKeys.keyPress(keyCode: code) == key)
    }

    @Test(arguments: [KEY_RESIZE, KEY_MOUSE, KEY_IC, certdesk_key_f(0), KEY_MAX, 0])
    func keyCodesWithoutAKey(code: Int32) {
        #expect(TerminalKeys.keyPress(keyCode: code) == nil)
    }

    @Test func inputIsEquatable() {
        #expect(TerminalInput.key(.enter) == .key(.enter))
        #expect(TerminalInput.resize(rows: 24, columns: 80) != .resize(rows: 24, columns: 81))
    }
}
