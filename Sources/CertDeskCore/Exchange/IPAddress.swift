/// An IPv4 or IPv6 address as bytes, read from the forms `Indicator` accepts, written back in one
/// form only (IPv4 dotted decimal; IPv6 as RFC 5952 §4 says: lower case, no leading zeros, the
/// longest run of zero groups as `::`), so the same address is the same entry on a blocking list.
public struct IPAddress: Hashable, Sendable {
    /// 4 bytes, or 16.
    public let bytes: [UInt8]

    public init?(_ text: String) {
        if Indicator.isIPv4(text) {
            bytes = text.split(separator: ".").map { UInt8($0)! }
            return
        }
        guard Indicator.isIPv6(text) else { return nil }
        var address = Substring(text)
        if let percent = address.firstIndex(of: "%") { address = address[..<percent] }
        var tail: [UInt8] = []
        if let lastColon = address.lastIndex(of: ":"), address[address.index(after: lastColon)...].contains(".") {
            tail = address[address.index(after: lastColon)...].split(separator: ".").map { UInt8($0)! }
            address = address[...lastColon]
            if address.hasSuffix(":") && !address.hasSuffix("::") { address = address.dropLast() }
        }
        func groups(_ part: Substring) -> [UInt16] {
            part.split(separator: ":").map { UInt16($0, radix: 16)! }
        }
        var head: [UInt16], rest: [UInt16]
        if let range = address.firstRange(of: "::") {
            head = groups(address[..<range.lowerBound])
            rest = groups(address[range.upperBound...])
        } else {
            head = groups(address)
            rest = []
        }
        let missing = 8 - tail.count / 2 - head.count - rest.count
        head += Array(repeating: 0, count: max(0, missing)) + rest
        var out: [UInt8] = []
        for group in head { out += [UInt8(group >> 8), UInt8(group & 0xFF)] }
        bytes = out + tail
    }

    public var isV4: Bool { bytes.count == 4 }

    /// The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:192.0.2.1`, RFC 4291 §2.5.5.2).
    public var mappedV4: IPAddress? {
        guard bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF else { return nil }
        return IPAddress(v4: Array(bytes[12...]))
    }

    private init(v4: [UInt8]) {
        bytes = v4
    }

    public var text: String {
        if isV4 { return bytes.map { String(Int($0)) }.joined(separator: ".") }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        if let v4 = mappedV4 { return "::ffff:" + v4.text }
        // The longest run of two or more zero groups, the first of equal runs (RFC 5952 §4.2.3).
        var best = (start: -1, length: 0), run = (start: -1, length: 0)
        for (i, group) in groups.enumerated() {
            if group == 0 {
                run = run.start < 0 ? (i, 1) : (run.start, run.length + 1)
                if run.length > best.length { best = run }
            } else {
                run = (-1, 0)
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.length >= 2 else { return hex.joined(separator: ":") }
        let before = hex[..<best.start].joined(separator: ":")
        let after = hex[(best.start + best.length)...].joined(separator: ":")
        return before + "::" + after
    }

    /// Whether the address lies in `prefix`/`length`.
    func within(_ prefix: [UInt8], _ length: Int) -> Bool {
        guard prefix.count == bytes.count else { return false }
        for bit in 0..<length {
            let mask = UInt8(0x80) >> UInt8(bit % 8)
            if bytes[bit / 8] & mask != prefix[bit / 8] & mask { return false }
        }
        return true
    }

    /// The special-purpose block the address is in (IANA's IPv4 and IPv6 Special-Purpose Address
    /// Registries, RFC 6890 and its updates), or nil for an ordinary global address.
    public var specialUse: SpecialUse? {
        if let v4 = mappedV4 { return v4.specialUse }
        let table = isV4 ? Self.v4Special : Self.v6Special
        return table.first { within($0.prefix, $0.length) }?.use
    }

    public enum SpecialUse: String, Sendable, CaseIterable {
        case documentation, privateUse = "private", loopback, linkLocal = "link-local", shared, multicast, reserved, unspecified
    }

    private static let v4Special: [(prefix: [UInt8], length: Int, use: SpecialUse)] = [
        ([0, 0, 0, 0], 8, .unspecified),            // RFC 791 "this network"
        ([10, 0, 0, 0], 8, .privateUse),            // RFC 1918
        ([100, 64, 0, 0], 10, .shared),             // RFC 6598 carrier-grade NAT
        ([127, 0, 0, 0], 8, .loopback),             // RFC 1122
        ([169, 254, 0, 0], 16, .linkLocal),         // RFC 3927
        ([172, 16, 0, 0], 12, .privateUse),         // RFC 1918
        ([192, 0, 0, 0], 24, .reserved),            // RFC 6890 IETF protocol assignments
        ([192, 0, 2, 0], 24, .documentation),       // RFC 5737 TEST-NET-1
        ([192, 88, 99, 0], 24, .reserved),          // RFC 7526 deprecated 6to4 relays
        ([192, 168, 0, 0], 16, .privateUse),        // RFC 1918
        ([198, 18, 0, 0], 15, .reserved),           // RFC 2544 benchmarking
        ([198, 51, 100, 0], 24, .documentation),    // RFC 5737 TEST-NET-2
        ([203, 0, 113, 0], 24, .documentation),     // RFC 5737 TEST-NET-3
        ([224, 0, 0, 0], 4, .multicast),            // RFC 5771
        ([240, 0, 0, 0], 4, .reserved),             // RFC 1112, and the limited broadcast
    ]

    private static func v6(_ head: [UInt8]) -> [UInt8] { head + Array(repeating: 0, count: 16 - head.count) }

    private static let v6Special: [(prefix: [UInt8], length: Int, use: SpecialUse)] = [
        (v6([]), 128, .unspecified),                            // RFC 4291
        (v6(Array(repeating: 0, count: 15) + [1]), 128, .loopback),
        (v6([0x01, 0x00]), 64, .reserved),                      // RFC 6666 discard-only
        (v6([0x20, 0x01, 0x0D, 0xB8]), 32, .documentation),     // RFC 3849
        (v6([0x3F, 0xFF]), 20, .documentation),                 // RFC 9637
        (v6([0xFC]), 7, .privateUse),                           // RFC 4193 unique local
        (v6([0xFE, 0x80]), 10, .linkLocal),                     // RFC 4291
        (v6([0xFF]), 8, .multicast),                            // RFC 4291
    ]
}
