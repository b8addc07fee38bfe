import CertDeskCore

/// Why the store could not do what was asked, in words for the officer.
public enum StoreError: Error, Sendable {
    /// The command was checked and refused (unknown incident, same phase, ...).
    case refused(DeskDecider.Refusal)
    /// The database cannot be created, opened or written.
    case unusable(path: String, reason: BilingualText)
    /// The stored journal or projections do not hold together.
    case inconsistent(seq: Int64?, reason: BilingualText)
    /// The officer stopped a batch mid-way; its transaction was rolled back.
    case cancelled
    /// Another process held the desk's write lock for longer than `DeskStore.busyWait`
    /// (a very large ingest); nothing was written, and the same command can simply be run again.
    case busy(path: String, waited: Double)
    /// The system refused to write the desk's file (SQLITE_FULL: the disk is full; SQLITE_IOERR
    /// on a write: a file-size limit, a failing disk); the transaction was rolled back.
    case notWritten(path: String, full: Bool)
    /// A file or folder of the desk that someone other than its officers could write
    /// (`DeskSharing.problem`), or one certdesk could not give the sharing group.
    case unsafePermissions(path: String, reason: BilingualText)
    /// The desk was opened read-only (the officer may read it, not write it), and a command
    /// tried to record.
    case readOnly(path: String)

    static func unusable(path: String, _ say: (any Words) -> String) -> StoreError {
        .unusable(path: path, reason: BilingualText(say))
    }

    static func inconsistent(seq: Int64? = nil, _ say: (any Words) -> String) -> StoreError {
        .inconsistent(seq: seq, reason: BilingualText(say))
    }

    /// SQLite's or the system's own words.
    static func unusable(path: String, system message: String) -> StoreError {
        .unusable(path: path, reason: BilingualText(verbatim: message))
    }

    public func message(_ language: InterfaceLanguage) -> String {
        switch self {
        case .refused(let refusal): return refusal.reason.text(in: language)
        case .unusable(let path, let reason):
            return language.words.databaseUnusable(path, reason: reason.text(in: language))
        case .inconsistent(let seq, let reason):
            return language.words.deskInconsistent(seq: seq, reason: reason.text(in: language))
        case .cancelled:
            return language.words.batchCancelled
        case .busy(let path, let waited):
            return language.words.deskBusy(path, seconds: max(1, Int(waited.rounded())))
        case .notWritten(let path, let full):
            return language.words.deskNotWritten(path, full: full)
        case .unsafePermissions(_, let reason):
            return reason.text(in: language)
        case .readOnly(let path):
            return language.words.deskReadOnly(path)
        }
    }
}
