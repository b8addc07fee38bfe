import GRDB

/// Tells the console when another process (or this one) committed to the desk, so new rows
/// appear without a keypress. It keeps one connection of its own: SQLite's `data_version`
/// changes when any other connection commits, and means nothing across connections.
public final class DeskChangeWatcher: @unchecked Sendable {
    private let connection: DatabaseQueue
    private var lastVersion: Int?

    public init(path: String) throws(StoreError) {
        do {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(1)
            connection = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw DeskStore.storeError(error, path: path)
        }
    }

    /// Whether anything was committed since the last call (the first call says false).
    public func hasChanged() throws(StoreError) -> Bool {
        do {
            let version = try connection.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
            defer { lastVersion = version }
            return lastVersion.map { $0 != version } ?? false
        } catch {
            throw DeskStore.storeError(error, path: "")
        }
    }
}
