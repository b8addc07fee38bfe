import Foundation

/// RFC 2047 encoded words for a header that is not ASCII: `=?UTF-8?B?…?=`, each at most 75
/// characters and never splitting a character, folded onto continuation lines (RFC 5322 §2.2.3)
/// so that no header line passes 78 characters.
enum EncodedWord {
    static func header(_ text: String, nameLength: Int) -> String {
        let flat = text.map { $0.isNewline ? " " : $0 }.map(String.init).joined()
        if flat.allSatisfy({ $0.isASCII }) && flat.count + nameLength <= 78 { return flat }
        // 42 bytes of UTF-8 are 56 base64 characters, a word of 68: with "Subject: " before the
        // first, every line stays within 78 (RFC 5322 §2.1.1; a word at most 75, RFC 2047 §2).
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in flat {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 42 {
                words.append(encode(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(encode(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func encode(_ bytes: [UInt8]) -> String { "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=" }
}
