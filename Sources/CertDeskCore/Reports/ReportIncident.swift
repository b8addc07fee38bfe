/// What the monthly report needs of one incident, read from the projections of the journal
/// (the store fills it column by column; nothing here is derived by the reader).
public struct ReportIncident: Hashable, Sendable {
    public var id: String
    /// 知悉: the month it counts in, and where every time figure counts from (the 1-hour
    /// clock does too). Not the time it reached the desk: a year of old tickets imported today
    /// belongs to the months they happened in.
    public var awareAt: Instant
    public var level: IncidentLevel?
    public var category: IncidentCategory
    public var exercise: Bool
    /// The reporting agency's name as received.
    public var agency: String
    /// The agency's type and county from the directory, when the directory has the agency.
    public var agencyType: String?
    public var county: String?
    public var closedAt: Instant?
    public var obligations: [Obligation]
    public var indicators: [Indicator]

    public init(id: String, awareAt: Instant, level: IncidentLevel?, category: IncidentCategory,
                exercise: Bool, agency: String, agencyType: String?, county: String?, closedAt: Instant?,
                obligations: [Obligation], indicators: [Indicator]) {
        self.id = id
        self.awareAt = awareAt
        self.level = level
        self.category = category
        self.exercise = exercise
        self.agency = agency
        self.agencyType = agencyType
        self.county = county
        self.closedAt = closedAt
        self.obligations = obligations
        self.indicators = indicators
    }
}

/// The little a trend line needs of incidents: `count` of them aware on the Taipei day of
/// `awareAt`, of one level, category and kind (real or exercise). The store reads a year of them
/// grouped so (a few thousand rows for a hundred thousand incidents); one incident is a count of 1.
/// Only the month before is compared by category: elsewhere the store may leave `category` nil.
public struct IncidentTally: Hashable, Sendable {
    public var awareAt: Instant
    public var level: IncidentLevel?
    public var category: IncidentCategory?
    public var exercise: Bool
    public var count: Int

    public init(awareAt: Instant, level: IncidentLevel?, category: IncidentCategory?, exercise: Bool, count: Int = 1) {
        self.awareAt = awareAt
        self.level = level
        self.category = category
        self.exercise = exercise
        self.count = count
    }
}

extension ReportIncident {
    /// The facts of an incident already folded (a replay's moment, a test's desk).
    public init(_ incident: Incident, agency: Agency?) {
        self.init(id: incident.id, awareAt: incident.awareAt, level: incident.level,
                  category: incident.category, exercise: incident.exercise, agency: incident.agency,
                  agencyType: agency?.type, county: agency?.county,
                  closedAt: incident.phase == .closed ? incident.closedAt : nil,
                  obligations: incident.obligations, indicators: incident.indicators)
    }
}

extension IncidentTally {
    public init(_ incident: Incident) {
        self.init(awareAt: incident.awareAt, level: incident.level, category: incident.category, exercise: incident.exercise)
    }
}
