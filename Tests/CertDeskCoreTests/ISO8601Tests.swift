import CertDeskTestSupport
import Testing
@testable import CertDeskCore

/// ISO 8601 / RFC 3339 parsing and formatting. Expected epoch values are worked out by hand
/// (e.g. 2026-03-02 is day 20514 since 1970-01-01), never with the code under test.
@Suite("ISO 8601 times")
struct ISO8601Tests {
    /// 2026-03-02T01:05:00Z = 09:05 in Taipei, the sample ticket's awareness time.
    static let t0: Int64 = 1_772_413_500_000

    struct Accepted: Sendable, CustomTestStringConvertible {
        let text: String
        let milliseconds: Int64
        var testDescription: String { text }
    }

    static let accepted: [Accepted] = [
        .init(text: "2026-03-02T01:05:00Z", milliseconds: t0),
        .init(text: "2026-03-02T01:05:00z", milliseconds: t0),
        .init(text: "2026-03-02t01:05:00Z", milliseconds: t0),
        .init(text: "2026-03-02T01:05:00+00:00", milliseconds: t0),
        .init(text: "2026-03-02T01:05:00-00:00", milliseconds: t0),
        .init(text: "2026-03-02T09:05:00+08:00", milliseconds: t0),
        .init(text: "2026-03-02T09:05:00+0800", milliseconds: t0),
        .init(text: "2026-03-01T19:35:00-05:30", milliseconds: t0),
        .init(text: "2026-03-01T19:35:00-0530", milliseconds: t0),
        .init(text: "2026-03-02 01:05:00Z", milliseconds: t0),
        .init(text: "2026-03-02 09:05:00+08:00", milliseconds: t0),
        .init(text: "2026-03-02T01:05Z", milliseconds: t0),
        .init(text: "2026-03-02T09:05+08:00", milliseconds: t0),
        // Fractions: 1, 2, 3 and 6 digits; sub-millisecond digits are dropped, never rounded.
        .init(text: "2026-03-02T01:05:00.5Z", milliseconds: t0 + 500),
        .init(text: "2026-03-02T01:05:00.25Z", milliseconds: t0 + 250),
        .init(text: "2026-03-02T01:05:00.123Z", milliseconds: t0 + 123),
        .init(text: "2026-03-02T01:05:00.123456Z", milliseconds: t0 + 123),
        .init(text: "2026-03-02T01:05:00.1239Z", milliseconds: t0 + 123),
        .init(text: "2026-03-02T01:05:00.999999999Z", milliseconds: t0 + 999),
        .init(text: "2026-03-02T01:05:00.007Z", milliseconds: t0 + 7),
        .init(text: "2026-03-02T01:05:00,250Z", milliseconds: t0 + 250),
        .init(text: "2026-03-02T09:05:00.123456+08:00", milliseconds: t0 + 123),
        .init(text: "1970-01-01T00:00:00Z", milliseconds: 0),
        .init(text: "1970-01-01T08:00:00+08:00", milliseconds: 0),
        .init(text: "1969-12-31T23:59:59.999Z", milliseconds: -1),
        .init(text: "1900-01-01T00:00:00Z", milliseconds: -2_208_988_800_000),
        .init(text: "2000-02-29T00:00:00Z", milliseconds: 951_782_400_000),
        .init(text: "2000-03-01T00:00:00Z", milliseconds: 951_868_800_000),
        .init(text: "2028-02-29T12:00:00Z", milliseconds: 1_835_438_400_000),
        .init(text: "9999-12-31T23:59:59Z", milliseconds: 253_402_300_799_000),
        .init(text: "2027-01-01T00:30:00+08:00", milliseconds: 1_798_734_600_000),
    ]

    @Test("accepts", arguments: accepted)
    func accepts(_ row: Accepted) throws {
        let parsed = try ISO8601.parse(row.text)
        #expect(parsed.millisecondsSinceEpoch == row.milliseconds)
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        let text: String
        /// A fragment the English reason must contain.
        let reason: String
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let rejected: [Rejected] = [
        .init(text: "2026-03-02T09:05:00", reason: "has no UTC offset"),
        .init(text: "2026-03-02T09:05", reason: "has no UTC offset"),
        .init(text: "2026-03-02T09:05:00 +08:00", reason: "has no UTC offset"),
        .init(text: "2026-03-02", reason: "has a date but no time of day"),
        .init(text: "2026-02-30T10:00:00Z", reason: "has no day 30 in 2026-02"),
        .init(text: "2026-02-29T10:00:00Z", reason: "has no day 29 in 2026-02"),
        .init(text: "2100-02-29T10:00:00Z", reason: "has no day 29 in 2100-02"),
        .init(text: "2026-04-31T10:00:00Z", reason: "has no day 31 in 2026-04"),
        .init(text: "2026-03-00T10:00:00Z", reason: "has no day 0"),
        .init(text: "2026-13-01T10:00:00Z", reason: "has no month 13"),
        .init(text: "2026-00-10T10:00:00Z", reason: "has no month 0"),
        .init(text: "2026-03-02T24:00:00Z", reason: "time of day out of range"),
        .init(text: "2026-03-02T10:60:00Z", reason: "time of day out of range"),
        .init(text: "2026-03-02T10:00:60Z", reason: "time of day out of range"),
        .init(text: "2026-03-02T10:00:00Zjunk", reason: "unexpected text after the UTC offset"),
        .init(text: "2026-03-02T10:00:00+08:00 ", reason: "unexpected text after the UTC offset"),
        .init(text: "2026-03-02T10:00:00+08:00:00", reason: "unexpected text after the UTC offset"),
        .init(text: "", reason: "is not an ISO 8601 time"),
        .init(text: "hello", reason: "is not an ISO 8601 time"),
        .init(text: " 2026-03-02T10:00:00Z", reason: "is not an ISO 8601 time"),
        .init(text: "2026-3-2T10:00:00Z", reason: "is not an ISO 8601 time"),
        .init(text: "2026-03-02T10:00:00+8:00", reason: "is not an ISO 8601 time"),
        .init(text: "2026-03-02T10:00:00+08", reason: "is not an ISO 8601 time"),
        .init(text: "２０２６-03-02T10:00:00Z", reason: "is not an ISO 8601 time"),
        .init(text: "2026-03-02T10:00:00.Z", reason: "decimal point with no fraction"),
        .init(text: "2026-03-02T10:00:00+15:00", reason: "UTC offset out of range"),
        .init(text: "2026-03-02T10:00:00+08:60", reason: "UTC offset out of range"),
        .init(text: "1899-12-31T23:59:59Z", reason: "year outside 1900–9999"),
    ]

    @Test("rejects", arguments: rejected)
    func rejects(_ row: Rejected) {
        let error = #expect(throws: ISO8601.ParseError.self) { try ISO8601.parse(row.text) }
        #expect(error?.reason.en.contains(row.reason) == true, "reason was: \(error?.reason.en ?? "-")")
        // Both languages say something, and not the same thing.
        #expect(error?.reason.zh.isEmpty == false)
        #expect(error?.reason.zh != error?.reason.en)
    }

    @Test func leapDayIsAcceptedOnlyInLeapYears() throws {
        #expect(try ISO8601.parse("2028-02-29T00:00:00+08:00").millisecondsSinceEpoch == 1_835_395_200_000 - 8 * 3_600_000)
        #expect(try ISO8601.parse("2000-02-29T00:00:00Z").millisecondsSinceEpoch == 951_782_400_000)
        #expect(throws: ISO8601.ParseError.self) { try ISO8601.parse("2026-02-29T00:00:00+08:00") }
        #expect(throws: ISO8601.ParseError.self) { try ISO8601.parse("1900-02-29T00:00:00Z") }
    }

    @Test func missingOffsetNamesTheLegalClock() {
        let error = #expect(throws: ISO8601.ParseError.self) { try ISO8601.parse("2026-03-02T09:05:00") }
        #expect(error?.reason.en.contains("Z or +08:00") == true)
        #expect(error?.reason.zh.contains("缺少時區") == true)
    }

    // MARK: Formatting

    @Test func utcStringLeavesOutZeroMilliseconds() {
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: Self.t0)) == "2026-03-02T01:05:00Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: Self.t0 + 250)) == "2026-03-02T01:05:00.250Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: Self.t0 + 7)) == "2026-03-02T01:05:00.007Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: 0)) == "1970-01-01T00:00:00Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: -1)) == "1969-12-31T23:59:59.999Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: -2_208_988_800_000)) == "1900-01-01T00:00:00Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: 1_835_438_400_000)) == "2028-02-29T12:00:00Z")
        #expect(ISO8601.utcString(Instant(millisecondsSinceEpoch: 253_402_300_799_999)) == "9999-12-31T23:59:59.999Z")
    }

    @Test func utcMillisecondStringAlwaysHasMilliseconds() {
        #expect(ISO8601.utcMillisecondString(Instant(millisecondsSinceEpoch: Self.t0)) == "2026-03-02T01:05:00.000Z")
        #expect(ISO8601.utcMillisecondString(Instant(millisecondsSinceEpoch: Self.t0 + 999)) == "2026-03-02T01:05:00.999Z")
        #expect(ISO8601.utcMillisecondString(Instant(millisecondsSinceEpoch: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(ISO8601.utcMillisecondString(Instant(millisecondsSinceEpoch: -86_400_000)) == "1969-12-31T00:00:00.000Z")
    }

    @Test func stringInALocalOffset() {
        let t = Instant(millisecondsSinceEpoch: Self.t0)
        #expect(ISO8601.string(t, offsetMinutes: 480) == "2026-03-02T09:05:00+08:00")
        #expect(ISO8601.string(t, offsetMinutes: -330) == "2026-03-01T19:35:00-05:30")
        #expect(ISO8601.string(t, offsetMinutes: 345) == "2026-03-02T06:50:00+05:45")
        #expect(ISO8601.string(t, offsetMinutes: 0) == "2026-03-02T01:05:00Z")
        #expect(ISO8601.string(t.adding(milliseconds: 40), offsetMinutes: 480) == "2026-03-02T09:05:00.040+08:00")
        // The local date rolls over: 16:30Z on New Year's Eve is already 2027 in Taipei.
        #expect(ISO8601.string(instant("2026-12-31T16:30:00Z"), offsetMinutes: 480) == "2027-01-01T00:30:00+08:00")
        #expect(ISO8601.string(Instant(millisecondsSinceEpoch: 0), offsetMinutes: -60) == "1969-12-31T23:00:00-01:00")
    }

    @Test func instantDescriptionIsTheUTCString() {
        #expect(Instant(millisecondsSinceEpoch: Self.t0 + 1).description == "2026-03-02T01:05:00.001Z")
    }

    // MARK: Round trips (property style)

    /// Many instants between 1900 and 9999 (with a day's margin for local offsets), before and
    /// after 1970, with and without milliseconds, plus every leap day of some leap years.
    static func sampleInstants() -> [Instant] {
        let low: Int64 = -2_208_988_800_000 + 86_400_000
        let high: Int64 = 253_402_300_799_999 - 86_400_000
        var rng = SplitMix64(seed: 0x1509_8601)
        var out: [Instant] = []
        for n in 0..<20_000 {
            var ms = Int64.random(in: low...high, using: &rng)
            if n % 3 == 0 { ms -= ((ms % 1000) + 1000) % 1000 }      // whole seconds too
            out.append(Instant(millisecondsSinceEpoch: ms))
        }
        for year in [1904, 1968, 1972, 2000, 2024, 2028, 2400] {
            let leapDay = CivilDate(year: year, month: 2, day: 29).daysSinceEpoch * 86_400_000
            out += [leapDay, leapDay + 43_200_123, leapDay + 86_399_999, leapDay - 1].map(Instant.init(millisecondsSinceEpoch:))
        }
        out += [-1, 0, 1, 999, 1000, -1000, -86_400_000].map(Instant.init(millisecondsSinceEpoch:))
        return out
    }

    @Test func formattingThenParsingGivesTheSameInstant() {
        var rng = SplitMix64(seed: 42)
        var failures: [String] = []
        for t in Self.sampleInstants() {
            let offset = Int.random(in: -56...56, using: &rng) * 15            // −14:00 … +14:00
            let texts = [ISO8601.utcString(t), ISO8601.utcMillisecondString(t), ISO8601.string(t, offsetMinutes: offset)]
            for text in texts where (try? ISO8601.parse(text)) != t {
                failures.append("\(t.millisecondsSinceEpoch) → \(text)")
            }
            if failures.count > 10 { break }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func millisecondStringsSortLikeTheirInstants() {
        let instants = Self.sampleInstants()
        let byText = instants.sorted { ISO8601.utcMillisecondString($0) < ISO8601.utcMillisecondString($1) }
        #expect(byText == instants.sorted())
        #expect(instants.allSatisfy { ISO8601.utcMillisecondString($0).utf8.count == 24 })
    }

    @Test func parsingThenFormattingGivesTheSameText() throws {
        for text in ["2026-03-02T01:05:00Z", "2026-03-02T01:05:00.250Z", "1969-07-20T20:17:40Z", "2028-02-29T23:59:59.999Z"] {
            #expect(ISO8601.utcString(try ISO8601.parse(text)) == text)
        }
    }
}
