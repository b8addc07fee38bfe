/// Calendar arithmetic in Asia/Taipei (UTC+8, no daylight saving since 1980): "within one month"
/// in the regulation is a calendar month as an officer in Taiwan counts it, not 30 days.
public enum TaipeiCalendar {
    /// The same wall-clock time `months` later in Asia/Taipei. A day the target month lacks
    /// becomes its last day: damage control done on 31 January gives a report due on the last
    /// day of February (28th, or 29th in a leap year).
    public static func adding(months: Int, to instant: Instant) -> Instant {
        let offset = Int64(TaipeiTime.offsetMinutes) * 60_000
        let local = instant.millisecondsSinceEpoch + offset
        let (days, msOfDay) = ISO8601.floorDivide(local, 86_400_000)
        let date = CivilDate(daysSinceEpoch: days)
        let monthIndex = date.year * 12 + (date.month - 1) + months
        let year = monthIndex / 12, month = monthIndex % 12 + 1
        let day = min(date.day, CivilDate.daysInMonth(year: year, month: month))
        let newDays = CivilDate(year: year, month: month, day: day).daysSinceEpoch
        return Instant(millisecondsSinceEpoch: newDays * 86_400_000 + msOfDay - offset)
    }
}
