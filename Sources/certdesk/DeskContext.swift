import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation
import Logging

/// What a command needs around the desk service: the desk it acts on, and how to speak to the
/// officer (the language, the display zone, where refusals go). Every use-case is the desk's;
/// this only turns its errors into messages and exit statuses.
struct DeskContext {
    let desk: Desk
    let language: InterfaceLanguage
    /// The interface's words in that language.
    var words: any Words { language.words }
    let time: LocalTimeFormatter
    /// Set by the console: nothing may print while the screen is up.
    var quiet = false

    /// Whether the command records (and may start a new desk) or only reads.
    enum Purpose {
        case reads, records
    }

    /// The settings in force (`EffectiveSettings`), from these options, the environment and the configuration file.
    let settings: EffectiveSettings

    /// The context of a drill's own desk (`drill run`), opened by the drill.
    init(drill desk: Desk, settings: EffectiveSettings, environment: [String: String]) {
        self.desk = desk
        self.settings = settings
        language = settings.language
        time = LocalTimeFormatter.fromEnvironment(environment)
    }

    init(_ options: DeskOptions, _ purpose: Purpose, theme: String? = nil, bell: Bool = false, maxInput: String? = nil,
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        DiagnosticLog.bootstrap(environment)
        let settings = try Self.settings(options, theme: theme, bell: bell, maxInput: maxInput, environment: environment)
        self.settings = settings
        language = settings.language
        time = LocalTimeFormatter.fromEnvironment(environment)
        let language = language
        let deskSettings = try Self.failing(language) { () throws(DeskError) in
            try DeskSettings.resolve(settings, mayCreate: purpose == .records || options.create, environment: environment)
        }
        // Nothing the desk creates is for others; for its sharing group only when it has one.
        umask(deskSettings.sharing.processMask)
        desk = try Self.failing(language) { () throws(DeskError) in try Desk.open(deskSettings) }
        if desk.started, let region = try? desk.region() {
            Output.note(language.words.startedDesk(region, at: desk.store.path))
        }
    }

    /// The settings in force, for a command that opens no desk (`classify`, `playbook lint`,
    /// `config show`). A configuration file that cannot be used is reported in the language the
    /// options or the locale ask for, since the file's own choice cannot be read.
    static func settings(_ options: DeskOptions, theme: String? = nil, bell: Bool = false, maxInput: String? = nil,
                         environment: [String: String] = ProcessInfo.processInfo.environment) throws -> EffectiveSettings {
        let flags = EffectiveSettings.Flags(db: options.db, actor: options.actor, region: options.region, language: options.lang,
                                            playbooks: options.playbooks, theme: theme, bell: bell, maxInput: maxInput)
        do {
            return try EffectiveSettings.resolve(flags, environment: environment)
        } catch {
            let fallback = options.lang ?? InterfaceLanguage.fromEnvironment(environment)
            throw CommandFailure(error, language: fallback)
        }
    }

    var clock: any Clock { desk.clock }
    var actor: String { desk.actor }
    var store: DeskStore { desk.store }

    /// Runs desk work, turning its error into a clear message and exit status.
    static func failing<T>(_ language: InterfaceLanguage, _ body: () throws(DeskError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(error, language: language)
        }
    }

    /// Runs desk work, then says once what its upkeep could not use (a broken playbook file, a
    /// policy kept), unless the console's screen is up.
    func run<T>(_ body: () throws(DeskError) -> T) throws -> T {
        defer {
            if !quiet { for problem in desk.takeUpkeepProblems() { Output.error(problem.text(in: language)) } }
        }
        return try Self.failing(language, body)
    }

    /// A file named on the command line (`-`: standard input), whole; one that cannot be read
    /// is "no input" (exit 66) with the reason.
    func inputBytes(_ file: String) throws -> [UInt8] {
        do {
            return try InputFile.read(file, limit: desk.inputLimit)
        } catch {
            throw CommandFailure(DeskError(error), language: language)
        }
    }

    /// Desk work that waits on the outside (an e-mail going out), run to its end while the
    /// command waits: the transports keep their own timeouts, so this never hangs for longer.
    func waiting<T: Sendable>(_ body: @escaping @Sendable () async throws(DeskError) -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Task.detached {
            do throws(DeskError) {
                box.result = .success(try await body())
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return try run { () throws(DeskError) in try box.result!.get() }
    }

    /// Performs a command, turning a refusal into a clear error and exit status.
    @discardableResult
    func perform(_ command: DeskCommand) throws -> [RecordedEvent] {
        try run { () throws(DeskError) in try desk.perform(command) }
    }

    /// Records the upkeep alone, for commands that only read: all of it, or one bounded batch.
    func keepClocks(all: Bool = true) throws {
        try run { () throws(DeskError) in _ = try desk.keepClocks(all: all) }
    }

    /// Runs a store read, turning its error into a clear message and exit status.
    func query<T>(_ body: (DeskStore) throws(StoreError) -> T) throws -> T {
        try run { () throws(DeskError) in try desk.read(body) }
    }

    func incident(_ id: String) throws -> Incident { try run { () throws(DeskError) in try desk.incident(id) } }

    /// An incident for a command that shows it, with the upkeep recorded first.
    func incidentForShowing(_ id: String) throws -> Incident {
        try run { () throws(DeskError) in try desk.incidentForShowing(id) }
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

/// The result of work that ran on another task, read once it signalled.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, DeskError>?
}
