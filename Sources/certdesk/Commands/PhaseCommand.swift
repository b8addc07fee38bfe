import ArgumentParser
import CertDeskCore

struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase",
        abstract: "Move an incident to another SP 800-61 phase. 變更處理階段。",
        discussion: "Leaving a phase with required playbook steps open, or closing with legal clocks running, needs --override and the reason; closing then waives each running clock with it."
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "The new phase.")
    var phase: IncidentPhase

    @Option(help: "Leave the phase although required steps are open, for this reason (kept in the journal).")
    var override: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            _ = try context.perform(.changePhase(incident: id, phase: phase, override: override))
            Output.line(context.words.incidentInPhase(id, phase))
        }
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a note to an incident's record. 新增備註。",
        discussion: "Log facts, not opinions, with the time they happened (SP 800-61 r2 §3.2.5)."
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "The note (several words are joined with spaces).")
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
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give an incident to a handler, or take it off them with --nobody. 指派承辦人。"
    )

    @OptionGroup var options: DeskOptions

    @Argument(help: "Incident id.")
    var id: String

    @Argument(help: "Who handles it.")
    var name: String?

    @Flag(help: "Leave it unassigned.")
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
