/// ISO 8601 / RFC 3339 timestamps with an explicit UTC offset.
///
/// A legal clock that starts at the wrong hour is worse than no clock, so a time without `Z` or
/// an offset is rejected rather than guessed. Parsing and formatting are hand-written integer
/// code: Foundation's formatters are far too slow for bulk ingest.
public enum ISO8601 {
    public struct ParseError: Error, Equatable, Sendable {
        public let reason: BilingualText
    }

    /// Made once: the parser runs for every time in a bulk ingest.
    private static let notISO = ParseError(reason: BilingualText { $0.notISO8601 })

    public static func parse(_ text: String) throws(ParseError) -> Instant {
        var text = text
        let result = text.withUTF8 { buffer in Result { () throws(ParseError) in try parse(buffer) } }
        return try result.get()
    }

    static func parse(_ s: UnsafeBufferPointer<UInt8>) throws(ParseError) -> Instant {
        var i = 0
        func fail(_ say: (any Words) -> String) -> ParseError {
            ParseError(reason: BilingualText(say))
        }
        let notISO = Self.notISO
        func digits(_ count: Int) throws(ParseError) -> Int {
            guard i + count <= s.count else { throw notISO }
            var value = 0
            for _ in 0..<count {
                let c = s[i]
                guard c >= 0x30 && c <= 0x39 else { throw notISO }
                value = value * 10 + Int(c - 0x30)
                i += 1
            }
            return value
        }
        func expect(_ byte: UInt8) throws(ParseError) {
            guard i < s.count, s[i] == byte else { throw notISO }
            i += 1
        }

        let year = try digits(4)
        try expect(UInt8(ascii: "-"))
        let month = try digits(2)
        try expect(UInt8(ascii: "-"))
        let day = try digits(2)
        guard i < s.count, s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") || s[i] == UInt8(ascii: " ") else {
            throw fail { $0.timeHasNoTimeOfDay }
        }
        i += 1
        let hour = try digits(2)
        try expect(UInt8(ascii: ":"))
        let minute = try digits(2)
        var second = 0
        var millis = 0
        if i < s.count, s[i] == UInt8(ascii: ":") {
            i += 1
            second = try digits(2)
            if i < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",") {
                i += 1
                var fractionDigits = 0
                while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
                    // Sub-millisecond digits are dropped: the journal keeps milliseconds.
                    if fractionDigits < 3 { millis = millis * 10 + Int(s[i] - 0x30) }
                    fractionDigits += 1
                    i += 1
                }
                guard fractionDigits > 0 else {
                    throw fail { $0.timeHasEmptyFraction }
                }
                for _ in fractionDigits..<max(fractionDigits, 3) { millis *= 10 }
            }
        }
        guard i < s.count else {
            throw fail { $0.timeHasNoOffset }
        }
        var offsetMinutes = 0
        switch s[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            let offsetHours = try digits(2)
            if i < s.count, s[i] == UInt8(ascii: ":") { i += 1 }
            let offsetMins = try digits(2)
            guard offsetHours <= 14, offsetMins < 60 else {
                throw fail { $0.timeOffsetOutOfRange }
            }
            offsetMinutes = sign * (offsetHours * 60 + offsetMins)
        default:
            throw fail { $0.timeHasNoOffset }
        }
        guard i == s.count else {
            throw fail { $0.timeTextAfterOffset }
        }
        guard (1900...9999).contains(year) else {
            throw fail { $0.timeYearOutOfRange }
        }
        guard (1...12).contains(month) else { throw fail { $0.timeNoSuchMonth(month) } }
        guard (1...CivilDate.daysInMonth(year: year, month: month)).contains(day) else {
            throw fail { $0.timeNoSuchDay(day, year: year, month: month) }
        }
        guard hour < 24, minute < 60, second < 60 else {
            throw fail { $0.timeOfDayOutOfRange }
        }
        let days = CivilDate(year: year, month: month, day: day).daysSinceEpoch
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return Instant(millisecondsSinceEpoch: seconds * 1000 + Int64(millis))
    }

    /// `2026-03-02T01:12:00Z`, or `2026-03-02T01:12:00.250Z` when there are milliseconds.
    public static func utcString(_ instant: Instant) -> String {
        format(instant, offsetMinutes: 0, alwaysMilliseconds: false)
    }

    /// Always with milliseconds: the journal's `at` column (../shared/DESIGN.md: UTC, ms).
    public static func utcMillisecondString(_ instant: Instant) -> String {
        format(instant, offsetMinutes: 0, alwaysMilliseconds: true)
    }

    /// The same instant written in a local offset, e.g. `2026-03-02T09:12:00+08:00`.
    public static func string(_ instant: Instant, offsetMinutes: Int) -> String {
        format(instant, offsetMinutes: offsetMinutes, alwaysMilliseconds: false)
    }

    /// `+08:00`, `-03:30`, `+00:00`: an offset as ISO 8601 writes it.
    public static func offsetString(minutes: Int) -> String {
        (minutes < 0 ? "-" : "+") + Digits.two(abs(minutes) / 60) + ":" + Digits.two(abs(minutes) % 60)
    }

    /// How an officer reads a time: `2026-12-02 03:10:00 +08:00` — local, to the second, with the
    /// offset written out (never `Z`), milliseconds dropped (they stay in the journal).
    public static func displayString(_ instant: Instant, offsetMinutes: Int) -> String {
        let seconds = Instant(millisecondsSinceEpoch: floorDivide(instant.millisecondsSinceEpoch, 1000).0 * 1000)
        var text = format(seconds, offsetMinutes: offsetMinutes, alwaysMilliseconds: false)
        if offsetMinutes == 0 { text.removeLast(); text += "+00:00" }
        let date = text.prefix(10), clock = text.dropFirst(11).prefix(8), zone = text.suffix(6)
        return "\(date) \(clock) \(zone)"
    }

    static func format(_ instant: Instant, offsetMinutes: Int, alwaysMilliseconds: Bool) -> String {
        let local = instant.millisecondsSinceEpoch + Int64(offsetMinutes) * 60_000
        let (dayIndex, msOfDay) = floorDivide(local, 86_400_000)
        let date = CivilDate(daysSinceEpoch: dayIndex)
        let ms = Int(msOfDay % 1000)
        let secOfDay = Int(msOfDay / 1000)
        var out = [UInt8]()
        out.reserveCapacity(29)
        appendDigits(&out, date.year, 4)
        out.append(UInt8(ascii: "-"))
        appendDigits(&out, date.month, 2)
        out.append(UInt8(ascii: "-"))
        appendDigits(&out, date.day, 2)
        out.append(UInt8(ascii: "T"))
        appendDigits(&out, secOfDay / 3600, 2)
        out.append(UInt8(ascii: ":"))
        appendDigits(&out, secOfDay / 60 % 60, 2)
        out.append(UInt8(ascii: ":"))
        appendDigits(&out, secOfDay % 60, 2)
        if alwaysMilliseconds || ms != 0 {
            out.append(UInt8(ascii: "."))
            appendDigits(&out, ms, 3)
        }
        if offsetMinutes == 0 {
            out.append(UInt8(ascii: "Z"))
        } else {
            out.append(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            appendDigits(&out, abs(offsetMinutes) / 60, 2)
            out.append(UInt8(ascii: ":"))
            appendDigits(&out, abs(offsetMinutes) % 60, 2)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a >= 0 ? a / b : (a - b + 1) / b
        return (q, a - q * b)
    }

    private static func appendDigits(_ out: inout [UInt8], _ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            out.append(UInt8(0x30 + v / divisor % 10))
            v %= divisor
            divisor /= 10
        }
    }


}
