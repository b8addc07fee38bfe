import Testing
@testable import CertDeskCore

/// Reducing STIX 2.1 patterns (§9) to plain indicators, and keeping what cannot be reduced.
@Suite("STIX patterns")
struct StixPatternTests {
    static let sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    static let md5 = "3897e8d5813009ccdde7e414b091b6aa"

    struct Row: Sendable, CustomTestStringConvertible {
        let pattern: String
        let indicators: [Indicator]
        var testDescription: String { pattern }
    }

    static let reducible: [Row] = [
        .init(pattern: "[ipv4-addr:value = '203.0.113.5']", indicators: [Indicator(kind: .ipv4, value: "203.0.113.5")]),
        .init(pattern: "[ipv4-addr:value='203.0.113.5']", indicators: [Indicator(kind: .ipv4, value: "203.0.113.5")]),
        .init(pattern: "[ipv6-addr:value = '2001:db8::1']", indicators: [Indicator(kind: .ipv6, value: "2001:db8::1")]),
        .init(pattern: "[domain-name:value = 'evil.example']", indicators: [Indicator(kind: .domain, value: "evil.example")]),
        .init(pattern: "[url:value = 'http://198.51.100.23/shell.php']",
              indicators: [Indicator(kind: .url, value: "http://198.51.100.23/shell.php")]),
        .init(pattern: "[email-addr:value = 'service@nhi-refund.example']",
              indicators: [Indicator(kind: .email, value: "service@nhi-refund.example")]),
        .init(pattern: "[file:hashes.'SHA-256' = '\(sha)']", indicators: [Indicator(kind: .sha256, value: sha)]),
        .init(pattern: "[file:hashes.\"SHA-256\" = '\(sha)']", indicators: [Indicator(kind: .sha256, value: sha)]),
        .init(pattern: "[file:hashes.SHA256 = '\(sha)']", indicators: [Indicator(kind: .sha256, value: sha)]),
        .init(pattern: "[file:hashes.'MD5' = '\(md5)']", indicators: [Indicator(kind: .md5, value: md5)]),
        .init(pattern: "[file:hashes.MD5 = '\(md5)']", indicators: [Indicator(kind: .md5, value: md5)]),
        .init(pattern: "[ipv4-addr:value = '1.2.3.4' OR domain-name:value = 'evil.example']",
              indicators: [Indicator(kind: .ipv4, value: "1.2.3.4"), Indicator(kind: .domain, value: "evil.example")]),
        .init(pattern: "[file:hashes.'SHA-256' = '\(sha)' OR file:hashes.MD5 = '\(md5)']",
              indicators: [Indicator(kind: .sha256, value: sha), Indicator(kind: .md5, value: md5)]),
        .init(pattern: "[ipv4-addr:value = '1.2.3.4'] OR [ipv4-addr:value = '5.6.7.8']",
              indicators: [Indicator(kind: .ipv4, value: "1.2.3.4"), Indicator(kind: .ipv4, value: "5.6.7.8")]),
        // An escaped quote and an escaped backslash inside the literal.
        .init(pattern: #"[url:value = 'http://x.example/it\'s']"#, indicators: [Indicator(kind: .url, value: "http://x.example/it's")]),
        .init(pattern: #"[url:value = 'http://x.example/a\\b']"#, indicators: [Indicator(kind: .url, value: #"http://x.example/a\b"#)]),
        .init(pattern: "[url:value = 'https://例子.台灣/路徑']", indicators: [Indicator(kind: .url, value: "https://例子.台灣/路徑")]),
    ]

    @Test("reducible patterns", arguments: reducible)
    func reducesToIndicators(_ row: Row) {
        #expect(StixPattern.indicators(in: row.pattern) == row.indicators)
    }

    static let verbatim: [String] = [
        "[file:name = 'evil.exe']",
        "[domain-name:value LIKE '%.evil.example']",
        "[ipv4-addr:value != '1.2.3.4']",
        "[ipv4-addr:value MATCHES '^10\\.']",
        "[ipv4-addr:value = '10.0.0.0/8']",          // a CIDR is not an ipv4 value
        "[file:hashes.'SHA-256' = 'abc']",            // not a SHA-256
        "[x-ipv4-addr:value = '1.2.3.4']",            // a custom object, not ipv4-addr
        "[ipv4-addr:value = '1.2.3.4",                // literal never closed
        "[network-traffic:dst_port = 443]",
        "not a pattern at all",
    ]

    @Test("unsupported patterns are kept verbatim", arguments: verbatim)
    func keptVerbatim(_ pattern: String) {
        #expect(StixPattern.indicators(in: pattern) == [Indicator(kind: .stixPattern, value: pattern)])
    }

    /// "anything else … is kept verbatim as a stix-pattern indicator so that nothing the sender
    /// said is lost" (StixPattern.swift): a pattern where only some terms reduce must still keep
    /// the whole pattern, or the other terms vanish.
    @Test(arguments: [
        "[ipv4-addr:value = '1.2.3.4' OR file:name = 'evil.exe']",
        "[ipv4-addr:value = '1.2.3.4' OR ipv4-addr:value = '999.1.1.1']",
        "[domain-name:value = 'evil.example' OR domain-name:value LIKE '%.evil.example']",
        "[ipv4-addr:value = '1.2.3.4' AND network-traffic:dst_port = 443]",
    ])
    func partlyReduciblePatternsKeepTheWholePattern(pattern: String) {
        let indicators = StixPattern.indicators(in: pattern)
        #expect(indicators.contains(Indicator(kind: .stixPattern, value: pattern)), "got \(indicators)")
    }

    struct Observable: Sendable, CustomTestStringConvertible {
        let object: JSONValue
        let indicator: Indicator?
        var testDescription: String { object["type"]?.stringValue ?? "?" }
    }

    @Test(arguments: [
        Observable(object: ["type": "ipv4-addr", "value": "203.0.113.5"], indicator: Indicator(kind: .ipv4, value: "203.0.113.5")),
        Observable(object: ["type": "ipv6-addr", "value": "2001:db8::5"], indicator: Indicator(kind: .ipv6, value: "2001:db8::5")),
        Observable(object: ["type": "domain-name", "value": "evil.example"], indicator: Indicator(kind: .domain, value: "evil.example")),
        Observable(object: ["type": "url", "value": "http://evil.example/x"], indicator: Indicator(kind: .url, value: "http://evil.example/x")),
        Observable(object: ["type": "email-addr", "value": "a@evil.example"], indicator: Indicator(kind: .email, value: "a@evil.example")),
        Observable(object: ["type": "file", "hashes": ["SHA-256": .string(sha), "MD5": .string(md5)]],
                   indicator: Indicator(kind: .sha256, value: sha)),
        Observable(object: ["type": "file", "hashes": ["MD5": .string(md5)]], indicator: Indicator(kind: .md5, value: md5)),
        Observable(object: ["type": "file", "name": "evil.exe"], indicator: nil),
        Observable(object: ["type": "mutex", "name": "Global\\x"], indicator: nil),
        Observable(object: ["type": "ipv4-addr"], indicator: nil),
    ])
    func observables(_ row: Observable) {
        #expect(StixPattern.indicator(fromObservable: row.object) == row.indicator)
    }
}
