import Testing
@testable import CertDeskCore

/// The bytes a journal row's hash covers.
@Suite("Journal record hash input")
struct JournalRecordTests {
    @Test func hashInputIsPrevHashThenTheCanonicalRecord() throws {
        let body = CanonicalJSON.string(DeskEvent.noteAdded(incident: "TCN-2026-0001", text: "致電 \"聯絡人\"\n").body)
        let input = JournalRecord.hashInput(prevHash: JournalRecord.genesisHash, seq: 7, atText: "2026-03-02T06:00:00.000Z",
                                            actor: "林志明\u{1B}", incident: "TCN-2026-0001", kind: "note-added", body: body)
        let record: JSONValue = ["actor": "林志明\u{1B}", "at": "2026-03-02T06:00:00.000Z", "body": try JSONValue.parse(body),
                                 "incident": "TCN-2026-0001", "kind": "note-added", "seq": 7]
        #expect(input == Array(JournalRecord.genesisHash.utf8) + CanonicalJSON.bytes(record))
    }

    @Test func aMissingIncidentIsNull() {
        let input = JournalRecord.hashInput(prevHash: "ab", seq: 1, atText: "t", actor: "a", incident: nil, kind: "desk-opened",
                                            body: #"{"region":"TCN"}"#)
        #expect(String(decoding: input, as: UTF8.self)
            == #"ab{"actor":"a","at":"t","body":{"region":"TCN"},"incident":null,"kind":"desk-opened","seq":1}"#)
    }

    @Test func genesisIsSixtyFourZeros() {
        #expect(JournalRecord.genesisHash == String(repeating: "0", count: 64))
    }

    @Test func everyFieldChangesTheInput() {
        func input(seq: Int64 = 2, at: String = "t", actor: String = "a", incident: String? = "i", kind: String = "k",
                   body: String = "{}", prev: String = "p") -> [UInt8] {
            JournalRecord.hashInput(prevHash: prev, seq: seq, atText: at, actor: actor, incident: incident, kind: kind, body: body)
        }
        let base = input()
        let variants = [input(seq: 3), input(at: "u"), input(actor: "b"), input(incident: nil), input(incident: "j"),
                        input(kind: "l"), input(body: "[]"), input(prev: "q")]
        #expect(variants.allSatisfy { $0 != base })
        #expect(Set(variants.map { String(decoding: $0, as: UTF8.self) }).count == variants.count)
    }
}
