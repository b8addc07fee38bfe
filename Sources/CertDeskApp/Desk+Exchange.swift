import CertDeskCore
import CertDeskStore

extension Desk {
    /// The STIX 2.1 bundle of incidents `ids` and, with `since`, of every incident changed since
    /// then (`certdesk export stix`). An unknown id is refused before anything is read.
    public func stixBundle(_ ids: [String], since: Instant?, tlp: TrafficLightProtocol?) throws(DeskError) -> JSONValue {
        var chosen: [Incident] = []
        for id in ids where !chosen.contains(where: { $0.id == id }) { chosen.append(try incident(id)) }
        if let since {
            // Read by the projection's change time: only what changed, not the whole desk.
            chosen += try read { store throws(StoreError) in try store.incidents(changedSince: since) }.filter { !ids.contains($0.id) }
        }
        var items: [StixExport.Item] = []
        for incident in chosen {
            items.append(StixExport.Item(incident: incident, agency: try read { store throws(StoreError) in try store.agency(of: incident) }))
        }
        return try stixExport(tlp: tlp).bundle(items)
    }

    /// The exporter of this desk: its region's CERT identity, created when the desk began (its
    /// first journal row), the same in every export.
    func stixExport(tlp: TrafficLightProtocol?) throws(DeskError) -> StixExport {
        guard let region = try region() else { throw DeskError(.inconsistent) { $0.deskHasNoRegion } }
        let started = try read { store throws(StoreError) in try store.recordedAt(1) } ?? clock.now
        return StixExport(region: region, deskStartedAt: started, now: clock.now, tlp: tlp)
    }
}

extension Desk {
    /// The blocking list of the confirmed incidents (`certdesk export blocklist`).
    public func blocklist(since: Instant?) throws(DeskError) -> Blocklist {
        Blocklist(try read { store throws(StoreError) in try store.blocklistSightings() }, since: since)
    }

    /// The blocking list as a STIX 2.1 bundle of indicators.
    public func blocklistBundle(_ list: Blocklist) throws(DeskError) -> JSONValue {
        try stixExport(tlp: nil).blocklistBundle(list)
    }
}

extension Desk {
    /// Incident `id` told as a case for teaching (`certdesk export case`); `deidentify` replaces
    /// the names the desk knows (the directory's agencies and contacts, everyone in the journal,
    /// the assignee, the notices' recipients) and what the text's shapes and cues show.
    public func teachingCase(_ id: String, deidentify: Bool, language: InterfaceLanguage) throws(DeskError) -> TeachingCase {
        let report = try investigationReport(id)
        guard deidentify else { return TeachingCase.build(report, language: language, pseudonyms: nil) }
        let agencies = try read { store throws(StoreError) in try store.agencies() }
        let actors = try read { store throws(StoreError) in try store.journalActors() }
        let incident = report.incident
        let agencyNames = agencies.flatMap { [$0.name] + ($0.nameEn.map { [$0] } ?? []) } + [incident.agency]
        // A recipient is written `name phone` or `name <address>`: the name is what precedes the first digit or bracket.
        // An acronym (N-CERT, ISAC) is a national body, not a person.
        let recipients = incident.notifications.map { String($0.recipient.prefix { !$0.isNumber && $0 != "<" && $0 != "(" }) }
            .filter { !$0.allSatisfy { $0.isUppercase || $0 == "-" || $0 == " " } }
        let people = agencies.flatMap { $0.contacts.map(\.name) } + actors.filter { $0 != Desk.systemActor } + recipients
            + (incident.assignee.map { [$0] } ?? [])
        let pseudonyms = Pseudonyms(language: language, agencies: agencyNames, people: people)
        return TeachingCase.build(report, language: language, pseudonyms: pseudonyms)
    }
}
