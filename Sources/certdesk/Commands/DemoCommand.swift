import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation

struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "demo",
        abstract: HelpLanguage.words.abstract(.demo),
        discussion: HelpLanguage.words.discussion(.demo)
    ) }

    @OptionGroup var options: DeskOptions

    /// `--demo`: a fresh demo desk in its own file (beside the real one) unless `--db` names one,
    /// which it replaces only when that is itself a demo desk.
    static func prepareFreshDemo(_ options: inout DeskOptions, environment: [String: String]) throws {
        let path = try DeskContext.failing(.en) { () throws(DeskError) in
            var path = options.db ?? ""
            if path.isEmpty { path = try DeskSettings.defaultFolder(environment) + "/demo.sqlite" }
            try Desk.clearDemo(at: path)
            return path
        }
        options.db = path
        var demo = DemoCommand()
        demo.options = options
        try demo.fill(quiet: true)
    }

    func run() throws {
        try reportingFailures { try fill(quiet: false) }
    }

    func fill(quiet: Bool) throws {
        let context = try DeskContext(options, .records)
        let count = try context.run { () throws(DeskError) in try context.desk.fillWithDemo() }
        guard !quiet else { return }
        Output.line(context.words.demoReady(incidents: count, agencies: DemoDesk.agencies.count, at: context.store.path))
    }
}
