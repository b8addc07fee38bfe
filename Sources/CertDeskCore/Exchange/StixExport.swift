/// Incidents as a STIX 2.1 bundle for the second-line SOC, the regional ISAC and N-CERT
/// (../shared/domain/regulations-and-standards.md §3; ../shared/domain/seed-brief.md §4): an
/// identity for the CERT, each incident with the Incident Core Extension, its agency, its
/// indicators as STIX patterns with their cyber-observables, observed-data and sightings, the
/// relationships between them, the TLP 2.0 marking, and a report listing it all.
///
/// Every id comes from `StixIdentifier` (an incident that arrived as STIX keeps its own), so
/// exporting the same incident again gives the same ids and a receiver updates (newer
/// `modified`) rather than duplicates. What certdesk reads back
/// exactly is also said in `x_twcert_*` properties (level, category, agency, times, exercise),
/// which `StixBundleDecoder` prefers: a bundle exported and ingested on an empty desk gives the
/// same incidents.
public struct StixExport: Sendable {
    /// One incident to export, with its agency from the directory when known.
    public struct Item: Sendable {
        public var incident: Incident
        public var agency: Agency?

        public init(incident: Incident, agency: Agency?) {
            self.incident = incident
            self.agency = agency
        }
    }

    public let region: Region
    /// When the desk began (its first journal row): the CERT identity's `created`, the same in
    /// every export.
    public let deskStartedAt: Instant
    /// The time of the export: the report's `published`.
    public let now: Instant
    /// A marking for every object instead of each incident's own (`--tlp`).
    public let tlp: TrafficLightProtocol?

    public init(region: Region, deskStartedAt: Instant, now: Instant, tlp: TrafficLightProtocol?) {
        self.region = region
        self.deskStartedAt = deskStartedAt
        self.now = now
        self.tlp = tlp
    }

    /// TLP 2.0 extension and its marking definitions, as OASIS publishes them
    /// (cti-stix-common-objects, extension-definition-specifications/tlp-2.0).
    static let tlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
    static let tlpCreated = "2022-10-01T00:00:00.000Z"

    static func markingID(_ tlp: TrafficLightProtocol) -> String {
        switch tlp {
        case .clear, .white: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"
        case .green: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
        case .amber: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
        case .amberStrict: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
        case .red: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
        }
    }

    /// TLP 1.0 WHITE is TLP 2.0 CLEAR.
    static func tlp2(_ tlp: TrafficLightProtocol) -> TrafficLightProtocol { tlp == .white ? .clear : tlp }

    static func marking(_ tlp: TrafficLightProtocol) -> JSONValue {
        let level = tlp2(tlp)
        return .object(["type": "marking-definition", "spec_version": "2.1", "id": .string(markingID(level)),
                        "created": .string(tlpCreated), "name": .string("TLP:" + level.rawValue.uppercased()),
                        "extensions": .object([tlpExtension: .object(["extension_type": "property-extension",
                                                                      "tlp_2_0": .string(level.rawValue)])])])
    }

    var identityID: String { StixIdentifier.object("identity", name: "\(region.code)/cert") }

    /// The desk's own top-level properties (`x_twcert_…`), declared as a STIX 2.1 extension
    /// (§7.3) so receivers know them for what they are; each object that carries them names it.
    static let ownProperties = ["x_twcert_id", "x_twcert_category", "x_twcert_level", "x_twcert_agency", "x_twcert_aware_at",
                                "x_twcert_reported_at", "x_twcert_occurred_at", "x_twcert_phase", "x_twcert_exercise",
                                "x_twcert_agency_id", "x_twcert_county"]
    var extensionID: String { StixIdentifier.object("extension-definition", name: "certdesk/x_twcert/1") }

    var propertyExtension: JSONValue {
        .object(["type": "extension-definition", "spec_version": "2.1", "id": .string(extensionID),
                 "created": time(deskStartedAt), "modified": time(deskStartedAt), "created_by_ref": .string(identityID),
                 "name": "certdesk incident properties", "version": "1.0",
                 "description": "The facts a certdesk desk keeps of an incident, as top-level properties: its desk id, category, level (1-4 by Taiwan's Regulations Art 2), reporting agency, awareness, report and occurrence times (UTC), NIST SP 800-61 phase, and whether it is an exercise.",
                 "schema": "x_twcert_id, x_twcert_category, x_twcert_agency, x_twcert_phase, x_twcert_agency_id, x_twcert_county: strings; x_twcert_level: integer 1-4; x_twcert_aware_at, x_twcert_reported_at, x_twcert_occurred_at: STIX timestamps; x_twcert_exercise: boolean.",
                 "extension_types": ["toplevel-property-extension"],
                 "extension_properties": .array(Self.ownProperties.map(JSONValue.string))])
    }

    /// The bundle of `items`: its id depends on what it holds, so the same export gives the same bundle.
    public func bundle(_ items: [Item]) -> JSONValue {
        var objects: [String: JSONValue] = [:]
        var order: [String] = []
        func add(_ object: JSONValue) {
            guard let id = object["id"]?.stringValue, objects[id] == nil else { return }
            objects[id] = object
            order.append(id)
        }
        add(identity)
        add(propertyExtension)
        var listed: [String] = []
        var markings = Set<TrafficLightProtocol>()
        for item in items {
            let marking = (tlp ?? item.incident.tlp).map(Self.tlp2)
            if let marking { markings.insert(marking) }
            for object in incidentObjects(item, marking: marking) {
                add(object)
                // The report lists the incident's domain objects and relationships; observables
                // (which have no `created`) are reached through them, and the agency identity too.
                if let id = object["id"]?.stringValue, object["created"] != nil, !id.hasPrefix("identity--") { listed.append(id) }
            }
        }
        for marking in markings.sorted(by: { $0.restrictiveness < $1.restrictiveness }) { add(Self.marking(marking)) }
        let incidents = items.map(\.incident)
        if !incidents.isEmpty {
            let strictest = markings.max { $0.restrictiveness < $1.restrictiveness }
            var report: [String: JSONValue] = [
                "type": "report", "spec_version": "2.1",
                "id": .string(StixIdentifier.object("report", name: "\(region.code)/report/" + incidents.map(\.id).sorted().joined(separator: ","))),
                "created": time(incidents.map(\.openedAt).min()!), "modified": time(max(now, incidents.map(\.updatedAt).max()!)),
                "created_by_ref": .string(identityID),
                "name": .string(incidents.count == 1 ? "\(incidents[0].id) \(incidents[0].title)" : "\(region.code) CERT incidents: " + incidents.map(\.id).joined(separator: ", ")),
                "report_types": ["threat-report"], "published": time(now),
                "object_refs": .array(listed.map(JSONValue.string)),
            ]
            if let strictest { report["object_marking_refs"] = [.string(Self.markingID(strictest))] }
            add(.object(report))
        }
        let content = order.joined(separator: ",")
        return .object(["type": "bundle", "id": .string(StixIdentifier.object("bundle", name: "\(region.code)/bundle/" + content)),
                        "objects": .array(order.map { objects[$0]! })])
    }

    var identity: JSONValue {
        .object(["type": "identity", "spec_version": "2.1", "id": .string(identityID),
                 "created": time(deskStartedAt), "modified": time(deskStartedAt),
                 "name": .string("\(region.code) CERT " + BilingualText { $0.name(of: region) }.zh + " / " + BilingualText { $0.name(of: region) }.en),
                 "identity_class": "organization", "sectors": ["government"]])
    }

    func incidentObjects(_ item: Item, marking: TrafficLightProtocol?) -> [JSONValue] {
        let incident = item.incident
        // An incident that came as STIX keeps the id it came with, and everything derived from
        // it follows: the desk that sent it sees its own objects updated, and a bundle
        // ingested and exported again gives the ids it had.
        let received = incident.source.kind == .stix && incident.source.id.hasPrefix("incident--") ? incident.source.id : nil
        let key = received ?? StixIdentifier.object("incident", name: "\(region.code)/\(incident.id)")
        let created = time(incident.openedAt), modified = time(max(incident.updatedAt, incident.openedAt))
        let markingRefs: JSONValue? = marking.map { [.string(Self.markingID($0))] }
        func common(_ type: String, _ name: String) -> [String: JSONValue] {
            var o: [String: JSONValue] = ["type": .string(type), "spec_version": "2.1",
                                          "id": .string(StixIdentifier.object(type, name: name)),
                                          "created": created, "modified": modified, "created_by_ref": .string(identityID)]
            if let markingRefs { o["object_marking_refs"] = markingRefs }
            return o
        }
        var out: [JSONValue] = []
        var sdo = common("incident", key)
        sdo["id"] = .string(key)
        sdo["name"] = .string(incident.title)
        if !incident.description.isEmpty { sdo["description"] = .string(incident.description) }
        var core: [String: JSONValue] = [
            "extension_type": "property-extension",
            "determination": .string(Self.determination(incident)),
            "investigation_status": .string(Self.investigationStatus(incident.phase)),
            "incident_types": [.string(Self.incidentType(incident.category))],
        ]
        if let level = incident.level { core["criticality"] = .int(Self.criticality(level)) }
        if let recoverability = Self.recoverability(incident) { core["recoverability"] = .string(recoverability) }
        sdo["extensions"] = .object([StixBundleDecoder.incidentCoreExtension: .object(core),
                                     extensionID: .object(["extension_type": "toplevel-property-extension"])])
        sdo["x_twcert_id"] = .string(incident.id)
        sdo["x_twcert_category"] = .string(incident.category.rawValue)
        if let level = incident.level { sdo["x_twcert_level"] = .int(Int64(level.rawValue)) }
        sdo["x_twcert_agency"] = .string(incident.agency)
        sdo["x_twcert_aware_at"] = time(incident.awareAt)
        sdo["x_twcert_reported_at"] = time(incident.reportedAt)
        if let occurred = incident.occurredAt { sdo["x_twcert_occurred_at"] = time(occurred) }
        sdo["x_twcert_phase"] = .string(incident.phase.rawValue)
        if incident.exercise { sdo["x_twcert_exercise"] = true }
        let incidentID = sdo["id"]!.stringValue!
        out.append(.object(sdo))

        // The agency, as the organisation the incident happened to.
        var agency = common("identity", key + "/agency")
        agency["name"] = .string(incident.agency)
        agency["identity_class"] = "organization"
        agency["sectors"] = ["government"]
        if let directory = item.agency {
            agency["x_twcert_agency_id"] = .string(directory.id)
            agency["x_twcert_county"] = .string(directory.county)
            agency["extensions"] = .object([extensionID: .object(["extension_type": "toplevel-property-extension"])])
        }
        let agencyID = agency["id"]!.stringValue!
        out.append(.object(agency))
        var targets = common("relationship", key + "/targets")
        targets["relationship_type"] = "related-to"
        targets["source_ref"] = .string(incidentID)
        targets["target_ref"] = .string(agencyID)
        out.append(.object(targets))

        var observables: [String] = []
        var indicatorIDs: [String] = []
        for indicator in incident.indicators {
            let name = key + "/indicator/\(indicator.kind.rawValue)/\(indicator.value)"
            var sdo = common("indicator", name)
            sdo["name"] = .string("\(indicator.kind.rawValue) \(indicator.value)")
            sdo["description"] = .string("\(incident.id): \(incident.title)")
            sdo["indicator_types"] = ["malicious-activity"]
            sdo["pattern"] = .string(Self.pattern(indicator))
            sdo["pattern_type"] = "stix"
            sdo["valid_from"] = time(incident.awareAt)
            let id = sdo["id"]!.stringValue!
            indicatorIDs.append(id)
            out.append(.object(sdo))
            if let observable = Self.observable(indicator) {
                out.append(observable)
                observables.append(observable["id"]!.stringValue!)
            }
            var indicates = common("relationship", name + "/related")
            // `indicates` suggests an attack pattern, malware or actor as its target (STIX 2.1
            // §4.7.2), not an incident: the indicator is `related-to` the incident it came with.
            indicates["relationship_type"] = "related-to"
            indicates["source_ref"] = .string(id)
            indicates["target_ref"] = .string(incidentID)
            out.append(.object(indicates))
        }
        if !observables.isEmpty {
            var observed = common("observed-data", key + "/observed")
            let first = incident.occurredAt ?? incident.awareAt
            observed["first_observed"] = time(first)
            observed["last_observed"] = time(max(first, incident.awareAt))
            observed["number_observed"] = 1
            observed["object_refs"] = .array(observables.map(JSONValue.string))
            let observedID = observed["id"]!.stringValue!
            out.append(.object(observed))
            for id in indicatorIDs {
                var sighting = common("sighting", id + "/sighting")
                sighting["sighting_of_ref"] = .string(id)
                sighting["observed_data_refs"] = [.string(observedID)]
                sighting["where_sighted_refs"] = [.string(agencyID)]
                sighting["first_seen"] = time(first)
                sighting["last_seen"] = time(max(first, incident.awareAt))
                sighting["count"] = 1
                out.append(.object(sighting))
            }
        }
        return out
    }

    // MARK: - Vocabularies

    /// The Incident Core Extension's `determination`: `suspected` until the incident is worked
    /// past detection and analysis, then `successful-attempt` (the desk records real incidents);
    /// `false-positive` once closed as one.
    static func determination(_ incident: Incident) -> String {
        if incident.falsePositive { return "false-positive" }
        switch incident.phase {
        case .preparation, .detectionAnalysis: return "suspected"
        case .containmentEradicationRecovery, .postIncident, .closed: return "successful-attempt"
        }
    }

    static func investigationStatus(_ phase: IncidentPhase) -> String {
        switch phase {
        case .preparation: "new"
        case .detectionAnalysis, .containmentEradicationRecovery, .postIncident: "open"
        case .closed: "closed"
        }
    }

    /// Level 1–4 on the extension's 0–100 scale, in the middle of the band `StixBundleDecoder`
    /// reads back (0–24, 25–49, 50–74, 75–100).
    static func criticality(_ level: IncidentLevel) -> Int64 {
        switch level {
        case .one: 12
        case .two: 37
        case .three: 62
        case .four: 87
        }
    }

    static func incidentType(_ category: IncidentCategory) -> String {
        switch category {
        case .ransomware: "ransomware"
        case .ddos: "denial-of-service"
        case .defacement: "defacement"
        case .dataLeak: "data-breach"
        case .unauthorizedAccess: "unauthorized-access"
        case .malwareOutbreak: "malware"
        case .c2Beacon: "command-and-control"
        case .phishing: "phishing"
        case .spam: "spam"
        case .other: "other"
        }
    }

    /// SP 800-61 r2 Table 3-4 as the extension names it, from what the desk knows: regular once
    /// damage control or recovery was done in time, extended once it was done late; nil before.
    static func recoverability(_ incident: Incident) -> String? {
        guard let clock = incident.obligations.first(where: { $0.kind == .damageControl }) else { return nil }
        switch clock.state {
        case .met: return "regular"
        case .metLate: return "extended"
        default: return nil
        }
    }

    /// A STIX pattern for the indicator; a pattern received as such is given back unchanged.
    static func pattern(_ indicator: Indicator) -> String {
        let literal = "'" + indicator.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        switch indicator.kind {
        case .ipv4: return "[ipv4-addr:value = \(literal)]"
        case .ipv6: return "[ipv6-addr:value = \(literal)]"
        case .domain: return "[domain-name:value = \(literal)]"
        case .url: return "[url:value = \(literal)]"
        case .email: return "[email-addr:value = \(literal)]"
        case .sha256: return "[file:hashes.'SHA-256' = \(literal)]"
        case .md5: return "[file:hashes.MD5 = \(literal)]"
        case .stixPattern: return indicator.value
        }
    }

    /// The cyber-observable an indicator names, with its deterministic id; none for a pattern.
    static func observable(_ indicator: Indicator) -> JSONValue? {
        let type: String, properties: JSONValue
        switch indicator.kind {
        case .ipv4: type = "ipv4-addr"; properties = ["value": .string(indicator.value)]
        case .ipv6: type = "ipv6-addr"; properties = ["value": .string(indicator.value)]
        case .domain: type = "domain-name"; properties = ["value": .string(indicator.value)]
        case .url: type = "url"; properties = ["value": .string(indicator.value)]
        case .email: type = "email-addr"; properties = ["value": .string(indicator.value)]
        case .sha256: type = "file"; properties = ["hashes": ["SHA-256": .string(indicator.value)]]
        case .md5: type = "file"; properties = ["hashes": ["MD5": .string(indicator.value)]]
        case .stixPattern: return nil
        }
        guard case .object(var members) = properties else { return nil }
        members["type"] = .string(type)
        members["spec_version"] = "2.1"
        members["id"] = .string(StixIdentifier.observable(type, properties))
        return .object(members)
    }

    /// STIX timestamps: UTC with milliseconds (`2026-03-02T01:00:00.000Z`).
    func time(_ instant: Instant) -> JSONValue { .string(ISO8601.utcMillisecondString(instant)) }
}
