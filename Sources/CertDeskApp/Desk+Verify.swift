import CertDeskCore
import CertDeskStore

/// What `verify` found across the journal and the vault.
public struct DeskVerification: Sendable {
    public let journal: VerificationReport
    public let evidence: EvidenceVerification

    public var isIntact: Bool { journal.isIntact && evidence.isIntact }
}

extension Desk {
    /// Walks the hash chain, rebuilds every projection with the one reducer and compares, then
    /// re-hashes the evidence vault. `journalProgress` is told the rows walked (every 100,000),
    /// `evidenceProgress` the bytes re-hashed.
    /// With an `anchor`, the journal must still hold that row with that hash.
    public func verify(anchor: JournalAnchor? = nil, journalProgress: ((Int64) -> Void)? = nil,
                       evidenceProgress: ((Int64, Int64) -> Void)? = nil) throws(DeskError) -> DeskVerification {
        let journal = try read { store throws(StoreError) in try store.verify(progress: journalProgress, anchor: anchor) }
        return DeskVerification(journal: journal, evidence: try verifyEvidence(only: nil, progress: evidenceProgress))
    }
}
