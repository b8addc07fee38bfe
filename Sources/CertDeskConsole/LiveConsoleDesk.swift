import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

/// The console's door to the desk service (the UI's `ConsoleDesk` protocol): reads from the
/// store, and records through `Desk`, exactly as every CLI command does.
public final class LiveConsoleDesk: ConsoleDesk {
    public let desk: Desk
    let language: InterfaceLanguage
    let watcher: DeskChangeWatcher?
    let notifications: NotificationSettings
    /// Notices carried in the background (SMTP, a command), waiting to be recorded on the
    /// console's thread at the next tick.
    private let carried = CarriedNotices()
    /// Notices already recorded (those the desk does not carry), to report at the next tick.
    private var recorded: [NotificationFinish] = []
    /// The copy or ingest running off the console's loop.
    private var work: BackgroundWork?

    public init(desk: Desk, language: InterfaceLanguage, notifications: NotificationSettings = .unconfigured) {
        self.desk = desk
        self.language = language
        self.notifications = notifications
        watcher = try? DeskChangeWatcher(path: desk.store.path)
        _ = try? watcher?.hasChanged()
    }

    public var now: Instant { desk.clock.now }

    private func run<T>(_ body: () throws(DeskError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ConsoleDeskError(error.message(language))
        }
    }

    private func reading<T>(_ body: (DeskStore) throws(StoreError) -> T) throws -> T {
        try run { () throws(DeskError) in try desk.read(body) }
    }

    public func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws -> [QueueRow] {
        try reading { store throws(StoreError) in try store.queue(query, from: anchor, limit: limit, now: now) }
    }

    public func queueCount(_ query: QueueQuery) throws -> Int { try reading { store throws(StoreError) in try store.queueCount(query) } }

    public func queuePosition(of id: String, _ query: QueueQuery) throws -> Int? {
        try reading { store throws(StoreError) in try store.queuePosition(of: id, query, now: now) }
    }

    public func incident(_ id: String) throws -> Incident? { try reading { store throws(StoreError) in try store.incident(id) } }
    public func agency(of incident: Incident) throws -> Agency? { try reading { store throws(StoreError) in try store.agency(of: incident) } }

    public func timeline(of id: String) throws -> [RecordedEvent] { try reading { store throws(StoreError) in try store.timeline(of: id) } }

    public func playbook(of incident: Incident) throws -> Playbook? {
        try reading { store throws(StoreError) in try store.playbook(of: incident) }
    }

    public func playbookProblems() -> [String] { desk.upkeepProblems.map { $0.text(in: language) } }

    public func clockOutlook() throws -> ClockOutlook { try reading { store throws(StoreError) in try store.clockOutlook(at: now) } }

    public func upcomingBreach() throws -> ClockEntry? { try reading { store throws(StoreError) in try store.upcomingBreach() } }

    public func shiftOnWatch() throws -> Shift? { try run { () throws(DeskError) in try desk.shiftOnWatch() } }

    public func handoverOnWatch() throws -> HandoverReading? {
        guard try shiftOnWatch() != nil else { return nil }
        return try run { () throws(DeskError) in try desk.handoverOnWatch() }
    }

    public func offerHandover() throws -> HandoverReading { try run { () throws(DeskError) in try desk.offerHandover() } }

    public func acceptHandover(officer: String, remark: String?, shown digest: String) throws -> Shift {
        try run { () throws(DeskError) in try desk.acceptHandover(officer: officer, remark: remark, shown: digest) }
    }

    public func shifts() throws -> (shifts: [Shift], head: Int64) { try run { () throws(DeskError) in try desk.shifts() } }

    public func review(shift id: Int) throws -> HandoverReading { try run { () throws(DeskError) in try desk.review(shift: id) } }

    public func perform(_ command: DeskCommand) throws { _ = try run { () throws(DeskError) in try desk.perform(command) } }

    public func beginEvidence(_ request: EvidenceRequest, file: String) throws {
        guard work == nil else { throw ConsoleDeskError(language.words.workAlreadyRunning) }
        let path = (file as NSString).expandingTildeInPath
        try run { () throws(DeskError) in try desk.checkEvidence(request) }
        if let problem = desk.evidenceFileProblem(path) { throw ConsoleDeskError(problem.text(in: language)) }
        let service = desk
        let started = BackgroundWork(kind: .copying(file: file))
        started.start { progress in
            do throws(DeskError) {
                return .staged(try service.stageEvidence(request, file: path, shouldGoOn: progress))
            } catch {
                return .failed(error)
            }
        }
        work = started
    }

    public func beginIngest(path: String) throws {
        guard work == nil else { throw ConsoleDeskError(language.words.workAlreadyRunning) }
        let expanded = (path as NSString).expandingTildeInPath
        do {
            try InputFile.check(expanded)
        } catch {
            throw ConsoleDeskError(error.message(language))
        }
        let service = desk
        let started = BackgroundWork(kind: .ingesting(file: path))
        started.start { progress in
            do throws(DeskError) {
                // Every 500 incidents: the line moves and a cancel is heard within a fraction of a second.
                return .ingested(try service.ingest(file: expanded, progressInterval: 500) { done, total in
                    progress(Int64(done), Int64(total))
                })
            } catch {
                return .failed(error)
            }
        }
        work = started
    }

    public func longWork() -> LongWork? {
        guard let work else { return nil }
        var (progress, result) = work.snapshot()
        guard let result else { return progress }
        self.work = nil
        switch result {
        case .staged(let staged) where progress.cancelling:
            // Cancelled as the copy ended: the officer's word stands, the staged copy goes.
            desk.discardEvidence(staged)
            progress.ending = .cancelled
        case .staged(let staged):
            do throws(DeskError) {
                progress.ending = .evidence(try desk.recordEvidence(staged))
            } catch {
                progress.ending = .failed(error.message(language))
            }
        case .ingested(let outcome):
            guard case .ingesting(let file) = work.kind else { break }
            // An input with no incident in it is said, not passed off as a quiet "ingested 0".
            progress.ending = .ingested(outcome.emptiness.map { language.words.inputFile(file, language.words.emptyInput($0)) }
                                        ?? language.words.ingested(outcome.ingested, duplicates: outcome.duplicates, from: file))
        case .failed(let error):
            progress.ending = error.kind == .cancelled ? .cancelled : .failed(error.message(language))
        }
        return progress
    }

    public func cancelLongWork() { work?.cancel() }

    public func endLongWork() {
        guard let work else { return }
        work.cancel()
        work.wait(seconds: 10)
        if case .staged(let staged)? = work.snapshot().result { desk.discardEvidence(staged) }
        self.work = nil
    }

    public func evidence(of incident: String) throws -> [RetainedEvidence] {
        try reading { store throws(StoreError) in try store.evidence(of: incident) }
    }

    public func evidenceDue(by date: Instant) throws -> [RetainedEvidence] {
        try reading { store throws(StoreError) in try store.evidenceDue(by: date) }
    }

    public func evidenceFileProblem(_ path: String) -> String? {
        desk.evidenceFileProblem((path as NSString).expandingTildeInPath)?.text(in: language)
    }

    /// One bounded batch a tick (`Desk.overdueBatch`): the loop never waits on a backlog.
    public func keepClocks() throws { try run { () throws(DeskError) in _ = try desk.keepClocks(all: false) } }

    public func monthlyReport(_ month: ReportMonth) throws -> MonthlyReport {
        try run { () throws(DeskError) in try desk.monthlyReport(month) }
    }

    public func investigationReport(_ id: String) throws -> InvestigationReport {
        try run { () throws(DeskError) in try desk.investigationReport(id) }
    }

    public func hasChanged() throws -> Bool {
        do {
            return try watcher?.hasChanged() ?? false
        } catch {
            throw ConsoleDeskError(error.message(language))
        }
    }

    public func arrivals(after seq: Int64) throws -> (last: Int64, incidents: [Arrival]) {
        let (last, incidents) = try reading { store throws(StoreError) in try store.incidentsOpened(after: seq) }
        return (last, incidents.map(Arrival.init))
    }

    public func health() -> DeskHealth {
        let path = desk.store.path
        switch desk.store.fileHealth() {
        case .writable: return .writable
        // What happened first, the path last: on a narrow screen the path is what gets cut.
        case .missing:
            return .gone(BilingualText { $0.databaseDeleted(path) })
        case .replaced:
            return .gone(BilingualText { $0.databaseReplaced(path) })
        case .readOnly:
            return .readOnly(BilingualText { $0.databaseReadOnly(path) })
        }
    }

    public func pathCompletions(_ partial: String) -> [String] { PathCompletion.candidates(partial) }
}

/// Tab in a path prompt: the entries of the folder being typed that start with the last part,
/// folders marked with a trailing `/`, hidden files only when a `.` was typed.
enum PathCompletion {
    static func candidates(_ partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let folder: String, stem: String
        if expanded.hasSuffix("/") {
            folder = expanded
            stem = ""
        } else {
            let parent = (expanded as NSString).deletingLastPathComponent
            folder = parent.isEmpty ? "." : parent
            stem = (expanded as NSString).lastPathComponent
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        // Keep what the officer typed before the last part (`~/`, `./`) as they typed it.
        let typedFolder = partial.hasSuffix("/") ? partial : String(partial.dropLast(stem.count))
        return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            return typedFolder + name + (isFolder.boolValue ? "/" : "")
        }
    }

}

/// Notifications: checked at once, carried in the background, recorded at the next tick on the
/// console's own thread (the desk is written from one thread only).
extension LiveConsoleDesk {

    public func notificationDraft(_ incident: String, template: NotificationTemplate?) throws -> NotificationDraft {
        try run { () throws(DeskError) in try desk.notificationDraft(incident, template: template, language: language, settings: notifications) }
    }

    public func notificationDelivery(_ channel: NotificationRecord.Channel, exercise: Bool, recorded: Bool) -> NotificationRecord.Delivery {
        notifications.delivery(for: channel, exercise: exercise, recorded: recorded)
    }

    public func beginNotification(_ draft: NotificationDraft, at: Instant?, recorded: Bool) throws {
        let prepared = try run { () throws(DeskError) in try desk.prepare(draft, at: at, recorded: recorded, settings: notifications) }
        guard prepared.carried else {
            self.recorded.append(.recorded(try run { () throws(DeskError) in try desk.record(prepared) }))
            return
        }
        let service = desk, carried = self.carried
        Task.detached { carried.add(await service.carry(prepared)) }
    }

    public func finishedNotifications() -> [NotificationFinish] {
        var finished = recorded
        recorded = []
        for prepared in carried.take() {
            do throws(DeskError) {
                finished.append(.recorded(try desk.record(prepared)))
            } catch {
                finished.append(.notRecorded(incident: prepared.draft.incident, reason: error.message(language)))
            }
        }
        return finished
    }

    public func notificationWork(limit: Int) throws -> (items: [NotificationWork], total: Int) {
        try run { () throws(DeskError) in try desk.notificationWork(limit: limit) }
    }
}

/// What the background sends hand back to the console's thread.
private final class CarriedNotices: @unchecked Sendable {
    private let lock = NSLock()
    private var done: [PreparedNotification] = []

    func add(_ prepared: PreparedNotification) { lock.withLock { done.append(prepared) } }

    func take() -> [PreparedNotification] {
        lock.withLock {
            defer { done = [] }
            return done
        }
    }
}
