/// Derives an incident's legal clocks from the policy: when it opens, when its level changes,
/// and when a clock that others wait on is met. Pure, and used only by the reducer.
///
/// Level change (issue rules): a clock that did not apply before starts at the change; one that
/// applied keeps its start and takes the new duration, so it may fall due sooner or already be
/// overdue; one that no longer applies is waived with the reason; each change adds a `renotify`.
enum ObligationDerivation {
    static func opening(_ incident: Incident, policy: DeadlinePolicy) -> [Obligation] {
        policy.rules.compactMap { rule in
            guard rule.applies(to: incident.level), let start = fixedStart(rule.start, incident) else { return nil }
            return make(rule, level: incident.level, start: start)
        }
    }

    static func levelChanged(_ incident: inout Incident, from previous: IncidentLevel?, policy: DeadlinePolicy,
                             at time: Instant, actor: String) {
        let level = incident.level
        for rule in policy.rules {
            switch rule.start {
            case .fallback:
                continue        // each re-entry keeps the duration it was given when the report fell back
            case .levelChange:
                guard rule.applies(to: level), let duration = rule.duration(for: level) else { continue }
                let ordinal = (incident.obligations.filter { $0.kind == rule.kind }.map(\.ordinal).max() ?? 0) + 1
                incident.obligations.append(make(rule, duration: duration, start: time, ordinal: ordinal))
            case .whenMet(let predecessor):
                // A chained clock exists only once its predecessor was met.
                guard incident.obligations.contains(where: { $0.kind == predecessor && $0.metAt != nil }) else { continue }
                adjust(&incident, rule, level: level, previous: previous, at: time, actor: actor,
                       start: incident.obligations.first { $0.kind == predecessor }?.metAt)
            default:
                adjust(&incident, rule, level: level, previous: previous, at: time, actor: actor,
                       start: fixedStart(rule.start, incident))
            }
        }
    }

    /// Starts the clocks a fallback report starts (the platform re-entry): one at a time, so a
    /// second fallback while the first re-entry is still owed adds nothing.
    static func fellBack(at time: Instant, _ incident: inout Incident, policy: DeadlinePolicy) {
        for rule in policy.rules where rule.start == .fallback && rule.applies(to: incident.level) {
            let earlier = incident.obligations.filter { $0.kind == rule.kind }
            guard !earlier.contains(where: \.isPending), let duration = rule.duration(for: incident.level) else { continue }
            incident.obligations.append(make(rule, duration: duration, start: time, ordinal: (earlier.map(\.ordinal).max() ?? 0) + 1))
        }
    }

    /// Starts the clocks that wait on `kind` being met.
    static func met(_ kind: ObligationKind, at time: Instant, _ incident: inout Incident, policy: DeadlinePolicy) {
        for rule in policy.rules where rule.start == .whenMet(kind) && rule.applies(to: incident.level) {
            guard !incident.obligations.contains(where: { $0.kind == rule.kind }) else { continue }
            if let obligation = make(rule, level: incident.level, start: time) { incident.obligations.append(obligation) }
        }
    }

    private static func adjust(_ incident: inout Incident, _ rule: DeadlineRule, level: IncidentLevel?,
                               previous: IncidentLevel?, at time: Instant, actor: String, start usualStart: Instant?) {
        let index = incident.obligations.firstIndex { $0.kind == rule.kind }
        let appliesNow = rule.applies(to: level)
        guard let index else {
            // Did not apply before (or never started): it starts at the change.
            if appliesNow, usualStart != nil, let obligation = make(rule, level: level, start: time) {
                incident.obligations.append(obligation)
            }
            return
        }
        var obligation = incident.obligations[index]
        defer { incident.obligations[index] = obligation }
        if obligation.state == .waived, obligation.waivedForLevel {
            // Waived only because the level made it not apply: it applies again from the change.
            guard appliesNow, let restarted = make(rule, level: level, start: time) else { return }
            obligation = restarted
            return
        }
        guard obligation.isPending else { return }      // met, met late or waived by hand: history stands
        if appliesNow, let duration = rule.duration(for: level) {
            obligation.dueAt = duration.end(from: obligation.startsAt)
            obligation.warnAt = rule.warningAt(start: obligation.startsAt, due: obligation.dueAt)
            // A recorded breach stands while the clock is still past due; given more time it is
            // open again. One that only now falls past due is recorded by the next sweep.
            obligation.state = obligation.state == .overdue && obligation.dueAt < time ? .overdue : .open
        } else {
            obligation.state = .waived
            obligation.levelWaiver = LevelWaiver(from: previous, to: level, appliesTo: rule.appliesTo)
            obligation.waivedReason = nil
            obligation.waivedBy = actor
            obligation.waivedAt = time
        }
    }

    private static func fixedStart(_ start: DeadlineStart, _ incident: Incident) -> Instant? {
        switch start {
        case .awareAt: return incident.awareAt
        case .reportedAt: return incident.reportedAt
        case .earlierOfReportedAndOccurred: return min(incident.reportedAt, incident.occurredAt ?? incident.reportedAt)
        case .whenMet, .levelChange, .fallback: return nil
        }
    }

    private static func make(_ rule: DeadlineRule, level: IncidentLevel?, start: Instant, ordinal: Int = 1) -> Obligation? {
        guard let duration = rule.duration(for: level) else { return nil }
        return make(rule, duration: duration, start: start, ordinal: ordinal)
    }

    private static func make(_ rule: DeadlineRule, duration: DeadlineDuration, start: Instant, ordinal: Int) -> Obligation {
        let due = duration.end(from: start)
        return Obligation(kind: rule.kind, ordinal: ordinal, startsAt: start, dueAt: due,
                          warnAt: rule.warningAt(start: start, due: due))
    }
}
