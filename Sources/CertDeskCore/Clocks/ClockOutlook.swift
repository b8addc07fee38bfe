/// What the title bar tells the officer about the desk's clocks: the next one that will breach,
/// and how many incidents are already overdue (the rows the queue marks ✖). Drills do not count
/// towards the overdue figure, and their clocks are shown as the next breach only when no real
/// incident has a clock running.
public struct ClockOutlook: Hashable, Sendable {
    /// The pending clock on an open incident that falls due next, not yet past due.
    public var next: ClockEntry?
    /// Open real incidents with a clock past due.
    public var overdue: Int

    public init(next: ClockEntry?, overdue: Int) {
        self.next = next
        self.overdue = overdue
    }

    /// The same reading over incidents in memory (the store answers it from two indexes).
    public static func of<S: Sequence>(_ incidents: S, at now: Instant) -> ClockOutlook where S.Element == Incident {
        var overdue = 0
        var next: [Bool: ClockEntry] = [:]
        for incident in incidents where incident.phase != .closed {
            if !incident.exercise, let first = incident.nextDue, first.dueAt < now { overdue += 1 }
            for o in incident.obligations where o.isPending && o.dueAt >= now {
                if next[incident.exercise].map({ (o.dueAt, incident.id) < ($0.obligation.dueAt, $0.incidentID) }) ?? true {
                    next[incident.exercise] = ClockEntry(incidentID: incident.id, title: incident.title, agency: incident.agency,
                                                         level: incident.level, exercise: incident.exercise, obligation: o)
                }
            }
        }
        return ClockOutlook(next: next[false] ?? next[true], overdue: overdue)
    }
}
