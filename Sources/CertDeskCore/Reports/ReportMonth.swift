/// A calendar month as the region counts it: in Asia/Taipei (../shared/DESIGN.md: times are shown
/// in Asia/Taipei), so an incident the agency became aware of at 2026-04-01T00:30+08:00 counts in
/// April although it is still 31 March in UTC, and one at 2026-03-31T23:30+08:00 counts in March.
public struct ReportMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1970...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// `2026-03`, the one way a month is written on the command line, in files and in JSON.
    public static func parse(_ text: String) -> ReportMonth? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return ReportMonth(year: year, month: month)
    }

    /// The Taipei month `instant` falls in.
    public static func containing(_ instant: Instant) -> ReportMonth {
        let date = TaipeiTime.localDay(instant).date
        return ReportMonth(year: date.year, month: date.month)!
    }

    public var description: String { "\(year)-\(Digits.two(month))" }

    /// Midnight of the 1st in Taipei: the first instant of the month.
    public var start: Instant { TaipeiTime.instant(CivilDate(year: year, month: month, day: 1), millisecondsIntoDay: 0) }

    /// The first instant after the month (the next month's start).
    public var end: Instant { adding(months: 1).start }

    public func contains(_ instant: Instant) -> Bool { instant >= start && instant < end }

    public func adding(months: Int) -> ReportMonth {
        let index = year * 12 + (month - 1) + months
        return ReportMonth(year: index / 12, month: index % 12 + 1) ?? self
    }

    /// The months from `count - 1` before this one up to it, oldest first (a trend line's axis).
    public func trailing(_ count: Int) -> [ReportMonth] {
        (0..<count).reversed().map { adding(months: -$0) }
    }

    public static func < (a: ReportMonth, b: ReportMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
