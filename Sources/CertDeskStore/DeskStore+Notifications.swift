import CertDeskCore
import GRDB

extension DeskStore {
    /// The incidents that owe a notification (`NotificationWork.owed`): a notice clock or the
    /// platform re-entry still running, or an attempt that failed. With `limit`, only enough to
    /// hold the `limit` most pressing items: the pending clocks nearest a day around `now` and
    /// the most recent of the backlog, each read in due order from the pending-clock index, and
    /// the failures (few). Returns them and how many notice clocks are pending in all.
    public func incidentsOwingNotifications(limit: Int? = nil, at now: Instant) throws(StoreError) -> (incidents: [Incident], pending: Int) {
        try read { db in
            let kinds = (NotificationTemplate.allCases.compactMap(\.meets) + [.platformReentry]).map { "'\($0.rawValue)'" }.joined(separator: ", ")
            // `state IN ('open', 'overdue')` word for word: obligations_pending's WHERE.
            let running = "WHERE state IN ('open', 'overdue') AND kind IN (\(kinds))"
            let pending = "FROM obligations INDEXED BY obligations_pending " + running
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM obligations INDEXED BY obligations_pending_by_kind " + running) ?? 0
            let failed = try String.fetchAll(db, sql: "SELECT DISTINCT incident FROM incident_notifications WHERE outcome = 'failed'")
            var ids: [String]
            if let limit {
                // A day around now and later first; the backlog only when those leave room.
                let since = now.millisecondsSinceEpoch - NotificationWork.day
                ids = try String.fetchAll(db, sql: "SELECT incident \(pending) AND due_at >= ? ORDER BY due_at LIMIT ?", arguments: [since, limit])
                if ids.count < limit {
                    ids += try String.fetchAll(db, sql: "SELECT incident \(pending) AND due_at < ? ORDER BY due_at DESC LIMIT ?",
                                               arguments: [since, limit - ids.count])
                }
            } else {
                ids = try String.fetchAll(db, sql: "SELECT incident \(pending)")
            }
            let wanted = Array(Set(ids + failed)).sorted()
            var incidents: [Incident] = []
            // In slices, to stay within SQLite's limit on bound parameters.
            for start in stride(from: 0, to: wanted.count, by: 500) {
                let slice = Array(wanted[start..<min(wanted.count, start + 500)])
                incidents += try IncidentRow.fetch(db, where: "id IN (\(slice.map { _ in "?" }.joined(separator: ", ")))",
                                                   arguments: StatementArguments(slice))
            }
            return (incidents, total)
        }
    }
}
