import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

struct StepsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steps",
        abstract: "The incident's playbook checklist, phase by phase, with the next step. 處理步驟清單。"
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Flag(help: "Print JSON (times in UTC).")
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
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Mark a playbook step done or skipped. 登錄步驟完成或略過。",
        discussion: """
            certdesk step ID STEP done [--at TIME] [--note TEXT]   (a step that meets a legal clock meets it too)
            certdesk step ID STEP skip --reason TEXT
            """
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "Step id (see certdesk steps ID).")
    var step: String

    @Argument(help: "What became of the step.")
    var action: StepAction

    @Option(help: "Why it is skipped (required for skip).")
    var reason: String?

    @Option(help: "When it really happened (ISO 8601 with offset; default now).")
    var at: String?

    @Option(help: "What was done.")
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
    static let configuration = CommandConfiguration(
        commandName: "category",
        abstract: "Change an incident's category; its playbook follows. 變更事件類別。"
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "The new category.")
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
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check playbook files: schema, translations, ids, clock kinds, SP 800-61 items and CSF tags.",
        discussion: "With no PATH, lints every playbook in the playbooks folder. Exits 1 on any problem."
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Playbook files (default: the shipped ones).")
    var paths: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = InterfaceLanguage.resolve(options.lang, environment: environment)
        var files = paths
        if files.isEmpty {
            guard let folder = RuleFolder.locate(option: options.playbooks, environment: environment) else {
                Output.error(language.words.noPlaybookFolderForLint)
                throw ExitCode(66)
            }
            files = RuleFolder.playbookFiles(in: folder)
        }
        let problems = RuleFolder.lint(files, complete: paths.isEmpty)
        for problem in problems { Output.line(problem.text(in: language)) }
        if !problems.isEmpty { throw ExitCode(1) }
        Output.line(language.words.playbooksOK(files.count))
    }
}
