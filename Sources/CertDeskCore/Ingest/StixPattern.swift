/// Pulls plain indicator values out of a STIX 2.1 patterning expression (STIX 2.1 §9), e.g.
/// `[ipv4-addr:value = '203.0.113.5']` or `[file:hashes.'SHA-256' = '…' OR url:value = '…']`.
///
/// Only equality comparisons on the object paths below are reduced; anything else (LIKE,
/// MATCHES, other objects, other pattern languages) is kept verbatim as a `stix-pattern`
/// indicator so that nothing the sender said is lost.
public enum StixPattern {
    static let valuePaths: [(String, Indicator.Kind)] = [
        ("ipv4-addr:value", .ipv4), ("ipv6-addr:value", .ipv6), ("domain-name:value", .domain),
        ("url:value", .url), ("email-addr:value", .email),
        ("file:hashes.'SHA-256'", .sha256), ("file:hashes.\"SHA-256\"", .sha256), ("file:hashes.SHA256", .sha256),
        ("file:hashes.'MD5'", .md5), ("file:hashes.\"MD5\"", .md5), ("file:hashes.MD5", .md5),
    ]

    public static func indicators(in pattern: String) -> [Indicator] {
        var found: [Indicator] = []
        var residual = Array(pattern.unicodeScalars)
        let scalars = residual
        var i = 0
        while i < scalars.count {
            guard let (path, kind) = valuePaths.first(where: { matches($0.0, scalars, at: i) }) else {
                i += 1
                continue
            }
            var j = i + path.unicodeScalars.count
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j < scalars.count, scalars[j] == "=" else { i = j; continue }
            j += 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j < scalars.count, scalars[j] == "'" else { i = j; continue }
            j += 1
            var literal = String.UnicodeScalarView()
            var closed = false
            while j < scalars.count {
                if scalars[j] == "\\", j + 1 < scalars.count {
                    literal.append(scalars[j + 1])
                    j += 2
                    continue
                }
                if scalars[j] == "'" { closed = true; j += 1; break }
                literal.append(scalars[j])
                j += 1
            }
            if closed {
                let value = String(literal)
                if Indicator.problem(kind: kind, value: value) == nil {
                    found.append(Indicator(kind: kind, value: value))
                    for k in i..<j { residual[k] = " " }
                }
            }
            i = j
        }
        // Only a plain OR of reduced comparisons says no more than its values; anything else
        // (AND, LIKE, other objects, qualifiers) is also kept whole.
        let leftOver = String(String.UnicodeScalarView(residual))
            .split(whereSeparator: { " []()\t\n\r".contains($0) })
            .filter { $0 != "OR" }
        return leftOver.isEmpty && !found.isEmpty ? found : found + [Indicator(kind: .stixPattern, value: pattern)]
    }

    private static func matches(_ path: String, _ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        for c in path.unicodeScalars {
            guard k < scalars.count, scalars[k] == c else { return false }
            k += 1
        }
        // Must start at a term boundary, not inside a longer object name.
        return i == 0 || !(scalars[i - 1].properties.isAlphabetic || scalars[i - 1] == "-")
    }

    /// The indicator a STIX cyber-observable object stands for, if certdesk keeps that kind.
    public static func indicator(fromObservable object: JSONValue) -> Indicator? {
        switch object["type"]?.stringValue {
        case "ipv4-addr": return object["value"]?.stringValue.map { Indicator(kind: .ipv4, value: $0) }
        case "ipv6-addr": return object["value"]?.stringValue.map { Indicator(kind: .ipv6, value: $0) }
        case "domain-name": return object["value"]?.stringValue.map { Indicator(kind: .domain, value: $0) }
        case "url": return object["value"]?.stringValue.map { Indicator(kind: .url, value: $0) }
        case "email-addr": return object["value"]?.stringValue.map { Indicator(kind: .email, value: $0) }
        case "file":
            if let sha = object["hashes"]?["SHA-256"]?.stringValue { return Indicator(kind: .sha256, value: sha) }
            if let md5 = object["hashes"]?["MD5"]?.stringValue { return Indicator(kind: .md5, value: md5) }
            return nil
        default: return nil
        }
    }
}
