import ArgumentParser
import CertDeskCore
import CertDeskStore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty desk with a realistic TCN-region demo (fictional agencies' contacts and people). 建立示範值勤台。",
        discussion: "Refuses a desk that already has incidents, so a real desk is never mixed with demo data."
    )

    @OptionGroup var options: DeskOptions

    /// `--demo`: a fresh demo desk in its own file (beside the real one) unless `--db` names one.
    static func prepareFreshDemo(_ options: inout DeskOptions, environment: [String: String]) throws {
        let path: String
        if let given = options.db {
            // Only a file that is a demo desk (or nothing) is ever replaced.
            path = given
            if FileManager.default.fileExists(atPath: path), !(try isDemoDesk(path)) {
                throw CommandFailure(.dataError, "\(path) is not a demo desk; --demo will not replace it")
            }
        } else {
            let (real, _) = try DeskContext.databasePath(nil, environment, .en)
            path = URL(fileURLWithPath: real).deletingLastPathComponent().appendingPathComponent("demo.sqlite").path
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        // Evidence added while trying the demo goes with it.
        try? FileManager.default.removeItem(atPath: EvidenceVault(databasePath: path).root)
        options.db = path
        var demo = DemoCommand()
        demo.options = options
        try demo.fill(quiet: true)
    }

    /// A desk whose every incident came from the demo script.
    static func isDemoDesk(_ path: String) throws -> Bool {
        let store = try DeskStore(path: path)
        let demoSources = Set(DemoDesk.incidents(now: Instant(millisecondsSinceEpoch: 0)).map(\.source.id.suffixAfterDate))
        let incidents = try store.incidents(includeClosed: true)
        return !incidents.isEmpty && incidents.allSatisfy { demoSources.contains($0.source.id.suffixAfterDate) }
    }

    func run() throws {
        try reportingFailures { try fill(quiet: false) }
    }

    func fill(quiet: Bool) throws {
        let context = try DeskContext(options, .records)
        do {
                guard try context.store.region() == DemoDesk.region else {
                    throw CommandFailure(.dataError, context.language == .zhTW
                        ? "示範資料屬於 \(DemoDesk.region.code) 區域，此值勤台不是"
                        : "the demo belongs to the \(DemoDesk.region.code) region; this desk is not")
                }
                guard try context.store.incidents(includeClosed: true).isEmpty else {
                    throw CommandFailure(.dataError, context.language == .zhTW
                        ? "此值勤台已有事件；示範只寫入空的值勤台（請用 --db 指定新檔）"
                        : "this desk already has incidents; the demo only fills an empty desk (use --db with a new file)")
                }
                let now = context.clock.now
                let commands = DemoDesk.agencies.map(DeskCommand.registerAgency)
                    + DemoDesk.incidents(now: now).map(DeskCommand.openIncident)
                _ = try context.performWithUpkeep(commands)
                guard !quiet else { return }
                let count = try context.store.incidents().count
                Output.line(context.language == .zhTW
                    ? "示範值勤台已建立：\(count) 件事件、\(DemoDesk.agencies.count) 個機關（\(context.store.path)）"
                    : "demo desk ready: \(count) incidents, \(DemoDesk.agencies.count) agencies (\(context.store.path))")
            } catch let error as StoreError {
                throw CommandFailure(error, language: context.language)
            }
    }
}

private extension String {
    /// `SOC-TC-20261124-0231` → `SOC-TC-0231`: the demo's ticket ids carry the day they were made.
    var suffixAfterDate: String {
        var parts = split(separator: "-")
        if parts.count >= 3 { parts.remove(at: parts.count - 2) }
        return parts.joined(separator: "-")
    }
}
