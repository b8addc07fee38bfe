/// The mutator's tokens in libFuzzer's dictionary format (`-dict=`), so that both engines
/// insert the same words: one `"…"` per line, every byte outside printable ASCII (and the quote
/// and backslash) as `\xNN`.
enum LibFuzzerDictionary {
    static func text(_ tokens: [[UInt8]]) -> String {
        tokens.map { token in
            "\"" + token.map { byte in
                switch byte {
                case 0x20...0x7E where byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\"):
                    String(UnicodeScalar(byte))
                default:
                    "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            }.joined() + "\""
        }.joined(separator: "\n") + "\n"
    }
}
