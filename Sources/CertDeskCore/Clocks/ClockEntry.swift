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
