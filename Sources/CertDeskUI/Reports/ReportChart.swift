import CertDeskCore

/// Charts drawn with characters, for the console and Markdown: bars of block characters with
/// eighth steps, and sparklines of the eight rising blocks. `plain` gives ASCII only, for a
/// monochrome terminal or NO_COLOR (where a screen reader or a plain printer may meet them).
public enum ReportChart {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let rising = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let plainRising = ["_", ".", "-", "~", "=", "+", "*", "#"]

    /// A bar of `value` out of `maximum`, at most `width` cells; a value above zero always shows.
    public static func bar(_ value: Double, of maximum: Double, width: Int, plain: Bool) -> String {
        guard width > 0, maximum > 0, value > 0 else { return "" }
        let eighthsTotal = max(1, Int((min(value, maximum) / maximum * Double(width * 8)).rounded()))
        if plain { return String(repeating: "#", count: max(1, (eighthsTotal + 4) / 8)) }
        return String(repeating: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
    }

    /// One character per value, scaled to the largest; a zero is the lowest mark.
    public static func sparkline(_ values: [Int], plain: Bool) -> String {
        let marks = plain ? plainRising : rising
        let top = values.max() ?? 0
        return values.map { value in
            guard top > 0, value > 0 else { return marks[0] }
            return marks[max(1, min(7, Int((Double(value) / Double(top) * 7).rounded())))]
        }.joined()
    }
}
