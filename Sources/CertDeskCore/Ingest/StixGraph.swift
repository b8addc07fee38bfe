/// The objects of one STIX bundle indexed by id, with the links that matter for attaching
/// indicators to incidents: relationships (either direction), sightings (of an indicator, with
/// observed data) and observed data (its cyber-observable objects).
struct StixGraph {
    struct Object {
        /// Where it stands in the bundle's `objects`, for error paths.
        let index: Int
        let id: String
        let type: String
        let value: JSONValue
    }

    /// What one related object contributes to an incident.
    struct Contribution {
        let object: Object
        /// Every object reached through `object` (its sightings, their observed data, ...).
        let reached: [String]
        let indicators: [Indicator]
        let firstObserved: Instant?
    }

    private(set) var objects: [String: Object] = [:]
    /// Incident objects with their index in `objects[]`, in bundle order.
    private(set) var incidents: [(Int, Object)] = []
    private var neighbours: [String: [String]] = [:]
    private var sightingsOf: [String: [String]] = [:]

    init(objects list: [JSONValue], path: JSONPath) throws(JSONFieldReader.FieldError) {
        var newest: [String: Instant] = [:]
        for (index, value) in list.enumerated() {
            let r = try JSONFieldReader(value, path: path.appending(index))
            let type = try r.string("type")
            let id = try r.string("id")
            guard id.hasPrefix(type + "--") else {
                throw r.error("id") { $0.stixIDPrefix(TextChecks.quoted(id), prefix: TextChecks.quoted(type + "--")) }
            }
            try Self.checkRequired(type: type, r)
            // A bundle may carry several versions of one object: the latest `modified` wins.
            let modified = try r.optionalInstant("modified")
            if let previous = newest[id], let modified, modified <= previous { continue }
            if let modified { newest[id] = modified }
            let object = Object(index: index, id: id, type: type, value: value)
            if objects[id] == nil, type == "incident" { incidents.append((index, object)) }
            objects[id] = object
        }
        // Errors point at the version that won, not at the first one seen.
        incidents = incidents.map { let winner = objects[$0.1.id]!; return (winner.index, winner) }
        for object in objects.values {
            switch object.type {
            case "relationship":
                if let s = object.value["source_ref"]?.stringValue, let t = object.value["target_ref"]?.stringValue {
                    neighbours[s, default: []].append(t)
                    neighbours[t, default: []].append(s)
                }
            case "sighting":
                if let of = object.value["sighting_of_ref"]?.stringValue { sightingsOf[of, default: []].append(object.id) }
            default: break
            }
        }
    }

    /// The properties STIX 2.1 requires of the objects certdesk reads (cti-stix2-json-schemas).
    private static func checkRequired(type: String, _ r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        let required: [String]
        switch type {
        case "incident": required = ["spec_version", "created", "modified", "name"]
        case "indicator": required = ["spec_version", "created", "modified", "pattern", "pattern_type", "valid_from"]
        case "observed-data": required = ["spec_version", "created", "modified", "first_observed", "last_observed", "number_observed"]
        case "sighting": required = ["spec_version", "created", "modified", "sighting_of_ref"]
        case "relationship": required = ["spec_version", "created", "modified", "relationship_type", "source_ref", "target_ref"]
        default: required = []
        }
        for key in required where !r.has(key) {
            throw r.error(key) { $0.stixPropertyRequired(type: type) }
        }
        for key in ["created", "modified", "first_observed", "last_observed", "valid_from", "first_seen"] where r.has(key) {
            _ = try r.instant(key)
        }
    }

    /// Objects directly related to `incidentID`, each with the indicators it carries: an
    /// indicator's own pattern and what its sightings observed; a sighting's indicator and
    /// observed data; observed data's observables; an observable itself.
    func related(to incidentID: String) -> [Contribution] {
        var out: [Contribution] = []
        var visited = Set<String>()
        for id in neighbours[incidentID, default: []] where visited.insert(id).inserted {
            guard let object = objects[id] else { continue }
            var indicators: [Indicator] = []
            var first: Instant? = nil
            var reached = [id]
            switch object.type {
            case "indicator":
                indicators += patternIndicators(object)
                for sighting in sightingsOf[id, default: []].compactMap({ objects[$0] }) {
                    collect(sighting: sighting, includeIndicator: false, &indicators, &first, &reached)
                }
            case "sighting":
                collect(sighting: object, includeIndicator: true, &indicators, &first, &reached)
            case "observed-data":
                collect(observedData: object, &indicators, &first, &reached)
            default:
                if let indicator = StixPattern.indicator(fromObservable: object.value) { indicators.append(indicator) }
            }
            if object.type == "indicator" || object.type == "sighting" || object.type == "observed-data" || !indicators.isEmpty {
                out.append(Contribution(object: object, reached: reached, indicators: indicators, firstObserved: first))
            }
        }
        return out
    }

    private func patternIndicators(_ indicator: Object) -> [Indicator] {
        guard let pattern = indicator.value["pattern"]?.stringValue else { return [] }
        guard indicator.value["pattern_type"]?.stringValue == "stix" else {
            return [Indicator(kind: .stixPattern, value: pattern)]
        }
        return StixPattern.indicators(in: pattern)
    }

    private func collect(sighting: Object, includeIndicator: Bool, _ indicators: inout [Indicator], _ first: inout Instant?,
                         _ reached: inout [String]) {
        reached.append(sighting.id)
        if includeIndicator, let of = sighting.value["sighting_of_ref"]?.stringValue, let indicator = objects[of],
           indicator.type == "indicator" {
            indicators += patternIndicators(indicator)
            reached.append(indicator.id)
        }
        earliest(sighting.value["first_seen"], &first)
        for case .string(let ref) in sighting.value["observed_data_refs"]?.arrayValue ?? [] {
            if let observed = objects[ref] { collect(observedData: observed, &indicators, &first, &reached) }
        }
    }

    private func collect(observedData: Object, _ indicators: inout [Indicator], _ first: inout Instant?,
                         _ reached: inout [String]) {
        reached.append(observedData.id)
        earliest(observedData.value["first_observed"], &first)
        for case .string(let ref) in observedData.value["object_refs"]?.arrayValue ?? [] {
            if let observable = objects[ref], let indicator = StixPattern.indicator(fromObservable: observable.value) {
                indicators.append(indicator)
            }
        }
        // STIX 2.0-style embedded observables (deprecated in 2.1 but still sent).
        for observable in observedData.value["objects"]?.objectValue?.values.map({ $0 }) ?? [] {
            if let indicator = StixPattern.indicator(fromObservable: observable) { indicators.append(indicator) }
        }
    }

    private func earliest(_ value: JSONValue?, _ first: inout Instant?) {
        guard let text = value?.stringValue, let t = try? ISO8601.parse(text) else { return }
        if first == nil || t < first! { first = t }
    }

    /// The earliest `published` of a report listing the incident, ignoring reports dated after
    /// `notAfter` (a sender's clock running ahead must not move a legal clock).
    func publishedReportTime(listing incidentID: String, notAfter: Instant) -> Instant? {
        objects.values
            .filter { $0.type == "report" && ($0.value["object_refs"]?.arrayValue ?? []).contains(.string(incidentID)) }
            .compactMap { $0.value["published"]?.stringValue.flatMap { try? ISO8601.parse($0) } }
            .filter { $0 <= notAfter }
            .min()
    }

    /// An identity related to the incident (the victim organisation), lowest bundle index first.
    func relatedIdentity(of incidentID: String) -> Object? {
        neighbours[incidentID, default: []].compactMap { objects[$0] }
            .filter { $0.type == "identity" }.min { $0.index < $1.index }
    }

    /// The most restrictive TLP among the object's markings, whether predefined ids or
    /// marking-definition objects in the bundle (`definition_type: tlp`, or TLP 2.0 names).
    func tlp(of value: JSONValue) -> TrafficLightProtocol? {
        var best: TrafficLightProtocol? = nil
        for case .string(let ref) in value["object_marking_refs"]?.arrayValue ?? [] {
            var found = TrafficLightProtocol.fromStixMarking(id: ref)
            if found == nil, let marking = objects[ref]?.value {
                if let tlp = marking["definition"]?["tlp"]?.stringValue { found = TrafficLightProtocol(rawValue: tlp.lowercased()) }
                if let name = marking["name"]?.stringValue, name.uppercased().hasPrefix("TLP:") {
                    found = found ?? TrafficLightProtocol(rawValue: String(name.dropFirst(4)).lowercased())
                }
            }
            if let found, best == nil || found.restrictiveness > best!.restrictiveness { best = found }
        }
        return best
    }
}
