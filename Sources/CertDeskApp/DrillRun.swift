import CertDeskCore
import CertDeskStore
import Foundation

/// One run of a drill on a desk of its own (`drills/<run>.sqlite` beside the live desk, which
/// is never opened): the scenario's injects delivered as its virtual clock reaches them, the
/// officer working the drill desk as any desk. Beside the database the run keeps the scenario
/// as it was played (`<run>.scenario.yaml`) and its record (`<run>.json`), so the report of an
/// old run judges it by the scenario it played, whatever the shipped file says today.
public final class DrillRun {
    /// `<run>.json`: what `drill list` shows.
    public struct Record: Codable, Sendable {
        public let run: String
        public let scenario: String
        public let file: String
        /// The drill's start (played time), ISO 8601.
        public let start: String
        public let speed: Int
        public let headless: Bool
        public var finished: String?

        /// When the run began, in the order runs began: the wall time in its id
        /// (`<scenario>-<YYYYMMDDHHMMSS>`), then the counter of a second run in that second.
        var begun: (stamp: String, counter: Int) {
            let tail = run.hasPrefix(scenario + "-") ? run.dropFirst(scenario.count + 1) : Substring(run)
            let parts = tail.split(separator: "-", maxSplits: 1)
            return (String(parts.first ?? ""), parts.count > 1 ? Int(parts[1]) ?? 0 : 1)
        }
    }

    /// Who the journal says delivered an inject: exercise control (演練管制組).
    public static let controlActor = "exercise-control"

    public private(set) var record: Record
    public let scenario: DrillScenario
    public let start: Instant
    public let clock: DrillClock
    /// The officer's desk.
    public let desk: Desk
    public let folder: String
    /// How many injects have been delivered, in the scenario's order.
    public private(set) var delivered = 0
    /// The desk id each ticket became.
    public private(set) var incidents: [String: String] = [:]

    public var path: String { Self.path(folder, record.run, "sqlite") }

    static func path(_ folder: String, _ run: String, _ ext: String) -> String { folder + "/" + run + "." + ext }

    /// The folder of the drills of the desk at `deskPath`.
    public static func folder(besides deskPath: String) -> String {
        URL(fileURLWithPath: deskPath).deletingLastPathComponent().appendingPathComponent("drills").path
    }

    /// Starts run of `scenario` (read from `text`) beside the desk at `deskPath`: a new drill
    /// desk for the scenario's region, its clock at the scenario's start (or now, rounded to the
    /// minute), paused: a headless run sets it itself, the console plays it.
    public static func begin(_ scenario: DrillScenario, text: String, file: String, besides deskPath: String, actor: String,
                             rules: (any DeskRules)?, speed: Int, headless: Bool, wall: any Clock = SystemClock()) throws(DeskError) -> DrillRun {
        let folder = folder(besides: deskPath)
        if URL(fileURLWithPath: deskPath).deletingLastPathComponent().lastPathComponent == "drills" {
            throw DeskError(.usage) { $0.drillFromDrillDesk }
        }
        let wallNow = wall.now
        let start = scenario.start ?? Instant(millisecondsSinceEpoch: wallNow.millisecondsSinceEpoch / 60_000 * 60_000)
        let end = start.adding(milliseconds: Int64(scenario.durationMinutes) * 60_000)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw cannotWrite(folder, error)
        }
        // `<scenario>-<wall time>`, with a counter should two start in the same second.
        let stamp = String(TaipeiTime.text(wallNow).filter(\.isNumber).prefix(14))
        var run = "\(scenario.id)-\(stamp)"
        var n = 2
        while FileManager.default.fileExists(atPath: path(folder, run, "sqlite")) || FileManager.default.fileExists(atPath: path(folder, run, "json")) {
            run = "\(scenario.id)-\(stamp)-\(n)"
            n += 1
        }
        let record = Record(run: run, scenario: scenario.id, file: file, start: ISO8601.utcMillisecondString(start), speed: speed,
                            headless: headless, finished: nil)
        try write(record, folder: folder)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(folder, run, "scenario.yaml")))
        } catch {
            throw cannotWrite(folder, error)
        }
        // Paused while the drill desk is set up: the console starts it when it opens.
        let clock = DrillClock(start: start, end: end, speed: speed, playing: false, wall: wall)
        let settings = DeskSettings(path: path(folder, run, "sqlite"), pathIsExplicit: true, mayCreate: true, region: scenario.region,
                                    regionIsExplicit: true, actor: actor, clock: clock, rules: rules)
        let desk = try Desk.open(settings)
        try desk.keepClocks()
        let drill = DrillRun(record: record, scenario: scenario, start: start, clock: clock, desk: desk, folder: folder)
        // What arrives at the start is on the console's desk when it opens (a headless run reports it).
        if !headless { try drill.deliverDue() }
        return drill
    }

    init(record: Record, scenario: DrillScenario, start: Instant, clock: DrillClock, desk: Desk, folder: String) {
        self.record = record
        self.scenario = scenario
        self.start = start
        self.clock = clock
        self.desk = desk
        self.folder = folder
    }

    static func write(_ record: Record, folder: String) throws(DeskError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(record).write(to: URL(fileURLWithPath: path(folder, record.run, "json")), options: .atomic)
        } catch {
            throw cannotWrite(folder, error)
        }
    }

    /// The drills folder could not be written: where, and the system's reason.
    static func cannotWrite(_ folder: String, _ error: any Error) -> DeskError {
        DeskError(.usage, BilingualText(rendering: { _ in "\(folder): \(error.localizedDescription)" }))
    }

    func instant(_ minutes: Int) -> Instant { start.adding(milliseconds: Int64(minutes) * 60_000) }

    /// Delivers every inject that has fallen due on the clock, in the scenario's order, each
    /// in its own transaction as exercise control. What was delivered, with its incident.
    @discardableResult
    public func deliverDue() throws(DeskError) -> [(inject: DrillInject, incident: String?)] {
        var out: [(inject: DrillInject, incident: String?)] = []
        let now = clock.now
        while delivered < scenario.injects.count, instant(scenario.injects[delivered].atMinutes) <= now {
            let inject = scenario.injects[delivered]
            out.append((inject, try deliver(inject)))
            delivered += 1
        }
        return out
    }

    /// Exercise control recording an inject at the time the scenario gives it, or — when the
    /// console's tick came later and the journal has moved on — at the journal's last time, so
    /// the journal's times never go back.
    private func deliver(_ inject: DrillInject) throws(DeskError) -> String? {
        let due = instant(inject.atMinutes)
        let last = try desk.read { store throws(StoreError) in try store.recordedAt(try store.journalLength()) }
        let control = Desk(store: desk.store, clock: FixedClock(max(due, last ?? due)), actor: Self.controlActor, rules: desk.rules)
        switch inject.what {
        case .ticket(let ticket):
            let draft: IncidentDraft
            do {
                draft = try ticket.draft(start: start, reported: instant(inject.atMinutes), file: URL(fileURLWithPath: record.file).lastPathComponent)
            } catch {
                throw DeskError(.badInput, FileProblem(line: nil, path: error.path, reason: error.reason).message(file: record.file))
            }
            let events = try control.perform(.openIncident(draft))
            if let id = events.first?.event.incidentID { incidents[ticket.ref] = id }
            return incidents[ticket.ref]
        case .level(let ref, let level, let reason):
            guard let id = incidents[ref] else { return nil }
            try control.perform(.setLevel(incident: id, level: level, basis: nil, reason: reason))
            return id
        case .note(let ref, _, let text):
            guard let id = incidents[ref] else { return nil }
            try control.perform(.addNote(incident: id, text: text))
            return id
        }
    }

    /// What a headless run said as it went: an inject delivered, a scripted command run or refused.
    public enum Progress {
        case injected(DrillInject, incident: String?, at: Int)
        case action(DrillAction, words: [String], refusal: String?)
    }

    /// Plays the whole drill without a screen: injects and scripted commands in time order (a
    /// command at the same offset as an inject after it), the desk's upkeep at each moment and
    /// at each clock's due time, so overdue clocks are recorded when they fell due. `perform`
    /// runs one command on the drill desk as of `at` and says why it was refused, if it was.
    public func playHeadless(_ actions: [DrillAction], perform: (_ words: [String], _ at: Instant) -> String?,
                             progress: (Progress) -> Void) throws(DeskError) -> Int {
        var refused = 0
        var next = 0
        var moment = start
        func reach(_ target: Instant) throws(DeskError) {
            // Each clock that falls due on the way is noticed when it does.
            while let due = try desk.read({ store throws(StoreError) in try store.upcomingBreach() })?.obligation.dueAt,
                  due < target, due >= moment {
                let noticed = due.adding(milliseconds: 1_000)
                moment = noticed
                clock.set(noticed)
                try desk.keepClocks()
            }
            moment = max(moment, target)
            clock.set(moment)
        }
        while delivered < scenario.injects.count || next < actions.count {
            let injectAt = delivered < scenario.injects.count ? scenario.injects[delivered].atMinutes : Int.max
            let actionAt = next < actions.count ? actions[next].atMinutes : Int.max
            if injectAt <= actionAt {
                try reach(instant(injectAt))
                for (inject, incident) in try deliverDue() { progress(.injected(inject, incident: incident, at: inject.atMinutes)) }
            } else {
                let action = actions[next]
                try reach(instant(action.atMinutes))
                let words = action.resolved(incidents)
                let refusal = perform(words, clock.now)
                if refusal != nil { refused += 1 }
                progress(.action(action, words: words, refusal: refusal))
                next += 1
            }
        }
        try reach(clock.end)
        try desk.keepClocks()
        return refused
    }

    /// Marks the run finished (wall time), for `drill list`.
    public func finish(wall: any Clock = SystemClock()) throws(DeskError) {
        record.finished = ISO8601.utcMillisecondString(wall.now)
        try Self.write(record, folder: folder)
    }

    /// The runs kept beside the desk at `deskPath`, oldest first.
    public static func runs(besides deskPath: String) -> [Record] {
        let folder = folder(besides: deskPath)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let records = names.filter { $0.hasSuffix(".json") }.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).flatMap { try? JSONDecoder().decode(Record.self, from: $0) }
        }
        return records.sorted { ($0.begun.stamp, $0.begun.counter, $0.run) < ($1.begun.stamp, $1.begun.counter, $1.run) }
    }

    /// The database of run `run` beside the desk at `deskPath` (for `replay --drill`).
    public static func database(_ run: String, besides deskPath: String) throws(DeskError) -> String {
        let file = path(folder(besides: deskPath), run, "sqlite")
        guard !run.contains("/"), FileManager.default.fileExists(atPath: file) else { throw DeskError(.missingInput) { $0.noDrillRun(TextChecks.quoted(run)) } }
        return file
    }

    /// The after-action report of run `run`: its kept scenario judged against its desk.
    public static func report(_ run: String, besides deskPath: String) throws(DeskError) -> AfterActionReport {
        let folder = folder(besides: deskPath)
        let database = try database(run, besides: deskPath)
        guard let recordData = FileManager.default.contents(atPath: path(folder, run, "json")),
              let record = try? JSONDecoder().decode(Record.self, from: recordData),
              let start = try? ISO8601.parse(record.start),
              let text = FileManager.default.contents(atPath: path(folder, run, "scenario.yaml")).map({ String(decoding: $0, as: UTF8.self) })
        else { throw DeskError(.inconsistent) { $0.drillRunUnreadable(TextChecks.quoted(run)) } }
        let scenario: DrillScenario
        do {
            scenario = try DrillScenarioFile.parse(text)
        } catch {
            throw DeskError(.inconsistent, error.message(file: path(folder, run, "scenario.yaml")))
        }
        let store = try storing { () throws(StoreError) in try DeskStore(path: database) }
        let (incidents, rows) = try storing { () throws(StoreError) in
            (try store.incidents(includeClosed: true), try store.events(from: 1, through: try store.journalLength()))
        }
        return AfterActionReport(run: run, scenario: scenario, start: start, incidents: incidents, rows: rows)
    }
}
