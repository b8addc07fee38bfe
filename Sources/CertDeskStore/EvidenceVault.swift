import CertDeskCore
import Foundation

/// The folder beside the desk database where evidence files are kept: each content once, under
/// its SHA-256 (`sha256/ab/abcd…`), read-only (0400) in folders only the owner can open (0700).
///
/// Adding is crash-safe in three steps: `stage` copies and hashes into `tmp/` and syncs;
/// `publish` renames the staged file into place, syncs the folder and only then lets the caller
/// commit the journal event. A crash before the rename leaves a `.partial` that the next add
/// removes; a crash between the rename and the commit leaves a file no item names, which `verify`
/// reports as left by an interrupted add and `tidy` removes. Never a journal entry without its
/// file. Publishing, disposing and tidying hold one lock on the vault, so a dedupe in one process
/// cannot race a removal in another.
public struct EvidenceVault: Sendable {
    public let root: String
    /// Owner-only (folders 0700, contents 0400) or shared with the desk's group (2770, 0440).
    public let sharing: DeskSharing

    public init(root: String, sharing: DeskSharing = .ownerOnly) {
        self.root = root
        self.sharing = sharing
    }

    /// `…/certdesk.sqlite` → `…/certdesk.vault` (a database named `x.vault` gets `x.vault.vault`).
    public init(databasePath: String, sharing: DeskSharing = .ownerOnly) {
        let url = URL(fileURLWithPath: databasePath)
        let keep = url.pathExtension.isEmpty || url.pathExtension == "vault"
        self.init(root: (keep ? url : url.deletingPathExtension()).path + ".vault", sharing: sharing)
    }

    /// Where a content lives, relative to the root.
    public static func relativePath(of sha256: String) -> String {
        "sha256/\(sha256.prefix(2))/\(sha256)"
    }

    public func path(of sha256: String) -> String { root + "/" + Self.relativePath(of: sha256) }

    var temporaryFolder: String { root + "/tmp" }

    /// A file copied into `tmp/`, hashed and synced, but not yet in the vault.
    public struct Staged: Sendable {
        let temporaryPath: String
        public let content: EvidenceContent
    }

    /// Why `file` cannot be taken in (missing, a folder, unreadable, a control character in
    /// its name), checked without copying anything; nil when it can.
    public static func sourceProblem(_ file: String) -> EvidenceVaultError? {
        do {
            let source = try EvidenceSource.open(file)
            close(source.fd)
            return nil
        } catch {
            return error
        }
    }

    /// Copies `file` into the vault's temporary folder, hashing it on the way.
    /// `progress` is told (bytes done, bytes in all).
    public func stage(file: String, progress: ((Int64, Int64) -> Void)? = nil) throws(EvidenceVaultError) -> Staged {
        try stage(file: file, shouldGoOn: progress.map { report in { done, total in report(done, total); return true } })
    }

    /// Stages `file`; `shouldGoOn` is told (bytes done, bytes in all) after each chunk and may
    /// stop the copy (the console's cancel): the partial copy is removed and nothing is kept.
    /// `bytesPerSecond` paces the copy.
    public func stage(file: String, shouldGoOn: ((Int64, Int64) -> Bool)?, bytesPerSecond: Int64? = nil) throws(EvidenceVaultError) -> Staged {
        let source = try EvidenceSource.open(file)
        defer { close(source.fd) }
        try prepareFolders()
        removeAbandonedPartials()
        // A size limit (ulimit -f) would kill the process mid-write; ignored, the write fails
        // with EFBIG and the officer gets an error instead of a dead console.
        signal(SIGXFSZ, SIG_IGN)
        let temporary = temporaryFolder + "/\(getpid())-\(UInt64.random(in: 0...UInt64.max)).partial"
        let out = Glibc.open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, sharing.fileMode)
        guard out >= 0 else { throw .vault(path: temporary, reason: SystemErrorText.describe(errno, writing: true)) }
        var keep = false
        defer {
            if !keep { unlink(temporary) }
        }
        defer { close(out) }
        let result: HashingCopy.Result
        do {
            let pace = HashingCopy.Pace(shouldGoOn: shouldGoOn.map { ask in { done in ask(done, source.size) } }, bytesPerSecond: bytesPerSecond)
            result = try HashingCopy.run(source: source.fd, destination: out, pace: pace)
        } catch {
            switch error {
            case .read(let code): throw .source(path: file, reason: SystemErrorText.describe(code))
            case .write(let code, let written): throw SystemErrorText.writeFailure(code, path: root, written: written, total: source.size)
            case .cancelled: throw .cancelled(path: file)
            }
        }
        guard fsync(out) == 0 else { throw SystemErrorText.writeFailure(errno, path: root, written: result.size, total: source.size) }
        guard fchmod(out, sharing.contentMode) == 0 else { throw .vault(path: temporary, reason: SystemErrorText.describe(errno, writing: true)) }
        keep = true
        return Staged(temporaryPath: temporary, content: EvidenceContent(sha256: result.sha256, size: result.size,
                                                                         originalName: source.name))
    }

    /// Throws the staged copy away (the officer's add was refused before publishing).
    public func discard(_ staged: Staged) {
        unlink(staged.temporaryPath)
    }

    /// Moves the staged file into place (or, when that content is already kept, drops the
    /// copy), then runs `record` — the journal commit — under the vault lock. If `record`
    /// throws, a file this call put in place is removed again: nothing is left behind.
    public func publish<T>(_ staged: Staged, record: () throws -> T) throws -> T {
        try withLock { () throws -> T in
            let target = path(of: staged.content.sha256)
            let placement = try place(staged, at: target)
            do {
                return try record()
            } catch {
                if placement == .created { unlink(target) }
                throw error
            }
        }
    }

    /// Runs `record` (the disposal's journal commit) under the vault lock, then removes the
    /// content when `stillUsed` says no live item needs it. The commit comes first: a crash
    /// between the two leaves an unneeded file that `verify` explains, never a live item
    /// without its file.
    public func withdraw<T>(sha256: String?, record: () throws -> T, stillUsed: () throws -> Bool) throws -> T {
        try withLock { () throws -> T in
            let result = try record()
            if let sha256, try !stillUsed() { unlink(path(of: sha256)) }
            return result
        }
    }

    /// Re-hashes a kept content.
    public func rehash(_ sha256: String, progress: ((Int64) -> Void)? = nil) -> VaultCheck {
        let file = path(of: sha256)
        let fd = Glibc.open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? .missing : .unreadable(SystemErrorText.describe(errno)) }
        defer { close(fd) }
        do {
            let result = try HashingCopy.run(source: fd, destination: nil, progress: progress)
            return .found(sha256: result.sha256, size: result.size)
        } catch {
            if case .read(let code) = error { return .unreadable(SystemErrorText.describe(code)) }
            return .unreadable(BilingualText { $0.readFailed })
        }
    }

    /// Every content file in the vault (by hash), every temporary file, and every name certdesk
    /// never writes there (`strays`), for `verify`. Only `sha256/<2 hex>/<64 hex>` regular
    /// files, `tmp/` and the lock are the vault's own; anything else — `sha256/ab_extra`, a
    /// symbolic link, a folder inside a shard — was put there from outside.
    public func inventory() -> VaultInventory {
        var inventory = VaultInventory()
        let manager = FileManager.default
        func kind(_ path: String) -> mode_t? {
            var status = stat()
            return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
        }
        for name in ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            let expected: mode_t = name == ".lock" ? S_IFREG : S_IFDIR
            if !["sha256", "tmp", ".lock"].contains(name) || kind(root + "/" + name) != expected { inventory.strays.append(name) }
        }
        for shard in ((try? manager.contentsOfDirectory(atPath: root + "/sha256")) ?? []).sorted() {
            let shardPath = root + "/sha256/" + shard
            guard shard.utf8.count == 2, SHA256Hex.isLowercaseHex(shard), kind(shardPath) == S_IFDIR else {
                inventory.strays.append("sha256/" + shard)
                continue
            }
            for name in ((try? manager.contentsOfDirectory(atPath: shardPath)) ?? []).sorted() {
                if name.utf8.count == 64, name.hasPrefix(shard), SHA256Hex.isLowercaseHex(name), kind(shardPath + "/" + name) == S_IFREG {
                    inventory.contents.insert(name)
                } else {
                    inventory.strays.append("sha256/\(shard)/\(name)")
                }
            }
        }
        inventory.temporary = ((try? manager.contentsOfDirectory(atPath: temporaryFolder)) ?? []).sorted()
        return inventory
    }

    /// Removes content files no live item needs and temporary files of processes that are gone.
    /// Returns what it removed (relative paths).
    /// `needed` is asked under the lock, so an add committed meanwhile is counted.
    public func tidy(needed: () throws -> Set<String>) throws -> [String] {
        try withLock { () throws -> [String] in
            let needed = try needed()
            var removed: [String] = []
            for hash in inventory().contents.sorted() where !needed.contains(hash) {
                if unlink(path(of: hash)) == 0 { removed.append(Self.relativePath(of: hash)) }
            }
            removed += removeAbandonedPartials().map { "tmp/" + $0 }
            return removed
        }
    }

    // MARK: - Steps

    private enum Placement { case created, alreadyKept, repaired }

    private func place(_ staged: Staged, at target: String) throws -> Placement {
        let shard = (target as NSString).deletingLastPathComponent
        try makeFolder(root + "/sha256")
        try makeFolder(shard)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists, existing.st_size == staged.content.size {
            // The same content is already kept: record the new item against it.
            unlink(staged.temporaryPath)
            return .alreadyKept
        }
        // Absent, or a damaged copy of the wrong size: the staged bytes hash to the name, so
        // they restore it (and a refused add must not then remove what others need).
        guard rename(staged.temporaryPath, target) == 0 else {
            let reason = SystemErrorText.describe(errno, writing: true)
            unlink(staged.temporaryPath)
            throw EvidenceVaultError.vault(path: target, reason: reason)
        }
        try syncFolder(shard)
        return exists ? .repaired : .created
    }

    private func prepareFolders() throws(EvidenceVaultError) {
        do {
            try makeFolder(root)
            try makeFolder(temporaryFolder)
        } catch let error as EvidenceVaultError {
            throw error
        } catch {
            throw .vault(path: root, reason: BilingualText(verbatim: "\(error)"))
        }
    }

    /// Creates a folder (0700, or 2770 for a sharing group) if it is missing and syncs its parent
    /// so the entry survives a crash.
    private func makeFolder(_ folder: String) throws {
        if mkdir(folder, sharing.folderMode) == 0 {
            try sharing.adopt(folder, mode: sharing.folderMode)
            try syncFolder((folder as NSString).deletingLastPathComponent)
        } else if errno != EEXIST {
            throw EvidenceVaultError.vault(path: folder, reason: SystemErrorText.describe(errno, writing: true))
        }
    }

    private func syncFolder(_ folder: String) throws {
        let fd = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw EvidenceVaultError.vault(path: folder, reason: SystemErrorText.describe(errno, writing: true)) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw EvidenceVaultError.vault(path: folder, reason: SystemErrorText.describe(errno, writing: true)) }
    }

    /// `tmp/<pid>-<random>.partial` of processes that no longer run: a crash mid-copy.
    @discardableResult
    private func removeAbandonedPartials() -> [String] {
        var removed: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder)) ?? [] {
            guard let pid = name.split(separator: "-").first.flatMap({ pid_t($0) }) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH, unlink(temporaryFolder + "/" + name) == 0 { removed.append(name) }
        }
        return removed
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        try prepareFolders()
        let lock = Glibc.open(root + "/.lock", O_CREAT | O_RDWR | O_CLOEXEC, sharing.fileMode)
        guard lock >= 0 else { throw EvidenceVaultError.vault(path: root + "/.lock", reason: SystemErrorText.describe(errno, writing: true)) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw EvidenceVaultError.vault(path: root + "/.lock", reason: SystemErrorText.describe(errno, writing: true)) }
        }
        return try body()
    }
}

/// What re-hashing a kept content found.
public enum VaultCheck: Equatable, Sendable {
    case found(sha256: String, size: Int64)
    case missing
    case unreadable(BilingualText)
}

/// What is in the vault folder.
public struct VaultInventory: Sendable {
    /// Content file names (their SHA-256).
    public var contents = Set<String>()
    /// Names in `tmp/`.
    public var temporary: [String] = []
    /// Paths (relative to the vault) that are not the vault's own.
    public var strays: [String] = []
}
