import CertDeskCore
import Foundation
import GRDB
import Logging

/// The desk's SQLite file: the hash-chained journal and the projections built from it.
/// Every change goes command → decision → journal event → reducer → projection, inside one
/// write transaction, so a projection never disagrees with the journal that produced it.
public final class DeskStore: Sendable {
    public let path: String
    /// How long this store waits for another process's write (`busyWait` unless told otherwise).
    public let busyWait: TimeInterval
    let pool: DatabasePool
    /// The filter's text, read into memory by the first filter too short for the trigram index
    /// or by `holdSearchText` (`IncidentSearchText`).
    let searchText = IncidentSearchText()
    /// The file opened, to tell when the path comes to name another one (`fileHealth`).
    let openedFile: FileIdentity?
    /// Who may write the desk's files, and how certdesk creates them.
    public let sharing: DeskSharing
    /// Opened read-only: this account may read the desk but not write it (another officer's
    /// desk, 0644). Reading commands work; a command that records is refused (`StoreError.readOnly`).
    public let isReadOnly: Bool
    private static let logger = Logger(label: "certdesk.store")

    /// What one command came to.
    public enum Outcome: Equatable, Sendable {
        case recorded([RecordedEvent])
        /// The source id was already on the desk under this incident; nothing was written.
        case duplicate(of: String)
    }

    /// How long a command waits for another process's write to finish before it says the desk
    /// is busy (SQLite retries the lock all the while: sqlite.org/c3ref/busy_timeout.html). No
    /// upkeep transaction holds the lock for more than a fraction of a second
    /// (`Desk.overdueBatch`); what can hold it longer is one ingest of a very large file, which
    /// is a single transaction so that a refused ticket writes nothing (about 10 s per 100,000
    /// tickets on a 2-core machine).
    public static let busyWait: TimeInterval = 60

    /// Opens the database at `path`, creating it (`sharing`: file 0600 and folder 0700, or 0660
    /// and 2770 for a sharing group) and migrating it as needed. WAL mode lets the console read
    /// while another process ingests; the busy timeout (`busyWait`) makes a second writer wait
    /// instead of failing. A desk whose files others could write is refused
    /// (`DeskSharing.problem`); one this account may only read is opened read-only.
    public init(path: String, busyWait: TimeInterval = DeskStore.busyWait, sharing: DeskSharing = .ownerOnly) throws(StoreError) {
        self.path = path
        self.busyWait = busyWait
        self.sharing = sharing
        // A write past the file-size limit (`ulimit -f`) would kill the process with SIGXFSZ
        // before SQLite could roll back and say why; ignored, the write fails with EFBIG and the
        // command reports it (`StoreError.notWritten`). The vault's copies rely on the same.
        signal(SIGXFSZ, SIG_IGN)
        let readOnly = Self.mayOnlyRead(path)
        isReadOnly = readOnly
        do {
            if !readOnly { try Self.createIfMissing(path, sharing: sharing) }
            try Self.checkPermissions(path, sharing: sharing)
            var config = Configuration()
            config.busyMode = .timeout(busyWait)
            config.label = "certdesk"
            config.readonly = readOnly
            config.prepareDatabase { db in
                // A large ingest is one transaction; a bigger page cache keeps SQLite from
                // spilling half-built pages to the WAL before the commit (64 MiB, used lazily).
                try db.execute(sql: "PRAGMA cache_size = -65536")
                db.add(function: FilterMatches.function)
            }
            pool = try DatabasePool(path: readOnly ? Self.readOnlyLocation(path) : path, configuration: config)
            openedFile = FileIdentity(path: path)
            if readOnly {
                guard try pool.read({ db in try DeskSchema.migrator.hasCompletedMigrations(db) }) else {
                    throw StoreError.unusable(path: path) { $0.readOnlyDeskOutdated(path) }
                }
            } else {
                try DeskSchema.migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.unusable(path: path, system: error.message ?? error.description)
        } catch {
            throw StoreError.unusable(path: path, system: "\(error)")
        }
        Self.logger.debug("opened desk database", metadata: ["path": "\(path)", "readOnly": "\(readOnly)"])
    }

    /// Whether an existing desk can only be read by this account: the file is not writable, or
    /// its folder cannot take the WAL and index SQLite writes beside it and they are not there
    /// to be written.
    private static func mayOnlyRead(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        if access(path, W_OK) != 0 { return true }
        if access(folder(of: path), W_OK) == 0 { return false }
        return !(access(path + "-wal", W_OK) == 0 && access(path + "-shm", W_OK) == 0)
    }

    /// Where SQLite reads a desk this account may not write. With a WAL beside it (someone has
    /// it open) SQLite reads the WAL through a read-only index; without one nobody is writing
    /// it, and `immutable` lets SQLite read it without the index it could not create
    /// (sqlite.org/uri.html).
    private static func readOnlyLocation(_ path: String) -> String {
        if FileManager.default.fileExists(atPath: path + "-wal") { return path }
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return "file:" + encoded + "?immutable=1"
    }

    private static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    /// The desk's folder, database, WAL and index, and the vault's folders: none may be
    /// writable by anyone but its officers.
    private static func checkPermissions(_ path: String, sharing: DeskSharing) throws(StoreError) {
        let vault = EvidenceVault(databasePath: path).root
        for candidate in [folder(of: path), path, path + "-wal", path + "-shm", vault, vault + "/sha256", vault + "/tmp"] {
            if let problem = sharing.problem(candidate) { throw StoreError.unsafePermissions(path: candidate, reason: problem) }
        }
    }

    private static func createIfMissing(_ path: String, sharing: DeskSharing) throws(StoreError) {
        let folder = folder(of: path)
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: sharing.folderMode])
            } catch {
                throw StoreError.unusable(path: path) { $0.cannotCreateFolder(folder) }
            }
            try sharing.adopt(folder, mode: sharing.folderMode)
        } else if !isDirectory.boolValue {
            throw StoreError.unusable(path: path) { $0.notAFolder(folder) }
        }
        // Created before SQLite sees it; SQLite gives the -wal and -shm files the same mode.
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, sharing.fileMode)
        if fd >= 0 {
            close(fd)
            try sharing.adopt(path, mode: sharing.fileMode)
        } else if errno != EEXIST {
            throw StoreError.unusable(path: path, system: String(cString: strerror(errno)))
        }
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken up front, so two
    /// processes appending at once queue on the busy timeout instead of forking the chain.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard !isReadOnly else { throw .readOnly(path: path) }
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T? = nil
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.storeError(error, path: path, waited: busyWait)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.storeError(error, path: path, waited: busyWait)
        }
    }

    /// SQLite's codes for a write the system refused (sqlite.org/rescode.html): with SIGXFSZ
    /// ignored, a write past `ulimit -f` fails with EFBIG and comes back as one of these.
    static let failedWrites: [ResultCode] = [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE,
                                                 .SQLITE_IOERR_SHMSIZE, .SQLITE_IOERR_DIR_FSYNC]

    static func storeError(_ error: any Error, path: String, waited: TimeInterval = DeskStore.busyWait) -> StoreError {
        switch error {
        case let error as StoreError: return error
        case let refusal as DeskDecider.Refusal: return .refused(refusal)
        case let error as DeskReducer.InconsistencyError: return .inconsistent(seq: error.seq, reason: error.reason)
        // SQLITE_BUSY and SQLITE_LOCKED come only after the busy wait ran out.
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED:
            return .busy(path: path, waited: waited)
        case let error as DatabaseError where error.resultCode == .SQLITE_READONLY:
            return .readOnly(path: path)
        case let error as DatabaseError where error.resultCode == .SQLITE_FULL:
            return .notWritten(path: path, full: true)
        case let error as DatabaseError where Self.failedWrites.contains(error.extendedResultCode):
            return .notWritten(path: path, full: false)
        case let error as DatabaseError: return .unusable(path: path, system: error.message ?? error.description)
        default: return .unusable(path: path, system: "\(error)")
        }
    }

    /// Performs one command.
    public func perform(_ command: DeskCommand, actor: String, clock: any Clock) throws(StoreError) -> Outcome {
        try perform([command], actor: actor, clock: clock)[0]
    }

    /// Performs commands in order, all or nothing: if one is refused, none is recorded.
    /// `progress` is told how many are done every `progressInterval` commands, and answers
    /// whether to go on: stopped, the whole batch is rolled back (`StoreError.cancelled`).
    /// The first `upkeepCount` commands are the desk's own upkeep (policy, overdue clocks) and
    /// are recorded as `upkeepActor`; the rest as `actor`. A new incident's clocks already past
    /// due are recorded overdue with it, as `upkeepActor`.
    public func perform(_ commands: [DeskCommand], actor: String, clock: any Clock, upkeepCount: Int = 0,
                        upkeepActor: String? = nil, progressInterval: Int = 10_000,
                        progress: ((Int) -> Bool)? = nil) throws(StoreError) -> [Outcome] {
        if let problem = PersonName.problem(actor) {
            throw StoreError.refused(DeskDecider.Refusal(kind: .invalid, reason: problem))
        }
        return try write { db in
            var state = try Projections.loadDesk(db)
            var loaded = LoadedScope()
            var journal = try JournalAppender(db)
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(commands.count)
            var deferred = Set<ProjectionChange>()
            if commands.count > 1 { try Projections.prefetchSources(of: commands, into: &state, loaded: &loaded, db) }
            for (n, command) in commands.enumerated() {
                let now = clock.now
                try Projections.load(command.scope(region: state.region, now: now), into: &state, loaded: &loaded, db)
                switch try DeskDecider.decide(command, state: state, now: now, actor: actor) {
                case .duplicate(let id):
                    outcomes.append(.duplicate(of: id))
                case .events(let events):
                    var recorded: [RecordedEvent] = []
                    var changes = Set<ProjectionChange>()
                    func record(_ event: DeskEvent, as who: String) throws {
                        let entry = try journal.append(event, at: now, actor: who, db)
                        changes.formUnion(try DeskReducer.apply(entry, to: &state))
                        recorded.append(entry)
                    }
                    for event in events { try record(event, as: n < upkeepCount ? upkeepActor ?? actor : actor) }
                    // A ticket whose clocks were past due when it arrived (a year-old ticket in
                    // a bulk import) has its breaches recorded here, with it, by the desk: the
                    // next command then has no backlog of them to write.
                    for case .incidentOpened(let opening) in events {
                        guard let incident = state.incidents[opening.id] else { continue }
                        for event in DeskDecider.overdueClocks(of: incident, now: now) { try record(event, as: upkeepActor ?? actor) }
                    }
                    // Counters change with every new incident; writing them once at the end
                    // of the batch gives the same rows with a fraction of the writes. The
                    // rest is written once per command, from the state after all its events.
                    for change in changes where change.isCounter {
                        changes.remove(change)
                        deferred.insert(change)
                    }
                    try Projections.persist(changes, from: state, db)
                    outcomes.append(.recorded(recorded))
                }
                // The rows are written; keep memory flat over a large batch. What a later
                // command needs is loaded again from this same transaction.
                if commands.count > 1 {
                    state.incidents.removeAll(keepingCapacity: true)
                    state.evidence.removeAll(keepingCapacity: true)
                    loaded.evidenceOf.removeAll(keepingCapacity: true)
                }
                if let progress, n >= upkeepCount, (n + 1 - upkeepCount) % progressInterval == 0, !progress(n + 1 - upkeepCount) {
                    throw StoreError.cancelled
                }
            }
            try Projections.persist(deferred, from: state, db)
            return outcomes
        }
    }

    /// Refuses `command` as `perform` would, without recording anything: a long task (copying
    /// a large evidence file) is refused before it starts, not after.
    public func check(_ command: DeskCommand, actor: String, clock: any Clock) throws(StoreError) {
        try read { db in
            var state = try Projections.loadDesk(db)
            var loaded = LoadedScope()
            let now = clock.now
            try Projections.load(command.scope(region: state.region, now: now), into: &state, loaded: &loaded, db)
            _ = try DeskDecider.decide(command, state: state, now: now, actor: actor)
        }
    }

    /// The region the desk serves, or nil for a desk that was never opened.
    public func region() throws(StoreError) -> Region? {
        try read { db in try Projections.loadRegion(db) }
    }

    /// The deadline policy the journal last adopted.
    public func policy() throws(StoreError) -> DeadlinePolicy? {
        try read { db in try Projections.loadPolicy(db) }
    }
}
