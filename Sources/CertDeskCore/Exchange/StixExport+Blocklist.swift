extension StixExport {
    /// The blocking list as STIX 2.1: the CERT's identity and one indicator per entry to block
    /// (`malicious-activity`, valid from its first sighting), with ids derived from the value, so
    /// the list sent again updates the same indicators. Entries for review are left out.
    public func blocklistBundle(_ list: Blocklist) -> JSONValue {
        var objects: [JSONValue] = [identity]
        for entry in list.blocked {
            let indicator = Self.indicator(entry)
            let seen = time(entry.firstSeen)
            objects.append(.object([
                "type": "indicator", "spec_version": "2.1",
                "id": .string(StixIdentifier.object("indicator", name: "\(region.code)/blocklist/\(entry.kind.rawValue)/\(entry.value)")),
                "created": seen, "modified": seen, "valid_from": seen,
                "created_by_ref": .string(identityID),
                "name": .string(entry.value),
                "description": .string("first seen in \(entry.incident); \(entry.incidents) incident\(entry.incidents == 1 ? "" : "s")"),
                "indicator_types": ["malicious-activity"],
                "pattern": .string(Self.pattern(indicator)), "pattern_type": "stix", "pattern_version": "2.1",
            ]))
        }
        let content = objects.compactMap { $0["id"]?.stringValue }.joined(separator: ",")
        return .object(["type": "bundle", "id": .string(StixIdentifier.object("bundle", name: "\(region.code)/blocklist/" + content)),
                        "objects": .array(objects)])
    }

    /// The indicator kind an entry's pattern is written in.
    static func indicator(_ entry: Blocklist.Entry) -> Indicator {
        switch entry.kind {
        case .ip: Indicator(kind: IPAddress(entry.value)?.isV4 == false ? .ipv6 : .ipv4, value: entry.value)
        case .domain: Indicator(kind: .domain, value: entry.value)
        case .url: Indicator(kind: .url, value: entry.value)
        case .sha256: Indicator(kind: .sha256, value: entry.value)
        case .md5: Indicator(kind: .md5, value: entry.value)
        }
    }
}
