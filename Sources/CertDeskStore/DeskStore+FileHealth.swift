import CertDeskCore
import Foundation

/// Whether the database file is still the one this store opened, and can be written. SQLite
/// keeps writing to an open file after it was deleted or replaced on disk, so without this a
/// console would report "note added" into a file nobody will ever read again.
public enum DatabaseFileHealth: Equatable, Sendable {
    case writable
    /// Nothing is at the path any more.
    case missing
    /// Another file is at the path now (restored from a backup, moved over).
    case replaced
    /// The file (or its file system) can no longer be written.
    case readOnly
}

/// Which file a path named when it was opened: device and inode.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

extension DeskStore {
    /// Checked on every tick of the console and before every write it makes: a `stat` and an
    /// `access`, no SQLite work.
    public func fileHealth() -> DatabaseFileHealth {
        guard let now = FileIdentity(path: path) else { return .missing }
        if let opened = openedFile, opened != now { return .replaced }
        if access(path, W_OK) != 0 { return .readOnly }
        return .writable
    }

    /// Incidents opened after journal row `seq` (with their level and title now), and the
    /// journal's last row.
    public func incidentsOpened(after seq: Int64) throws(StoreError) -> (last: Int64, incidents: [Incident]) {
        try read { db in
            let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0
            guard seq < last else { return (last, []) }
            let ids = try String.fetchAll(db, sql: """
                SELECT incident FROM journal WHERE seq > ? AND kind = ? ORDER BY seq LIMIT 1000
                """, arguments: [seq, DeskEvent.Kind.incidentOpened.rawValue])
            var incidents: [Incident] = []
            for id in ids { incidents += try IncidentRow.fetch(db, where: "id = ?", arguments: [id]) }
            return (last, incidents)
        }
    }
}
