import Testing
@testable import CertDeskCore

// "Within one month" (the investigation report) is a calendar month as an officer in Taiwan
// counts it: the same wall-clock time in Asia/Taipei, on the month's last day when the target
// month is shorter.

@Suite("Taipei calendar months")
struct TaipeiCalendarTests {
    @Test(arguments: [
        // The 31st into February: its last day, 28th or (leap year) 29th.
        ("2026-01-31T10:00:00+08:00", 1, "2026-02-28T10:00:00+08:00"),
        ("2028-01-31T10:00:00+08:00", 1, "2028-02-29T10:00:00+08:00"),
        ("2026-01-30T10:00:00+08:00", 1, "2026-02-28T10:00:00+08:00"),
        ("2026-01-29T10:00:00+08:00", 1, "2026-02-28T10:00:00+08:00"),
        ("2026-01-28T10:00:00+08:00", 1, "2026-02-28T10:00:00+08:00"),
        ("2026-01-27T10:00:00+08:00", 1, "2026-02-27T10:00:00+08:00"),
        ("2100-01-31T10:00:00+08:00", 1, "2100-02-28T10:00:00+08:00"),     // 2100 is not a leap year
        ("2000-01-31T10:00:00+08:00", 1, "2000-02-29T10:00:00+08:00"),     // 2000 is
        // 31 March has no 31 April.
        ("2026-03-31T16:45:00+08:00", 1, "2026-04-30T16:45:00+08:00"),
        ("2026-05-31T09:00:00+08:00", 1, "2026-06-30T09:00:00+08:00"),
        ("2026-07-31T09:00:00+08:00", 1, "2026-08-31T09:00:00+08:00"),
        // Over the year end.
        ("2026-12-15T10:00:00+08:00", 1, "2027-01-15T10:00:00+08:00"),
        ("2026-12-31T23:30:00+08:00", 2, "2027-02-28T23:30:00+08:00"),
        ("2026-11-30T08:00:00+08:00", 3, "2027-02-28T08:00:00+08:00"),
        // Twelve months: the same date next year, except 29 February.
        ("2026-03-15T10:00:00+08:00", 12, "2027-03-15T10:00:00+08:00"),
        ("2028-02-29T10:00:00+08:00", 12, "2029-02-28T10:00:00+08:00"),
        ("2026-01-31T10:00:00+08:00", 24, "2028-01-31T10:00:00+08:00"),
        // Nothing to add, and backwards.
        ("2026-01-31T10:00:00+08:00", 0, "2026-01-31T10:00:00+08:00"),
        ("2026-03-31T10:00:00+08:00", -1, "2026-02-28T10:00:00+08:00"),
        ("2026-01-15T10:00:00+08:00", -1, "2025-12-15T10:00:00+08:00"),
    ])
    func addsCalendarMonths(start: String, months: Int, expected: String) {
        let result = TaipeiCalendar.adding(months: months, to: instant(start))
        #expect(result == instant(expected),
                "\(start) + \(months) → \(ISO8601.string(result, offsetMinutes: 480)), expected \(expected)")
    }

    /// 2026-01-31T20:00Z is already 1 February 04:00 in Taipei: one month later is 1 March 04:00
    /// in Taipei.
    @Test func theMonthIsCountedInTaipei() {
        let start = instant("2026-01-31T20:00:00Z")
        #expect(start == instant("2026-02-01T04:00:00+08:00"))
        #expect(TaipeiCalendar.adding(months: 1, to: start) == instant("2026-03-01T04:00:00+08:00"))
        #expect(TaipeiCalendar.adding(months: 1, to: start) == instant("2026-02-28T20:00:00Z"))
    }

    /// Cases where counting the month in UTC would give another answer than counting in Taipei.
    @Test(arguments: [
        // 1 March 04:00 in Taipei (28 Feb in UTC): 1 April 04:00 Taipei, not 28 March UTC.
        ("2026-02-28T20:00:00Z", "2026-04-01T04:00:00+08:00"),
        // 31 January 01:00 in Taipei (30 Jan in UTC): 28 February 01:00 Taipei, not 28 Feb 17:00Z.
        ("2026-01-30T17:00:00Z", "2026-02-28T01:00:00+08:00"),
        // 1 May 07:59 in Taipei (30 April in UTC): 1 June 07:59 Taipei, not 30 May UTC.
        ("2026-04-30T23:59:00Z", "2026-06-01T07:59:00+08:00"),
        // 31 May 04:00 in Taipei (30 May in UTC): 30 June 04:00 Taipei, not 30 June 20:00Z.
        ("2026-05-30T20:00:00Z", "2026-06-30T04:00:00+08:00"),
    ])
    func aTaipeiMonthIsNotAUTCMonth(start: String, expected: String) {
        #expect(TaipeiCalendar.adding(months: 1, to: instant(start)) == instant(expected))
    }

    @Test func theTimeOfDayIsKeptToTheMillisecond() {
        let start = instant("2026-05-31T23:59:59.999+08:00")
        let result = TaipeiCalendar.adding(months: 1, to: start)
        #expect(result == instant("2026-06-30T23:59:59.999+08:00"))
        #expect(result.millisecondsSinceEpoch % 1000 == 999)
        let early = instant("2026-01-31T00:00:00.001+08:00")
        #expect(TaipeiCalendar.adding(months: 1, to: early) == instant("2026-02-28T00:00:00.001+08:00"))
        let odd = Instant(millisecondsSinceEpoch: instant("2026-08-17T13:14:15+08:00").millisecondsSinceEpoch + 123)
        #expect(TaipeiCalendar.adding(months: 12, to: odd).millisecondsSinceEpoch
            == instant("2027-08-17T13:14:15.123+08:00").millisecondsSinceEpoch)
    }

    @Test func beforeTheEpochToo() {
        #expect(TaipeiCalendar.adding(months: 1, to: instant("1969-12-31T20:00:00+08:00"))
            == instant("1970-01-31T20:00:00+08:00"))
        #expect(TaipeiCalendar.adding(months: 1, to: instant("1969-12-31T23:00:00Z"))
            == instant("1970-02-01T07:00:00+08:00"))
    }

    @Test func theInvestigationReportIsDueOneTaipeiMonthAfterDamageControl() {
        // Damage control finished on 31 January at 22:30 in Taipei (14:30 UTC).
        let met = instant("2026-01-31T14:30:00Z")
        #expect(DeadlineDuration.months(1).end(from: met) == instant("2026-02-28T22:30:00+08:00"))
        #expect(DeadlineDuration.months(3).end(from: met) == instant("2026-04-30T22:30:00+08:00"))
    }
}
