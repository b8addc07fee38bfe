import Testing
@testable import CertDeskCore

/// Proleptic Gregorian day arithmetic.
@Suite("Civil dates")
struct CivilDateTests {
    struct Known: Sendable, CustomTestStringConvertible {
        let year: Int, month: Int, day: Int
        let days: Int64
        var testDescription: String { "\(year)-\(month)-\(day)" }
    }

    /// Day numbers from well-known Unix times (seconds / 86 400).
    static let known: [Known] = [
        .init(year: 1970, month: 1, day: 1, days: 0),
        .init(year: 1970, month: 1, day: 2, days: 1),
        .init(year: 1969, month: 12, day: 31, days: -1),
        .init(year: 1970, month: 3, day: 1, days: 59),
        .init(year: 1900, month: 1, day: 1, days: -25_567),          // −2 208 988 800 s
        .init(year: 1900, month: 3, day: 1, days: -25_508),          // 1900 has no Feb 29
        .init(year: 2000, month: 1, day: 1, days: 10_957),           // 946 684 800 s
        .init(year: 2000, month: 2, day: 29, days: 11_016),
        .init(year: 2000, month: 3, day: 1, days: 11_017),           // 951 868 800 s
        .init(year: 2001, month: 1, day: 1, days: 11_323),
        .init(year: 2026, month: 1, day: 1, days: 20_454),           // 1 767 225 600 s
        .init(year: 2026, month: 3, day: 2, days: 20_514),
        .init(year: 2027, month: 1, day: 1, days: 20_819),
        .init(year: 2028, month: 2, day: 29, days: 21_243),
        .init(year: 1600, month: 3, day: 1, days: -135_080),
        .init(year: 9999, month: 12, day: 31, days: 2_932_896),      // 253 402 214 400 s
    ]

    @Test("known day numbers", arguments: known)
    func knownDates(_ row: Known) {
        let date = CivilDate(year: row.year, month: row.month, day: row.day)
        #expect(date.daysSinceEpoch == row.days)
        #expect(CivilDate(daysSinceEpoch: row.days) == date)
    }

    @Test func everyDayOverAWideRangeRoundTripsAndFollowsTheCalendar() {
        // ±1 000 000 days is about 1 708 BCE to 4 707 CE (proleptic), across many 400-year eras.
        var previous = CivilDate(daysSinceEpoch: -1_000_001)
        var mismatches: [String] = []
        for days in Int64(-1_000_000)...1_000_000 {
            let date = CivilDate(daysSinceEpoch: days)
            if date.daysSinceEpoch != days { mismatches.append("\(days) → \(date) → \(date.daysSinceEpoch)") }
            // Each day is the day after the previous one.
            let expectedNext: CivilDate
            if previous.day < CivilDate.daysInMonth(year: previous.year, month: previous.month) {
                expectedNext = CivilDate(year: previous.year, month: previous.month, day: previous.day + 1)
            } else if previous.month < 12 {
                expectedNext = CivilDate(year: previous.year, month: previous.month + 1, day: 1)
            } else {
                expectedNext = CivilDate(year: previous.year + 1, month: 1, day: 1)
            }
            if date != expectedNext { mismatches.append("\(days): \(date) after \(previous)") }
            previous = date
            if mismatches.count > 5 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test(arguments: [
        (1900, false), (2000, true), (2100, false), (2400, true), (2024, true), (2026, false), (2028, true),
        (1996, true), (1600, true), (1700, false), (4, true), (0, true), (-4, true), (-100, false),
    ])
    func leapYearRule(year: Int, isLeap: Bool) {
        #expect(CivilDate.isLeapYear(year) == isLeap)
        #expect(CivilDate.daysInMonth(year: year, month: 2) == (isLeap ? 29 : 28))
    }

    @Test func monthLengths() {
        let lengths = (1...12).map { CivilDate.daysInMonth(year: 2026, month: $0) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(lengths.reduce(0, +) == 365)
        #expect((1...12).map { CivilDate.daysInMonth(year: 2028, month: $0) }.reduce(0, +) == 366)
    }

    @Test func yearsHaveTheRightNumberOfDays() {
        for year in [1900, 1970, 1999, 2000, 2023, 2024, 2100, 2400] {
            let length = CivilDate(year: year + 1, month: 1, day: 1).daysSinceEpoch - CivilDate(year: year, month: 1, day: 1).daysSinceEpoch
            #expect(length == (CivilDate.isLeapYear(year) ? 366 : 365), "year \(year)")
        }
        // 400 Gregorian years are exactly 146 097 days.
        #expect(CivilDate(year: 2400, month: 1, day: 1).daysSinceEpoch - CivilDate(year: 2000, month: 1, day: 1).daysSinceEpoch == 146_097)
    }
}
