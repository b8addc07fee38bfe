import ArgumentParser
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation
import Logging

/// Everything a command needs from its surroundings, resolved once: the clock, the actor, the
/// language, the display zone and the open desk.
struct DeskContext {
    let store: DeskStore
    let clock: any Clock
    let actor: String
    let language: InterfaceLanguage
    let time: LocalTimeFormatter

    /// Whether the command records (and may start a new desk) or only reads.
    enum Purpose {
        case reads, records
    }

    init(_ options: DeskOptions, _ purpose: Purpose, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        DiagnosticLog.bootstrap(environment)
        language = Self.language(options.lang, environment)
        time = LocalTimeFormatter.fromEnvironment(environment)
        clock = try Self.clock(environment, language)
        actor = try Self.actor(options.actor, environment, language)
        let (path, explicit) = try Self.databasePath(options.db, environment, language)
        // A path the officer named that holds no desk is most likely a typo: a command that
        // only reads says so instead of creating an empty desk and showing nothing.
        let isNew = !FileManager.default.fileExists(atPath: path)
        if isNew, explicit, purpose == .reads, !options.create {
            throw CommandFailure(.noInput, language == .zhTW
                ? "\(path) 沒有值勤台資料庫：請檢查 --db 或 CERTDESK_DB（登錄資料的指令或加上 --create 才會建立新的值勤台）"
                : "there is no desk at \(path): check --db or CERTDESK_DB (a command that records, or --create, starts a new desk there)")
        }
        umask(0o077)
        do {
            store = try DeskStore(path: path)
            try Self.ensureOpen(store, options.region ?? environment["CERTDESK_REGION"], explicit: options.region != nil,
                                actor: actor, clock: clock, language: language)
        } catch let error as StoreError {
            throw CommandFailure(.cannotCreate, error.message(language))
        }
        if isNew, let region = try? store.region() {
            Output.note(language == .zhTW ? "certdesk：已在 \(path) 建立新的 \(region.code) 值勤台"
                                          : "certdesk: started a new \(region.code) desk at \(path)")
        }
        playbooks = PolicyFiles.folder(option: options.playbooks, environment: environment)
    }

    let playbooks: String?
    /// Set by the console: nothing may print while the screen is up.
    var quiet = false

    /// Who the journal says noticed what nobody did by hand (an overdue clock).
    static let systemActor = "certdesk"

    /// The policy in force from the files, or why it cannot be read.
    func loadPolicy() throws -> PolicyFiles.Loaded {
        guard let playbooks else {
            throw CommandFailure(.noInput, language == .zhTW
                ? "找不到 playbooks 資料夾（含 policies/default.yaml）；請用 --playbooks 或 CERTDESK_PLAYBOOKS 指定"
                : "cannot find the playbooks folder (with policies/default.yaml); give --playbooks or CERTDESK_PLAYBOOKS")
        }
        guard let region = try query({ store throws(StoreError) in try store.region() }) else {
            throw CommandFailure(.failure, "the desk has no region")
        }
        return try PolicyFiles.load(folder: playbooks, region: region, language: language)
    }

    /// What keeps the desk's clocks honest before anything else is recorded: the policy in force
    /// (adopted when the files changed) and, once each, every clock that fell past due. It runs
    /// in the same transaction as the officer's command, so a refused command writes nothing.
    /// A broken policy file does not stop a desk that already has a policy: it keeps that one.
    func upkeep() throws -> [DeskCommand] {
        var commands: [DeskCommand] = []
        do {
            commands.append(.adoptPolicy(try loadPolicy().policy))
        } catch let failure as CommandFailure {
            guard try query({ store throws(StoreError) in try store.policy() }) != nil else { throw failure }
            if !quiet {
                Output.error(failure.message)
                Output.note(language == .zhTW ? "certdesk：沿用紀錄中最後採用的時限政策" : "certdesk: keeping the deadline policy last adopted in the journal")
            }
        }
        if let playbooks {
            let loaded = PlaybookFiles.load(folder: playbooks, language: language)
            commands += loaded.playbooks.map(DeskCommand.adoptPlaybook)
            playbookProblems = loaded.problems
            if !quiet { for problem in loaded.problems { Output.error(problem) } }
        }
        let now = clock.now
        let pastDue = try query { store throws(StoreError) in try store.incidentsWithClocksPastDue(at: now) }
        return commands + pastDue.map { DeskCommand.recordOverdue(incident: $0) }
    }

    /// Playbook files left out at the last upkeep (the console shows them).
    var playbookProblems: [String] {
        get { problemBox.problems }
        nonmutating set { problemBox.problems = newValue }
    }
    private let problemBox = ProblemBox()

    /// Records the upkeep alone, for commands that only read (list, show, clocks), once they
    /// have read successfully.
    func keepClocks() throws {
        let commands = try upkeep()
        _ = try query { store throws(StoreError) in try store.perform(commands, actor: Self.systemActor, clock: clock) }
    }

    /// Performs `commands` after the upkeep, all in one transaction; the outcomes of `commands`.
    func performWithUpkeep(_ commands: [DeskCommand], progress: ((Int) -> Void)? = nil) throws -> [DeskStore.Outcome] {
        let upkeep = try upkeep()
        let outcomes = try query { store throws(StoreError) in
            try store.perform(upkeep + commands, actor: actor, clock: clock, upkeepCount: upkeep.count,
                              upkeepActor: Self.systemActor, progress: progress)
        }
        return Array(outcomes.dropFirst(upkeep.count))
    }

    static func language(_ option: String?, _ environment: [String: String]) -> InterfaceLanguage {
        if let option, let chosen = InterfaceLanguage(argument: option) { return chosen }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return InterfaceLanguage.fromLocale(locale)
    }

    static func clock(_ environment: [String: String], _ language: InterfaceLanguage) throws -> any Clock {
        guard let text = environment["CERTDESK_NOW"], !text.isEmpty else { return SystemClock() }
        do {
            return FixedClock(try ISO8601.parse(text))
        } catch {
            throw CommandFailure(.usage, "CERTDESK_NOW \"\(text)\" " + error.reason.text(in: language))
        }
    }

    static func actor(_ option: String?, _ environment: [String: String], _ language: InterfaceLanguage) throws -> String {
        let name = option ?? environment["CERTDESK_ACTOR"].flatMap { $0.isEmpty ? nil : $0 } ?? loginName(environment)
        if let problem = PersonName.problem(name) {
            throw CommandFailure(.usage, (language == .zhTW ? "操作者名稱：" : "actor: ") + problem.text(in: language))
        }
        return name
    }

    static func loginName(_ environment: [String: String]) -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }

    /// The database path, and whether the officer named it (`--db`, `CERTDESK_DB`) rather than
    /// taking the default under `$XDG_DATA_HOME`.
    static func databasePath(_ option: String?, _ environment: [String: String], _ language: InterfaceLanguage) throws -> (String, Bool) {
        if let option, !option.isEmpty { return (option, true) }
        if let path = environment["CERTDESK_DB"], !path.isEmpty { return (path, true) }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/share" }
        guard let dataHome else {
            throw CommandFailure(.usage, language == .zhTW ? "未設定 HOME；請用 --db 指定資料庫" : "HOME is not set; give --db")
        }
        return (dataHome + "/certdesk/certdesk.sqlite", false)
    }

    /// A new database becomes a desk for the chosen region (its first journal event); an
    /// existing one keeps its region, and asking for another is an error, not a silent switch.
    static func ensureOpen(_ store: DeskStore, _ regionCode: String?, explicit: Bool, actor: String, clock: any Clock,
                           language: InterfaceLanguage) throws {
        let wanted: Region
        if let regionCode {
            guard let region = Region(rawValue: regionCode.uppercased()) else {
                let known = Region.allCases.map(\.code).joined(separator: ", ")
                throw CommandFailure(.usage, (language == .zhTW ? "未知的區域 \(regionCode)；可用：" : "unknown region \(regionCode); use one of: ") + known)
            }
            wanted = region
        } else {
            wanted = .taichung
        }
        if let current = try store.region() {
            if explicit, current != wanted {
                throw CommandFailure(.usage, language == .zhTW
                    ? "此資料庫是 \(current.code) 的值勤台，不是 \(wanted.code)"
                    : "this database is the \(current.code) desk, not \(wanted.code)")
            }
            return
        }
        _ = try store.perform(.openDesk(wanted), actor: actor, clock: clock)
    }

    /// Performs a command, turning a refusal into a clear error and exit status.
    func perform(_ command: DeskCommand) throws -> [RecordedEvent] {
        switch try performWithUpkeep([command])[0] {
        case .recorded(let events): return events
        case .duplicate(let id):
            throw CommandFailure(.dataError, language == .zhTW ? "已在值勤台上：\(id)" : "already on the desk as \(id)")
        }
    }

    /// Runs a store call, turning its error into a clear message and exit status. A refusal
    /// that an override would lift names the option that gives it.
    func query<T>(_ body: (DeskStore) throws(StoreError) -> T) throws -> T {
        do {
            return try body(store)
        } catch {
            if case .refused(let refusal) = error, refusal.kind == .needsOverride {
                throw CommandFailure(.dataError, refusal.reason.text(in: language) + (language == .zhTW ? "（--override 理由）" : " (--override REASON)"))
            }
            throw CommandFailure(error, language: language)
        }
    }

    /// An incident for a command that shows it: checked first (an unknown id writes nothing),
    /// then the upkeep, then read again so the view includes what the upkeep recorded.
    func incidentForShowing(_ id: String) throws -> Incident {
        _ = try incident(id)
        try keepClocks()
        return try incident(id)
    }

    /// `--at TIME`: the console's forms (`now`, `HH:MM` — the most recent such time, not in
    /// the future —, `YYYY-MM-DD HH:MM`, in the display zone) or ISO 8601 with an offset.
    func instant(option text: String?, name: String = "--at") throws -> Instant? {
        guard let text else { return nil }
        switch LocalTimeInput.parse(text, now: clock.now, offsetMinutes: time.offsetMinutes) {
        case .success(let instant): return instant ?? clock.now
        case .failure(let problem): throw CommandFailure(.usage, "\(name) " + problem.reason.text(in: language))
        }
    }

    func incident(_ id: String) throws -> Incident {
        guard let incident = try query({ store throws(StoreError) in try store.incident(id) }) else {
            throw CommandFailure(.dataError, language == .zhTW ? "此值勤台沒有事件 \(id)" : "no incident \(id) on this desk")
        }
        return incident
    }
}

/// Lets a value-type context remember what its last upkeep found.
final class ProblemBox {
    var problems: [String] = []
}

/// The system clock, in whole milliseconds.
struct SystemClock: Clock {
    var now: Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Instant(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}

/// Diagnostics for maintainers on stderr, off unless `CERTDESK_LOG` names a level.
enum DiagnosticLog {
    private static let once: Void = {
        let level = ProcessInfo.processInfo.environment["CERTDESK_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .error
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }()

    static func bootstrap(_ environment: [String: String]) { _ = once }
}
