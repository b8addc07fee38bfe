/// Reads a STIX 2.1 bundle (OASIS STIX 2.1; ../shared/domain/regulations-and-standards.md §3): each `incident`
/// becomes an incident; `indicator`, `observed-data`, `sighting` and `relationship` objects
/// attach indicators to the incident they relate to; TLP markings are kept.
///
/// Mapping (README, "STIX bundles"): level from `x_twcert_level`, else the Incident Core
/// Extension `criticality` (0–24→1, 25–49→2, 50–74→3, 75–100→4), else unclassified. Awareness is
/// `x_twcert_aware_at`, else the incident's `created`; the report time is `x_twcert_reported_at`,
/// else the `published` of a report that lists the incident, else `created`; occurrence is
/// `x_twcert_occurred_at`, else (when the sender does not state its times in `x_twcert_aware_at`,
/// as certdesk's own bundles do) the earliest `first_observed`/`first_seen` of related sightings
/// and observed data.
public struct StixBundleDecoder: Sendable {
    /// Incident Core Extension v2.0 (draft, 26 March 2023).
    public static let incidentCoreExtension = "extension-definition--ef765651-680c-498d-9894-99799f2fa126"

    public let now: Instant
    public let fileLabel: String

    public init(now: Instant, fileLabel: String) {
        self.now = now
        self.fileLabel = fileLabel
    }

    public typealias FieldError = JSONFieldReader.FieldError

    public func decode(_ value: JSONValue, at path: JSONPath) throws(FieldError) -> IngestBatch {
        let bundle = try JSONFieldReader(value, path: path)
        let bundleID = try bundle.string("id")
        guard bundleID.hasPrefix("bundle--") else {
            throw bundle.error("id") { $0.bundleIDPrefix }
        }
        let objects = try bundle.optionalArray("objects") ?? []
        let graph = try StixGraph(objects: objects, path: path.appending("objects"))
        var batch = IngestBatch()
        var attached = Set<String>()
        for (index, incident) in graph.incidents {
            let draft = try draft(incident, graph: graph, attached: &attached,
                                  path: path.appending("objects").appending(index))
            batch.drafts.append(draft)
        }
        let unattached = graph.objects.values.filter { ["indicator", "observed-data", "sighting"].contains($0.type) && !attached.contains($0.id) }
        if !unattached.isEmpty {
            batch.remarks.append(BilingualText { $0.stixUnattached(unattached.count) })
        }
        if graph.incidents.isEmpty {
            batch.remarks.append(BilingualText { $0.bundleHasNoIncident })
        }
        return batch
    }

    private func draft(_ object: StixGraph.Object, graph: StixGraph, attached: inout Set<String>,
                       path: JSONPath) throws(FieldError) -> IncidentDraft {
        let r = try JSONFieldReader(object.value, path: path)
        guard try r.string("spec_version") == "2.1" else {
            throw r.error("spec_version") { $0.onlySTIX21 }
        }
        let created = try r.instant("created")
        _ = try r.instant("modified")
        let title = try r.string("name", maxLength: FieldLimits.title)
        let ext = try r.optionalObject("extensions")?.optionalObject(Self.incidentCoreExtension)

        let related = graph.related(to: object.id)
        var indicators: [Indicator] = []
        var seen = Set<Indicator>()
        var firstObserved: Instant? = nil
        for item in related {
            attached.formUnion(item.reached)
            for indicator in item.indicators where seen.insert(indicator).inserted { indicators.append(indicator) }
            if let t = item.firstObserved, firstObserved == nil || t < firstObserved! { firstObserved = t }
        }
        guard indicators.count <= FieldLimits.indicatorsPerIncident else {
            throw r.error("id") { $0.tooManyRelatedIndicators(indicators.count, limit: FieldLimits.indicatorsPerIncident) }
        }
        for indicator in indicators where indicator.value.count > FieldLimits.indicatorValue {
            throw r.error("id") { $0.relatedIndicatorTooLong(limit: FieldLimits.indicatorValue) }
        }
        let aware: IncidentTimes.Stated = try r.optionalInstant("x_twcert_aware_at").map { ($0, "x_twcert_aware_at") }
            ?? (created, "created")
        let reported: IncidentTimes.Stated = try r.optionalInstant("x_twcert_reported_at").map { ($0, "x_twcert_reported_at") }
            ?? graph.publishedReportTime(listing: object.id, notAfter: now.adding(milliseconds: TicketDecoder.clockSkewAllowance))
                .map { ($0, "created") } ?? (created, "created")
        // A stated occurrence is checked like any other time; one derived from sightings is a
        // hint only, kept when it fits before awareness and report (activity often goes on after).
        // A sender that states its times (certdesk does) and leaves the occurrence out does not
        // know it: nothing is derived in its place.
        let statesTimes = r.has("x_twcert_aware_at")
        let occurred: IncidentTimes.Stated? = try r.optionalInstant("x_twcert_occurred_at").map { ($0, "x_twcert_occurred_at") }
            ?? (statesTimes ? nil : firstObserved.flatMap { $0 <= aware.time && $0 <= reported.time ? ($0, "first_observed") : nil })
        let times = try IncidentTimes(reader: r, now: now, occurred: occurred, aware: aware, reported: reported)
        return IncidentDraft(
            source: IncidentSource(kind: .stix, id: object.id, file: fileLabel),
            title: title,
            category: try category(r, ext),
            level: try level(r, ext),
            agency: try agency(r, graph: graph, incidentID: object.id, objectsPath: path.dropLast()),
            occurredAt: times.occurred, awareAt: times.aware, reportedAt: times.reported,
            description: try r.optionalString("description", maxLength: FieldLimits.description) ?? "",
            exercise: try r.optionalBool("x_twcert_exercise") ?? false,
            tlp: graph.tlp(of: object.value),
            indicators: indicators)
    }

    private func level(_ r: JSONFieldReader, _ ext: JSONFieldReader?) throws(FieldError) -> IncidentLevel? {
        if r.has("x_twcert_level") { return try TicketDecoder.level(r, "x_twcert_level") }
        guard let ext, let criticality = try ext.optionalInt("criticality") else { return nil }
        guard (0...100).contains(criticality) else {
            throw ext.error("criticality") { $0.criticalityOutOfRange(criticality) }
        }
        switch criticality {
        case 0...24: return .one
        case 25...49: return .two
        case 50...74: return .three
        default: return .four
        }
    }

    /// `x_twcert_category`, else the first Incident Core `incident_types` entry certdesk knows.
    private func category(_ r: JSONFieldReader, _ ext: JSONFieldReader?) throws(FieldError) -> IncidentCategory {
        if let own = try r.optionalEnum("x_twcert_category", IncidentCategory.self) { return own }
        for case .string(let type) in (try ext?.optionalArray("incident_types") ?? []) {
            switch type {
            case "ransomware": return .ransomware
            case "denial-of-service", "ddos": return .ddos
            case "defacement", "website-defacement": return .defacement
            case "data-breach", "data-exfiltration", "data-leak", "exfiltration": return .dataLeak
            case "unauthorized-access", "account-compromise", "intrusion": return .unauthorizedAccess
            case "malware", "malware-infection", "worm": return .malwareOutbreak
            case "command-and-control", "c2": return .c2Beacon
            case "phishing", "social-engineering": return .phishing
            case "spam": return .spam
            default: continue
            }
        }
        return .other
    }

    /// `x_twcert_agency`, else an organisation related to the incident, else the sender.
    private func agency(_ r: JSONFieldReader, graph: StixGraph, incidentID: String,
                        objectsPath: JSONPath) throws(FieldError) -> String {
        if let own = try r.optionalString("x_twcert_agency", maxLength: FieldLimits.agency) { return own }
        let creator = r.members["created_by_ref"]?.stringValue.flatMap { graph.objects[$0] }
        guard let identity = graph.relatedIdentity(of: incidentID) ?? creator else { return "unknown sender" }
        // The name is the agency as received: refused when too long, never cut.
        return try JSONFieldReader(identity.value, path: objectsPath.appending(identity.index))
            .string("name", maxLength: FieldLimits.agency)
    }
}
