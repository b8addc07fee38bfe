import CertDeskCore
import Crypto

/// SHA-256 over a journal row's hash input (see `JournalRecord.hashInput`), in lowercase hex.
enum JournalHash {
    static func of(prevHash: String, seq: Int64, atText: String, actor: String, incident: String?, kind: String,
                   body: String) -> String {
        let input = JournalRecord.hashInput(prevHash: prevHash, seq: seq, atText: atText, actor: actor,
                                            incident: incident, kind: kind, body: body)
        return SHA256Hex.of(input)
    }

}
