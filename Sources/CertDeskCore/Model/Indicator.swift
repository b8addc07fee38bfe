/// An indicator of compromise attached to an incident. The value is kept exactly as received —
/// it may be evidence — and only checked for the shape its type promises.
public struct Indicator: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case ipv4, ipv6, domain, url, sha256, md5, email
        /// A STIX pattern certdesk could not reduce to one of the kinds above, kept verbatim.
        case stixPattern = "stix-pattern"

        /// The kinds a ticket may use (`stix-pattern` only comes from STIX bundles).
        public static let ticketKinds: [Kind] = [.ipv4, .ipv6, .domain, .url, .sha256, .md5, .email]
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// Why `value` does not look like a `kind`, or nil when it does.
    public static func problem(kind: Kind, value: String) -> BilingualText? {
        let ok: Bool
        switch kind {
        case .ipv4: ok = isIPv4(value)
        case .ipv6: ok = isIPv6(value)
        case .domain: ok = isDomain(value)
        case .url: ok = isURL(value)
        case .sha256: ok = isHex(value, length: 64)
        case .md5: ok = isHex(value, length: 32)
        case .email: ok = isEmail(value)
        case .stixPattern: ok = !value.isEmpty
        }
        if ok { return nil }
        return BilingualText { $0.notAValidIndicator(kind) }
    }

    static func isIPv4(_ s: String) -> Bool {
        isIPv4(Substring(s).utf8)
    }

    static func isIPv4(_ bytes: Substring.UTF8View) -> Bool {
        var octets = 0, digits = 0, value = 0, leadingZero = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                octets += 1
                digits = 0; value = 0; leadingZero = false
                continue
            }
            guard byte >= 0x30, byte <= 0x39, digits < 3 else { return false }
            if digits == 1 && leadingZero { return false }          // no "01": octal ambiguity
            if digits == 0 { leadingZero = byte == 0x30 }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            guard value <= 255 else { return false }
        }
        return octets == 3 && digits > 0
    }

    static func isIPv6(_ s: String) -> Bool {
        var text = Substring(s)
        if let percent = text.firstIndex(of: "%") { text = text[..<percent] }   // zone id
        guard text.contains(":"), text.count <= 45 else { return false }
        let halves = splitOnDoubleColon(text)
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (n, half) in halves.enumerated() where !half.isEmpty {
            var pieces = half.split(separator: ":", omittingEmptySubsequences: false)
            if n == halves.count - 1, let last = pieces.last, last.contains(".") {
                guard isIPv4(String(last)) else { return false }
                pieces.removeLast()
                groups += 2
            }
            for piece in pieces {
                guard (1...4).contains(piece.utf8.count), piece.utf8.allSatisfy(isASCIIHexDigit) else { return false }
                groups += 1
            }
        }
        return halves.count == 2 ? groups < 8 : groups == 8
    }

    private static func splitOnDoubleColon(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == ":", next < text.endIndex, text[next] == ":" {
                parts.append(text[start..<i])
                start = text.index(after: next)
                i = start
            } else {
                i = next
            }
        }
        parts.append(text[start...])
        return parts
    }

    static func isDomain(_ s: String) -> Bool {
        var bytes = Substring(s).utf8
        if bytes.last == UInt8(ascii: ".") { bytes = bytes.dropLast() }
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        var labels = 0, labelLength = 0, previous: UInt8 = UInt8(ascii: ".")
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labels += 1
                labelLength = 0
            } else {
                let ascii = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    || byte == UInt8(ascii: "_")
                // Internationalised names may arrive as Unicode (bytes >= 0x80) or punycode.
                guard ascii || byte >= 0x80 || (byte == UInt8(ascii: "-") && labelLength > 0) else { return false }
                labelLength += 1
                guard labelLength <= 63 else { return false }
            }
            previous = byte
        }
        guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
        return labels >= 1 && !s.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isWhitespace }
    }

    static func isURL(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              colon + 3 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/"),
              bytes[colon + 3] != UInt8(ascii: "/") else { return false }
        let scheme = bytes[..<colon]
        guard let first = scheme.first, first | 0x20 >= 0x61, first | 0x20 <= 0x7A else { return false }
        guard scheme.allSatisfy({ b in
            (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E
        }) else { return false }
        return !bytes.contains { $0 <= 0x20 || $0 == 0x7F } && !s.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isWhitespace }
    }

    static func isHex(_ s: String, length: Int) -> Bool {
        s.utf8.count == length && s.utf8.allSatisfy(isASCIIHexDigit)
    }

    /// 0-9, a-f, A-F only: `Character.isHexDigit` also accepts fullwidth forms.
    static func isASCIIHexDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66)
    }

    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64 else { return false }
        return isDomain(String(parts[1])) && !parts[0].utf8.contains { $0 <= 0x20 || $0 == 0x7F }
    }
}
