import Foundation
import CertDeskCore

/// Reads the time an officer types for "when did it happen": `now` (or nothing), `HH:MM`
/// (today, local), `YYYY-MM-DD HH:MM` (local), or full ISO 8601 with an offset. Local means
/// the display zone (Asia/Taipei unless `TZ` says otherwise).
public enum LocalTimeInput {
    public struct Problem: Error, Sendable {
        public let reason: BilingualText
    }

    /// Nil for "now".
    public static func parse(_ text: String, now: Instant, time: LocalTimeFormatter) -> Result<Instant?, Problem> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t.lowercased() == "now" || t == "現在" { return .success(nil) }
        if let instant = try? ISO8601.parse(t) { return .success(instant) }
        let offset = time.offsetMinutes(at: now)
        let sign = offset < 0 ? "-" : "+"
        let zone = sign + pad(abs(offset) / 60) + ":" + pad(abs(offset) % 60)
        let today = String(ISO8601.string(now, offsetMinutes: offset).prefix(10))
        let candidate: String
        if t.count == 5, t.contains(":") {
            candidate = today + "T" + t + ":00" + zone
        } else if t.count == 16, t.contains(" ") || t.contains("T") {
            candidate = String(t.map { $0 == " " ? "T" : $0 }) + ":00" + zone
        } else {
            return .failure(Problem(reason: BilingualText(en: "\(TextChecks.quoted(t)) is not a time: use now, HH:MM or YYYY-MM-DD HH:MM",
                                          zh: "\(TextChecks.quoted(t)) 不是時間：請用 now、HH:MM 或 YYYY-MM-DD HH:MM")))
        }
        switch Result(catching: { () throws(ISO8601.ParseError) in try ISO8601.parse(candidate) }) {
        case .success(let instant): return .success(instant)
        case .failure(let error): return .failure(Problem(reason: BilingualText(en: "\(TextChecks.quoted(t)) \(error.reason.en)",
                                                                                zh: "\(TextChecks.quoted(t)) \(error.reason.zh)")))
        }
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
