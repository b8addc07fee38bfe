@testable import CertDeskStore
import Testing

@Suite("Rowid set")
struct RowidSetTests {
    @Test func holdsEachRowidOnceAndListsThemInOrder() {
        let set = RowidSet([5, 64, 1, 63, 5, 1_000, 0, -3])
        #expect(set.count == 6, "a repeat counts once; a negative rowid is not one")
        #expect(set.sorted == [0, 1, 5, 63, 64, 1_000])
        for rowid: Int64 in [0, 1, 5, 63, 64, 1_000] { #expect(set.contains(rowid)) }
        for rowid: Int64 in [2, 62, 65, 999, 1_001, 100_000, -3] { #expect(!set.contains(rowid)) }
        #expect(RowidSet().sorted.isEmpty)
    }
}
