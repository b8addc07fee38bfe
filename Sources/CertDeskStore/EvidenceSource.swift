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
        guard !path.isEmpty else { throw .source(path: path, reason: BilingualText(en: "no file given", zh: "未指定檔案")) }
        let name = (path as NSString).lastPathComponent
        if TextChecks.containsControl(path) {
            throw .source(path: path, reason: BilingualText(en: "the name holds control characters; rename the file first",
                                                           zh: "檔名含控制字元，請先改名"))
        }
        // O_NONBLOCK: opening a FIFO must not hang the desk; it is refused below as not a file.
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .source(path: path, reason: VaultErrno.describe(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = VaultErrno.describe(errno)
            close(fd)
            throw .source(path: path, reason: reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            let what = info.st_mode & S_IFMT == S_IFDIR
                ? BilingualText(en: "is a folder, not a file (add its files one by one, or an archive of them)",
                                zh: "是資料夾而非檔案（請逐一登錄其中檔案，或登錄其壓縮檔）")
                : BilingualText(en: "is not a regular file", zh: "不是一般檔案")
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

    /// The officer's file is at fault, not the vault.
    public var isSourceProblem: Bool {
        if case .source = self { return true }
        return false
    }

    public func message(_ language: InterfaceLanguage) -> String {
        let zh = language == .zhTW
        switch self {
        case .source(let path, let reason):
            return "\(TextChecks.quoted(path)): " + reason.text(in: language)
        case .vault(let path, let reason):
            return (zh ? "證據庫 \(TextChecks.quoted(path))：" : "evidence vault \(TextChecks.quoted(path)): ") + reason.text(in: language)
        case .full(let path, let reason, let written, let total):
            return zh
                ? "證據庫 \(TextChecks.quoted(path))：\(reason.zh)（已寫入 \(written) / \(total) 位元組，暫存複本已移除，未登錄任何紀錄）"
                : "evidence vault \(TextChecks.quoted(path)): \(reason.en) after \(written) of \(total) bytes; the partial copy was removed and nothing was recorded"
        }
    }
}

/// errno in words, in both languages, for the cases an officer can act on.
enum VaultErrno {
    /// `writing`: the vault was being written, so a permission problem means it cannot be
    /// written (not that the officer's file cannot be read).
    static func describe(_ code: Int32, writing: Bool = false) -> BilingualText {
        switch code {
        case ENOENT: return BilingualText(en: "no such file", zh: "檔案不存在")
        case EACCES where writing, EPERM where writing:
            return BilingualText(en: "cannot be written: permission denied (check the owner and mode of the vault folder)",
                                 zh: "無法寫入：權限不足（請檢查證據庫資料夾的擁有者與權限）")
        case EACCES, EPERM: return BilingualText(en: "permission denied (you cannot read it)", zh: "權限不足（無法讀取）")
        case EISDIR: return BilingualText(en: "is a folder, not a file", zh: "是資料夾而非檔案")
        case ENOSPC, EDQUOT: return BilingualText(en: "the disk is full", zh: "磁碟空間已滿")
        case EFBIG: return BilingualText(en: "the file is larger than this process may write (ulimit -f)", zh: "檔案超過本程序可寫入的大小上限（ulimit -f）")
        case EIO: return BilingualText(en: "input/output error (the disk may be failing)", zh: "輸入輸出錯誤（磁碟可能故障）")
        case ELOOP: return BilingualText(en: "too many symbolic links", zh: "符號連結層數過多")
        case ENAMETOOLONG: return BilingualText(en: "the path is too long", zh: "路徑過長")
        case ENOTDIR: return BilingualText(en: "a part of the path is not a folder", zh: "路徑中某一部分不是資料夾")
        case EROFS: return BilingualText(en: "cannot be written: the file system is read-only", zh: "無法寫入：檔案系統為唯讀")
        default:
            let text = String(cString: strerror(code))
            return BilingualText(en: text, zh: text)
        }
    }

    static func writeFailure(_ code: Int32, path: String, written: Int64, total: Int64) -> EvidenceVaultError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .full(path: path, reason: describe(code), written: written, total: total)
        default: return .vault(path: path, reason: describe(code, writing: true))
        }
    }
}
