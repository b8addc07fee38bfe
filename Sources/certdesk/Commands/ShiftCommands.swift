import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

struct ShiftCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "shift",
        abstract: HelpLanguage.words.abstract(.shift),
        discussion: HelpLanguage.words.discussion(.shift),
        subcommands: [ShiftStartCommand.self, ShiftEndCommand.self, ShiftListCommand.self, ShiftShowCommand.self]
    ) }
}

struct ShiftStartCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "start", abstract: HelpLanguage.words.abstract(.shiftStart), discussion: HelpLanguage.words.discussion(.shiftStart)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.officer))
    var officer: String?

    @Option(help: HelpLanguage.help(.shiftAt))
    var at: String?

    @Option(help: HelpLanguage.help(.force))
    var force: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let at = try context.instant(option: at)
            let shift = try context.run { () throws(DeskError) in try context.desk.startShift(officer: officer, at: at, force: force) }
            Output.line(ShiftText.onWatch(shift, language: context.language, time: context.time))
        }
    }
}

struct ShiftEndCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "end", abstract: HelpLanguage.words.abstract(.shiftEnd), discussion: HelpLanguage.words.discussion(.shiftEnd)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.shiftAt))
    var at: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let at = try context.instant(option: at)
            let shift = try context.run { () throws(DeskError) in try context.desk.endShift(at: at) }
            Output.line(ShiftText.line(shift, head: shift.endSeq ?? 0, now: context.clock.now, language: context.language, time: context.time))
        }
    }
}

struct ShiftListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list", abstract: HelpLanguage.words.abstract(.shiftList), discussion: HelpLanguage.words.discussion(.shiftList)
    ) }

    @OptionGroup var options: DeskOptions

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let (shifts, head) = try context.run { () throws(DeskError) in try context.desk.shifts() }
            let now = context.clock.now
            if json {
                Output.line(IncidentJSON.text(ShiftJSON.list(shifts, head: head, now: now)))
                return
            }
            Output.line(ShiftText.list(shifts, head: head, now: now, language: context.language, time: context.time))
        }
    }
}

struct ShiftShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show", abstract: HelpLanguage.words.abstract(.shiftShow), discussion: HelpLanguage.words.discussion(.shiftShow)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.shiftID))
    var id: Int

    @OptionGroup var form: ReportForm

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let reading = try context.run { () throws(DeskError) in try context.desk.review(shift: id) }
            form.print(reading, context: context)
            switch reading.digestHolds {
            case true?: Output.note(context.words.digestHolds)
            case false?:
                throw CommandFailure(.failure, context.words.digestMismatch(recorded: reading.offer!.digest, rebuilt: reading.digest))
            case nil: Output.note(context.words.shiftNeverOffered(id))
            }
        }
    }
}

/// `--markdown` (the default) or `--json`: how a handover report is printed.
struct ReportForm: ParsableArguments {
    @Flag(help: HelpLanguage.help(.markdown))
    var markdown = false

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    func validate() throws {
        if markdown && json { throw ValidationError(HelpLanguage.words.markdownOrJSON) }
    }

    func print(_ reading: HandoverReading, context: DeskContext) {
        if json {
            Output.line(IncidentJSON.text(["digest": .string(reading.digest), "report": reading.json]))
        } else {
            Swift.print(HandoverMarkdown.text(reading, language: context.language, time: context.time),
                        terminator: "")
        }
    }
}
