/// Numbers written with leading zeros, as times and ids are (`09:05`, `E01`), or grouped by
/// thousands for reading (`1,234,567`).
public enum Digits {
    public static func grouped<N: BinaryInteger>(_ value: N) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (n, c) in digits.enumerated() {
            if n > 0, (digits.count - n) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// At least two digits: `7` → `07`, `42` → `42`, `123` → `123`.
    public static func two<N: BinaryInteger>(_ value: N) -> String { value < 10 && value >= 0 ? "0\(value)" : "\(value)" }

    /// A count of half points as points: `7` → `3.5`, `8` → `4`.
    public static func halves(_ n: Int) -> String { n % 2 == 0 ? "\(n / 2)" : "\(n / 2).5" }
}
