import Foundation
import Testing
@testable import CertDeskCore

/// The monthly report's figures for a generated quarter of incidents, checked against figures
/// this test computes on its own: months by Foundation's calendar in Asia/Taipei, percentiles
/// by their definition, counts by plain loops — none of it through the report's code.
@Suite("Monthly report")
struct MonthlyReportTests {
    /// A deterministic generator, so a failure can be reproduced.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let taipei: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Taipei")!
        return calendar
    }()

    /// (year, month) of an instant in Taipei, by Foundation.
    static func month(of instant: Instant) -> (Int, Int) {
        let date = Date(timeIntervalSince1970: Double(instant.millisecondsSinceEpoch) / 1000)
        let parts = taipei.dateComponents([.year, .month], from: date)
        return (parts.year!, parts.month!)
    }

    static func instant(_ text: String) -> Instant { try! ISO8601.parse(text) }

    static let march = ReportMonth(year: 2026, month: 3)!
    static let asOf = instant("2026-04-10T12:00:00+08:00")
    static let agencies = ["臺中市政府", "彰化縣政府", "南投縣政府", "臺中市北屯區公所", "彰化縣鹿港鎮公所", "Some Agency"]
    static let domains = ["evil.example", "c2.example.net", "Mixed.Example", "mixed.example"]
    static let ips = ["203.0.113.7", "198.51.100.9", "192.0.2.1"]

    /// February to April 2026 (a few just across each boundary), about a third closed, clocks
    /// in every state.
    static func generated(count: Int = 900) -> [ReportIncident] {
        var rng = SplitMix(state: 42)
        let from = instant("2026-01-31T23:00:00+08:00").millisecondsSinceEpoch
        let to = instant("2026-04-01T01:00:00+08:00").millisecondsSinceEpoch
        return (0..<count).map { n in
            let aware = Instant(millisecondsSinceEpoch: Int64.random(in: from..<to, using: &rng))
            let level: IncidentLevel? = Int.random(in: 0..<5, using: &rng) == 0 ? nil : IncidentLevel(rawValue: Int.random(in: 1...4, using: &rng))
            var obligations: [Obligation] = []
            for kind in [ObligationKind.reportPlatform, .damageControl, .review] {
                let due = aware.adding(milliseconds: 3_600_000 * Int64.random(in: 1...72, using: &rng))
                var o = Obligation(kind: kind, startsAt: aware, dueAt: due, warnAt: due)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: o.state = .met; o.metAt = aware.adding(milliseconds: Int64.random(in: 0..<aware.milliseconds(until: due), using: &rng))
                case 1: o.state = .metLate; o.metAt = due.adding(milliseconds: Int64.random(in: 1..<86_400_000, using: &rng))
                case 2: o.state = .waived
                case 3: o.state = .overdue
                default: o.state = .open     // overdue by asOf when past due, else running
                }
                obligations.append(o)
            }
            let closed = Int.random(in: 0..<3, using: &rng) == 0 ? aware.adding(milliseconds: Int64.random(in: 0..<900_000_000, using: &rng)) : nil
            var indicators: [Indicator] = [Indicator(kind: .sha256, value: String(repeating: "a", count: 64))]
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                indicators.append(Bool.random(using: &rng) ? Indicator(kind: .domain, value: domains.randomElement(using: &rng)!)
                                                           : Indicator(kind: .ipv4, value: ips.randomElement(using: &rng)!))
            }
            let agency = agencies.randomElement(using: &rng)!
            let known = agency != "Some Agency" && Bool.random(using: &rng)
            return ReportIncident(
                id: "TCN-2026-\(n + 1)", awareAt: aware, level: level,
                category: IncidentCategory.allCases.randomElement(using: &rng)!, exercise: Int.random(in: 0..<8, using: &rng) == 0,
                agency: agency, agencyType: known ? (agency.hasSuffix("公所") ? "township-office" : "county-government") : nil,
                county: known ? String(agency.prefix(3)) : nil, closedAt: closed, obligations: obligations, indicators: indicators)
        }
    }

    static func tallies(_ incidents: [ReportIncident]) -> [IncidentTally] {
        incidents.map { IncidentTally(awareAt: $0.awareAt, level: $0.level, category: $0.category, exercise: $0.exercise) }
    }

    static func report(_ all: [ReportIncident]) -> MonthlyReport {
        MonthlyReport.build(month: march, region: .taichung, asOf: asOf, incidents: all, tallies: tallies(all))
    }

    /// Percentile by definition: the smallest value with at least p % of the values at or below it.
    static func percentile(_ p: Double, _ values: [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.first { v in Double(sorted.filter { $0 <= v }.count) >= p / 100 * Double(sorted.count) }
    }

    @Test func countsTheMonthsIncidentsAndLeavesExercisesOut() {
        let all = Self.generated()
        let report = Self.report(all)
        let inMarch = all.filter { Self.month(of: $0.awareAt) == (2026, 3) }
        let real = inMarch.filter { !$0.exercise }
        #expect(report.incidentsTotal == real.count)
        #expect(report.exercisesTotal == inMarch.count - real.count)
        #expect(report.exercisesTotal > 0)
        #expect(report.previousTotal == all.filter { Self.month(of: $0.awareAt) == (2026, 2) && !$0.exercise }.count)
        for level in 1...4 {
            let row = report.byLevel.first { $0.key == String(level) }
            #expect(row?.count == real.filter { $0.level?.rawValue == level }.count)
        }
        #expect(report.byLevel.last?.key == nil && report.byLevel.last?.count == real.filter { $0.level == nil }.count)
        for category in IncidentCategory.allCases {
            let expected = real.filter { $0.category == category }.count
            #expect((report.byCategory.first { $0.key == category.rawValue }?.count ?? 0) == expected, "\(category)")
        }
        #expect(report.byCategory.map(\.count) == report.byCategory.map(\.count).sorted(by: >))
        #expect(report.byAgencyType.reduce(0) { $0 + $1.count } == real.count)
        #expect(report.byAgencyType.last?.key == nil)
        // County from the directory, else from the agency's name; "Some Agency" names none.
        #expect(report.byCounty.first { $0.key == nil }?.count == real.filter { $0.agency == "Some Agency" }.count)
        #expect(report.byCounty.first { $0.key == "臺中市" }?.count == real.filter { $0.agency.hasPrefix("臺中市") }.count)
    }

    @Test func clocksPerKindAsOfTheReport() {
        let all = Self.generated()
        let report = Self.report(all)
        let real = all.filter { Self.month(of: $0.awareAt) == (2026, 3) && !$0.exercise }
        for kind in [ObligationKind.reportPlatform, .damageControl, .review] {
            let clocks = real.flatMap(\.obligations).filter { $0.kind == kind }
            var met = 0, late = 0, overdue = 0, waived = 0, running = 0
            for o in clocks {
                switch o.state {
                case .met: met += 1
                case .metLate: late += 1
                case .waived: waived += 1
                case .overdue: overdue += 1
                case .open: if o.dueAt < Self.asOf { overdue += 1 } else { running += 1 }
                }
            }
            let row = report.clocks.first { $0.kind == kind }
            #expect(row == MonthlyReport.ClockFigures(kind: kind, met: met, metLate: late, overdue: overdue, waived: waived, running: running))
            let expected = Double(met) / Double(met + late + overdue) * 100
            #expect(abs((row?.compliancePercent ?? -1) - expected) < 1e-9)
        }
        #expect(report.clocks.map(\.kind) == [.reportPlatform, .review, .damageControl])
    }

    @Test func medianAndP90FromAwareness() {
        let all = Self.generated()
        let report = Self.report(all)
        let real = all.filter { Self.month(of: $0.awareAt) == (2026, 3) && !$0.exercise }
        func check(_ measure: MonthlyReport.TimeFigures.Measure, _ reached: (ReportIncident) -> Instant?) {
            let spans = real.compactMap { i in reached(i).map { max(0, $0.millisecondsSinceEpoch - i.awareAt.millisecondsSinceEpoch) } }
            let figures = report.times.first { $0.measure == measure }
            #expect(figures?.count == spans.count, "\(measure)")
            #expect(figures?.median == Self.percentile(50, spans), "\(measure)")
            #expect(figures?.p90 == Self.percentile(90, spans), "\(measure)")
        }
        func metAt(_ kind: ObligationKind) -> (ReportIncident) -> Instant? {
            { i in i.obligations.first { $0.kind == kind && ($0.state == .met || $0.state == .metLate) }?.metAt }
        }
        check(.notification, metAt(.reportPlatform))
        check(.containment, metAt(.damageControl))
        check(.closure, \.closedAt)
    }

    @Test func percentilesOfSmallSets() {
        #expect(MonthlyReport.nearestRank(50, of: []) == nil)
        #expect(MonthlyReport.nearestRank(50, of: [7]) == 7)
        #expect(MonthlyReport.nearestRank(90, of: [7]) == 7)
        #expect(MonthlyReport.nearestRank(50, of: [1, 2]) == 1)
        #expect(MonthlyReport.nearestRank(90, of: Array(1...10)) == 9)
        #expect(MonthlyReport.nearestRank(90, of: Array(1...11)) == 10)
    }

    @Test func indicatorsOncePerIncidentAndDomainsWithoutCase() {
        let all = Self.generated()
        let report = Self.report(all)
        let real = all.filter { Self.month(of: $0.awareAt) == (2026, 3) && !$0.exercise }
        var expected: [String: Int] = [:]
        for incident in real {
            let values = Set(incident.indicators.filter { $0.kind == .domain || $0.kind == .ipv4 }.map { $0.value.lowercased() })
            for value in values { expected[value, default: 0] += 1 }
        }
        #expect(report.topIndicators.count == expected.count)     // 3 domains (two spellings of one) and 3 IPs
        for item in report.topIndicators { #expect(item.incidents == expected[item.value], "\(item.value)") }
        #expect(!report.topIndicators.contains { $0.value == "Mixed.Example" })
        var agencies: [String: Int] = [:]
        for incident in real { agencies[incident.agency, default: 0] += 1 }
        #expect(report.topAgencies.first?.count == agencies.values.max())
        #expect(report.topAgencies.count == agencies.count)
    }

    @Test func trendOfTwelveMonthsPerLevel() {
        let all = Self.generated()
        let report = Self.report(all)
        #expect(report.trend.map(\.month.description) == ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
                                                           "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"])
        for point in report.trend {
            let real = all.filter { Self.month(of: $0.awareAt) == (point.month.year, point.month.month) && !$0.exercise }
            #expect(point.byLevel == (1...4).map { level in real.filter { $0.level?.rawValue == level }.count }, "\(point.month)")
            #expect(point.unclassified == real.filter { $0.level == nil }.count)
        }
        #expect(report.trend.last?.total == report.incidentsTotal)
    }

    /// 23:30 on 31 March in Taipei is March; 00:30 on 1 April in Taipei is April, though it is
    /// still 31 March in UTC.
    @Test func monthBoundariesAreTaipeis() {
        func incident(_ aware: String) -> ReportIncident {
            ReportIncident(id: "TCN-2026-0001", awareAt: Self.instant(aware), level: .two,
                           category: .phishing, exercise: false, agency: "臺中市政府", agencyType: nil, county: nil, closedAt: nil,
                           obligations: [], indicators: [])
        }
        let late = [incident("2026-03-31T23:30:00+08:00")]
        #expect(MonthlyReport.build(month: Self.march, region: .taichung, asOf: Self.asOf, incidents: late, tallies: Self.tallies(late)).incidentsTotal == 1)
        let early = [incident("2026-04-01T00:30:00+08:00")]
        #expect(MonthlyReport.build(month: Self.march, region: .taichung, asOf: Self.asOf, incidents: early, tallies: Self.tallies(early)).incidentsTotal == 0)
        #expect(MonthlyReport.build(month: Self.march.adding(months: 1), region: .taichung, asOf: Self.asOf, incidents: early,
                                    tallies: Self.tallies(early)).incidentsTotal == 1)
        #expect(Self.march.start == Self.instant("2026-03-01T00:00:00+08:00"))
        #expect(Self.march.end == Self.instant("2026-04-01T00:00:00+08:00"))
        #expect(ReportMonth(year: 2026, month: 1)!.adding(months: -1).description == "2025-12")
    }

    /// The store counts the trend grouped by day; the report is the same as from one tally per incident.
    @Test func groupedTalliesCountAsTheirIncidents() {
        let all = Self.generated()
        var grouped: [IncidentTally: Int] = [:]
        for tally in Self.tallies(all) {
            let day = TaipeiTime.localDay(tally.awareAt).date
            var key = tally
            key.awareAt = TaipeiTime.instant(day, millisecondsIntoDay: 0)
            grouped[key, default: 0] += 1
        }
        let tallies = grouped.map { key, count in
            IncidentTally(awareAt: key.awareAt, level: key.level, category: key.category, exercise: key.exercise, count: count)
        }
        #expect(tallies.count < all.count)
        #expect(MonthlyReport.build(month: Self.march, region: .taichung, asOf: Self.asOf, incidents: all, tallies: tallies) == Self.report(all))
    }

    @Test func monthsAreWrittenOneWay() {
        #expect(ReportMonth.parse("2026-03") == ReportMonth(year: 2026, month: 3))
        for bad in ["2026-3", "2026-13", "2026-00", "26-03", "2026/03", "２０２６-03", "2026-03-01", ""] {
            #expect(ReportMonth.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func jsonCarriesTotalsAndOneObjectPerSection() throws {
        let json = Self.report(Self.generated()).json
        #expect(json["incidents_total"]?.intValue != nil)
        #expect(json["exercises_total"]?.intValue != nil)
        for section in ["by_level", "by_category", "by_agency_type", "by_county", "clocks", "times", "top_indicators",
                        "top_agencies", "trend", "previous_month"] {
            guard case .object = json[section] else { Issue.record("\(section) is not an object"); continue }
        }
        #expect(json["by_level"]?["unclassified"]?["count"]?.intValue != nil)
        #expect(json["times"]?["closure"]?["median_ms"] != nil)
    }
}
