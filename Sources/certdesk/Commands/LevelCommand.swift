import ArgumentParser
import CertDeskApp
import Foundation
import CertDeskCore
import CertDeskUI

struct LevelCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "level",
        abstract: HelpLanguage.words.abstract(.level),
        discussion: HelpLanguage.words.discussion(.level)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.level))
    var level: Int?

    @Option(name: .long, help: HelpLanguage.help(.levelReason))
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "classify",
        abstract: HelpLanguage.words.abstract(.classify),
        discussion: HelpLanguage.words.discussion(.classify)
    ) }

    @OptionGroup var options: DeskOptions
    @OptionGroup var basis: LevelBasisOptions

    func run() throws {
        guard let basis = try basis.basis() else {
            throw ValidationError("give --asset and at least one of --confidentiality, --integrity, --availability")
        }
        try reportingFailures {
            let language = try DeskContext.settings(options).language
            let assessment = LevelAssessment(basis)
            if let level = assessment.level {
                Output.line(language.words.level(level))
            } else {
                Output.line(language.words.noLevel)
            }
            for line in assessment.reasons { Output.line("  · " + line.text(in: language)) }
        }
    }
}
