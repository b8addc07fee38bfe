import Foundation
import GRDB

extension Row {
    /// The text in a column with every byte, U+0000 included. GRDB's `String` conversion stops
    /// at the first NUL (it reads a C string); incident text is kept exactly as received because
    /// it may be evidence, so free text is read by its length. Works on cursor rows, which read
    /// straight from the statement.
    func exactText(_ index: Int) -> String {
        let data: Data = self[index]
        return String(decoding: data, as: UTF8.self)
    }

    func exactTextIfPresent(_ index: Int) -> String? {
        guard !hasNull(atIndex: index) else { return nil }
        return exactText(index)
    }
}
