/// Which legal clocks run for an incident, from when, and for how long: the deadline policy,
/// loaded from YAML (`playbooks/policies/`) and adopted into the journal so that replay derives
/// the same clocks even after the file changes.
public struct DeadlinePolicy: Hashable, Sendable {
    /// Where it came from, e.g. `default + tcn`.
    public var name: String
    public var rules: [DeadlineRule]
    /// How long evidence is kept after the incident is closed: 3 years in the TCN region, at
    /// least 1 year in the Kaohsiung region (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14595–14599, L20058–20062).
    public var evidenceRetention: DeadlineDuration

    public static let defaultRetention = DeadlineDuration.months(36)
    /// How far ahead a handover report lists clocks falling due (`handover_horizon`): a 12-hour
    /// watch sees everything due before the next one ends.
    public var handoverHorizonMinutes: Int
    /// How long an offered handover may wait for its signature before it is flagged
    /// (`handover_accept_within`).
    public var handoverAcceptWithinMinutes: Int

    public static let defaultHandoverHorizonMinutes = 12 * 60
    public static let defaultHandoverAcceptWithinMinutes = 30

    public init(name: String, rules: [DeadlineRule], evidenceRetention: DeadlineDuration = DeadlinePolicy.defaultRetention,
                handoverHorizonMinutes: Int = DeadlinePolicy.defaultHandoverHorizonMinutes,
                handoverAcceptWithinMinutes: Int = DeadlinePolicy.defaultHandoverAcceptWithinMinutes) {
        self.name = name
        self.rules = rules
        self.evidenceRetention = evidenceRetention
        self.handoverHorizonMinutes = handoverHorizonMinutes
        self.handoverAcceptWithinMinutes = handoverAcceptWithinMinutes
    }

    public func rule(_ kind: ObligationKind) -> DeadlineRule? {
        rules.first { $0.kind == kind }
    }
}

/// A level as a policy sees it: unclassified or 1–4.
public enum LevelBand: String, CaseIterable, Hashable, Sendable, Comparable {
    case unclassified
    case one = "1", two = "2", three = "3", four = "4"

    public init(_ level: IncidentLevel?) {
        switch level {
        case nil: self = .unclassified
        case .one?: self = .one
        case .two?: self = .two
        case .three?: self = .three
        case .four?: self = .four
        }
    }

    public static func < (lhs: LevelBand, rhs: LevelBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The numbered levels among `bands` as the regulation writes them: `3–4` for a run,
    /// `1, 3` otherwise, empty when there are none. The words for "all" and "unclassified"
    /// are each language's (`Words.levels`).
    public static func numbers(_ bands: Set<LevelBand>) -> String {
        let numbers = bands.filter { $0 != .unclassified }.sorted().map(\.rawValue)
        guard !numbers.isEmpty else { return "" }
        return numbers.count > 1 && Int(numbers.last!)! - Int(numbers.first!)! == numbers.count - 1
            ? "\(numbers.first!)–\(numbers.last!)" : numbers.joined(separator: ", ")
    }
}

/// When a clock starts.
public enum DeadlineStart: Hashable, Sendable {
    case awareAt
    case reportedAt
    /// The earlier of `reported_at` and `occurred_at` (the TCN 60-minute rule: "於事件通報或事件
    /// 發生 60 分鐘內").
    case earlierOfReportedAndOccurred
    /// When another obligation was met (e.g. forward the review once the review is done).
    case whenMet(ObligationKind)
    /// At each level change.
    case levelChange
    /// When a report went out another way because the platform could not be used (a
    /// notification with a fallback reason, 2026 Art 6(3) / 2021 Art 4(3)).
    case fallback

    public var name: String {
        switch self {
        case .awareAt: return "aware_at"
        case .reportedAt: return "reported_at"
        case .earlierOfReportedAndOccurred: return "earlier-of-reported-and-occurred"
        case .whenMet(let kind): return "met:\(kind.rawValue)"
        case .levelChange: return "level-change"
        case .fallback: return "fallback"
        }
    }

    /// The starts named by a word alone (`met:` takes a kind after it).
    public static let named: [DeadlineStart] = [.awareAt, .reportedAt, .earlierOfReportedAndOccurred, .levelChange, .fallback]

    public init?(name: String) {
        if let start = Self.named.first(where: { $0.name == name }) {
            self = start
            return
        }
        guard name.hasPrefix("met:"), let kind = ObligationKind(rawValue: String(name.dropFirst(4))) else { return nil }
        self = .whenMet(kind)
    }
}

/// A span of time: exact minutes, or calendar months counted in Asia/Taipei.
public enum DeadlineDuration: Hashable, Sendable, CustomStringConvertible {
    case minutes(Int)
    case months(Int)

    public func end(from start: Instant) -> Instant {
        switch self {
        case .minutes(let m): return start.adding(milliseconds: Int64(m) * 60_000)
        case .months(let n): return TaipeiCalendar.adding(months: n, to: start)
        }
    }

    /// `1h`, `90m`, `36h`, `1 month`.
    public var description: String {
        switch self {
        case .minutes(let m) where m % 60 == 0: return "\(m / 60)h"
        case .minutes(let m): return "\(m)m"
        case .months(let n) where n % 12 == 0: return n == 12 ? "1 year" : "\(n / 12) years"
        case .months(let n): return n == 1 ? "1 month" : "\(n) months"
        }
    }

    /// The longest clock a policy may set: ten years. Anything longer is a typo, and refusing it
    /// keeps every due-time computation far from overflow.
    public static let longestMinutes = 10 * 366 * 1440
    public static let longestMonths = 120

    /// Reads `60m`, `1h`, `36h`, `2d`, `1 month`, `3 months`, `1 year`; nil for anything else or longer
    /// than ten years.
    public init?(text: String) {
        let t = text.lowercased().split(separator: " ").joined()
        func number(_ suffix: String, times unit: Int, limit: Int) -> Int? {
            guard t.hasSuffix(suffix), let n = Int(t.dropLast(suffix.count)), n > 0 else { return nil }
            let (total, overflow) = n.multipliedReportingOverflow(by: unit)
            return !overflow && total <= limit ? total : nil
        }
        // Calendar units first: "1 month" must not be read as minutes.
        let calendar = [("years", 12), ("year", 12), ("months", 1), ("month", 1)]
        let exact = [("min", 1), ("m", 1), ("h", 60), ("d", 1440)]
        if let n = calendar.lazy.compactMap({ number($0.0, times: $0.1, limit: Self.longestMonths) }).first {
            self = .months(n)
        } else if let n = exact.lazy.compactMap({ number($0.0, times: $0.1, limit: Self.longestMinutes) }).first {
            self = .minutes(n)
        } else {
            return nil
        }
    }
}

/// One row of the policy: a kind of obligation, the levels it applies to, when it starts, how
/// long it runs (possibly per level), and when the screen should start warning.
public struct DeadlineRule: Hashable, Sendable {
    public var kind: ObligationKind
    public var appliesTo: Set<LevelBand>
    public var start: DeadlineStart
    public var dueWithin: [LevelBand: DeadlineDuration]
    /// How long before the due time the clock turns amber; nil means the default.
    public var warnBefore: DeadlineDuration?
    /// The rule or plan it comes from, for the officer and the auditor.
    public var basis: String

    public init(kind: ObligationKind, appliesTo: Set<LevelBand>, start: DeadlineStart,
                dueWithin: [LevelBand: DeadlineDuration], warnBefore: DeadlineDuration? = nil, basis: String) {
        self.kind = kind
        self.appliesTo = appliesTo
        self.start = start
        self.dueWithin = dueWithin
        self.warnBefore = warnBefore
        self.basis = basis
    }

    public func applies(to level: IncidentLevel?) -> Bool { appliesTo.contains(LevelBand(level)) }

    public func duration(for level: IncidentLevel?) -> DeadlineDuration? { dueWithin[LevelBand(level)] }

    /// When the clock turns amber: `warnBefore` if set, else a quarter of the duration, and at
    /// most 15 minutes for clocks of an hour or less.
    public func warningAt(start: Instant, due: Instant) -> Instant {
        if let warnBefore, case .minutes(let m) = warnBefore {
            return due.adding(milliseconds: -Int64(m) * 60_000)
        }
        if let warnBefore, case .months = warnBefore {
            return max(start, Instant(millisecondsSinceEpoch: due.millisecondsSinceEpoch
                - (warnBefore.end(from: start).millisecondsSinceEpoch - start.millisecondsSinceEpoch)))
        }
        let length = start.milliseconds(until: due)
        var lead = length / 4
        if length <= 3_600_000 { lead = min(lead, 15 * 60_000) }
        return due.adding(milliseconds: -lead)
    }
}
