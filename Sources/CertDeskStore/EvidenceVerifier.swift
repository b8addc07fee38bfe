import CertDeskCore

/// What re-hashing the vault found.
public struct EvidenceVerification: Sendable {
    /// Live items with a file, and the contents re-hashed for them.
    public var items = 0
    public var contents = 0
    public var bytes: Int64 = 0
    /// Each names the evidence it concerns: a court must know which item is in doubt.
    public var problems: [BilingualText] = []
    /// What `verify` can explain and is not a fault: leftovers of an interrupted add or disposal.
    public var notes: [BilingualText] = []

    public var isIntact: Bool { problems.isEmpty }
}

extension DeskStore {
    /// Re-hashes the vault file of every live item (or of one), comparing hash and size with the
    /// register. Checking the whole desk also accounts for every file in the vault folder.
    /// `progress` is told (bytes done, bytes in all).
    public func verifyEvidence(only id: String? = nil, progress: ((Int64, Int64) -> Void)? = nil) throws(StoreError) -> EvidenceVerification {
        let register: [EvidenceItem]
        if let id {
            guard let item = try evidence(id) else { throw .refused(.noEvidence(id)) }
            register = [item]
        } else {
            register = try read { db in try EvidenceRow.fetch(db) }
        }
        let live = register.filter { $0.disposal == nil && $0.content != nil }
        var byContent: [String: [EvidenceItem]] = [:]
        for item in live { byContent[item.content!.sha256, default: []].append(item) }
        var report = EvidenceVerification()
        report.items = live.count
        report.contents = byContent.count
        let total = byContent.values.reduce(Int64(0)) { $0 + $1[0].content!.size }
        let vault = self.vault
        for (sha256, items) in byContent.sorted(by: { $0.key < $1.key }) {
            let before = report.bytes
            let check = vault.rehash(sha256) { done in progress?(before + done, total) }
            report.bytes = before + items[0].content!.size
            report.problems += Self.problems(check, items: items, sha256: sha256)
        }
        if id == nil {
            let inventory = vault.inventory()
            report.notes = Self.unexplained(inventory, register: register)
            // A name certdesk never writes is not a leftover it can explain: a fault to look into.
            report.problems += inventory.strays.map { path in BilingualText { $0.vaultStrayFile(path) } }
        }
        return report
    }

    private static func problems(_ check: VaultCheck, items: [EvidenceItem], sha256: String) -> [BilingualText] {
        let file = EvidenceVault.relativePath(of: sha256)
        return items.compactMap { item -> BilingualText? in
            let recorded = item.content!
            switch check {
            case .missing:
                return BilingualText { $0.vaultFileMissing(item.id, file) }
            case .unreadable(let reason):
                return BilingualText { $0.vaultFileUnreadable(item.id, file, reason: $0.say(reason)) }
            case .found(let actual, let size) where actual != recorded.sha256 || size != recorded.size:
                return BilingualText { $0.vaultFileChanged(item.id, file, now: actual, size: size, recorded: recorded.sha256, recordedSize: recorded.size) }
            case .found:
                return nil
            }
        }
    }

    /// Files no live item names, each explained.
    private static func unexplained(_ inventory: VaultInventory, register: [EvidenceItem]) -> [BilingualText] {
        var disposedBy: [String: String] = [:]
        var live = Set<String>()
        for item in register {
            guard let sha256 = item.content?.sha256 else { continue }
            if item.disposal == nil { live.insert(sha256) } else { disposedBy[sha256] = item.id }
        }
        var notes: [BilingualText] = []
        for hash in inventory.contents.sorted() where !live.contains(hash) {
            let file = EvidenceVault.relativePath(of: hash)
            if let disposed = disposedBy[hash] {
                notes.append(BilingualText { $0.vaultLeftoverOfDisposal(file, disposed) })
            } else {
                notes.append(BilingualText { $0.vaultLeftoverOfAdd(file) })
            }
        }
        for name in inventory.temporary {
            notes.append(BilingualText { $0.vaultTemporaryFile(name) })
        }
        return notes
    }
}
