extension DeskState {
    /// The directory's entry for `incident`'s agency: the one it was matched to when it arrived,
    /// else, for a directory imported since, the one of its name now (the lowest id, as the
    /// match on arrival chooses).
    public func agency(of incident: Incident) -> Agency? {
        if let id = incident.agencyID, let agency = agencies[id] { return agency }
        return agencies.values.filter { $0.name == incident.agency }.min { $0.id < $1.id }
    }
}
