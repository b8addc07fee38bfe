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
        guard let region = try region() else { throw DeskError(.inconsistent) { $0.deskHasNoRegion } }
        let started = try read { store throws(StoreError) in try store.recordedAt(1) } ?? clock.now
        var items: [StixExport.Item] = []
        for incident in chosen {
            items.append(StixExport.Item(incident: incident, agency: try read { store throws(StoreError) in try store.agency(of: incident) }))
        }
        return StixExport(region: region, deskStartedAt: started, now: clock.now, tlp: tlp).bundle(items)
    }
}
