import CertDeskCore
import CertDeskStore

/// Adding and disposing of evidence: the vault's files and the journal kept in step, for the
/// command line and the console alike (the protocol is EvidenceVault's).
struct EvidenceFiling {
    let context: DeskContext

    private var vault: EvidenceVault { context.store.vault }

    /// Registers an item: a physical one directly; a file once it is copied, hashed and synced
    /// into the vault. Anything the desk would refuse is refused before a byte is copied.
    /// `progress` is told (bytes done, bytes in all).
    func add(_ request: EvidenceRequest, file: String?, progress: ((Int64, Int64) -> Void)? = nil) throws -> EvidenceItem {
        guard let file else { return try item(from: context.perform(.addEvidence(request))) }
        var provisional = request
        provisional.content = EvidenceContent(sha256: String(repeating: "0", count: 64), size: 0, originalName: "")
        try context.query { store throws(StoreError) in try store.check(.addEvidence(provisional), actor: context.actor, clock: context.clock) }
        let staged: EvidenceVault.Staged
        do {
            staged = try vault.stage(file: file, progress: progress)
        } catch {
            throw CommandFailure(error.isSourceProblem ? .noInput : .ioError, error.message(context.language))
        }
        var stored = request
        stored.content = staged.content
        do {
            let events = try vault.publish(staged) { try context.perform(.addEvidence(stored)) }
            return try item(from: events)
        } catch let error as EvidenceVaultError {
            vault.discard(staged)
            throw CommandFailure(.ioError, error.message(context.language))
        } catch {
            vault.discard(staged)
            throw error
        }
    }

    /// Records the disposal (the tombstone), then removes the file if no live item shares it.
    func dispose(_ id: String, reason: String) throws {
        let item = try EvidenceLookup.item(id, context)
        do {
            _ = try vault.withdraw(sha256: item.content?.sha256, record: {
                try context.perform(.disposeEvidence(evidence: id, reason: reason))
            }, stillUsed: {
                guard let sha256 = item.content?.sha256 else { return false }
                return try context.query { store throws(StoreError) in try store.evidenceContentInUse(sha256) }
            })
        } catch let error as EvidenceVaultError {
            throw CommandFailure(.ioError, error.message(context.language))
        }
    }

    private func item(from events: [RecordedEvent]) throws -> EvidenceItem {
        guard case .evidenceAdded(let addition)? = events.first?.event else {
            throw CommandFailure(.failure, "the desk recorded no evidence")
        }
        return try EvidenceLookup.item(addition.id, context)
    }
}

/// Finding an item by id, with the same message everywhere.
enum EvidenceLookup {
    static func item(_ id: String, _ context: DeskContext) throws -> EvidenceItem {
        guard let item = try context.query({ store throws(StoreError) in try store.evidence(id) }) else {
            throw CommandFailure(.refused(.noEvidence(id)), language: context.language)
        }
        return item
    }

    static func entry(_ id: String, _ context: DeskContext) throws -> RetainedEvidence {
        let item = try item(id, context)
        let entries = try context.query { store throws(StoreError) in try store.evidence(of: item.incident) }
        return entries.first { $0.item.id == id } ?? RetainedEvidence(item: item, keepUntil: nil)
    }
}
