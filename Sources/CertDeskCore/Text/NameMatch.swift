/// Finds which of a fixed set of names the officer meant: the name itself, a unique prefix of
/// one (`on` for `on-site`), or else says which they may have meant (`onsite` → `on-site`), so a
/// typo at 03:00 costs a glance, not a trip to the manual.
public enum NameMatch: Equatable, Sendable {
    case found(String)
    /// Several names start with what was typed.
    case ambiguous([String])
    /// Nothing matched; the nearest names, if any is near.
    case unknown(suggestions: [String])

    public static func match(_ typed: String, among names: [String]) -> NameMatch {
        let t = typed.lowercased()
        if let exact = names.first(where: { $0.lowercased() == t }) { return .found(exact) }
        let prefixed = t.isEmpty ? [] : names.filter { $0.lowercased().hasPrefix(t) }
        if prefixed.count == 1 { return .found(prefixed[0]) }
        if prefixed.count > 1 { return .ambiguous(prefixed) }
        // Compare without the separators people drop or change (`onsite`, `on_site`).
        let bare = squeeze(t)
        if let same = names.first(where: { squeeze($0.lowercased()) == bare }) { return .unknown(suggestions: [same]) }
        let scored = names.map { ($0, distance(bare, squeeze($0.lowercased()))) }
        let best = scored.map(\.1).min() ?? .max
        let limit = max(1, min(3, bare.count / 3))
        return .unknown(suggestions: best <= limit ? scored.filter { $0.1 == best }.map(\.0) : [])
    }

    /// `did you mean on-site?` / `ambiguous: closed, containment-…` in the officer's language.
    public func problem(_ typed: String, what: BilingualText, names: [String]) -> BilingualText? {
        switch self {
        case .found: return nil
        case .ambiguous(let candidates):
            let list = candidates.joined(separator: ", ")
            return BilingualText { $0.ambiguousName(TextChecks.quoted(typed), list) }
        case .unknown(let suggestions):
            let all = names.joined(separator: ", ")
            guard !suggestions.isEmpty else {
                return BilingualText { $0.unknownName(TextChecks.quoted(typed), what: $0.say(what), names: all) }
            }
            let near = suggestions.joined(separator: " or ")
            return BilingualText { $0.didYouMean(TextChecks.quoted(typed), what: $0.say(what), near: near) }
        }
    }

    private static func squeeze(_ s: String) -> String { s.filter { $0 != "-" && $0 != "_" && $0 != " " } }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
