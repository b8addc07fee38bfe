import CertDeskCore
import Foundation

/// errno in words, in both languages, for the cases an officer can act on.
public enum SystemErrorText {
    /// `writing`: the vault was being written, so a permission problem means it cannot be
    /// written (not that the officer's file cannot be read).
    public static func describe(_ code: Int32, writing: Bool = false) -> BilingualText {
        let failure: FileFailure
        switch code {
        case ENOENT: failure = .noSuchFile
        case EACCES where writing, EPERM where writing: failure = .cannotWrite
        case EACCES, EPERM: failure = .cannotRead
        case EISDIR: failure = .isAFolder
        case ENOSPC, EDQUOT: failure = .diskFull
        case EFBIG: failure = .tooLarge
        case EIO: failure = .inputOutput
        case ELOOP: failure = .tooManyLinks
        case ENAMETOOLONG: failure = .pathTooLong
        case ENOTDIR: failure = .notAFolderInPath
        case EROFS: failure = .readOnly
        default: return BilingualText(verbatim: String(cString: strerror(code)))
        }
        return BilingualText { $0.describe(failure) }
    }

    static func writeFailure(_ code: Int32, path: String, written: Int64, total: Int64) -> EvidenceVaultError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .full(path: path, reason: describe(code), written: written, total: total)
        default: return .vault(path: path, reason: describe(code, writing: true))
        }
    }
}
