import CertDeskCore
import GRDB

extension DeskStore {
    /// The incidents that owe a notification (`NotificationWork.owed`): a notice clock or the
    /// platform re-entry still running, or an attempt that failed. Read with the pending-clock
    /// index and the notification rows, not by loading every incident.
    public func incidentsOwingNotifications() throws(StoreError) -> [Incident] {
        try read { db in
            let kinds = (NotificationTemplate.allCases.compactMap(\.meets) + [.platformReentry]).map { "'\($0.rawValue)'" }
            // `state IN ('open', 'overdue')` word for word: obligations_pending's WHERE.
            return try IncidentRow.fetch(db, where: """
                id IN (SELECT incident FROM obligations WHERE state IN ('open', 'overdue') AND kind IN (\(kinds.joined(separator: ", ")))
                       UNION SELECT incident FROM incident_notifications WHERE outcome = 'failed')
                """)
        }
    }
}
