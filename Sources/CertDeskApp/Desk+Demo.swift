import CertDeskCore
import CertDeskStore
import Foundation

extension Desk {
    /// Fills an empty desk of the demo's region with the demo (real agency names, fictional
    /// people); a desk that already has incidents is refused, so a real desk is never mixed
    /// with demo data. The demo's past follows (`DemoHistory`). Returns how many incidents it opened.
    @discardableResult
    public func fillWithDemo() throws(DeskError) -> Int {
        guard try region() == DemoDesk.region else {
            throw DeskError(.refused) { $0.demoBelongsTo(DemoDesk.region) }
        }
        guard try read({ store throws(StoreError) in try store.incidents(includeClosed: true) }).isEmpty else {
            throw DeskError(.refused) { $0.demoNeedsEmptyDesk }
        }
        let now = clock.now
        let live = DemoDesk.incidents(now: now)
        let commands = DemoDesk.agencies.map(DeskCommand.registerAgency) + live.map(DeskCommand.openIncident)
        _ = try perform(commands)
        // The past after the present, so that the watch's incidents keep the first numbers.
        _ = try perform(DemoHistory.commands(now: now, prefix: IncidentNumbering.prefix(region: DemoDesk.region, openedAt: now),
                                             firstNumber: live.count + 1))
        return try read { store throws(StoreError) in try store.incidents(includeClosed: true).count }
    }

    /// Makes room for a fresh demo desk at `path`: removes the demo desk there (and the
    /// evidence added while trying it). Only a demo desk, or nothing, is ever removed.
    public static func clearDemo(at path: String) throws(DeskError) {
        if FileManager.default.fileExists(atPath: path), !(try isDemoDesk(at: path)) {
            throw DeskError(.refused) { $0.notADemoDesk(path) }
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try? FileManager.default.removeItem(atPath: EvidenceVault(databasePath: path).root)
    }

    /// A desk whose every incident came from the demo script (the only kind `--demo` replaces).
    static func isDemoDesk(at path: String) throws(DeskError) -> Bool {
        let store = try storing { () throws(StoreError) in try DeskStore(path: path) }
        let epoch = Instant(millisecondsSinceEpoch: 0)
        let demoSources = Set((DemoDesk.incidents(now: epoch).map(\.source.id) + DemoHistory.sourceIDs(now: epoch)).map(demoKey))
        let incidents = try storing { () throws(StoreError) in try store.incidents(includeClosed: true) }
        return !incidents.isEmpty && incidents.allSatisfy { demoSources.contains(demoKey($0.source.id)) }
    }

    /// `SOC-TC-20261124-0231` → `SOC-TC-0231`: the demo's ticket ids carry the day they were made.
    private static func demoKey(_ id: String) -> String {
        var parts = id.split(separator: "-")
        if parts.count >= 3 { parts.remove(at: parts.count - 2) }
        return parts.joined(separator: "-")
    }
}
