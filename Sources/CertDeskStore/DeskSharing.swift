import CertDeskCore
import Foundation

/// Who may write a desk's files. By default its owner alone: the database, its WAL and the
/// vault's files 0600 (contents 0400), their folders 0700. Officers who keep one desk under
/// separate accounts share it through one group named in the configuration (`group:`): the
/// files are then 0660 (contents 0440) and the folders 2770 — the set-group-ID bit keeps every
/// file SQLite and the vault create later in that group.
///
/// Anyone else who can write the database, its WAL, its folder or the vault could append rows
/// to the journal under any name, or swap evidence; so `problem` refuses a desk whose files
/// others can write, or whose group can when that group is not the sharing group.
public struct DeskSharing: Sendable, Equatable {
    public let groupID: gid_t?
    public let groupName: String?

    public static let ownerOnly = DeskSharing(groupID: nil, groupName: nil)

    public init(groupID: gid_t?, groupName: String?) {
        self.groupID = groupID
        self.groupName = groupName
    }

    /// The sharing group by its name; nil when the system knows no such group.
    public init?(group name: String) {
        guard let entry = getgrnam(name) else { return nil }
        self.init(groupID: entry.pointee.gr_gid, groupName: name)
    }

    public var fileMode: mode_t { groupID == nil ? 0o600 : 0o660 }
    public var folderMode: mode_t { groupID == nil ? 0o700 : 0o2770 }
    /// A kept evidence file: read-only for everyone who may read the desk.
    public var contentMode: mode_t { groupID == nil ? 0o400 : 0o440 }
    /// What the process creates with: nothing for others, and for the group only when shared.
    public var processMask: mode_t { groupID == nil ? 0o077 : 0o007 }

    /// Gives a file or folder certdesk has just created its mode and, when shared, the group.
    func adopt(_ path: String, mode: mode_t) throws(StoreError) {
        if let groupID, chown(path, uid_t.max, groupID) != 0 {
            throw StoreError.unsafePermissions(path: path, reason: SystemErrorText.describe(errno, writing: true))
        }
        guard chmod(path, mode) == 0 else {
            throw StoreError.unsafePermissions(path: path, reason: SystemErrorText.describe(errno, writing: true))
        }
    }

    /// Why the file or folder at `path` may not be part of a desk; nil when it may (or is not there).
    public func problem(_ path: String) -> BilingualText? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let mode = status.st_mode & 0o7777
        let shown = "0" + String(mode & 0o777, radix: 8)
        // A sticky folder (/tmp, 1777) lets nobody remove or replace another's files, and each
        // of the desk's own files is checked in turn: a desk may live there.
        let sticky = status.st_mode & S_IFMT == S_IFDIR && mode & S_ISVTX != 0
        if mode & S_IWOTH != 0 && !sticky {
            return BilingualText { $0.othersMayWrite(TextChecks.quoted(path), mode: shown) }
        }
        if mode & S_IWGRP != 0 && status.st_gid != groupID && !Self.isPrivateGroup(status.st_gid, of: status.st_uid) {
            let group = getgrgid(status.st_gid).map { String(cString: $0.pointee.gr_name) } ?? String(status.st_gid)
            return BilingualText { $0.groupMayWrite(TextChecks.quoted(path), mode: shown, group: group, sharing: groupName) }
        }
        return nil
    }

    /// Debian's user private groups (USERGROUPS_ENAB, umask 002): each user's own group, named
    /// after the user and listing nobody else — writable by that group is writable by the owner alone.
    static func isPrivateGroup(_ gid: gid_t, of uid: uid_t) -> Bool {
        guard let user = getpwuid(uid), user.pointee.pw_gid == gid, let group = getgrgid(gid) else { return false }
        let members = group.pointee.gr_mem
        return String(cString: group.pointee.gr_name) == String(cString: user.pointee.pw_name) && (members == nil || members!.pointee == nil)
    }
}
