import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

/// The console's door to the real desk: reads from the store, and records through the same
/// path as every CLI command (upkeep, decider, journal, reducer, projections).
final class StoreConsoleDesk: ConsoleDesk {
    let context: DeskContext
    let watcher: DeskChangeWatcher?

    init(context: DeskContext) {
        self.context = context
        watcher = try? DeskChangeWatcher(path: context.store.path)
        _ = try? watcher?.hasChanged()
    }

    var now: Instant { context.clock.now }

    private func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            throw ConsoleDeskError(failure.message)
        } catch let error as StoreError {
            throw ConsoleDeskError(error.message(context.language))
        }
    }

    func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws -> [QueueRow] {
        try run { try context.store.queue(query, from: anchor, limit: limit, now: now) }
    }

    func queueCount(_ query: QueueQuery) throws -> Int { try run { try context.store.queueCount(query) } }

    func queuePosition(of id: String, _ query: QueueQuery) throws -> Int? {
        try run { try context.store.queuePosition(of: id, query, now: now) }
    }

    func incident(_ id: String) throws -> Incident? { try run { try context.store.incident(id) } }

    func timeline(of id: String) throws -> [RecordedEvent] { try run { try context.store.timeline(of: id) } }

    func playbook(of incident: Incident) throws -> Playbook? { try run { try context.store.playbook(of: incident) } }

    func playbookProblems() -> [String] { context.playbookProblems }

    func clockOutlook() throws -> ClockOutlook { try run { try context.store.clockOutlook(at: now) } }

    func upcomingBreach() throws -> ClockEntry? { try run { try context.store.upcomingBreach() } }

    func perform(_ command: DeskCommand) throws { _ = try run { try context.perform(command) } }

    func ingest(path: String) throws -> String {
        try run {
            let expanded = (path as NSString).expandingTildeInPath
            let (ingested, duplicates) = try IngestCommand.ingest(file: expanded, context: context)
            return context.language == .zhTW ? "已匯入 \(ingested) 筆，重複 \(duplicates) 筆（\(path)）"
                                             : "ingested \(ingested), duplicates \(duplicates) (\(path))"
        }
    }

    func evidence(of incident: String) throws -> [RetainedEvidence] { try run { try context.store.evidence(of: incident) } }

    func evidenceDue(by date: Instant) throws -> [RetainedEvidence] { try run { try context.store.evidenceDue(by: date) } }

    func evidenceFileProblem(_ path: String) -> String? {
        EvidenceVault.sourceProblem((path as NSString).expandingTildeInPath)?.message(context.language)
    }

    func addEvidence(_ request: EvidenceRequest, file: String) throws -> EvidenceItem {
        try run { try EvidenceFiling(context: context).add(request, file: (file as NSString).expandingTildeInPath) }
    }

    func keepClocks() throws { try run { try context.keepClocks() } }

    func hasChanged() throws -> Bool { try run { try watcher?.hasChanged() ?? false } }

    func arrivals(after seq: Int64) throws -> (last: Int64, incidents: [Arrival]) {
        try run {
            let (last, incidents) = try context.store.incidentsOpened(after: seq)
            return (last, incidents.map(Arrival.init))
        }
    }

    func health() -> DeskHealth {
        let path = context.store.path
        switch context.store.fileHealth() {
        case .writable: return .writable
        // What happened first, the path last: on a narrow screen the path is what gets cut.
        case .missing:
            return .gone(BilingualText(en: "the database was deleted: nothing can be recorded; quit and open the desk again (\(path))",
                                       zh: "資料庫已被刪除：無法登錄；請離開後重新開啟（\(path)）"))
        case .replaced:
            return .gone(BilingualText(en: "the database was replaced by another file: nothing can be recorded; quit and open it again (\(path))",
                                       zh: "資料庫已被其他檔案取代：無法登錄；請離開後重新開啟（\(path)）"))
        case .readOnly:
            return .readOnly(BilingualText(en: "the database is read-only: nothing can be recorded until it can be written (\(path))",
                                           zh: "資料庫為唯讀：恢復可寫入前無法登錄（\(path)）"))
        }
    }

    func pathCompletions(_ partial: String) -> [String] { PathCompletion.candidates(partial) }
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
