/// A set of `incidents` rowids as a bitmap. Incident rows are never deleted and are updated in
/// place, so their rowids are small and dense: a set of 100,000 is 12.5 KB, and asking whether
/// a row is in it (once per row as a query walks the queue's index) is one bit test, where a
/// hash set took a few milliseconds a keystroke just to be built.
struct RowidSet: Sendable, Equatable {
    private var words: [UInt64] = []
    private(set) var count = 0

    init() {}

    init<S: Sequence>(_ rowids: S) where S.Element == Int64 {
        for rowid in rowids { insert(rowid) }
    }

    mutating func insert(_ rowid: Int64) {
        guard rowid >= 0 else { return }
        let word = Int(rowid >> 6), bit = UInt64(1) << UInt64(rowid & 63)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    func contains(_ rowid: Int64) -> Bool {
        guard rowid >= 0 else { return false }
        let word = Int(rowid >> 6)
        return word < words.count && words[word] & (UInt64(1) << UInt64(rowid & 63)) != 0
    }

    /// The rowids in ascending order.
    var sorted: [Int64] {
        var out: [Int64] = []
        out.reserveCapacity(count)
        for (n, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                out.append(Int64(n << 6 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return out
    }
}
