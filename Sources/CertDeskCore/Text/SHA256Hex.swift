import Crypto

/// A SHA-256 digest as lowercase hex: how the journal's hashes, the vault's file hashes and the
/// handover digest are all written.
public enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func text(_ digest: SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func of(_ bytes: [UInt8]) -> String { text(SHA256.hash(data: bytes)) }

    /// Whether `text` is made of lowercase hex digits only, as `text` writes them.
    public static func isLowercaseHex(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { digits.contains($0) }
    }
}
