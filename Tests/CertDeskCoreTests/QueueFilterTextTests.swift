import CertDeskCore
import CertDeskTestSupport
import Testing

/// The filter's comparison form and its byte search (`QueueFilterText`), which the store's held
/// text, a replay and the tests' desk all match by.
@Suite("Queue filter text")
struct QueueFilterTextTests {
    @Test func lettersFoldOneForOneAndChineseStaysAsItIs() {
        func folded(_ s: String) -> String { String(decoding: QueueFilterText.folded(s), as: UTF8.self) }
        #expect(folded("DDoS 203.0.113.77") == "ddos 203.0.113.77")
        #expect(folded("彰化縣衛生局 主機連線") == "彰化縣衛生局 主機連線")
        #expect(folded("ÄRGER ΣΟΦΙΑ ДОМ ＡＢＣ") == "ärger σοφια дом ａｂｃ")
        // İ lowers to two scalars (i and a combining dot): left as it is, as FTS5 leaves it.
        #expect(folded("İ") == "İ")
        // Bytes that are not UTF-8 (a truncated sequence) are copied, never dropped.
        var out: [UInt8] = []
        [UInt8]([0x41, 0xE5, 0xBD]).withUnsafeBufferPointer { QueueFilterText.fold($0, into: &out) }
        #expect(out == [0x61, 0xE5, 0xBD])
    }

    @Test func theBodyIsOneFieldALine() {
        #expect(QueueFilterText.body(id: "TCN-1", title: "a\nb", agency: "局", indicators: ["203.0.113.7"]) == "TCN-1\na b\n局\n203.0.113.7")
    }

    /// The search from any anchor byte finds exactly what a plain substring search finds.
    @Test func theSearchFromAnyAnchorIsASubstringSearch() {
        var random = SplitMix64(seed: 20_261_207)
        let alphabet = Array("ab彰化.-2".utf8)
        for _ in 0..<400 {
            let body = (0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let pattern = (0..<Int(1 + random.next() % 4)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let expected = body.count >= pattern.count && (0...(body.count - pattern.count)).contains { Array(body[$0..<($0 + pattern.count)]) == pattern }
            for anchor in pattern.indices {
                let found = body.withUnsafeBufferPointer { b in pattern.withUnsafeBufferPointer { QueueFilterText.contains(b, $0, anchor: anchor) } }
                #expect(found == expected, "\(body) \(pattern) anchor \(anchor)")
            }
            #expect(QueueFilterText.contains(body, pattern) == expected)
        }
        #expect(QueueFilterText.contains([], []))
    }
}
