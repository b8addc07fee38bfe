import ArgumentParser
import CertDeskCore
import CertDeskStore
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
            let theme = try ThemeFiles.load(option: theme ?? environment["CERTDESK_THEME"], playbooks: context.playbooks,
                                            environment: environment, language: context.language)
            try context.keepClocks()
            try ConsoleLoop(context: context, theme: theme, bell: bell, environment: environment).run()
        }
    }
}

/// Reads `themes/NAME.yaml` (or a path); falls back to the built-in monochrome rules with a
/// warning only when the default theme itself cannot be read.
enum ThemeFiles {
    static func load(option: String?, playbooks: String?, environment: [String: String], language: InterfaceLanguage) throws -> Theme {
        let name = option.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let path: String
        if name.contains("/") || name.hasSuffix(".yaml") {
            path = name
        } else {
            let folder = playbooks.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("themes").path }
            path = (folder ?? "themes") + "/\(name).yaml"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if option == nil { return .monochromeFallback }
            throw CommandFailure(.noInput, language == .zhTW ? "找不到主題 \(path)" : "no theme \(path) (try default, high-contrast, monochrome, night-watch)")
        }
        do {
            return try ThemeFile.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandFailure(.dataError, error.message(file: path, language: language))
        }
    }
}
