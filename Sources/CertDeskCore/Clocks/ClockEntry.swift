/// One legal clock with the incident it runs for, as the desk-wide clock view lists it.
public struct ClockEntry: Hashable, Sendable {
    public var incidentID: String
    public var title: String
    public var agency: String
    public var level: IncidentLevel?
    public var exercise: Bool
    public var obligation: Obligation

    public init(incidentID: String, title: String, agency: String, level: IncidentLevel?, exercise: Bool, obligation: Obligation) {
        self.incidentID = incidentID
        self.title = title
        self.agency = agency
        self.level = level
        self.exercise = exercise
        self.obligation = obligation
    }
}

extension ClockEntry {
    /// The clock list of `incidents` in its one order: due first, then incident, kind and
    /// ordinal; the pending clocks, or all of them with `includeSettled`. `DeskStore.clocks`
    /// reads this order off its tables; this is it over a desk folded from the journal (the
    /// desk as it was, `--as-of`).
    public static func list(_ incidents: some Sequence<Incident>, includeSettled: Bool) -> [ClockEntry] {
        incidents.flatMap { incident in
            incident.obligations.filter { includeSettled || $0.isPending }.map {
                ClockEntry(incidentID: incident.id, title: incident.title, agency: incident.agency, level: incident.level,
                           exercise: incident.exercise, obligation: $0)
            }
        }.sorted {
            ($0.obligation.dueAt, $0.incidentID, $0.obligation.kind.rawValue, $0.obligation.ordinal)
                < ($1.obligation.dueAt, $1.incidentID, $1.obligation.kind.rawValue, $1.obligation.ordinal)
        }
    }
}
