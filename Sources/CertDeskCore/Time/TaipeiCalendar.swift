/// Calendar arithmetic in Asia/Taipei (UTC+8, no daylight saving since 1980): "within one month"
/// in the regulation is a calendar month as an officer in Taiwan counts it, not 30 days.
public enum TaipeiCalendar {
    /// The same wall-clock time `months` later in Asia/Taipei. A day the target month lacks
    /// becomes its last day: damage control done on 31 January gives a report due on the last
    /// day of February (28th, or 29th in a leap year).
    public static func adding(months: Int, to instant: Instant) -> Instant {
        let (date, msOfDay) = TaipeiTime.localDay(instant)
        let monthIndex = date.year * 12 + (date.month - 1) + months
        let year = monthIndex / 12, month = monthIndex % 12 + 1
        let day = min(date.day, CivilDate.daysInMonth(year: year, month: month))
        return TaipeiTime.instant(CivilDate(year: year, month: month, day: day), millisecondsIntoDay: msOfDay)
    }
}
