import Testing
@testable import CertDeskCore

/// Shape checks of indicator values (`Indicator.problem(kind:value:)`).
@Suite("Indicator values")
struct IndicatorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: Indicator.Kind
        let value: String
        let valid: Bool
        let why: String
        init(_ kind: Indicator.Kind, _ value: String, _ valid: Bool, _ why: String = "") {
            self.kind = kind
            self.value = value
            self.valid = valid
            self.why = why
        }
        var testDescription: String { "\(kind.rawValue) \(value.debugDescription) \(valid ? "valid" : "invalid") \(why)" }
    }

    static let ipv4: [Case] = [
        .init(.ipv4, "203.0.113.77", true),
        .init(.ipv4, "0.0.0.0", true),
        .init(.ipv4, "255.255.255.255", true),
        .init(.ipv4, "10.0.0.1", true),
        .init(.ipv4, "01.2.3.4", false, "leading zero"),
        .init(.ipv4, "1.2.3.004", false, "leading zeros"),
        .init(.ipv4, "1.2.3.00", false, "double zero"),
        .init(.ipv4, "256.1.1.1", false, "octet > 255"),
        .init(.ipv4, "1.2.3.999", false, "octet > 255"),
        .init(.ipv4, "1.2.3", false, "three octets"),
        .init(.ipv4, "1.2.3.4.5", false, "five octets"),
        .init(.ipv4, "1.2.3.", false, "empty octet"),
        .init(.ipv4, "1..3.4", false, "empty octet"),
        .init(.ipv4, ".1.2.3", false, "empty octet"),
        .init(.ipv4, "1.2.3.4 ", false, "space"),
        .init(.ipv4, "1234.1.1.1", false, "four digits"),
        .init(.ipv4, "10.0.0.0/8", false, "CIDR"),
        .init(.ipv4, "a.b.c.d", false, "letters"),
        .init(.ipv4, "１.２.３.４", false, "fullwidth digits"),
        .init(.ipv4, "", false, "empty"),
    ]

    static let ipv6: [Case] = [
        .init(.ipv6, "::1", true),
        .init(.ipv6, "::", true),
        .init(.ipv6, "2001:db8::1", true),
        .init(.ipv6, "2001:0db8:0000:0000:0000:ff00:0042:8329", true, "full"),
        .init(.ipv6, "2001:DB8:85A3::8A2E:370:7334", true, "upper case"),
        .init(.ipv6, "::ffff:192.0.2.1", true, "embedded ipv4"),
        .init(.ipv6, "64:ff9b::198.51.100.1", true, "embedded ipv4"),
        .init(.ipv6, "1:2:3:4:5:6:192.0.2.1", true, "six groups + ipv4"),
        .init(.ipv6, "1:2:3:4:5:6:7::", true, ":: for the last group"),
        .init(.ipv6, "fe80::1%eth0", true, "zone id"),
        .init(.ipv6, "1:2:3:4:5:6:7:8:9", false, "too many groups"),
        .init(.ipv6, "1:2:3:4:5:6:7", false, "too few groups"),
        .init(.ipv6, "1:2:3:4:5:6:7:8::", false, ":: with eight groups"),
        .init(.ipv6, "1::2::3", false, "two ::"),
        .init(.ipv6, ":::", false, "three colons"),
        .init(.ipv6, ":1:2:3:4:5:6:7", false, "leading single colon"),
        .init(.ipv6, "12345::1", false, "five hex digits"),
        .init(.ipv6, "2001:db8::g", false, "not hex"),
        .init(.ipv6, "1:2:3:4:5:6:7:192.0.2.1", false, "seven groups + ipv4"),
        .init(.ipv6, "::1.2.3", false, "bad embedded ipv4"),
        .init(.ipv6, "1.2.3.4::", false, "ipv4 first"),
        .init(.ipv6, "203.0.113.77", false, "plain ipv4"),
        .init(.ipv6, "", false, "empty"),
        // Only ASCII hex digits are hex digits in an address (Character.isHexDigit also
        // accepts fullwidth forms, which no resolver does).
        .init(.ipv6, "::１", false, "fullwidth digit"),
        .init(.ipv6, "２００１:db8::1", false, "fullwidth digits"),
        .init(.ipv6, "2001:db8::ＡＢＣＤ", false, "fullwidth letters"),
    ]

    static let domain: [Case] = [
        .init(.domain, "example.com", true),
        .init(.domain, "update-check.example.net", true),
        .init(.domain, "example.com.", true, "trailing dot"),
        .init(.domain, "EXAMPLE.COM", true),
        .init(.domain, "xn--fsqu00a.xn--kpry57d", true, "punycode"),
        .init(.domain, "例子.台灣", true, "IDN in Unicode"),
        .init(.domain, "臺中市政府.tw", true, "IDN label"),
        .init(.domain, "_dmarc.example.com", true, "underscore"),
        .init(.domain, "a-b.c-d.example", true),
        .init(.domain, String(repeating: "a", count: 63) + ".com", true, "63-character label"),
        .init(.domain, String(repeating: "a", count: 64) + ".com", false, "64-character label"),
        .init(.domain, "localhost", false, "no dot"),
        .init(.domain, "-example.com", false, "leading hyphen"),
        .init(.domain, "example-.com", false, "trailing hyphen"),
        .init(.domain, "example.com-", false, "trailing hyphen in the last label"),
        .init(.domain, "a..com", false, "empty label"),
        .init(.domain, ".com", false, "empty first label"),
        .init(.domain, "example.com..", false, "two trailing dots"),
        .init(.domain, "exa mple.com", false, "space"),
        .init(.domain, "example.com/path", false, "slash"),
        .init(.domain, "例子\u{3000}.台灣", false, "ideographic space"),
        .init(.domain, "", false, "empty"),
        .init(.domain, ".", false, "root only"),
    ]

    static let url: [Case] = [
        .init(.url, "http://198.51.100.23/shell.php", true),
        .init(.url, "https://update-check.example.net/api/v2/ping", true),
        .init(.url, "HTTPS://EXAMPLE.COM", true, "upper-case scheme"),
        .init(.url, "svn+ssh://host.example/repo", true, "+ in scheme"),
        .init(.url, "hxxp://evil.example/", true, "defanged scheme is still a scheme"),
        .init(.url, "https://例子.台灣/路徑?q=臺中", true, "Unicode"),
        .init(.url, "http://x.example/it's", true),
        .init(.url, "example.com/path", false, "no scheme"),
        .init(.url, "://example.com", false, "empty scheme"),
        .init(.url, "1http://example.com", false, "scheme starts with a digit"),
        .init(.url, "ht_tp://example.com", false, "underscore in scheme"),
        .init(.url, "mailto:someone@example.com", false, "no //"),
        .init(.url, "http:/example.com", false, "one slash"),
        .init(.url, "file:///etc/passwd", false, "empty host"),
        .init(.url, "http://", false, "nothing after //"),
        .init(.url, "http://exa mple.com", false, "space"),
        .init(.url, "http://example.com/\tx", false, "tab"),
        .init(.url, "http://example.com/\u{7F}", false, "DEL"),
        .init(.url, "http://example.com/\u{3000}", false, "ideographic space"),
        .init(.url, "", false, "empty"),
    ]

    static let hashes: [Case] = [
        .init(.sha256, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", true),
        .init(.sha256, "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", true, "upper case"),
        .init(.sha256, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", false, "63 digits"),
        .init(.sha256, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088", false, "65 digits"),
        .init(.sha256, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g", false, "g"),
        .init(.sha256, "3897e8d5813009ccdde7e414b091b6aa", false, "an MD5"),
        .init(.md5, "3897e8d5813009ccdde7e414b091b6aa", true),
        .init(.md5, "3897E8D5813009CCDDE7E414B091B6AA", true, "upper case"),
        .init(.md5, "3897e8d5813009ccdde7e414b091b6a", false, "31 digits"),
        .init(.md5, "3897e8d5813009ccdde7e414b091b6aaa", false, "33 digits"),
        .init(.md5, "3897e8d5813009ccdde7e414b091b6az", false, "z"),
        .init(.md5, "3897e8d5813009ccdde7e414b091b6 a", false, "space"),
        .init(.md5, "", false, "empty"),
    ]

    static let email: [Case] = [
        .init(.email, "service@nhi-refund.example", true),
        .init(.email, "first.last+tag@example.com", true),
        .init(.email, "承辦人@機關.台灣", true, "Unicode"),
        .init(.email, "no-at-sign.example.com", false),
        .init(.email, "a@b@example.com", false, "two @"),
        .init(.email, "@example.com", false, "empty local part"),
        .init(.email, "user@", false, "empty domain"),
        .init(.email, "user@localhost", false, "domain without a dot"),
        .init(.email, "us er@example.com", false, "space"),
        .init(.email, String(repeating: "a", count: 64) + "@example.com", true, "64-byte local part"),
        .init(.email, String(repeating: "a", count: 65) + "@example.com", false, "65-byte local part"),
    ]

    static let stixPattern: [Case] = [
        .init(.stixPattern, "[file:name = 'evil.exe']", true),
        .init(.stixPattern, "", false, "empty"),
    ]

    @Test("shape checks", arguments: ipv4 + ipv6 + domain + url + hashes + email + stixPattern)
    func shape(_ row: Case) {
        let problem = Indicator.problem(kind: row.kind, value: row.value)
        #expect((problem == nil) == row.valid)
        if let problem {
            #expect(problem.en == "is not a valid \(row.kind.rawValue) value")
            #expect(problem.zh == "不是有效的 \(row.kind.rawValue) 值")
        }
    }

    @Test func domainsAreLimitedTo253Characters() {
        let label = String(repeating: "a", count: 63)
        let longest = [label, label, label, String(repeating: "b", count: 61)].joined(separator: ".")
        #expect(longest.utf8.count == 253)
        #expect(Indicator.problem(kind: .domain, value: longest) == nil)
        #expect(Indicator.problem(kind: .domain, value: longest + "b") != nil)
        #expect(Indicator.problem(kind: .domain, value: longest + ".") == nil)
    }

    @Test func ticketKindsLeaveOutStixPatterns() {
        #expect(Indicator.Kind.ticketKinds == [.ipv4, .ipv6, .domain, .url, .sha256, .md5, .email])
        #expect(Set(Indicator.Kind.allCases).subtracting(Indicator.Kind.ticketKinds) == [.stixPattern])
        #expect(Indicator.Kind.stixPattern.rawValue == "stix-pattern")
    }
}
