import CertDeskCore
import CertDeskTestSupport

/// Tickets (a JSON object, an array, JSON Lines) and STIX 2.1 bundles through `IngestReader`,
/// read whole and read as a pipe delivers them: both must come to the same batch or the same
/// problem, whatever the chunks (a byte-order mark or a character cut in two, a line's end
/// arriving alone).
enum IngestTarget {
    /// The desk's clock for every input: after every time in the samples, like the tests' desk.
    static let now = Instant(millisecondsSinceEpoch: 1_772_431_200_000)
    static let label = "fuzz.json"

    static func check(_ input: [UInt8]) -> FuzzVerdict {
        let whole = Result { () throws(FileProblem) in try IngestReader(now: now, fileLabel: label).read(input) }
        let streamed = streamedReading(input)
        guard whole == streamed else {
            return .broken("streamed reading \(describe(streamed)) differs from whole reading \(describe(whole))")
        }
        switch whole {
        case .success: return .accepted
        case .failure(let problem): return .refused(problem)
        }
    }

    /// The chunks are cut by a generator seeded with the input itself, so a finding replays
    /// with the same chunks. Each input draws its largest chunk, from one byte (every character
    /// and line end cut) to a pipe's 64 KiB buffer, and its chunks are of any size up to that.
    static func streamedReading(_ input: [UInt8]) -> Result<IngestBatch, FileProblem> {
        var generator = SplitMix64(seed: InputFingerprint.of(input))
        let largest = [1, 2, 3, 16, 4096, 65_536].randomElement(using: &generator)!
        var reader = IngestReader(now: now, fileLabel: label)
        var offset = 0
        return Result { () throws(FileProblem) in
            while offset < input.count {
                let end = min(input.count, offset + Int.random(in: 1...largest, using: &generator))
                try input[offset..<end].withUnsafeBufferPointer { chunk throws(FileProblem) in try reader.feed(chunk) }
                offset = end
            }
            return try reader.finish()
        }
    }

    static func describe(_ result: Result<IngestBatch, FileProblem>) -> String {
        switch result {
        case .success(let batch):
            return "(\(batch.drafts.count) drafts, \(batch.remarks.count) remarks, emptiness \(String(describing: batch.emptiness)))"
        case .failure(let problem):
            return "(" + problem.message(file: label, language: .en) + ")"
        }
    }
}
