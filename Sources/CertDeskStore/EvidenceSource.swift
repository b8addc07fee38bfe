import CertDeskCore
import Foundation

/// The file an officer hands to `evidence add`, opened and checked before a byte is copied:
/// it must be a readable regular file whose name can be written into the record as it is.
struct EvidenceSource {
    let fd: Int32
    let size: Int64
    /// The file's own name, without its folder.
    let name: String

    static func open(_ path: String) throws(EvidenceVaultError) -> EvidenceSource {
        guard !path.isEmpty else { throw .source(path: path, reason: BilingualText { $0.noFileGiven }) }
        let name = (path as NSString).lastPathComponent
        if TextChecks.containsControl(path) {
            throw .source(path: path, reason: BilingualText { $0.fileNameHasControl })
        }
        // O_NONBLOCK: opening a FIFO must not hang the desk; it is refused below as not a file.
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .source(path: path, reason: SystemErrorText.describe(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = SystemErrorText.describe(errno)
            close(fd)
            throw .source(path: path, reason: reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            let what = BilingualText { isFolder ? $0.evidenceIsAFolder : $0.notARegularFile }
            throw .source(path: path, reason: what)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        // Read straight through once: tell the kernel to read ahead.
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        return EvidenceSource(fd: fd, size: Int64(info.st_size), name: name)
    }
}

/// Why the vault could not take or give back a file.
public enum EvidenceVaultError: Error, Sendable, Equatable {
    /// The file handed in cannot be used.
    case source(path: String, reason: BilingualText)
    /// The vault cannot be written.
    case vault(path: String, reason: BilingualText)
    /// The disk (or the size limit) ran out mid-copy; the partial copy was removed.
    case full(path: String, reason: BilingualText, written: Int64, total: Int64)
    /// The officer stopped the copy; the partial copy was removed.
    case cancelled(path: String)

    /// The officer's file is at fault, not the vault.
    public var isSourceProblem: Bool {
        if case .source = self { return true }
        return false
    }

    public func message(_ language: InterfaceLanguage) -> String {
        let words = language.words
        switch self {
        case .source(let path, let reason):
            return "\(TextChecks.quoted(path)): " + reason.text(in: language)
        case .vault(let path, let reason):
            return words.vaultProblem(TextChecks.quoted(path), reason: reason.text(in: language))
        case .full(let path, let reason, let written, let total):
            return words.vaultFull(TextChecks.quoted(path), reason: reason.text(in: language), written: written, total: total)
        case .cancelled(let path):
            return words.copyCancelled(TextChecks.quoted(path))
        }
    }
}
