@testable import CertDeskCore
import CertDeskTestSupport
import Testing

/// The default queue order, as the issue states it and as the README documents it.
@Suite("Queue urgency")
struct QueueUrgencyTests {
    static let now = instant("2026-12-02T03:00:00+08:00")

    static func row(_ id: String, level: IncidentLevel?, dueInMinutes: Int64?, exercise: Bool = false) -> QueueRow {
        QueueRow(id: id, title: id, level: level, category: .other, agency: "臺中市政府", phase: .detectionAnalysis, assignee: nil,
                 exercise: exercise, nextDueAt: dueInMinutes.map { now.adding(milliseconds: $0 * 60_000) }, nextDueKind: nil, nextWarnAt: nil)
    }

    static func sorted(_ rows: [QueueRow]) -> [String] {
        rows.sorted { QueueUrgency.precedes($0, $1, at: now) }.map(\.id)
    }

    @Test func aLevelFourDueInHalfAnHourComesBeforeALevelOneMissed18HoursAgo() {
        #expect(Self.sorted([Self.row("spam", level: .one, dueInMinutes: -18 * 60), Self.row("ransomware", level: .four, dueInMinutes: 30)])
            == ["ransomware", "spam"])
    }

    @Test func aDrillNeverTopsARealIncident() {
        let rows = [Self.row("drill", level: .four, dueInMinutes: -5, exercise: true), Self.row("quiet", level: nil, dueInMinutes: nil)]
        #expect(Self.sorted(rows) == ["quiet", "drill"], "even a real incident with no clock running")
    }

    @Test func amongEqualsTheNextClockFirstThenTheHigherLevel() {
        let rows = [Self.row("b", level: .three, dueInMinutes: 20), Self.row("a", level: .four, dueInMinutes: 20),
                    Self.row("c", level: .three, dueInMinutes: 10), Self.row("d", level: .four, dueInMinutes: 40)]
        #expect(Self.sorted(rows) == ["c", "a", "b", "d"])
    }

    @Test func aYearOldBreachDoesNotBuryTonightsClocks() {
        let rows = [Self.row("old", level: .four, dueInMinutes: -300 * 24 * 60), Self.row("minor-now", level: .two, dueInMinutes: 50),
                    Self.row("unclassified-now", level: nil, dueInMinutes: 55), Self.row("later", level: .four, dueInMinutes: 3 * 24 * 60),
                    Self.row("none", level: .four, dueInMinutes: nil)]
        #expect(Self.sorted(rows) == ["unclassified-now", "minor-now", "later", "old", "none"],
                "an unclassified incident may turn out to be level 3–4, so it comes before levels 1–2")
    }

    @Test func theBandsMeetAtTheDayBoundaryWithoutGapOrOverlap() {
        let day: Int64 = 24 * 60
        for minutes in [-day - 1, -day, -day + 1, 0, day - 1, day, day + 1] {
            let due = Self.now.adding(milliseconds: minutes * 60_000)
            for exercise in [false, true] {
                for level in [nil] + IncidentLevel.allCases.map(Optional.some) {
                    let segments = QueueUrgency.segments(at: Self.now)
                    let matching = segments.indices.filter { segments[$0].contains(exercise: exercise, level: level, nextDueAt: due) }
                    #expect(matching.count == 1, "\(minutes) min, level \(String(describing: level)), drill \(exercise)")
                    #expect(matching.first == QueueUrgency.segmentIndex(exercise: exercise, level: level, nextDueAt: due, at: Self.now),
                            "the computed band is the segment the store pages")
                }
            }
        }
        #expect(QueueUrgency.segments(at: Self.now).filter { $0.contains(exercise: false, level: .two, nextDueAt: nil) }.count == 1)
        #expect(QueueUrgency.segmentIndex(exercise: false, level: .one, nextDueAt: Self.now.adding(milliseconds: -day * 60_000), at: Self.now)
            < QueueUrgency.segmentIndex(exercise: false, level: .one, nextDueAt: Self.now.adding(milliseconds: (-day - 1) * 60_000), at: Self.now),
            "missed exactly a day ago is still the watch's; a minute more is the backlog")
    }

    @Test func theOrderIsATotalOrder() {
        var generator = SplitMix64(seed: 7)
        let rows = (0..<300).map { n -> QueueRow in
            let level = IncidentLevel(rawValue: Int(generator.next() % 5))
            let due: Int64? = generator.next() % 7 == 0 ? nil : Int64(generator.next() % 6000) - 3000
            return Self.row("TCN-2026-\(n)", level: level, dueInMinutes: due.map { $0 * 17 }, exercise: generator.next() % 5 == 0)
        }
        let order = rows.sorted { QueueUrgency.precedes($0, $1, at: Self.now) }
        for (a, b) in zip(order, order.dropFirst()) {
            #expect(!QueueUrgency.precedes(b, a, at: Self.now), "\(a.id) and \(b.id) both precede each other")
        }
    }
}

@Suite("Typed local times")
struct LocalTimeInputTests {
    static let taipei: @Sendable (Instant) -> Int = { _ in 480 }

    func parse(_ text: String, at now: String) -> Instant?? {
        switch LocalTimeInput.parse(text, now: instant(now), offsetMinutes: Self.taipei) {
        case .success(let at): return .some(at)
        case .failure: return nil
        }
    }

    @Test func aClockTimeIsTheLatestOneNotInTheFuture() {
        #expect(parse("23:30", at: "2026-12-02T00:10:00+08:00") == .some(instant("2026-12-01T23:30:00+08:00")), "last night")
        #expect(parse("00:05", at: "2026-12-02T00:10:00+08:00") == .some(instant("2026-12-02T00:05:00+08:00")))
        #expect(parse("00:10", at: "2026-12-02T00:10:00+08:00") == .some(instant("2026-12-02T00:10:00+08:00")), "now itself is not the future")
        #expect(parse("09:40:30", at: "2026-12-02T10:00:00+08:00") == .some(instant("2026-12-02T09:40:30+08:00")))
    }

    @Test func datesAndFullTimesAreTakenAsWritten() {
        #expect(parse("2026-12-01 23:30", at: "2026-12-02T00:10:00+08:00") == .some(instant("2026-12-01T23:30:00+08:00")))
        #expect(parse("2026-12-01T15:30:00Z", at: "2026-12-02T00:10:00+08:00") == .some(instant("2026-12-01T23:30:00+08:00")))
        #expect(parse("now", at: "2026-12-02T00:10:00+08:00") == .some(nil))
        #expect(parse("", at: "2026-12-02T00:10:00+08:00") == .some(nil))
    }

    @Test func nonsenseIsRefusedWithTheForms() {
        #expect(parse("yesterday", at: "2026-12-02T00:10:00+08:00") == nil)
        #expect(parse("25:99", at: "2026-12-02T00:10:00+08:00") == nil)
        guard case .failure(let problem) = LocalTimeInput.parse("soon", now: deskNow, offsetMinutes: Self.taipei) else {
            Issue.record("accepted"); return
        }
        #expect(problem.reason.en == "\"soon\" is not a time: use now, HH:MM, YYYY-MM-DD HH:MM or ISO 8601")
    }

    @Test func theOfficerReadsTimesInTaipeiToTheSecond() {
        #expect(TaipeiTime.text(instant("2026-12-01T19:10:00.250Z")) == "2026-12-02 03:10:00 +08:00")
        #expect(ISO8601.displayString(instant("2026-12-01T19:10:00Z"), offsetMinutes: 0) == "2026-12-01 19:10:00 +00:00")
    }
}

@Suite("Names typed by the officer")
struct NameMatchTests {
    static let kinds = ObligationKind.allCases.map(\.rawValue)

    @Test func exactPrefixAndNearMisses() {
        #expect(NameMatch.match("on-site", among: Self.kinds) == .found("on-site"))
        #expect(NameMatch.match("ON", among: Self.kinds) == .found("on-site"), "a unique beginning, any case")
        #expect(NameMatch.match("onsite", among: Self.kinds) == .unknown(suggestions: ["on-site"]))
        #expect(NameMatch.match("reviw", among: Self.kinds) == .unknown(suggestions: ["review"]))
        #expect(NameMatch.match("re", among: Self.kinds) == .ambiguous(["report-platform", "review", "renotify"]))
        #expect(NameMatch.match("xyzzy", among: Self.kinds) == .unknown(suggestions: []))
        let phases = IncidentPhase.allCases.map(\.rawValue)
        #expect(NameMatch.match("post", among: phases) == .found("post-incident"))
        #expect(NameMatch.match("c", among: phases) == .ambiguous(["containment-eradication-recovery", "closed"]))
    }

    @Test func theProblemSaysWhatWasMeant() {
        let problem = NameMatch.match("onsite", among: Self.kinds).problem("onsite", what: BilingualText(en: "clock", zh: "時限"), names: Self.kinds)
        #expect(problem?.en == "\"onsite\" is not a clock; did you mean on-site?")
        #expect(problem?.zh == "\"onsite\" 不是時限；是否要輸入 on-site？")
    }
}
