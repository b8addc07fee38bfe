import CertDeskCore
import CertDeskStore
import Foundation

/// The desk service: every use-case written once, for the command line, the console, drills and
/// replay alike (../shared/DESIGN.md, "CertDeskApp"). It owns the store, the clock, the rules in force and
/// who is acting; commands go through `perform`, which runs the desk's upkeep in the same
/// transaction, and every commit is told to the subscribers.
public final class Desk: @unchecked Sendable {
    public let store: DeskStore
    public let clock: any Clock
    public let actor: String
    /// The rules in force, when there is a folder to read them from.
    public let rules: (any DeskRules)?

    /// Who the journal says noticed what nobody did by hand (an overdue clock, a policy adopted).
    public static let systemActor = "certdesk"

    private let subscribers = Subscribers()
    /// Guards what a long task on another thread (the console's copy or ingest) and the
    /// console's own thread may both touch: the upkeep's problems.
    private let lock = NSLock()

    /// Bytes a second an evidence copy may take (`DeskSettings.copyLimit`); nil: no limit.
    public var copyLimit: Int64?
    /// The most bytes one input file or stream may hold (the `max_input` setting).
    public var inputLimit: Int64 = InputFile.defaultLimit

    public init(store: DeskStore, clock: any Clock, actor: String, rules: (any DeskRules)?) {
        self.store = store
        self.clock = clock
        self.actor = actor
        self.rules = rules
    }

    /// Opens (and, when allowed, starts) the desk the settings name.
    public static func open(_ settings: DeskSettings) throws(DeskError) -> Desk {
        let exists = FileManager.default.fileExists(atPath: settings.path)
        if !exists, !settings.mayCreate {
            throw DeskError(.missingInput) { $0.noDeskAt(settings.path) }
        }
        let store = try storing { () throws(StoreError) in try DeskStore(path: settings.path, sharing: settings.sharing) }
        let desk = Desk(store: store, clock: settings.clock, actor: settings.actor, rules: settings.rules)
        desk.copyLimit = settings.copyLimit
        desk.inputLimit = settings.inputLimit
        try desk.ensureRegion(settings.region, explicit: settings.regionIsExplicit)
        return desk
    }

    /// A new database becomes a desk for the chosen region (its first journal event); an
    /// existing one keeps its region, and asking for another is an error, not a silent switch.
    private func ensureRegion(_ wanted: Region, explicit: Bool) throws(DeskError) {
        if let current = try storing({ () throws(StoreError) in try store.region() }) {
            if explicit, current != wanted {
                throw DeskError(.usage) { $0.otherRegionsDesk(current, not: wanted) }
            }
            return
        }
        _ = try storing { () throws(StoreError) in try store.perform(.openDesk(wanted), actor: actor, clock: clock) }
        started = true
    }

    /// Whether opening started a new desk (the caller says so to the officer).
    public private(set) var started = false

    // MARK: - Recording

    /// Incidents whose breaches one transaction of upkeep records at most. A clock that falls
    /// due is recorded by the first command after it; a new incident's clocks already past due
    /// are recorded as it arrives (`DeskStore.perform`). What is left for the upkeep is what fell
    /// due since the desk was last used, which this bounds: a batch of 1,000 holds the write lock
    /// for about a quarter of a second (README, "Busy desk"), so another writer never waits long.
    public static let overdueBatch = 1_000

    /// What keeps the desk's clocks honest before anything else is recorded: the policy in force
    /// (adopted when the files changed), the playbooks (likewise), and, once each, the clocks
    /// that fell past due (at most `overdueBatch` incidents' worth; `keepClocks` records the
    /// rest). A broken policy file does not stop a desk that already has a policy: it keeps
    /// that one, and `upkeepProblems` says why.
    public func upkeep() throws(DeskError) -> [DeskCommand] {
        try rulesInForce() + overdueClocks().commands
    }

    /// The policy and playbooks to adopt (nothing is recorded when they did not change).
    private func rulesInForce() throws(DeskError) -> [DeskCommand] {
        var commands: [DeskCommand] = []
        var problems: [BilingualText] = []
        do {
            commands.append(.adoptPolicy(try policyInForce().policy))
        } catch {
            guard try read({ store throws(StoreError) in try store.policy() }) != nil else { throw error }
            problems.append(error.reason)
            problems.append(BilingualText { $0.keepingLastPolicy })
        }
        if let rules {
            let reading = rules.playbooks()
            commands += reading.playbooks.map(DeskCommand.adoptPlaybook)
            problems += reading.problems
        }
        lock.withLock { storedProblems = problems }
        return commands
    }

    /// One batch of breaches to record, and whether more are left after it.
    private func overdueClocks() throws(DeskError) -> (commands: [DeskCommand], more: Bool) {
        let now = clock.now, limit = Self.overdueBatch
        let pastDue = try storing { () throws(StoreError) in try store.incidentsWithClocksPastDue(at: now, limit: limit) }
        // The limit counts clocks; fewer incidents than that means the last batch was the rest.
        return (pastDue.map { DeskCommand.recordOverdue(incident: $0) }, pastDue.count >= limit)
    }

    /// The deadline policy the rules give for this desk's region, or why there is none.
    public func policyInForce() throws(DeskError) -> PolicyReading {
        guard let rules else {
            throw DeskError(.missingInput) { $0.noRuleFolder }
        }
        guard let region = try region() else {
            throw DeskError(.inconsistent) { $0.deskHasNoRegion }
        }
        return try rules.policy(for: region)
    }

    /// Rules the last upkeep could not use (a broken playbook or policy file), to be shown.
    public var upkeepProblems: [BilingualText] { lock.withLock { storedProblems } }
    private var storedProblems: [BilingualText] = []

    /// The problems of the last upkeep, once: a command line says each one a single time.
    public func takeUpkeepProblems() -> [BilingualText] {
        lock.withLock {
            defer { storedProblems = [] }
            return storedProblems
        }
    }

    /// Records the upkeep alone: every clock past due (before a handover or a monthly report,
    /// which count the breaches recorded), in transactions of at most `overdueBatch` incidents,
    /// so another writer never waits on the whole backlog; with `all: false`, one such
    /// transaction (before `list` and `clocks` read; the console, once a second). Returns
    /// whether breaches are left to record.
    @discardableResult
    public func keepClocks(all: Bool = true) throws(DeskError) -> Bool {
        // A desk this account may only read is shown as it stands; its own officers' next
        // command records what fell due meanwhile.
        guard !store.isReadOnly else { return false }
        var commands = try rulesInForce()
        while true {
            let overdue = try overdueClocks()
            commands += overdue.commands
            var recorded = 0
            if !commands.isEmpty {
                let batch = commands
                let outcomes = try storing { () throws(StoreError) in try store.perform(batch, actor: Self.systemActor, clock: clock) }
                publish(outcomes)
                for case .recorded(let events) in outcomes.suffix(overdue.commands.count) { recorded += events.count }
            }
            commands = []
            // A batch that recorded nothing would come back the same (a projection row out of
            // step with its incident, which verify reports): stop rather than go round.
            if !overdue.more || !all || recorded == 0 { return overdue.more && recorded > 0 }
        }
    }

    /// Performs `commands` after the upkeep, all in one transaction: a refused command writes
    /// nothing, the upkeep included. Returns the outcomes of `commands`.
    /// `progress` is told how many are done every `progressInterval` commands and answers
    /// whether to go on (stopped: nothing is written, `DeskError.Kind.cancelled`).
    public func perform(_ commands: [DeskCommand], progressInterval: Int = 10_000,
                        progress: ((Int) -> Bool)? = nil) throws(DeskError) -> [DeskStore.Outcome] {
        let upkeep = try upkeep()
        let outcomes = try storing { () throws(StoreError) in
            try store.perform(upkeep + commands, actor: actor, clock: clock, upkeepCount: upkeep.count,
                              upkeepActor: Self.systemActor, progressInterval: progressInterval, progress: progress)
        }
        publish(outcomes)
        return Array(outcomes.dropFirst(upkeep.count))
    }

    /// Performs one command; a duplicate (a ticket already on the desk) is a refusal here.
    @discardableResult
    public func perform(_ command: DeskCommand) throws(DeskError) -> [RecordedEvent] {
        switch try perform([command])[0] {
        case .recorded(let events): return events
        case .duplicate(let id):
            throw DeskError(.refused) { $0.alreadyOnTheDesk(as: id) }
        }
    }

    // MARK: - Reading

    /// A store read, with its error as a `DeskError`.
    public func read<T>(_ body: (DeskStore) throws(StoreError) -> T) throws(DeskError) -> T {
        try storing { () throws(StoreError) in try body(store) }
    }

    /// The incident `id`, or a refusal that names it.
    public func incident(_ id: String) throws(DeskError) -> Incident {
        guard let incident = try read({ store throws(StoreError) in try store.incident(id) }) else {
            throw DeskError(.refused) { $0.noIncident(id) }
        }
        return incident
    }

    /// An incident for a command that shows it: checked first (an unknown id writes nothing),
    /// then its own clocks that fell past due recorded, so its timeline shows them. The rest
    /// of the desk's upkeep is left to the commands that record or count breaches: showing one
    /// incident never waits on a desk-wide backlog, nor takes the write lock when nothing of
    /// its own is due.
    public func incidentForShowing(_ id: String) throws(DeskError) -> Incident {
        let shown = try incident(id)
        guard !DeskDecider.overdueClocks(of: shown, now: clock.now).isEmpty else { return shown }
        let outcomes = try storing { () throws(StoreError) in
            try store.perform([.recordOverdue(incident: id)], actor: Self.systemActor, clock: clock)
        }
        publish(outcomes)
        return try incident(id)
    }

    public func region() throws(DeskError) -> Region? { try read { store throws(StoreError) in try store.region() } }

    // MARK: - After a commit

    /// Tells `subscriber` the events of every commit this desk makes from now on (notifications
    /// and exchange hang here). Kept as long as the desk.
    public func subscribe(_ subscriber: @escaping @Sendable ([RecordedEvent]) -> Void) {
        subscribers.add(subscriber)
    }

    private func publish(_ outcomes: [DeskStore.Outcome]) {
        let events = outcomes.flatMap { outcome -> [RecordedEvent] in
            if case .recorded(let events) = outcome { return events }
            return []
        }
        if !events.isEmpty { subscribers.tell(events) }
    }
}

/// Those told of each commit.
private final class Subscribers: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [@Sendable ([RecordedEvent]) -> Void] = []

    func add(_ subscriber: @escaping @Sendable ([RecordedEvent]) -> Void) { lock.withLock { list.append(subscriber) } }

    func tell(_ events: [RecordedEvent]) {
        for subscriber in lock.withLock({ list }) { subscriber(events) }
    }
}
