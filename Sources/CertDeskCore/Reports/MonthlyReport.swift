/// The month at a glance (月報): the region's incident statistics in the spirit of the second-line
/// monitoring monthly report (技服中心二線監控月報格式, ../shared/domain/seed-brief.md §3 "Monthly";
/// ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L9534, L19807–19809). A pure
/// reading of the journal's projections: the same desk gives the same report. Exercises (演練)
/// are counted apart and left out of every figure, so a drill never flatters or spoils the month.
public struct MonthlyReport: Equatable, Sendable {
    public var month: ReportMonth
    public var region: Region
    /// The moment the report reads the desk at: a clock still open after its due time by then
    /// counts as overdue.
    public var asOf: Instant
    /// Real incidents of the month (by awareness, 知悉).
    public var incidentsTotal: Int
    /// Exercise incidents of the month (in no other figure).
    public var exercisesTotal: Int
    /// Real incidents of the month before.
    public var previousTotal: Int
    /// Levels 1–4, then unclassified: always five rows, so charts keep their axis.
    public var byLevel: [Count]
    public var byCategory: [Count]
    /// The directory's agency types; `nil` key for an agency the directory does not know.
    public var byAgencyType: [Count]
    public var byCounty: [Count]
    /// One row per clock kind that ran on the month's incidents, in the order of the law.
    public var clocks: [ClockFigures]
    public var times: [TimeFigures]
    public var topIndicators: [IndicatorCount]
    public var topAgencies: [Count]
    /// Twelve months up to and including this one, oldest first.
    public var trend: [TrendMonth]

    /// How many of one thing, this month and the month before.
    public struct Count: Hashable, Sendable {
        /// A level (`1`…`4`), a category, an agency type, a county or an agency name; nil for
        /// "unclassified" (levels) or "not in the directory" (type, county).
        public var key: String?
        public var count: Int
        public var previous: Int?

        public init(key: String?, count: Int, previous: Int? = nil) {
            self.key = key
            self.count = count
            self.previous = previous
        }

        /// This month less the month before, when the month before is counted.
        public var change: Int? { previous.map { count - $0 } }
    }

    /// The legal clocks of one kind on the month's incidents.
    public struct ClockFigures: Hashable, Sendable {
        public var kind: ObligationKind
        public var met: Int
        public var metLate: Int
        public var overdue: Int
        public var waived: Int
        /// Still open and not yet due when the report was read.
        public var running: Int

        public init(kind: ObligationKind, met: Int = 0, metLate: Int = 0, overdue: Int = 0, waived: Int = 0, running: Int = 0) {
            self.kind = kind
            self.met = met
            self.metLate = metLate
            self.overdue = overdue
            self.waived = waived
            self.running = running
        }

        /// Met in time, in percent of the clocks that came due and were not waived (met, met
        /// late, overdue); nil when none did. A waived clock did not apply; a running one has
        /// not been decided yet.
        public var compliancePercent: Double? {
            let decided = met + metLate + overdue
            return decided == 0 ? nil : Double(met) * 100 / Double(decided)
        }
    }

    /// How long from awareness (知悉) to a milestone, over the month's incidents that reached it.
    public struct TimeFigures: Hashable, Sendable {
        public enum Measure: String, CaseIterable, Sendable {
            /// The platform report (通報): the report-platform clock met.
            case notification
            /// Damage control or recovery done (損害控制或復原): the damage-control clock met.
            case containment
            /// Closed (結案).
            case closure
        }

        public var measure: Measure
        /// Incidents that reached the milestone.
        public var count: Int
        /// Nearest-rank median and 90th percentile, in milliseconds (nil when count is 0).
        public var median: Int64?
        public var p90: Int64?

        public init(measure: Measure, count: Int, median: Int64?, p90: Int64?) {
            self.measure = measure
            self.count = count
            self.median = median
            self.p90 = p90
        }
    }

    /// A domain or an IP address and how many of the month's incidents carried it.
    public struct IndicatorCount: Hashable, Sendable {
        public var kind: Indicator.Kind
        public var value: String
        public var incidents: Int

        public init(kind: Indicator.Kind, value: String, incidents: Int) {
            self.kind = kind
            self.value = value
            self.incidents = incidents
        }
    }

    /// One month of the trend line: real incidents by level (index 0–3 = level 1–4) and unclassified.
    public struct TrendMonth: Hashable, Sendable {
        public var month: ReportMonth
        public var byLevel: [Int]
        public var unclassified: Int

        public init(month: ReportMonth, byLevel: [Int], unclassified: Int) {
            self.month = month
            self.byLevel = byLevel
            self.unclassified = unclassified
        }

        public var total: Int { byLevel.reduce(unclassified, +) }
    }

    /// The months a trend line spans.
    public static let trendMonths = 12
    /// How many indicators and agencies the "most frequent" lists keep.
    public static let topCount = 10
}

extension MonthlyReport {
    /// The report for `month`. `incidents` are the incidents the agencies became aware of in the
    /// month (exercises among them); `tallies` count the incidents of the trend's twelve months
    /// (the month before included). Anything outside those months is ignored, so a caller that reads a little more
    /// cannot change a figure.
    public static func build(month: ReportMonth, region: Region, asOf: Instant,
                             incidents: [ReportIncident], tallies: [IncidentTally]) -> MonthlyReport {
        let inMonth = incidents.filter { month.contains($0.awareAt) }
        let real = inMonth.filter { !$0.exercise }
        let previousMonth = month.adding(months: -1)
        let previous = tallies.filter { !$0.exercise && previousMonth.contains($0.awareAt) }

        func levelKey(_ level: IncidentLevel?) -> String? { level.map { String($0.rawValue) } }
        let levelKeys: [String?] = IncidentLevel.allCases.map { String($0.rawValue) } + [nil]
        let levelNow = tally(real.map { levelKey($0.level) }), levelBefore = tally(previous.map { (levelKey($0.level), $0.count) })
        let byLevel = levelKeys.map { Count(key: $0, count: levelNow[$0] ?? 0, previous: levelBefore[$0] ?? 0) }

        let categoryNow = tally(real.map { $0.category.rawValue as String? })
        let categoryBefore = tally(previous.compactMap { tally in tally.category.map { ($0.rawValue as String?, tally.count) } })
        let categories = IncidentCategory.allCases.map(\.rawValue).filter { categoryNow[$0] != nil || categoryBefore[$0] != nil }
        let byCategory = ranked(categories.map { Count(key: $0, count: categoryNow[$0] ?? 0, previous: categoryBefore[$0] ?? 0) })

        let counties = real.map { $0.county ?? Region.county(inName: $0.agency) }
        return MonthlyReport(
            month: month, region: region, asOf: asOf,
            incidentsTotal: real.count, exercisesTotal: inMonth.count - real.count, previousTotal: previous.reduce(0) { $0 + $1.count },
            byLevel: byLevel, byCategory: byCategory,
            byAgencyType: ranked(tally(real.map(\.agencyType)).map { Count(key: $0.key, count: $0.value) }),
            byCounty: ranked(tally(counties).map { Count(key: $0.key, count: $0.value) }),
            clocks: clockFigures(real, asOf: asOf),
            times: TimeFigures.Measure.allCases.map { timeFigures($0, real) },
            topIndicators: topIndicators(real),
            topAgencies: Array(ranked(tally(real.map { $0.agency as String? }).map { Count(key: $0.key, count: $0.value) }).prefix(topCount)),
            trend: month.trailing(trendMonths).map { trendMonth($0, tallies) })
    }

    private static func tally(_ keys: [String?]) -> [String?: Int] {
        keys.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    private static func tally(_ counted: [(String?, Int)]) -> [String?: Int] {
        counted.reduce(into: [:]) { $0[$1.0, default: 0] += $1.1 }
    }

    /// Most first; ties by key; the unknown (nil) key last.
    private static func ranked(_ counts: [Count]) -> [Count] {
        counts.sorted { a, b in
            if (a.key == nil) != (b.key == nil) { return b.key == nil }
            return a.count != b.count ? a.count > b.count : (a.key ?? "") < (b.key ?? "")
        }
    }

    private static func clockFigures(_ incidents: [ReportIncident], asOf: Instant) -> [ClockFigures] {
        var figures: [ObligationKind: ClockFigures] = [:]
        for obligation in incidents.lazy.flatMap(\.obligations) {
            var row = figures[obligation.kind] ?? ClockFigures(kind: obligation.kind)
            switch obligation.state(at: asOf) {
            case .met: row.met += 1
            case .metLate: row.metLate += 1
            case .overdue: row.overdue += 1
            case .waived: row.waived += 1
            case .open: row.running += 1
            }
            figures[obligation.kind] = row
        }
        return ObligationKind.allCases.compactMap { figures[$0] }
    }

    private static func timeFigures(_ measure: TimeFigures.Measure, _ incidents: [ReportIncident]) -> TimeFigures {
        let durations = incidents.compactMap { incident -> Int64? in
            let reached: Instant?
            switch measure {
            case .notification: reached = incident.metAt(.reportPlatform)
            case .containment: reached = incident.metAt(.damageControl)
            case .closure: reached = incident.closedAt
            }
            return reached.map { max(0, incident.awareAt.milliseconds(until: $0)) }
        }.sorted()
        return TimeFigures(measure: measure, count: durations.count,
                           median: nearestRank(50, of: durations), p90: nearestRank(90, of: durations))
    }

    /// The nearest-rank percentile (the smallest value with at least `percent` % of the values at
    /// or below it): always a duration that really happened.
    static func nearestRank(_ percent: Int, of sorted: [Int64]) -> Int64? {
        guard !sorted.isEmpty else { return nil }
        let rank = (percent * sorted.count + 99) / 100
        return sorted[max(1, rank) - 1]
    }

    /// Domains and IP addresses, each counted once per incident; domains compared without case
    /// (DNS names are case-insensitive, RFC 4343).
    private static func topIndicators(_ incidents: [ReportIncident]) -> [IndicatorCount] {
        var counts: [Indicator: Int] = [:]
        for incident in incidents {
            var seen = Set<Indicator>()
            for indicator in incident.indicators where [.domain, .ipv4, .ipv6].contains(indicator.kind) {
                let key = Indicator(kind: indicator.kind, value: indicator.kind == .ipv4 ? indicator.value : indicator.value.lowercased())
                if seen.insert(key).inserted { counts[key, default: 0] += 1 }
            }
        }
        return counts.map { IndicatorCount(kind: $0.key.kind, value: $0.key.value, incidents: $0.value) }
            .sorted { ($1.incidents, $0.value) < ($0.incidents, $1.value) }
            .prefix(topCount).map { $0 }
    }

    private static func trendMonth(_ month: ReportMonth, _ tallies: [IncidentTally]) -> TrendMonth {
        var levels = [0, 0, 0, 0], unclassified = 0
        for tally in tallies where !tally.exercise && month.contains(tally.awareAt) {
            if let level = tally.level { levels[level.rawValue - 1] += tally.count } else { unclassified += tally.count }
        }
        return TrendMonth(month: month, byLevel: levels, unclassified: unclassified)
    }
}

extension ReportIncident {
    /// When the first clock of `kind` was met (in time or late).
    func metAt(_ kind: ObligationKind) -> Instant? {
        obligations.filter { $0.kind == kind && ($0.state == .met || $0.state == .metLate) }
            .min { $0.ordinal < $1.ordinal }?.metAt
    }
}

extension MonthlyReport {
    /// The report from a desk already folded: its incidents of `region` (by id prefix, as the
    /// store selects them) and their agencies.
    public static func build(month: ReportMonth, region: Region, asOf: Instant, state: DeskState) -> MonthlyReport {
        let first = month.adding(months: -(trendMonths - 1)).start
        let ofRegion = state.incidents.values.filter { $0.id.hasPrefix(region.code + "-") && $0.awareAt >= first && $0.awareAt < month.end }
        return build(month: month, region: region, asOf: asOf,
                     incidents: ofRegion.filter { month.contains($0.awareAt) }.map { ReportIncident($0, agency: state.agency(of: $0)) },
                     tallies: ofRegion.map(IncidentTally.init))
    }
}
