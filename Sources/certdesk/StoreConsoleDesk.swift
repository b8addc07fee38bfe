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
        try run { try context.store.queue(query, from: anchor, limit: limit) }
    }

    func queueCount(_ query: QueueQuery) throws -> Int { try run { try context.store.queueCount(query) } }

    func incident(_ id: String) throws -> Incident? { try run { try context.store.incident(id) } }

    func timeline(of id: String) throws -> [RecordedEvent] { try run { try context.store.timeline(of: id) } }

    func playbook(of incident: Incident) throws -> Playbook? { try run { try context.store.playbook(of: incident) } }

    func playbookProblems() -> [String] { context.playbookProblems }

    func nextBreach() throws -> ClockEntry? { try run { try context.store.nextBreach() } }

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

    func addEvidence(_ request: EvidenceRequest, file: String) throws -> EvidenceItem {
        try run { try EvidenceFiling(context: context).add(request, file: (file as NSString).expandingTildeInPath) }
    }

    func keepClocks() throws { try run { try context.keepClocks() } }

    func hasChanged() throws -> Bool { try run { try watcher?.hasChanged() ?? false } }
}
