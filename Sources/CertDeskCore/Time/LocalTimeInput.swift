/// Reads a time an officer types for "when did it happen", in the console and in every
/// `--at`: `now` (or nothing), `HH:MM[:SS]`, `YYYY-MM-DD HH:MM[:SS]` (local time), or ISO 8601
/// with an offset. Local means the display zone: Asia/Taipei unless `TZ` names another.
///
/// `HH:MM` is the most recent such time that is not in the future: typed at 00:10, 23:30 is
/// last night. Things that already happened are what the officer records.
public enum LocalTimeInput {
    public struct Problem: Error, Sendable {
        public let reason: BilingualText
    }

    /// Nil for "now". `offsetMinutes` gives the local zone's offset at an instant.
    public static func parse(_ text: String, now: Instant, offsetMinutes: (Instant) -> Int) -> Result<Instant?, Problem> {
        let t = TextChecks.trimmed(text)
        if t.isEmpty || t.lowercased() == "now" || t == "現在" { return .success(nil) }
        if let instant = try? ISO8601.parse(t) { return .success(instant) }
        let offset = offsetMinutes(now)
        let zone = ISO8601.offsetString(minutes: offset)
        let clock = isClockTime(t) ? t : nil
        let candidate: String
        if let clock {
            let today = String(ISO8601.string(now, offsetMinutes: offset).prefix(10))
            candidate = today + "T" + clock + (clock.count == 5 ? ":00" : "") + zone
        } else if t.count == 16 || t.count == 19, [" ", "T"].contains(t.dropFirst(10).first) {
            candidate = String(t.map { $0 == " " ? "T" : $0 }) + (t.count == 16 ? ":00" : "") + zone
        } else {
            return .failure(Problem(reason: BilingualText { $0.notATime(TextChecks.quoted(t)) }))
        }
        switch Result(catching: { () throws(ISO8601.ParseError) in try ISO8601.parse(candidate) }) {
        case .success(let instant):
            // A clock time alone that is still ahead today means yesterday's.
            if clock != nil, instant > now { return .success(instant.adding(milliseconds: -86_400_000)) }
            return .success(instant)
        case .failure(let error):
            return .failure(Problem(reason: BilingualText { TextChecks.quoted(t) + " " + $0.say(error.reason) }))
        }
    }

    /// Whether `text` is a clock time alone (`HH:MM` or `HH:MM:SS`), which `parse` places on a day.
    public static func isClockTime(_ text: String) -> Bool {
        let t = TextChecks.trimmed(text)
        return (t.count == 5 || t.count == 8) && t.dropFirst(2).first == ":"
    }

}
