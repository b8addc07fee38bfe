/// The after-action report of a drill run (演練檢討報告): each expected clock and step judged
/// against what the drill desk's journal recorded, a timeline, and a score. A pure function of
/// the scenario and the drill desk as it stood at the drill's end.
///
/// The score (README, "Drills"; playbooks/drills/README.md, "Score"): each expectation earns
/// a full point when on time (a clock met at least its margin before due; a step done by its
/// offset), half a point when late (a clock met after due less its margin but within the drill;
/// a step done after its offset) or, for a step, skipped with a reason, and nothing when
/// missed, waived or missing (a clock waived after it fell due is missed). A legal clock weighs
/// 2, a step 1. A clock neither met nor due
/// (less its margin) by the drill's end is not scored. Score = 100 × earned ÷ possible,
/// rounded half up; no score when nothing was scored.
public struct AfterActionReport: Sendable {
    public enum Outcome: String, Sendable, CaseIterable {
        case onTime = "on-time", late, missed, waived, notDue = "not-due", done, skipped, missing

        /// Half points earned, out of 2; nil when not scored.
        var halfPoints: Int? {
            switch self {
            case .onTime, .done: 2
            case .late, .skipped: 1
            case .missed, .waived, .missing: 0
            case .notDue: nil
            }
        }
    }

    public struct ClockResult: Sendable {
        public let expected: DrillScenario.ExpectedClock
        /// The desk id of the ticket's incident; nil when the ticket never arrived.
        public let incident: String?
        public let dueAt: Instant?
        public let metAt: Instant?
        /// Minutes to spare (negative: late) between meeting and due.
        public let spareMinutes: Int?
        public let outcome: Outcome
    }

    public struct StepResult: Sendable {
        public let expected: DrillScenario.ExpectedStep
        public let incident: String?
        public let by: Instant
        /// When it was done, or skipped.
        public let at: Instant?
        /// The step's note or the reason it was skipped.
        public let text: String?
        public let outcome: Outcome
    }

    public struct TimelineEntry: Sendable {
        public let row: RecordedEvent
        public let offsetMinutes: Int
    }

    public let run: String
    public let scenario: DrillScenario
    public let start: Instant
    public let end: Instant
    public let clocks: [ClockResult]
    public let steps: [StepResult]
    public let timeline: [TimelineEntry]
    public let earnedHalfPoints: Int
    public let possibleHalfPoints: Int

    public static let clockWeight = 2
    public static let stepWeight = 1

    /// 0–100, or nil when nothing was scored.
    public var score: Int? {
        guard possibleHalfPoints > 0 else { return nil }
        return (100 * earnedHalfPoints * 2 + possibleHalfPoints) / (2 * possibleHalfPoints)
    }

    /// Judges run `run` of `scenario`, started at `start`, from the drill desk's incidents and
    /// journal rows.
    public init(run: String, scenario: DrillScenario, start: Instant, incidents: [Incident], rows: [RecordedEvent]) {
        self.run = run
        self.scenario = scenario
        self.start = start
        let end = start.adding(milliseconds: Int64(scenario.durationMinutes) * 60_000)
        self.end = end
        let bySource = Dictionary(incidents.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tickets = scenario.tickets
        func incident(_ ref: String) -> Incident? { tickets[ref].flatMap { bySource[$0.sourceID] } }
        func minutes(_ from: Instant, _ to: Instant) -> Int {
            let ms = from.milliseconds(until: to)
            return Int(ms >= 0 ? ms / 60_000 : -((-ms + 59_999) / 60_000))
        }
        var earned = 0, possible = 0
        clocks = scenario.expectedClocks.map { expected in
            let found = incident(expected.ref)
            guard let found, let clock = found.obligations.first(where: { $0.kind == expected.kind }) else {
                return ClockResult(expected: expected, incident: found?.id, dueAt: nil, metAt: nil, spareMinutes: nil, outcome: .missed)
            }
            let demanded = clock.dueAt.adding(milliseconds: -Int64(expected.marginMinutes) * 60_000)
            let outcome: Outcome
            var spare: Int?
            if let met = clock.metAt, met <= end {
                spare = minutes(met, clock.dueAt)
                outcome = met <= demanded ? .onTime : .late
            } else if clock.state == .waived {
                // Waived once it had already fallen due (closed with clocks overdue, say) is a
                // clock the officer missed: the waiver comes after the breach, not instead of it.
                outcome = clock.waivedAt.map { $0 > clock.dueAt } ?? false ? .missed : .waived
            } else {
                outcome = demanded > end ? .notDue : .missed
            }
            return ClockResult(expected: expected, incident: found.id, dueAt: clock.dueAt, metAt: clock.metAt.flatMap { $0 <= end ? $0 : nil },
                               spareMinutes: spare, outcome: outcome)
        }
        for result in clocks {
            if let half = result.outcome.halfPoints {
                earned += Self.clockWeight * half
                possible += Self.clockWeight * 2
            }
        }
        steps = scenario.expectedSteps.map { expected in
            let by = start.adding(milliseconds: Int64(expected.byMinutes) * 60_000)
            let found = incident(expected.ref)
            guard let record = found?.steps.first(where: { $0.step == expected.step }), record.recordedAt <= end else {
                return StepResult(expected: expected, incident: found?.id, by: by, at: nil, text: nil, outcome: .missing)
            }
            let outcome: Outcome = record.status == .skipped ? .skipped : (record.at <= by ? .done : .late)
            return StepResult(expected: expected, incident: found?.id, by: by, at: record.at, text: record.text, outcome: outcome)
        }
        for result in steps {
            earned += Self.stepWeight * (result.outcome.halfPoints ?? 0)
            possible += Self.stepWeight * 2
        }
        earnedHalfPoints = earned
        possibleHalfPoints = possible
        // The drill as it happened: what arrived and what was done, not the desk's setup.
        timeline = rows.filter { row in
            switch row.event {
            case .deskOpened, .policyAdopted, .playbookAdopted: false
            default: true
            }
        }.map { TimelineEntry(row: $0, offsetMinutes: minutes(start, $0.at)) }
    }
}
