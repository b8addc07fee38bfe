import ArgumentParser
import CertDeskApp
import Foundation
import CertDeskCore
import CertDeskUI

struct LevelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "level",
        abstract: "Set an incident's level 1–4, with a reason. 設定事件等級。",
        discussion: """
            Give the level, or the C/I/A impact and asset class (then the level follows from Art 2 and the
            reasoning is shown), or both. Example: certdesk level TCN-2026-0001 --reason "core system down" \\
              --availability not-restored-in-time --asset core
            """
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "Level 1–4 (optional when the C/I/A options are given).")
    var level: Int?

    @Option(name: .long, help: "Why (kept in the journal for the review).")
    var reason: String

    @OptionGroup var basis: LevelBasisOptions

    func validate() throws {
        if let level, !(1...4).contains(level) { throw ValidationError("level \(level) is not 1–4") }
        if level == nil && !basis.isGiven { throw ValidationError("give a level 1–4, or the C/I/A options with --asset") }
        _ = try basis.basis()
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let basis = try basis.basis()
            let assessment = basis.map(LevelAssessment.init)
            if let level, let assessed = assessment?.level, assessed.rawValue != level {
                Output.note(context.words.levelDiffersFromImpact(assessed, chosen: level))
            }
            _ = try context.perform(.setLevel(incident: id, level: level.flatMap(IncidentLevel.init(rawValue:)),
                                              basis: basis, reason: reason))
            let now = try context.incident(id)
            Output.line(context.words.incidentAtLevel(id, now.level!))
            for line in assessment?.reasons ?? [] { Output.line("  · " + line.text(in: context.language)) }
        }
    }
}

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Work out a level from C/I/A impact and asset class, and explain it; records nothing. 試算等級。"
    )

    @OptionGroup var options: DeskOptions
    @OptionGroup var basis: LevelBasisOptions

    func run() throws {
        guard let basis = try basis.basis() else {
            throw ValidationError("give --asset and at least one of --confidentiality, --integrity, --availability")
        }
        let language = InterfaceLanguage.resolve(options.lang, environment: ProcessInfo.processInfo.environment)
        let assessment = LevelAssessment(basis)
        if let level = assessment.level {
            Output.line(language.words.level(level))
        } else {
            Output.line(language.words.noLevel)
        }
        for line in assessment.reasons { Output.line("  · " + line.text(in: language)) }
    }
}
