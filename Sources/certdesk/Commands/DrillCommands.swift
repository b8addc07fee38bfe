import ArgumentParser
import CertDeskApp
import CertDeskConsole
import CertDeskCore
import CertDeskUI
import Foundation

/// `certdesk drill`: scripted exercises on a desk of their own (playbooks/drills/README.md).
struct DrillCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "drill",
        abstract: HelpLanguage.words.abstract(.drill),
        discussion: HelpLanguage.words.discussion(.drill),
        subcommands: [DrillLintCommand.self, DrillRunCommand.self, DrillListCommand.self, DrillReportCommand.self]
    ) }
}

/// Where drills live for these options: the desk path they would open (never opened here).
struct DrillPlace {
    let settings: EffectiveSettings
    let desk: DeskSettings
    var language: InterfaceLanguage { settings.language }

    init(_ options: DeskOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let settings = try DeskContext.settings(options, environment: environment)
        self.settings = settings
        desk = try DeskContext.failing(settings.language) { () throws(DeskError) in
            try DeskSettings.resolve(settings, mayCreate: false, environment: environment)
        }
    }

    var scenarios: DrillScenarios { DrillScenarios(RuleReader(settings.rules)) }

    /// `last` is the most recent run.
    func run(_ id: String) throws -> String {
        guard id == "last" else { return id }
        guard let last = DrillRun.runs(besides: desk.path).last?.run else {
            throw CommandFailure(.noInput, language.words.noDrillRuns)
        }
        return last
    }
}

struct DrillLintCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "lint",
        abstract: HelpLanguage.words.abstract(.drillLint),
        discussion: HelpLanguage.words.discussion(.drillLint)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.drillLintPaths))
    var paths: [String] = []

    func run() throws {
        try reportingFailures {
            let settings = try DeskContext.settings(options)
            let language = settings.language
            let (count, problems) = DrillScenarios(RuleReader(settings.rules)).lint(paths)
            for problem in problems { Output.line(problem.text(in: language)) }
            if !problems.isEmpty { throw ExitCode(1) }
            Output.line(language.words.drillsOK(count))
        }
    }
}

struct DrillRunCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "run",
        abstract: HelpLanguage.words.abstract(.drillRun),
        discussion: HelpLanguage.words.discussion(.drillRun)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.drillScenario))
    var scenario: String

    @Option(help: HelpLanguage.help(.speed))
    var speed: Int = Playback.defaultSpeed

    @Flag(help: HelpLanguage.help(.drillHeadless))
    var headless = false

    @Option(help: HelpLanguage.help(.drillActions))
    var actions: String?

    func validate() throws {
        guard Playback.speeds.contains(speed) else {
            throw ValidationError("--speed \(speed): " + Playback.speeds.map(String.init).joined(separator: ", "))
        }
        if actions != nil && !headless { throw ValidationError("--actions goes with --headless") }
    }

    func run() throws {
        try reportingFailures {
            let environment = ProcessInfo.processInfo.environment
            let place = try DrillPlace(options, environment: environment)
            let language = place.language, words = language.words
            let (scenario, text, file) = try DeskContext.failing(language) { () throws(DeskError) in try place.scenarios.scenario(self.scenario) }
            // The actions are checked before anything is written.
            var scripted: [DrillAction] = []
            if let actions {
                guard let data = FileManager.default.contents(atPath: actions) else {
                    throw CommandFailure(.noInput, FileProblem(line: nil, reason: BilingualText { $0.cannotBeRead }).message(file: actions).text(in: language))
                }
                let read = DrillActionsFile.read(String(decoding: data, as: UTF8.self), scenario: scenario)
                for problem in read.problems { Output.error(problem.message(file: actions, language: language)) }
                if !read.problems.isEmpty { throw ExitCode(CommandFailure.Status.dataError.rawValue) }
                scripted = read.actions
            }
            let desk = place.desk
            let run = try DeskContext.failing(language) { () throws(DeskError) in
                try DrillRun.begin(scenario, text: text, file: file, besides: desk.path, actor: desk.actor, rules: desk.rules,
                                   speed: speed, headless: headless)
            }
            Output.line(words.drillRunStarted(run.record.run, run.path))
            if headless {
                let refused = try DeskContext.failing(language) { () throws(DeskError) in
                    try run.playHeadless(scripted, perform: { words, at in
                        Self.perform(words, at: at, database: run.path, actor: desk.actor, language: language, environment: environment)
                    }, progress: { progress in Output.line(Self.describe(progress, run: run, words: words)) })
                }
                if refused > 0 { Output.error(words.drillActionsRefused(refused)) }
            } else {
                let playback = DrillConsolePlayback(run: run, language: language)
                run.clock.togglePlaying()
                var context = DeskContext(drill: run.desk, settings: place.settings, environment: environment)
                context.quiet = true
                try ConsoleCommand.open(context, shown: .init(desk: LiveConsoleDesk(desk: run.desk, language: language), mode: .drill,
                                                              playback: playback), environment: environment)
            }
            try DeskContext.failing(language) { () throws(DeskError) in try run.finish() }
            Output.line(words.drillRunFinished(run.record.run))
            Output.line(words.drillRunReport(run.record.run))
        }
    }

    static func describe(_ progress: DrillRun.Progress, run: DrillRun, words: any Words) -> String {
        switch progress {
        case .injected(let inject, let incident, let at):
            return words.drillInjected(DrillOffset.text(at), words.drillInjectName(inject.what, incident: incident))
        case .action(let action, let shown, let refusal):
            let offset = DrillOffset.text(action.atMinutes)
            if let refusal { return words.drillActionRefused(offset, action.line, refusal) }
            return words.drillActionDone(offset, SafeText.singleLine(shown.joined(separator: " ")))
        }
    }

    /// One scripted command, run as the officer would type it: this certdesk on the drill
    /// desk, its time fixed at the command's offset. The refusal it printed, if it was refused.
    static func perform(_ words: [String], at: Instant, database: String, actor: String, language: InterfaceLanguage,
                        environment: [String: String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = words + ["--db", database, "--actor", actor, "--lang", language.rawValue]
        var environment = environment
        environment["CERTDESK_NOW"] = ISO8601.utcMillisecondString(at)
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return "\(error)"
        }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return SafeText.singleLine(said.isEmpty ? "exit \(process.terminationStatus)" : said)
        }
        return nil
    }
}

struct DrillListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: HelpLanguage.words.abstract(.drillList),
        discussion: HelpLanguage.words.discussion(.drillList)
    ) }

    @OptionGroup var options: DeskOptions

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let place = try DrillPlace(options)
            let runs = DrillRun.runs(besides: place.desk.path)
            let words = place.language.words
            if json {
                // Through the one `--json` printer, so a scenario's name cannot drive a terminal.
                let encoded = String(decoding: try JSONEncoder().encode(runs), as: UTF8.self)
                Output.line(IncidentJSON.text(try JSONValue.parse(encoded)))
                return
            }
            guard !runs.isEmpty else { return Output.line(words.noDrillRuns) }
            let time = LocalTimeFormatter.fromEnvironment(ProcessInfo.processInfo.environment)
            var table = TextTable(columns: words.drillColumnsRuns.map { TextTable.Column($0) })
            for run in runs {
                let start = (try? ISO8601.parse(run.start)).map(time.minuteString) ?? run.start
                let finished = run.finished.flatMap { try? ISO8601.parse($0) }.map(time.minuteString) ?? words.drillUnfinished
                table.append([run.run, run.scenario, start, "×\(run.speed)", run.headless ? words.drillHeadless : words.drillInConsole, finished])
            }
            Output.line(table.render())
        }
    }
}

struct DrillReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: HelpLanguage.words.abstract(.drillReport),
        discussion: HelpLanguage.words.discussion(.drillReport)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.drillRunID))
    var runID: String

    @Flag(help: HelpLanguage.help(.markdown))
    var markdown = false

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let place = try DrillPlace(options)
            let language = place.language
            let id = try place.run(runID)
            let report = try DeskContext.failing(language) { () throws(DeskError) in try DrillRun.report(id, besides: place.desk.path) }
            let time = LocalTimeFormatter.fromEnvironment(ProcessInfo.processInfo.environment)
            if json {
                Output.line(IncidentJSON.text(AfterActionReportJSON.value(report)))
            } else {
                Output.line(AfterActionReportText.text(report, form: markdown ? .markdown : .terminal, language: language, time: time))
            }
        }
    }
}
