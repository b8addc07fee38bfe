/// The blocking list the region sends to its agencies' UTMs (seed brief §4: C2 indicators
/// become blocking rules): every IP address, domain, URL and hash of the confirmed incidents,
/// once each, normalised, with where it was first seen. What blocking could hurt — a
/// documentation or private address, a reserved name, a government name that is most often the
/// victim's own site — is flagged for a person to review, never put on the list.
public struct Blocklist: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case ip, domain, url, sha256, md5
    }

    /// Why an entry is for review rather than blocking.
    public enum Flag: Hashable, Sendable {
        case address(IPAddress.SpecialUse)
        case reservedName
        case governmentName
    }

    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var value: String
        /// The earliest awareness among the incidents that carry it.
        public var firstSeen: Instant
        /// The incident it was first seen in.
        public var incident: String
        /// How many incidents carry it.
        public var incidents: Int
        public var flag: Flag?
    }

    /// One indicator of one incident, as the store reads it: enough to judge the incident
    /// confirmed (`Incident.isConfirmed`) without the whole incident.
    public struct Sighting: Sendable {
        public var incident: String
        public var awareAt: Instant
        public var level: IncidentLevel?
        public var phase: IncidentPhase
        public var exercise: Bool
        public var falsePositive: Bool
        public var indicator: Indicator

        public init(incident: String, awareAt: Instant, level: IncidentLevel?, phase: IncidentPhase, exercise: Bool,
                    falsePositive: Bool, indicator: Indicator) {
            self.incident = incident
            self.awareAt = awareAt
            self.level = level
            self.phase = phase
            self.exercise = exercise
            self.falsePositive = falsePositive
            self.indicator = indicator
        }
    }

    /// In kind order, then by value.
    public let entries: [Entry]

    public var blocked: [Entry] { entries.filter { $0.flag == nil } }
    public var flagged: [Entry] { entries.filter { $0.flag != nil } }

    /// The list from every sighting; `since`: only entries first seen at or after it.
    public init(_ sightings: [Sighting], since: Instant? = nil) {
        var byKey: [String: Entry] = [:]
        for sighting in sightings where Incident.isConfirmed(level: sighting.level, phase: sighting.phase)
            && !sighting.exercise && !sighting.falsePositive {
            guard let (kind, value, flag) = Self.normalised(sighting.indicator) else { continue }
            let key = kind.rawValue + " " + value
            if var entry = byKey[key] {
                entry.incidents += 1
                if (sighting.awareAt, sighting.incident) < (entry.firstSeen, entry.incident) {
                    entry.firstSeen = sighting.awareAt
                    entry.incident = sighting.incident
                }
                byKey[key] = entry
            } else {
                byKey[key] = Entry(kind: kind, value: value, firstSeen: sighting.awareAt, incident: sighting.incident, incidents: 1, flag: flag)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        entries = byKey.values.filter { since == nil || $0.firstSeen >= since! }
            .sorted { (order[$0.kind]!, $0.value) < (order[$1.kind]!, $1.value) }
    }

    /// The entries of `kinds` only: a UTM takes one list per kind (addresses, names, URLs, hashes).
    public func only(_ kinds: Set<Kind>) -> Blocklist {
        Blocklist(entries: entries.filter { kinds.contains($0.kind) })
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entry an indicator makes, in its one written form, and why it is for review; nil for
    /// kinds a UTM does not block on (e-mail addresses, patterns kept verbatim).
    static func normalised(_ indicator: Indicator) -> (Kind, String, Flag?)? {
        switch indicator.kind {
        case .ipv4, .ipv6:
            guard let address = IPAddress(indicator.value) else { return nil }
            return (.ip, address.text, address.specialUse.map(Flag.address))
        case .domain:
            let name = domain(indicator.value)
            return (.domain, name, flag(domain: name))
        case .url:
            let (url, host) = url(indicator.value)
            let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
            let flag: Flag? = if let address = IPAddress(bare) {
                address.specialUse.map(Flag.address)
            } else {
                self.flag(domain: host)
            }
            return (.url, url, flag)
        case .sha256: return (.sha256, indicator.value.lowercased(), nil)
        case .md5: return (.md5, indicator.value.lowercased(), nil)
        case .email, .stixPattern: return nil
        }
    }

    /// Lower case, without the final dot (RFC 1034 §3.1: names compare case-insensitively).
    static func domain(_ text: String) -> String {
        var name = text.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }

    /// The URL with its scheme and host in lower case and no fragment (RFC 3986 §6.2.2.1; the
    /// fragment never reaches the server), and its host.
    static func url(_ text: String) -> (url: String, host: String) {
        guard let schemeEnd = text.firstRange(of: "://") else { return (text, "") }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        var rest = text[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { "/?".contains($0) } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        let userinfo = authority.lastIndex(of: "@").map { authority[...$0] } ?? ""
        authority = authority.dropFirst(userinfo.count)
        var host = String(authority), port = ""
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[...close])
            port = String(authority[authority.index(after: close)...])
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            port = String(authority[colon...])
        }
        host = domain(host)
        if host.hasPrefix("["), let address = IPAddress(String(host.dropFirst().dropLast())) { host = "[" + address.text + "]" }
        return (scheme + "://" + userinfo + host + port + rest[authorityEnd...], host)
    }

    /// Names that must never be blocked as they stand: the reserved ones (RFC 2606, RFC 6761,
    /// RFC 6762 `.local`, RFC 8375 `home.arpa`), and the government's and schools' own (gov.tw,
    /// edu.tw), which in an incident are most often the defaced or attacked site itself.
    static func flag(domain name: String) -> Flag? {
        let labels = name.split(separator: ".")
        guard let last = labels.last else { return nil }
        if ["example", "test", "invalid", "localhost", "local", "internal"].contains(last) { return .reservedName }
        if labels.count >= 2 {
            let tail = labels.suffix(2).joined(separator: ".")
            if ["example.com", "example.net", "example.org", "home.arpa"].contains(tail) { return .reservedName }
            if ["gov.tw", "edu.tw", "mil.tw"].contains(tail) { return .governmentName }
        }
        return nil
    }
}

extension Incident {
    /// Confirmed as an incident: classified (a level given), or worked past detection and
    /// analysis. What is still only suspected is not blocked on.
    public static func isConfirmed(level: IncidentLevel?, phase: IncidentPhase) -> Bool {
        level != nil || ![.preparation, .detectionAnalysis].contains(phase)
    }
}
