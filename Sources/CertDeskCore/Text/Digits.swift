/// Numbers written with leading zeros, as times and ids are (`09:05`, `E01`).
public enum Digits {
    /// At least two digits: `7` → `07`, `42` → `42`, `123` → `123`.
    public static func two<N: BinaryInteger>(_ value: N) -> String { value < 10 && value >= 0 ? "0\(value)" : "\(value)" }
}
