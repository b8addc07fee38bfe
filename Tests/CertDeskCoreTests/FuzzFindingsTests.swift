import Testing
@testable import CertDeskCore

/// Inputs `make fuzz` found a reader getting wrong, kept so that they stay right. `ingest(_:)`
/// reads each whole and fed 1, 7 and 4,096 bytes at a time, and fails when the readings differ.
@Suite("Fuzz findings")
struct FuzzFindingsTests {
    /// JSON Lines wrong at a Chinese character: fed a byte at a time, the reader named the
    /// character's first byte (`unexpected byte 0xE8`), read whole the character ('臺' (U+81FA)).
    @Test func aCharacterCutOffByAChunkIsNamedAsAWholeReadingNamesIt() throws {
        let problem = try #require(ingest(#"{"id":"T-1","title:"臺中市"}"# + "\n").failure)
        #expect(problem.reason.en.contains("'臺' (U+81FA)"), "\(problem.reason.en)")
        #expect(problem.line == 1 && problem.column == 21, "\(String(describing: problem.column))")
    }

    /// The same for a surrogate pair written as two escapes, cut between them.
    @Test func aSurrogatePairCutOffByAChunkIsReadAsAWholeReadingReadsIt() throws {
        let problem = try #require(ingest(#"{"id":"T-1","title":"\ud83d\ude00"}"# + "\n").failure)
        #expect(!problem.reason.en.contains("surrogate"), "\(problem.reason.en)")
    }
}
