import CertDeskCore
import CertDeskStore

/// The evidence register and its vault kept in step (the protocol is `EvidenceVault`'s): a file
/// is safe in the vault before its item is committed, and its file goes only after its
/// tombstone is.
extension Desk {
    private var vault: EvidenceVault { store.vault }

    /// Registers an item: a physical one directly; a file once it is copied, hashed and synced
    /// into the vault. Anything the desk would refuse is refused before a byte is copied.
    /// `progress` is told (bytes done, bytes in all).
    public func addEvidence(_ request: EvidenceRequest, file: String?, progress: ((Int64, Int64) -> Void)? = nil) throws(DeskError) -> EvidenceItem {
        guard let file else { return try addedItem(perform(.addEvidence(request))) }
        try checkEvidence(request)
        return try recordEvidence(try stageEvidence(request, file: file) { done, total in
            progress?(done, total)
            return true
        })
    }

    /// A file copied and hashed into the vault, not yet registered: what the long half of an
    /// add leaves for its short commit.
    public struct StagedEvidence: Sendable {
        let request: EvidenceRequest
        let staged: EvidenceVault.Staged

        public var content: EvidenceContent { staged.content }
    }

    /// Refuses an add the desk would refuse, before a byte is copied.
    public func checkEvidence(_ request: EvidenceRequest) throws(DeskError) {
        var provisional = request
        provisional.content = EvidenceContent(sha256: String(repeating: "0", count: 64), size: 0, originalName: "")
        try read { store throws(StoreError) in try store.check(.addEvidence(provisional), actor: actor, clock: clock) }
    }

    /// The long half of an add: the copy and its hash, with no database lock held (another
    /// thread may run it; the console does). `shouldGoOn` is told (bytes done, bytes in all) and
    /// may stop the copy, which then leaves nothing behind. Paced by `copyLimit`.
    public func stageEvidence(_ request: EvidenceRequest, file: String,
                              shouldGoOn: @escaping (Int64, Int64) -> Bool) throws(DeskError) -> StagedEvidence {
        do {
            return StagedEvidence(request: request, staged: try vault.stage(file: file, shouldGoOn: shouldGoOn, bytesPerSecond: copyLimit))
        } catch {
            throw DeskError(error)
        }
    }

    /// Throws a staged copy away (cancelled after the copy, or at the console's end).
    public func discardEvidence(_ staged: StagedEvidence) {
        vault.discard(staged.staged)
    }

    /// The short half: the file moved into place and the item committed in one journal event.
    public func recordEvidence(_ staged: StagedEvidence) throws(DeskError) -> EvidenceItem {
        var stored = staged.request
        stored.content = staged.staged.content
        do {
            let events = try vault.publish(staged.staged) { () throws(DeskError) in try perform(.addEvidence(stored)) }
            return try addedItem(events)
        } catch {
            vault.discard(staged.staged)
            throw DeskError(vaultStep: error)
        }
    }

    /// Why `file` cannot be taken in as evidence, asked before anything else is (the console
    /// asks as soon as the path is typed); nil when it can.
    public func evidenceFileProblem(_ file: String) -> BilingualText? {
        EvidenceVault.sourceProblem(file).map { BilingualText(rendering: $0.message) }
    }

    /// A change of hands or a hold; the item as it now is.
    @discardableResult
    public func recordCustody(_ id: String, _ change: CustodyChange) throws(DeskError) -> EvidenceItem {
        try perform(.custody(evidence: id, change: change))
        return try evidenceItem(id)
    }

    /// Records the disposal (the tombstone), then removes the file if no live item shares it.
    public func dispose(_ id: String, reason: String) throws(DeskError) {
        let item = try evidenceItem(id)
        do {
            _ = try vault.withdraw(sha256: item.content?.sha256, record: { () throws(DeskError) in
                try perform(.disposeEvidence(evidence: id, reason: reason))
            }, stillUsed: { () throws(DeskError) in
                guard let sha256 = item.content?.sha256 else { return false }
                return try read { store throws(StoreError) in try store.evidenceContentInUse(sha256) }
            })
        } catch {
            throw DeskError(vaultStep: error)
        }
    }

    /// Removes vault files no live item names (left by an interrupted add or disposal).
    public func tidyVault() throws(DeskError) -> [String] {
        do {
            return try vault.tidy {
                Set(try read { store throws(StoreError) in try store.evidence(of: nil, includeDisposed: false) }.compactMap { $0.item.content?.sha256 })
            }
        } catch {
            throw DeskError(vaultStep: error)
        }
    }

    /// Re-hashes vault files against the register (one item, or all and every file).
    public func verifyEvidence(only id: String?, progress: ((Int64, Int64) -> Void)? = nil) throws(DeskError) -> EvidenceVerification {
        try read { store throws(StoreError) in try store.verifyEvidence(only: id, progress: progress) }
    }

    /// The item `id`, or a refusal that names it.
    public func evidenceItem(_ id: String) throws(DeskError) -> EvidenceItem {
        guard let item = try read({ store throws(StoreError) in try store.evidence(id) }) else {
            throw DeskError(.refused, DeskDecider.Refusal.noEvidence(id).reason)
        }
        return item
    }

    /// The item with its retention date.
    public func evidenceEntry(_ id: String) throws(DeskError) -> RetainedEvidence {
        let item = try evidenceItem(id)
        let entries = try read { store throws(StoreError) in try store.evidence(of: item.incident) }
        return entries.first { $0.item.id == id } ?? RetainedEvidence(item: item, keepUntil: nil)
    }

    private func addedItem(_ events: [RecordedEvent]) throws(DeskError) -> EvidenceItem {
        guard case .evidenceAdded(let addition)? = events.first?.event else {
            throw DeskError(.inconsistent) { $0.noEvidenceRecorded }
        }
        return try evidenceItem(addition.id)
    }
}
