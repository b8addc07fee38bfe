import CertDeskCore
import Foundation

/// Shows instants in the officer's zone: Asia/Taipei unless `TZ` names another
/// (../shared/DESIGN.md, Journal: stored in UTC, shown in Asia/Taipei).
public struct LocalTimeFormatter: Sendable {
    /// Nil means Asia/Taipei, whose fixed UTC+8 needs no zone database.
    let zone: TimeZone?

    public init(zone: TimeZone?) { self.zone = zone }

    /// Asia/Taipei, or the zone in `TZ` when it is set and known.
    public static func fromEnvironment(_ environment: [String: String]) -> LocalTimeFormatter {
        guard let name = environment["TZ"], !name.isEmpty else { return LocalTimeFormatter(zone: nil) }
        let identifier = name.hasPrefix(":") ? String(name.dropFirst()) : name
        return LocalTimeFormatter(zone: TimeZone(identifier: identifier) ?? TimeZone(abbreviation: identifier) ?? .current)
    }

    public func offsetMinutes(at instant: Instant) -> Int {
        guard let zone else { return TaipeiTime.offsetMinutes }
        let date = Date(timeIntervalSince1970: Double(instant.millisecondsSinceEpoch) / 1000)
        return zone.secondsFromGMT(for: date) / 60
    }

    /// `2026-03-02 09:12:00 +08:00`: local, to the second, the offset written out.
    public func string(_ instant: Instant) -> String {
        ISO8601.displayString(instant, offsetMinutes: offsetMinutes(at: instant))
    }

    /// `2026-03-02`
    public func dateString(_ instant: Instant) -> String {
        String(minuteString(instant).prefix(10))
    }

    /// `2026-03-02 09:12`
    public func minuteString(_ instant: Instant) -> String {
        let iso = ISO8601.string(instant, offsetMinutes: offsetMinutes(at: instant))
        return String(iso.prefix(16).map { $0 == "T" ? " " : $0 })
    }

}
