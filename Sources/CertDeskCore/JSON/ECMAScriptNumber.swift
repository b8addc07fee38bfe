/// Numbers written as ECMAScript's Number::toString writes them, which RFC 8785 §3.2.2.3
/// requires of canonical JSON: shortest round-trip digits, plain notation for magnitudes in
/// [1e-6, 1e21), otherwise `d.ddde±n`. Journal bodies hold integers; this only matters when a
/// fraction from foreign input is echoed.
enum ECMAScriptNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        if value < 0 { return "-" + format(-value) }
        var (digits, n) = shortestDigits(value)
        let k = digits.count
        if k <= n && n <= 21 { return digits + String(repeating: "0", count: n - k) }
        if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            return String(digits[..<split]) + "." + String(digits[split...])
        }
        if -6 < n && n <= 0 { return "0." + String(repeating: "0", count: -n) + digits }
        let exponent = n - 1
        let sign = exponent < 0 ? "-" : "+"
        if k > 1 { digits.insert(".", at: digits.index(after: digits.startIndex)) }
        return digits + "e" + sign + String(abs(exponent))
    }

    /// The shortest digits that round-trip (Swift's own description computes them) and `n`,
    /// with value = 0.digits × 10^n.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let point = mantissa.firstIndex(of: ".")
        let integerPart = point.map { mantissa[..<$0] } ?? mantissa[...]
        let fractionPart = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        var digits = Array(integerPart + fractionPart)
        var n = integerPart.count + exponent
        while digits.first == "0" && digits.count > 1 { digits.removeFirst(); n -= 1 }
        while digits.last == "0" && digits.count > 1 { digits.removeLast() }
        return (String(digits), n)
    }
}
