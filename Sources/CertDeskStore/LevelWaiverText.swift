import CertDeskCore

/// Reads back the sentence the desk wrote into `obligations.waived_reason` before it kept the
/// facts of a level waiver (`LevelWaiver`) instead: `level changed 3 → 1; on-site applies to
/// level 3–4`. Only the `v7` migration uses it, on rows marked `waived_for_level`; the words
/// are exactly those `EnglishWords.waiverReason` still says, which the tests check both ways.
enum LevelWaiverText {
    static func parse(_ text: String) -> LevelWaiver? {
        guard text.hasPrefix("level changed "), let semicolon = text.firstIndex(of: ";") else { return nil }
        let change = text[text.index(text.startIndex, offsetBy: 14)..<semicolon].components(separatedBy: " → ")
        guard change.count == 2, let from = level(change[0]), let to = level(change[1]),
              let applies = text.range(of: " applies to level ", range: semicolon..<text.endIndex),
              let bands = bands(String(text[applies.upperBound...])) else { return nil }
        return LevelWaiver(from: from.value, to: to.value, appliesTo: bands)
    }

    /// `unclassified` or `1`–`4`; a box so that "unclassified" (nil) is told from unreadable.
    private static func level(_ text: String) -> (value: IncidentLevel?, Void)? {
        if text == "unclassified" { return (nil, ()) }
        guard let n = Int(text), let level = IncidentLevel(rawValue: n) else { return nil }
        return (level, ())
    }

    /// `all`, `unclassified`, `3–4`, `1, 3`, `1–2 and unclassified`.
    private static func bands(_ text: String) -> Set<LevelBand>? {
        if text == "all" { return Set(LevelBand.allCases) }
        var numbers = text
        var bands = Set<LevelBand>()
        if numbers == "unclassified" { return [.unclassified] }
        if numbers.hasSuffix(" and unclassified") {
            bands.insert(.unclassified)
            numbers.removeLast(" and unclassified".count)
        }
        let parts = numbers.components(separatedBy: "–")
        if parts.count == 2 {
            guard let low = Int(parts[0]), let high = Int(parts[1]), low < high, (1...4).contains(low), (1...4).contains(high) else { return nil }
            for n in low...high { bands.insert(LevelBand(IncidentLevel(rawValue: n))) }
            return bands
        }
        for part in numbers.components(separatedBy: ", ") {
            guard let n = Int(part), let level = IncidentLevel(rawValue: n) else { return nil }
            bands.insert(LevelBand(level))
        }
        return bands
    }
}
