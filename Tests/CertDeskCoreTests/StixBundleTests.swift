import Testing
@testable import CertDeskCore

/// STIX 2.1 bundles → incident drafts (README, "STIX bundles").
@Suite("STIX bundles")
struct StixBundleTests {
    // MARK: Building bundles

    static let ext = StixBundleDecoder.incidentCoreExtension
    static let created = "2026-03-02T01:10:00Z"

    static func common(_ type: String, _ id: String, modified: String = "2026-03-02T01:10:00Z") -> [String: JSONValue] {
        ["type": .string(type), "spec_version": "2.1", "id": .string(id), "created": .string(created), "modified": .string(modified)]
    }

    static func object(_ members: [String: JSONValue], _ changes: [String: JSONValue?]) -> JSONValue {
        editing(.object(members), changes)
    }

    static func incident(_ id: String = "incident--1", _ changes: [String: JSONValue?] = [:]) -> JSONValue {
        var m = common("incident", id)
        m["name"] = "Township office web defacement"
        return object(m, changes)
    }

    static func incident(criticality: JSONValue?, types: [String]? = nil, _ changes: [String: JSONValue?] = [:]) -> JSONValue {
        var extension_: [String: JSONValue] = ["extension_type": "property-extension", "determination": "suspected",
                                                "investigation_status": "open"]
        if let criticality { extension_["criticality"] = criticality }
        if let types { extension_["incident_types"] = .array(types.map(JSONValue.string)) }
        return editing(incident("incident--1", changes), ["extensions": .object([ext: .object(extension_)])])
    }

    static func indicator(_ id: String, _ pattern: String, type: String = "stix", _ changes: [String: JSONValue?] = [:]) -> JSONValue {
        var m = common("indicator", id)
        m["pattern"] = .string(pattern)
        m["pattern_type"] = .string(type)
        m["valid_from"] = .string(created)
        return object(m, changes)
    }

    static func relationship(_ id: String, _ source: String, _ target: String) -> JSONValue {
        var m = common("relationship", id)
        m["relationship_type"] = "related-to"
        m["source_ref"] = .string(source)
        m["target_ref"] = .string(target)
        return .object(m)
    }

    static func sighting(_ id: String, of indicator: String, observed: [String] = [], firstSeen: String? = nil) -> JSONValue {
        var m = common("sighting", id)
        m["sighting_of_ref"] = .string(indicator)
        if !observed.isEmpty { m["observed_data_refs"] = .array(observed.map(JSONValue.string)) }
        if let firstSeen { m["first_seen"] = .string(firstSeen) }
        return .object(m)
    }

    static func observedData(_ id: String, refs: [String], first: String, embedded: [String: JSONValue]? = nil) -> JSONValue {
        var m = common("observed-data", id)
        m["first_observed"] = .string(first)
        m["last_observed"] = .string(first)
        m["number_observed"] = 1
        m["object_refs"] = .array(refs.map(JSONValue.string))
        if let embedded { m["objects"] = .object(embedded) }
        return .object(m)
    }

    static func observable(_ type: String, _ id: String, _ value: String) -> JSONValue {
        ["type": .string(type), "spec_version": "2.1", "id": .string(id), "value": .string(value)]
    }

    static func identity(_ id: String, _ name: String) -> JSONValue {
        var m = common("identity", id)
        m["name"] = .string(name)
        m["identity_class"] = "organization"
        return .object(m)
    }

    static func report(_ id: String, refs: [String], published: String) -> JSONValue {
        var m = common("report", id)
        m["name"] = "flash report"
        m["published"] = .string(published)
        m["object_refs"] = .array(refs.map(JSONValue.string))
        return .object(m)
    }

    static func bundle(_ objects: [JSONValue], id: String = "bundle--9ea160ac-3d28-4a3d-a2a1-74f6b5653812") -> JSONValue {
        ["type": "bundle", "id": .string(id), "objects": .array(objects)]
    }

    func decode(_ objects: [JSONValue], id: String = "bundle--9ea160ac-3d28-4a3d-a2a1-74f6b5653812",
                now: Instant = deskNow) -> Result<IngestBatch, JSONFieldReader.FieldError> {
        do {
            return .success(try StixBundleDecoder(now: now, fileLabel: "b.json").decode(Self.bundle(objects, id: id), at: JSONPath()))
        } catch {
            return .failure(error)
        }
    }

    func onlyDraft(_ objects: [JSONValue], sourceLocation: SourceLocation = #_sourceLocation) throws -> IncidentDraft {
        let batch = try #require(decode(objects).value, sourceLocation: sourceLocation)
        try #require(batch.drafts.count == 1, sourceLocation: sourceLocation)
        return batch.drafts[0]
    }

    // MARK: Level

    @Test(arguments: [
        (0, IncidentLevel.one), (24, .one), (25, .two), (49, .two), (50, .three), (74, .three), (75, .four), (100, .four),
    ])
    func criticalityBoundaries(criticality: Int, level: IncidentLevel) throws {
        #expect(try onlyDraft([Self.incident(criticality: .int(Int64(criticality)))]).level == level)
    }

    @Test(arguments: [101, -1, 1_000])
    func criticalityOutside0To100IsRefused(criticality: Int) throws {
        let error = try #require(decode([Self.incident(criticality: .int(Int64(criticality)))]).failure)
        #expect(error.path.description == "objects[0].extensions.\(Self.ext).criticality")
        #expect(error.reason.en == "criticality \(criticality) is outside 0–100")
    }

    @Test func twcertLevelOverridesCriticality() throws {
        #expect(try onlyDraft([Self.incident(criticality: 10, ["x_twcert_level": 4])]).level == .four)
        #expect(try onlyDraft([Self.incident(criticality: 90, ["x_twcert_level": 1])]).level == .one)
        // A null level is no level: criticality applies.
        #expect(try onlyDraft([Self.incident(criticality: 60, ["x_twcert_level": .null])]).level == .three)
    }

    @Test func twcertLevelIsChecked() throws {
        let error = try #require(decode([Self.incident(criticality: 10, ["x_twcert_level": 5])]).failure)
        #expect(error.path.description == "objects[0].x_twcert_level")
        #expect(error.reason.en.contains("level 5 is out of range"))
        let text = try #require(decode([Self.incident("incident--1", ["x_twcert_level": "2"])]).failure)
        #expect(text.reason.en == "expected a whole number, found a string")
    }

    @Test func noLevelGivenMeansUnclassified() throws {
        #expect(try onlyDraft([Self.incident()]).level == nil)
        #expect(try onlyDraft([Self.incident(criticality: nil, types: ["ransomware"])]).level == nil)
    }

    @Test func criticalityMustBeAWholeNumber() throws {
        let error = try #require(decode([Self.incident(criticality: .double(40.5))]).failure)
        #expect(error.path.description == "objects[0].extensions.\(Self.ext).criticality")
        #expect(error.reason.en == "expected a whole number, found a number")
    }

    // MARK: Category

    @Test(arguments: [
        (["ransomware"], IncidentCategory.ransomware), (["denial-of-service"], .ddos), (["ddos"], .ddos),
        (["defacement"], .defacement), (["website-defacement"], .defacement), (["data-breach"], .dataLeak),
        (["data-exfiltration"], .dataLeak), (["exfiltration"], .dataLeak), (["unauthorized-access"], .unauthorizedAccess),
        (["account-compromise"], .unauthorizedAccess), (["intrusion"], .unauthorizedAccess), (["malware"], .malwareOutbreak),
        (["worm"], .malwareOutbreak), (["command-and-control"], .c2Beacon), (["c2"], .c2Beacon), (["phishing"], .phishing),
        (["social-engineering"], .phishing), (["spam"], .spam), (["insider-threat", "ransomware"], .ransomware),
        (["phishing", "ransomware"], .phishing), (["something-new"], .other), ([], .other),
    ])
    func incidentTypesMapping(types: [String], category: IncidentCategory) throws {
        #expect(try onlyDraft([Self.incident(criticality: nil, types: types)]).category == category)
    }

    @Test func twcertCategoryWins() throws {
        #expect(try onlyDraft([Self.incident(criticality: nil, types: ["ransomware"], ["x_twcert_category": "ddos"])]).category == .ddos)
        let error = try #require(decode([Self.incident("incident--1", ["x_twcert_category": "worm"])]).failure)
        #expect(error.path.description == "objects[0].x_twcert_category")
        #expect(error.reason.en.contains("\"worm\" is not one of"))
    }

    @Test func withoutAnyHintTheCategoryIsOther() throws {
        #expect(try onlyDraft([Self.incident()]).category == .other)
    }

    // MARK: TLP

    @Test(arguments: [
        ("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", TrafficLightProtocol.white),
        ("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", .green),
        ("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", .amber),
        ("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", .red),
        ("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", .clear),
        ("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", .green),
        ("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", .amber),
        ("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", .amberStrict),
        ("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", .red),
    ])
    func predefinedMarkings(id: String, tlp: TrafficLightProtocol) throws {
        #expect(TrafficLightProtocol.fromStixMarking(id: id) == tlp)
        #expect(try onlyDraft([Self.incident("incident--1", ["object_marking_refs": [.string(id)]])]).tlp == tlp)
    }

    @Test func markingDefinitionObjectsInTheBundle() throws {
        let tlp1: JSONValue = ["type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--a1",
                               "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp", "definition": ["tlp": "amber"]]
        let tlp2: JSONValue = ["type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--b2",
                               "created": "2022-10-01T00:00:00Z", "name": "TLP:AMBER+STRICT"]
        let clear: JSONValue = ["type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--c3",
                                "created": "2022-10-01T00:00:00Z", "name": "tlp:clear"]
        let statement: JSONValue = ["type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--d4",
                                    "created": "2022-10-01T00:00:00Z", "definition_type": "statement",
                                    "definition": ["statement": "Copyright"]]
        func tlp(_ refs: [String]) throws -> TrafficLightProtocol? {
            try onlyDraft([tlp1, tlp2, clear, statement,
                           Self.incident("incident--1", ["object_marking_refs": .array(refs.map(JSONValue.string))])]).tlp
        }
        #expect(try tlp(["marking-definition--a1"]) == .amber)
        #expect(try tlp(["marking-definition--b2"]) == .amberStrict)
        #expect(try tlp(["marking-definition--c3"]) == .clear)
        #expect(try tlp(["marking-definition--d4"]) == nil)
        #expect(try tlp(["marking-definition--not-in-bundle"]) == nil)
        #expect(try tlp([]) == nil)
    }

    @Test(arguments: [
        (["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"],
         TrafficLightProtocol.red),
        (["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"], .red),
        (["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"],
         .amberStrict),
        (["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"], .green),
        (["marking-definition--statement", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"], .amber),
    ])
    func mostRestrictiveMarkingWins(refs: [String], tlp: TrafficLightProtocol) throws {
        #expect(try onlyDraft([Self.incident("incident--1", ["object_marking_refs": .array(refs.map(JSONValue.string))])]).tlp == tlp)
    }

    // MARK: Indicators

    @Test func relatedIndicatorPatternsAreAttached() throws {
        let draft = try onlyDraft([
            Self.incident(),
            Self.indicator("indicator--a", "[ipv4-addr:value = '198.51.100.1' OR domain-name:value = 'evil.example']"),
            Self.relationship("relationship--1", "indicator--a", "incident--1"),
        ])
        #expect(draft.indicators == [Indicator(kind: .ipv4, value: "198.51.100.1"), Indicator(kind: .domain, value: "evil.example")])
    }

    @Test func relationshipsWorkInEitherDirection() throws {
        let draft = try onlyDraft([
            Self.incident(),
            Self.indicator("indicator--a", "[url:value = 'http://evil.example/a']"),
            Self.relationship("relationship--1", "incident--1", "indicator--a"),
        ])
        #expect(draft.indicators == [Indicator(kind: .url, value: "http://evil.example/a")])
    }

    @Test func sightingsAndObservedDataAttachThroughTheIndicator() throws {
        let batch = try #require(decode([
            Self.incident(),
            Self.indicator("indicator--a", "[ipv4-addr:value = '203.0.113.5']"),
            Self.observable("ipv4-addr", "ipv4-addr--x", "203.0.113.5"),
            Self.observable("domain-name", "domain-name--y", "c2.evil.example"),
            Self.observedData("observed-data--o", refs: ["ipv4-addr--x", "domain-name--y"], first: "2026-03-01T22:14:07Z"),
            Self.sighting("sighting--s", of: "indicator--a", observed: ["observed-data--o"], firstSeen: "2026-03-01T23:00:00Z"),
            Self.relationship("relationship--1", "indicator--a", "incident--1"),
        ]).value)
        #expect(batch.remarks.isEmpty, "\(batch.remarks.map(\.en))")
        let draft = try #require(batch.drafts.first)
        // The pattern's ipv4 and the observed one are the same indicator: kept once.
        #expect(draft.indicators == [Indicator(kind: .ipv4, value: "203.0.113.5"), Indicator(kind: .domain, value: "c2.evil.example")])
        #expect(draft.occurredAt == instant("2026-03-01T22:14:07Z"))
    }

    @Test func aSightingRelatedToTheIncidentBringsItsIndicator() throws {
        let batch = try #require(decode([
            Self.incident(),
            Self.indicator("indicator--a", "[domain-name:value = 'evil.example']"),
            Self.sighting("sighting--s", of: "indicator--a", firstSeen: "2026-03-01T20:00:00Z"),
            Self.relationship("relationship--1", "sighting--s", "incident--1"),
        ]).value)
        #expect(batch.remarks.isEmpty, "\(batch.remarks.map(\.en))")
        #expect(batch.drafts.first?.indicators == [Indicator(kind: .domain, value: "evil.example")])
        #expect(batch.drafts.first?.occurredAt == instant("2026-03-01T20:00:00Z"))
    }

    @Test func observedDataAndObservablesRelatedDirectly() throws {
        let sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        let file: JSONValue = ["type": "file", "spec_version": "2.1", "id": "file--f", "hashes": ["SHA-256": .string(sha)]]
        let draft = try onlyDraft([
            Self.incident(),
            file,
            Self.observable("ipv6-addr", "ipv6-addr--v", "2001:db8::77"),
            Self.observedData("observed-data--o", refs: ["file--f"], first: "2026-03-01T12:00:00Z",
                              embedded: ["0": ["type": "url", "value": "http://evil.example/payload"]]),
            Self.relationship("relationship--1", "observed-data--o", "incident--1"),
            Self.relationship("relationship--2", "incident--1", "ipv6-addr--v"),
        ])
        #expect(Set(draft.indicators) == [Indicator(kind: .sha256, value: sha), Indicator(kind: .url, value: "http://evil.example/payload"),
                                          Indicator(kind: .ipv6, value: "2001:db8::77")])
        #expect(draft.indicators.count == 3)
        #expect(draft.occurredAt == instant("2026-03-01T12:00:00Z"))
    }

    @Test func theEarliestObservationIsTheOccurrence() throws {
        let draft = try onlyDraft([
            Self.incident(),
            Self.observedData("observed-data--late", refs: [], first: "2026-03-02T00:30:00Z"),
            Self.observedData("observed-data--early", refs: [], first: "2026-03-01T21:00:00Z"),
            Self.relationship("relationship--1", "observed-data--late", "incident--1"),
            Self.relationship("relationship--2", "observed-data--early", "incident--1"),
        ])
        #expect(draft.occurredAt == instant("2026-03-01T21:00:00Z"))
    }

    @Test func unsupportedAndForeignPatternsAreKeptVerbatim() throws {
        let draft = try onlyDraft([
            Self.incident(),
            Self.indicator("indicator--a", "[file:name = 'evil.exe']"),
            Self.indicator("indicator--b", "alert tcp any any -> any 443 (msg:\"x\";)", type: "snort"),
            Self.indicator("indicator--c", "[ipv4-addr:value = '1.2.3.4']", type: "sigma"),
            Self.relationship("relationship--1", "indicator--a", "incident--1"),
            Self.relationship("relationship--2", "indicator--b", "incident--1"),
            Self.relationship("relationship--3", "indicator--c", "incident--1"),
        ])
        #expect(Set(draft.indicators) == [
            Indicator(kind: .stixPattern, value: "[file:name = 'evil.exe']"),
            Indicator(kind: .stixPattern, value: "alert tcp any any -> any 443 (msg:\"x\";)"),
            Indicator(kind: .stixPattern, value: "[ipv4-addr:value = '1.2.3.4']"),
        ])
    }

    @Test func anIndicatorRelatedToNoIncidentGivesARemark() throws {
        let batch = try #require(decode([
            Self.incident(),
            Self.indicator("indicator--lonely", "[ipv4-addr:value = '192.0.2.9']"),
        ]).value)
        #expect(batch.drafts.count == 1)
        #expect(batch.drafts.first?.indicators == [])
        #expect(batch.remarks.map(\.en) == ["1 indicator/observed-data/sighting object(s) relate to no incident and were not attached"])
        #expect(batch.remarks.map(\.zh) == ["1 個 indicator/observed-data/sighting 物件與任何事件無關，未附加"])

        let two = try #require(decode([
            Self.incident(),
            Self.indicator("indicator--lonely", "[ipv4-addr:value = '192.0.2.9']"),
            Self.sighting("sighting--lonely", of: "indicator--lonely"),
        ]).value)
        #expect(two.remarks.map(\.en) == ["2 indicator/observed-data/sighting object(s) relate to no incident and were not attached"])
    }

    @Test func aBundleWithoutIncidentsSaysSo() throws {
        let batch = try #require(decode([Self.identity("identity--1", "Example CERT")]).value)
        #expect(batch.drafts.isEmpty)
        #expect(batch.remarks.map(\.en) == ["the bundle holds no incident object"])
        let empty = try #require(decode([]).value)
        #expect(empty.drafts.isEmpty)
        #expect(empty.remarks.map(\.en) == ["the bundle holds no incident object"])
    }

    @Test func severalIncidentsKeepBundleOrderAndTheirOwnIndicators() throws {
        let batch = try #require(decode([
            Self.incident("incident--b", ["name": "second"]),
            Self.indicator("indicator--1", "[ipv4-addr:value = '192.0.2.1']"),
            Self.incident("incident--a", ["name": "first"]),
            Self.indicator("indicator--2", "[ipv4-addr:value = '192.0.2.2']"),
            Self.relationship("relationship--1", "indicator--1", "incident--b"),
            Self.relationship("relationship--2", "indicator--2", "incident--a"),
        ]).value)
        #expect(batch.drafts.map(\.source.id) == ["incident--b", "incident--a"])
        #expect(batch.drafts.map(\.indicators) == [[Indicator(kind: .ipv4, value: "192.0.2.1")], [Indicator(kind: .ipv4, value: "192.0.2.2")]])
    }

    @Test func tooManyRelatedIndicatorsAreRefused() throws {
        var objects = [Self.incident()]
        for n in 0...FieldLimits.indicatorsPerIncident {
            objects.append(Self.observable("ipv4-addr", "ipv4-addr--\(n)", "10.\(n / 256 % 256).\(n % 256).1"))
            objects.append(Self.relationship("relationship--\(n)", "ipv4-addr--\(n)", "incident--1"))
        }
        let error = try #require(decode(objects).failure)
        #expect(error.path.description == "objects[0].id")
        #expect(error.reason.en == "relates to 1001 indicators; the limit is 1000")
        // One fewer is fine.
        #expect(try #require(decode(Array(objects.dropLast(2))).value).drafts.first?.indicators.count == 1_000)
    }

    @Test func anOverlongRelatedIndicatorIsRefused() throws {
        let long = "http://evil.example/" + String(repeating: "a", count: FieldLimits.indicatorValue)
        let error = try #require(decode([
            Self.incident(), Self.observable("url", "url--1", long), Self.relationship("relationship--1", "url--1", "incident--1"),
        ]).failure)
        #expect(error.path.description == "objects[0].id")
        #expect(error.reason.en.contains("longer than 2048 characters"))
    }

    // MARK: Times and agency

    @Test func timesFallBackAsDocumented() throws {
        // No report, nothing observed: aware = reported = created, no occurrence.
        let plain = try onlyDraft([Self.incident()])
        #expect(plain.awareAt == instant(Self.created))
        #expect(plain.reportedAt == instant(Self.created))
        #expect(plain.occurredAt == nil)
        // The earliest published report listing the incident; reports not listing it do not count.
        let reported = try onlyDraft([
            Self.incident(),
            Self.report("report--late", refs: ["incident--1"], published: "2026-03-02T03:00:00Z"),
            Self.report("report--early", refs: ["incident--1"], published: "2026-03-02T02:00:00Z"),
            Self.report("report--other", refs: ["incident--2"], published: "2026-03-02T01:30:00Z"),
        ])
        #expect(reported.reportedAt == instant("2026-03-02T02:00:00Z"))
    }

    @Test func twcertTimesWin() throws {
        let draft = try onlyDraft([
            Self.incident("incident--1", ["x_twcert_occurred_at": "2026-03-02T08:00:00+08:00",
                                          "x_twcert_aware_at": "2026-03-02T08:30:00+08:00",
                                          "x_twcert_reported_at": "2026-03-02T08:45:00+08:00"]),
            Self.report("report--1", refs: ["incident--1"], published: "2026-03-02T03:00:00Z"),
            Self.observedData("observed-data--o", refs: [], first: "2026-03-01T00:00:00Z"),
            Self.relationship("relationship--1", "observed-data--o", "incident--1"),
        ])
        #expect(draft.occurredAt == instant("2026-03-02T00:00:00Z"))
        #expect(draft.awareAt == instant("2026-03-02T00:30:00Z"))
        #expect(draft.reportedAt == instant("2026-03-02T00:45:00Z"))
    }

    @Test func twcertTimesAreChecked() throws {
        let error = try #require(decode([Self.incident("incident--1", ["x_twcert_aware_at": "2026-03-02 08:30"])]).failure)
        #expect(error.path.description == "objects[0].x_twcert_aware_at")
        #expect(error.reason.en.contains("has no UTC offset"))
        // Occurred after the awareness (here the incident's `created`): refused, and the error
        // names a property the object has.
        let order = try #require(decode([Self.incident("incident--1", ["x_twcert_occurred_at": "2026-03-02T02:00:00Z"])]).failure)
        #expect(order.reason.en.contains("awareness cannot come before the incident occurred"))
        #expect(["objects[0].x_twcert_occurred_at", "objects[0].created"].contains(order.path.description),
                "path was \(order.path)")
        let given = try #require(decode([Self.incident("incident--1", ["x_twcert_occurred_at": "2026-03-02T02:00:00Z",
                                                                       "x_twcert_aware_at": "2026-03-02T01:30:00Z"])]).failure)
        #expect(given.path.description == "objects[0].x_twcert_aware_at")
    }

    /// A sighting first seen after the incident object was created is ordinary (the activity
    /// went on). The occurrence is derived, not stated, so it must not make the bundle fail with
    /// an error about an `x_twcert_aware_at` the sender never wrote.
    @Test func aLaterSightingDoesNotRejectTheBundle() throws {
        let batch = decode([
            Self.incident(),
            Self.indicator("indicator--a", "[ipv4-addr:value = '198.51.100.1']"),
            Self.sighting("sighting--s", of: "indicator--a", firstSeen: "2026-03-02T03:00:00Z"),
            Self.relationship("relationship--1", "indicator--a", "incident--1"),
        ])
        let draft = try #require(batch.value?.drafts.first, "refused: \(batch.failure.map { "\($0.path): \($0.reason.en)" } ?? "")")
        #expect(draft.awareAt == instant(Self.created))
        #expect(draft.occurredAt.map { $0 <= draft.awareAt } ?? true)
    }

    /// An incident created in the future is refused; the error names the property that holds
    /// the time (`created`), not an `x_twcert_aware_at` that is not in the object.
    @Test func aFutureCreatedTimeIsReportedAtCreated() throws {
        let future = ISO8601.utcString(deskNow.adding(seconds: 3_600))
        let error = try #require(decode([Self.incident("incident--1", ["created": .string(future), "modified": .string(future)])]).failure)
        #expect(error.reason.en.contains("is in the future"))
        #expect(error.path.description == "objects[0].created")
    }

    @Test func agencyComesFromTheBestSourceAvailable() throws {
        let own = try onlyDraft([Self.incident("incident--1", ["x_twcert_agency": "彰化縣衛生局", "created_by_ref": "identity--c"]),
                                 Self.identity("identity--c", "Sender CERT")])
        #expect(own.agency == "彰化縣衛生局")
        let related = try onlyDraft([Self.incident("incident--1", ["created_by_ref": "identity--c"]),
                                     Self.identity("identity--c", "Sender CERT"), Self.identity("identity--v", "南投縣政府稅務局"),
                                     Self.relationship("relationship--1", "incident--1", "identity--v")])
        #expect(related.agency == "南投縣政府稅務局")
        let creator = try onlyDraft([Self.incident("incident--1", ["created_by_ref": "identity--c"]),
                                     Self.identity("identity--c", "Sender CERT")])
        #expect(creator.agency == "Sender CERT")
        #expect(try onlyDraft([Self.incident()]).agency == "unknown sender")
    }

    @Test func anOverlongAgencyIsRefused() throws {
        let long = String(repeating: "機", count: FieldLimits.agency + 1)
        let own = try #require(decode([Self.incident("incident--1", ["x_twcert_agency": .string(long)])]).failure)
        #expect(own.path.description == "objects[0].x_twcert_agency")
        #expect(own.reason.en == "is 201 characters long; the limit is 200")
    }

    /// FieldLimits: "anything longer is refused, never cut". An identity's name is the agency's
    /// name as received, so it must not be silently shortened either.
    @Test func anOverlongIdentityNameIsNotSilentlyCut() throws {
        let long = String(repeating: "機", count: FieldLimits.agency + 50)
        let result = decode([Self.incident("incident--1", ["created_by_ref": "identity--c"]), Self.identity("identity--c", long)])
        if let draft = result.value?.drafts.first {
            #expect(draft.agency.count == long.count, "the agency was cut to \(draft.agency.count) characters")
        }
    }

    @Test func titleDescriptionAndExercise() throws {
        let draft = try onlyDraft([Self.incident("incident--1", ["name": "網站遭置換\u{1B}[2J", "description": "詳細\u{202E}說明",
                                                                 "x_twcert_exercise": true])])
        #expect(draft.title == "網站遭置換\u{1B}[2J")
        #expect(draft.description == "詳細\u{202E}說明")
        #expect(draft.exercise)
        #expect(draft.source == IncidentSource(kind: .stix, id: "incident--1", file: "b.json"))
        let long = try #require(decode([Self.incident("incident--1", ["name": .string(String(repeating: "x", count: 501))])]).failure)
        #expect(long.path.description == "objects[0].name")
    }

    // MARK: Structure errors

    struct Broken: Sendable, CustomTestStringConvertible {
        let name: String
        let objects: [JSONValue]
        let path: String
        let reason: String
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        .init(name: "incident without name", objects: [identity("identity--1", "x"), incident("incident--1", ["name": nil])],
              path: "objects[1].name", reason: "is required for a STIX 2.1 incident"),
        .init(name: "incident with a blank name", objects: [incident("incident--1", ["name": "  "])],
              path: "objects[0].name", reason: "is empty"),
        .init(name: "indicator without pattern", objects: [incident(), indicator("indicator--a", "x", ["pattern": nil])],
              path: "objects[1].pattern", reason: "is required for a STIX 2.1 indicator"),
        .init(name: "indicator without valid_from", objects: [incident(), indicator("indicator--a", "x", ["valid_from": nil])],
              path: "objects[1].valid_from", reason: "is required"),
        .init(name: "sighting without sighting_of_ref",
              objects: [incident(), editing(sighting("sighting--s", of: "indicator--a"), ["sighting_of_ref": nil])],
              path: "objects[1].sighting_of_ref", reason: "is required for a STIX 2.1 sighting"),
        .init(name: "relationship without target_ref",
              objects: [incident(), editing(relationship("relationship--r", "incident--1", "x--1"), ["target_ref": nil])],
              path: "objects[1].target_ref", reason: "is required for a STIX 2.1 relationship"),
        .init(name: "observed-data without first_observed",
              objects: [incident(), editing(observedData("observed-data--o", refs: [], first: created), ["first_observed": nil])],
              path: "objects[1].first_observed", reason: "is required for a STIX 2.1 observed-data"),
        .init(name: "incident without created", objects: [incident("incident--1", ["created": nil])],
              path: "objects[0].created", reason: "is required"),
        .init(name: "a bad created time", objects: [incident("incident--1", ["created": "2026-02-30T00:00:00Z"])],
              path: "objects[0].created", reason: "has no day 30"),
        .init(name: "a bad first_seen", objects: [incident(), editing(sighting("sighting--s", of: "indicator--a"), ["first_seen": "soon"])],
              path: "objects[1].first_seen", reason: "\"soon\" is not an ISO 8601 time"),
        .init(name: "object without type", objects: [incident(), ["id": "indicator--x"]], path: "objects[1].type", reason: "is required"),
        .init(name: "object without id", objects: [incident(), ["type": "identity"]], path: "objects[1].id", reason: "is required"),
        .init(name: "id of another type", objects: [incident("indicator--1")], path: "objects[0].id",
              reason: "\"indicator--1\" does not start with \"incident--\""),
        .init(name: "object that is not an object", objects: [incident(), "incident--1"], path: "objects[1]",
              reason: "expected an object, found a string"),
        .init(name: "wrong spec_version", objects: [incident("incident--1", ["spec_version": "2.0"])],
              path: "objects[0].spec_version", reason: "only STIX 2.1 is read"),
        .init(name: "spec_version missing", objects: [incident("incident--1", ["spec_version": nil])],
              path: "objects[0].spec_version", reason: "is required"),
    ]

    @Test("broken bundles name the property", arguments: broken)
    func brokenBundle(_ row: Broken) throws {
        let error = try #require(decode(row.objects).failure)
        #expect(error.path.description == row.path)
        #expect(error.reason.en.contains(row.reason), "reason was: \(error.reason.en)")
    }

    @Test(arguments: ["bundle-1", "incident--1", "BUNDLE--1", ""])
    func bundleIDsStartWithBundle(id: String) throws {
        let error = try #require(decode([Self.incident()], id: id).failure)
        #expect(error.path.description == "id")
        #expect(error.reason.en == (id.isEmpty ? "is empty" : "a bundle id starts with bundle--"))
    }

    @Test func objectsMustBeAnArray() throws {
        do {
            _ = try StixBundleDecoder(now: deskNow, fileLabel: "b").decode(["type": "bundle", "id": "bundle--1", "objects": [:]],
                                                                           at: JSONPath())
            Issue.record("an objects object was accepted")
        } catch {
            #expect(error.path.description == "objects")
            #expect(error.reason.en == "expected an array, found an object")
        }
    }

    // MARK: Versions

    @Test func theLatestModifiedVersionWins() throws {
        let old = Self.incident("incident--1", ["name": "old", "modified": "2026-03-02T01:10:00Z"])
        let new = Self.incident("incident--1", ["name": "new", "modified": "2026-03-02T02:00:00Z"])
        #expect(try onlyDraft([old, new]).title == "new")
        #expect(try onlyDraft([new, old]).title == "new")
        // The same modified time: the first one read stays.
        let same = Self.incident("incident--1", ["name": "same time", "modified": "2026-03-02T01:10:00Z"])
        #expect(try onlyDraft([old, same]).title == "old")
        // Versions of an indicator too.
        let draft = try onlyDraft([
            Self.incident(),
            Self.indicator("indicator--a", "[ipv4-addr:value = '192.0.2.1']", ["modified": "2026-03-02T01:20:00Z"]),
            Self.indicator("indicator--a", "[ipv4-addr:value = '192.0.2.2']", ["modified": "2026-03-02T01:30:00Z"]),
            Self.relationship("relationship--1", "indicator--a", "incident--1"),
        ])
        #expect(draft.indicators == [Indicator(kind: .ipv4, value: "192.0.2.2")])
    }

    /// An error in the winning version must point at that version's place in `objects`, or the
    /// officer fixes the wrong object.
    @Test func anErrorInTheLatestVersionPointsAtThatVersion() throws {
        let old = Self.incident("incident--1", ["modified": "2026-03-02T01:10:00Z"])
        let new = Self.incident("incident--1", ["modified": "2026-03-02T02:00:00Z", "spec_version": "2.0"])
        let error = try #require(decode([old, Self.identity("identity--1", "x"), new]).failure)
        #expect(error.reason.en == "only STIX 2.1 is read")
        #expect(error.path.description == "objects[2].spec_version")
    }

    // MARK: Through the reader

    @Test func bundleErrorsNameTheLineOfTheObject() throws {
        let objects = [Self.identity("identity--1", "x"), Self.incident(), Self.indicator("indicator--a", "x", ["pattern": nil])]
        let text = "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[\n"
            + objects.map(line).joined(separator: ",\n") + "]}\n"
        let problem = try #require(ingest(text).failure)
        #expect(problem.line == 4)
        #expect(problem.column == nil)
        #expect(problem.path?.description == "objects[2].pattern")
    }

    @Test func bundlesInAnArrayGetTheirIndexInThePath() throws {
        let text = "[" + line(Self.bundle([Self.incident()])) + ",\n" + line(Self.bundle([Self.incident("incident--2", ["name": nil])])) + "]"
        let problem = try #require(ingest(text).failure)
        #expect(problem.path?.description == "[1].objects[0].name")
        #expect(problem.line == 2)
    }
}
