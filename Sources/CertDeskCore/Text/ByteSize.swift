/// A number of bytes as an officer writes it in a setting — `500000`, `64K`, `256M`, `1G`
/// (K, M and G are powers of 1024, as `ulimit` and `dd` count) — and as the desk says it back.
public enum ByteSize {
    /// The bytes `text` names; nil when it is not a positive whole number with at most one unit.
    public static func parse(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text.uppercased()), unit: Int64 = 1
        if let last = digits.last, let scale = units[last] {
            unit = scale
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int64(digits), n > 0, n <= Int64.max / unit else { return nil }
        return n * unit
    }

    /// `256 MiB`, `1.5 GiB`, `900 KiB`, `512 bytes`: the largest unit that leaves a whole or
    /// one-decimal number.
    public static func shown(_ bytes: Int64) -> String {
        let units: [(Int64, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size {
            let tenths = (bytes * 10 + size / 2) / size
            return tenths % 10 == 0 ? "\(tenths / 10) \(name)" : "\(tenths / 10).\(tenths % 10) \(name)"
        }
        return "\(bytes) bytes"
    }
}
