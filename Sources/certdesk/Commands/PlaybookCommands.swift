import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

struct StepsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "steps",
        abstract: HelpLanguage.words.abstract(.steps),
        discussion: HelpLanguage.words.discussion(.steps)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let incident = try context.incidentForShowing(id)
            let playbook = try context.query { store throws(StoreError) in try store.playbook(of: incident) }
            let progress = PlaybookProgress(incident: incident, playbook: playbook)
            if json {
                Output.line(IncidentJSON.text(StepJSON.progress(progress)))
            } else {
                Output.line(ChecklistText.render(progress, language: context.language, time: context.time))
            }
        }
    }
}

struct StepCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "step",
        abstract: HelpLanguage.words.abstract(.step),
        discussion: HelpLanguage.words.discussion(.step)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.step))
    var step: String

    @Argument(help: HelpLanguage.help(.stepAction))
    var action: StepAction

    @Option(help: HelpLanguage.help(.stepReason))
    var reason: String?

    @Option(help: HelpLanguage.help(.at))
    var at: String?

    @Option(help: HelpLanguage.help(.stepNote))
    var note: String?

    func validate() throws {
        if action == .skip && reason == nil { throw ValidationError("skip needs --reason") }
        if action == .skip && at != nil { throw ValidationError("--at goes with done") }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            if action == .skip {
                _ = try context.perform(.skipStep(incident: id, step: step, reason: reason ?? ""))
                Output.line(context.words.stepSkipped(id, step))
                return
            }
            let events = try context.perform(.completeStep(incident: id, step: step, at: try context.instant(option: at), note: note))
            var met: [ObligationKind] = []
            for case .obligationMet(_, let meeting) in events.map(\.event) { met.append(meeting.kind) }
            Output.line(context.words.stepDone(id, step, meets: met))
        }
    }
}

struct CategoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "category",
        abstract: HelpLanguage.words.abstract(.category),
        discussion: HelpLanguage.words.discussion(.category)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.category))
    var category: IncidentCategory

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            _ = try context.perform(.changeCategory(incident: id, category: category))
            let playbook = try context.incident(id).playbook.map { "\($0.category) #\($0.revision)" } ?? "—"
            Output.line(context.words.categoryChanged(id, category, playbook: playbook))
        }
    }
}

struct PlaybookLintCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "lint",
        abstract: HelpLanguage.words.abstract(.playbookLint),
        discussion: HelpLanguage.words.discussion(.playbookLint)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.lintPaths))
    var paths: [String] = []

    func run() throws {
        try reportingFailures {
            let settings = try DeskContext.settings(options)
            let language = settings.language
            let problems: [BilingualText]
            let count: Int
            if paths.isEmpty {
                // The playbooks in force, wherever they come from (README, "Where the rules come from").
                Output.line(RulesText.inForce(settings.rules, language: language))
                let reader = RuleReader(settings.rules)
                problems = reader.lint()
                count = settings.rules.files.yamlFiles().count
            } else {
                problems = RuleReader.lint(RuleReader.namedFiles(paths), complete: false)
                count = paths.count
            }
            for problem in problems { Output.line(problem.text(in: language)) }
            if !problems.isEmpty { throw ExitCode(1) }
            Output.line(language.words.playbooksOK(count))
        }
    }
}
