import CertDeskCore
import Crypto

/// SHA-256 over a journal row's hash input (see `JournalRecord.hashInput`), in lowercase hex.
enum JournalHash {
    static func of(prevHash: String, seq: Int64, atText: String, actor: String, incident: String?, kind: String,
                   body: String) -> String {
        let input = JournalRecord.hashInput(prevHash: prevHash, seq: seq, atText: atText, actor: actor,
                                            incident: incident, kind: kind, body: body)
        return hex(SHA256.hash(data: input))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
