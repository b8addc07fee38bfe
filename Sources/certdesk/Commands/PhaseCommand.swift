import ArgumentParser
import CertDeskCore

struct PhaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "phase",
        abstract: HelpLanguage.words.abstract(.phase),
        discussion: HelpLanguage.words.discussion(.phase)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.phase))
    var phase: IncidentPhase

    @Option(help: HelpLanguage.help(.phaseOverride))
    var override: String?

    @Option(name: .customLong("false-positive"), help: HelpLanguage.help(.falsePositive))
    var falsePositive: String?

    func validate() throws {
        guard falsePositive != nil else { return }
        if phase != .closed { throw ValidationError(HelpLanguage.words.falsePositiveClosesOnly) }
        if override != nil { throw ValidationError(HelpLanguage.words.falsePositiveOrOverride) }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            if let falsePositive {
                _ = try context.perform(.closeAsFalsePositive(incident: id, reason: falsePositive))
                Output.line(context.words.closedAsFalsePositive(id))
            } else {
                _ = try context.perform(.changePhase(incident: id, phase: phase, override: override))
                Output.line(context.words.incidentInPhase(id, phase))
            }
        }
    }
}

struct NoteCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "note",
        abstract: HelpLanguage.words.abstract(.note),
        discussion: HelpLanguage.words.discussion(.note)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.noteText))
    var text: [String]

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let events = try context.perform(.addNote(incident: id, text: text.joined(separator: " ")))
            Output.line(context.words.noteAdded(id, seq: events[0].seq))
        }
    }
}

struct AssignCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "assign",
        abstract: HelpLanguage.words.abstract(.assign),
        discussion: HelpLanguage.words.discussion(.assign)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Argument(help: HelpLanguage.help(.assignee))
    var name: String?

    @Flag(help: HelpLanguage.help(.nobody))
    var nobody = false

    func validate() throws {
        if (name == nil) == !nobody { throw ValidationError("give a NAME, or --nobody") }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            _ = try context.perform(.assign(incident: id, assignee: nobody ? nil : name))
            Output.line(context.words.assigned(id, to: name))
        }
    }
}
