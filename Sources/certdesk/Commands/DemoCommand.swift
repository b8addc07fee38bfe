import ArgumentParser
import CertDeskCore
import CertDeskStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty desk with a realistic TCN-region demo (fictional agencies' contacts and people). 建立示範值勤台。",
        discussion: "Refuses a desk that already has incidents, so a real desk is never mixed with demo data."
    )

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options)
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
                let count = try context.store.incidents().count
                Output.line(context.language == .zhTW
                    ? "示範值勤台已建立：\(count) 件事件、\(DemoDesk.agencies.count) 個機關（\(context.store.path)）"
                    : "demo desk ready: \(count) incidents, \(DemoDesk.agencies.count) agencies (\(context.store.path))")
            } catch let error as StoreError {
                throw CommandFailure(error, language: context.language)
            }
        }
    }
}
