/// The one rule for text that names something or someone at the desk — a ticket's source id,
/// an agency's id, the officer acting, a handler, a custodian, a notice's recipient. Free text
/// (a title, a description) is kept exactly as received, since it may be evidence, and
/// neutralised where it is shown; a name is typed to find the thing again and is what the
/// journal says acted, so it must read as what it is: not blank, within its limit, and with no
/// character that does not show as itself — a control, a bidirectional control (Trojan Source,
/// CVE-2021-42574: `Mallory\u{202E}nimda` shows as `Malloryadmin`) or an invisible formatting
/// character such as U+200B (`TextChecks.isHidden`).
public enum NameRule {
    public enum Problem: Equatable, Sendable {
        case blank
        /// The first character that does not show as itself.
        case hidden(Unicode.Scalar)
        case tooLong(Int, limit: Int)
    }

    /// What a name names, for the refusal's words.
    public enum Named: Sendable {
        case person, sourceID, agencyID, recipient
    }

    public static func problem(_ text: String, limit: Int) -> Problem? {
        if TextChecks.isBlank(text) { return .blank }
        // Bytes first: a name of printable ASCII (most ids) needs no Unicode property lookup.
        if text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }),
           let hidden = text.unicodeScalars.first(where: TextChecks.isHidden) {
            return .hidden(hidden)
        }
        if let length = TextChecks.exceeds(text, characters: limit) { return .tooLong(length, limit: limit) }
        return nil
    }

    /// The refusal in both languages, nil when the name may be used.
    public static func refusal(_ text: String, limit: Int, _ named: Named) -> BilingualText? {
        problem(text, limit: limit).map { problem in BilingualText { $0.nameRefused(named, problem) } }
    }
}
