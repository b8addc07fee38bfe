import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskUI

struct HandoverCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "handover",
        abstract: HelpLanguage.words.abstract(.handover),
        discussion: HelpLanguage.words.discussion(.handover),
        subcommands: [HandoverShowCommand.self, HandoverRemarkCommand.self, HandoverOfferCommand.self, HandoverAcceptCommand.self]
    ) }
}

struct HandoverRemarkCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "remark", abstract: HelpLanguage.words.abstract(.handoverRemark),
        discussion: HelpLanguage.words.discussion(.handoverRemark)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.remarkText))
    var text: String

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            try context.run { () throws(DeskError) in try context.desk.remarkHandover(text) }
            Output.line(context.words.remarkRecorded)
        }
    }
}

struct HandoverShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show", abstract: HelpLanguage.words.abstract(.handoverShow), discussion: HelpLanguage.words.discussion(.handoverShow)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.horizon))
    var horizon: String?

    @OptionGroup var form: ReportForm

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let minutes = try HorizonOption.minutes(horizon, context: context)
            let reading = try context.run { () throws(DeskError) in try context.desk.handoverOnWatch(horizonMinutes: minutes) }
            form.print(reading, context: context)
        }
    }
}

struct HandoverOfferCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "offer", abstract: HelpLanguage.words.abstract(.handoverOffer), discussion: HelpLanguage.words.discussion(.handoverOffer)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.horizon))
    var horizon: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let minutes = try HorizonOption.minutes(horizon, context: context)
            let reading = try context.run { () throws(DeskError) in try context.desk.offerHandover(horizonMinutes: minutes) }
            let offer = reading.offer!
            Output.line(context.words.handoverOffered(reading.shift.id, digest: offer.digest, anchor: offer.head.anchor,
                                                      acceptBy: context.time.minuteString(offer.acceptBy)))
        }
    }
}

struct HandoverAcceptCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "accept", abstract: HelpLanguage.words.abstract(.handoverAccept),
        discussion: HelpLanguage.words.discussion(.handoverAccept)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.acceptOfficer))
    var officer: String?

    @Option(help: HelpLanguage.help(.acceptRemark))
    var remark: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let shift = try context.run { () throws(DeskError) in try context.desk.acceptHandover(officer: officer, remark: remark) }
            Output.line(ShiftText.onWatch(shift, language: context.language, time: context.time))
        }
    }
}

/// `--horizon 12h`: hours or minutes, more than zero.
enum HorizonOption {
    static func minutes(_ text: String?, context: DeskContext) throws -> Int? {
        guard let text else { return nil }
        guard case .minutes(let m)? = DeadlineDuration(text: text), m > 0 else {
            throw CommandFailure(.usage, "--horizon " + context.words.handoverSettingUnit(TextChecks.quoted(text)))
        }
        return m
    }
}
