/// Taiwan has kept UTC+8 without daylight saving since 1980, so Asia/Taipei is a fixed offset for
/// every date the desk handles; the display layer still asks the system zone database when `TZ`
/// names another zone.
public enum TaipeiTime {
    public static let offsetMinutes = 480

    /// `2026-12-02 03:10:00 +08:00`: how refusals and errors decided in Core name a time, so the
    /// officer never has to convert from UTC (../shared/DESIGN.md: shown in Asia/Taipei).
    public static func text(_ instant: Instant) -> String {
        ISO8601.displayString(instant, offsetMinutes: offsetMinutes)
    }

    /// The calendar day it is in Taipei at `instant`, and the milliseconds into that day.
    public static func localDay(_ instant: Instant) -> (date: CivilDate, millisecondsIntoDay: Int64) {
        let (days, ms) = ISO8601.floorDivide(instant.millisecondsSinceEpoch + Int64(offsetMinutes) * 60_000, 86_400_000)
        return (CivilDate(daysSinceEpoch: days), ms)
    }

    /// The instant at `millisecondsIntoDay` of `date` in Taipei.
    public static func instant(_ date: CivilDate, millisecondsIntoDay: Int64) -> Instant {
        Instant(millisecondsSinceEpoch: date.daysSinceEpoch * 86_400_000 + millisecondsIntoDay - Int64(offsetMinutes) * 60_000)
    }
}
