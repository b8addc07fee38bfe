import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskConsole
import CertDeskTerminal
import CertDeskUI
import Foundation

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the full-screen console over the desk (the default). 開啟值勤台主畫面。",
        discussion: """
            Keys follow tig/htop/lazygit: j/k move, Enter open, Esc back, / filter, ? help, : command line, q quit.
            --theme NAME|PATH (or $CERTDESK_THEME) picks a colour theme from themes/; NO_COLOR gives a monochrome screen.
            --demo opens a fresh demo desk of the TCN region (its own file unless --db is given).
            """
    )

    @OptionGroup var options: DeskOptions

    @Option(help: "Colour theme: default, high-contrast, monochrome, night-watch, or a path to a theme file.")
    var theme: String?

    @Flag(help: "Ring the terminal bell when a clock falls overdue.")
    var bell = false

    @Flag(help: "Open a fresh demo desk (fictional people) instead of the real one.")
    var demo = false

    func run() throws {
        try reportingFailures {
            var options = options
            let environment = ProcessInfo.processInfo.environment
            if demo { try DemoCommand.prepareFreshDemo(&options, environment: environment) }
            var context = try DeskContext(options, .reads)
            context.quiet = true
            let theme = try context.run { () throws(DeskError) in
                try ThemeFiles.load(option: self.theme ?? environment["CERTDESK_THEME"], playbooks: context.desk.rules?.origin)
            }
            try context.keepClocks()
            do {
                try ConsoleLoop(desk: context.desk, language: context.language, time: context.time, theme: theme, bell: bell,
                                environment: environment).run()
            } catch let noTerminal as ConsoleLoop.NoTerminal {
                throw CommandFailure(.failure, noTerminal.message)
            }
        }
    }
}
