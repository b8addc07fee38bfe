/// What the monthly report needs of one incident, read from the projections of the journal
/// (the store fills it column by column; nothing here is derived by the reader).
public struct ReportIncident: Hashable, Sendable {
    public var id: String
    /// When it was reported to the CERT: the month it counts in.
    public var reportedAt: Instant
    /// 知悉: every time figure counts from here (the 1-hour clock does too).
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

    public init(id: String, reportedAt: Instant, awareAt: Instant, level: IncidentLevel?, category: IncidentCategory,
                exercise: Bool, agency: String, agencyType: String?, county: String?, closedAt: Instant?,
                obligations: [Obligation], indicators: [Indicator]) {
        self.id = id
        self.reportedAt = reportedAt
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

/// The little a trend line needs of an incident: its month, level and category.
public struct IncidentTally: Hashable, Sendable {
    public var reportedAt: Instant
    public var level: IncidentLevel?
    public var category: IncidentCategory
    public var exercise: Bool

    public init(reportedAt: Instant, level: IncidentLevel?, category: IncidentCategory, exercise: Bool) {
        self.reportedAt = reportedAt
        self.level = level
        self.category = category
        self.exercise = exercise
    }
}

extension ReportIncident {
    /// The facts of an incident already folded (a replay's moment, a test's desk).
    public init(_ incident: Incident, agency: Agency?) {
        self.init(id: incident.id, reportedAt: incident.reportedAt, awareAt: incident.awareAt, level: incident.level,
                  category: incident.category, exercise: incident.exercise, agency: incident.agency,
                  agencyType: agency?.type, county: agency?.county,
                  closedAt: incident.phase == .closed ? incident.closedAt : nil,
                  obligations: incident.obligations, indicators: incident.indicators)
    }
}

extension IncidentTally {
    public init(_ incident: Incident) {
        self.init(reportedAt: incident.reportedAt, level: incident.level, category: incident.category, exercise: incident.exercise)
    }
}

extension MonthlyReport {
    /// The report from a desk already folded: its incidents of `region` (by id prefix, as the
    /// store selects them) and their agencies.
    public static func build(month: ReportMonth, region: Region, asOf: Instant, state: DeskState) -> MonthlyReport {
        let first = month.adding(months: -(trendMonths - 1)).start
        let ofRegion = state.incidents.values.filter { $0.id.hasPrefix(region.code + "-") && $0.reportedAt >= first && $0.reportedAt < month.end }
        return build(month: month, region: region, asOf: asOf,
                     incidents: ofRegion.filter { month.contains($0.reportedAt) }.map { ReportIncident($0, agency: state.agency(of: $0)) },
                     tallies: ofRegion.map(IncidentTally.init))
    }
}
