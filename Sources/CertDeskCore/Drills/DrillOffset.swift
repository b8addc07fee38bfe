/// A time in a drill scenario, as minutes from the drill's start: `+01:25`, `-00:10`
/// (playbooks/drills/README.md, "Times"). Hours may exceed 24; minutes are 00–59.
public enum DrillOffset {
    /// `+HH:MM` or `-HH:MM` in minutes; nil when the text is not one.
    public static func minutes(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        guard let magnitude = clockMinutes(String(text.dropFirst())) else { return nil }
        return sign == "-" ? -magnitude : magnitude
    }

    /// `HH:MM` (a margin, or an offset without its sign) in minutes.
    public static func clockMinutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60 else { return nil }
        return hours * 60 + minutes
    }

    /// `+01:25` (or `-00:10`) for `minutes`, as the scenario writes it.
    public static func text(_ minutes: Int) -> String {
        let magnitude = abs(minutes)
        let hours = magnitude / 60, rest = magnitude % 60
        return (minutes < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// `00:10` for a margin or a spare of `minutes` (no sign).
    public static func clockText(_ minutes: Int) -> String { String(text(minutes).dropFirst()) }
}
