import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore

struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "verify",
        abstract: HelpLanguage.words.abstract(.verify),
        discussion: HelpLanguage.words.discussion(.verify)
    ) }

    @OptionGroup var options: DeskOptions

    @Option(help: HelpLanguage.help(.verifyAnchor))
    var anchor: JournalAnchor?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let showProgress = Output.stderrIsTerminal
            let meter = ProgressMeter(label: "evidence verify")
            let verification = try context.run { () throws(DeskError) in
                try context.desk.verify(anchor: anchor, journalProgress: { seq in if showProgress { Output.note(context.words.verifyProgress(seq)) } },
                                        evidenceProgress: meter.report)
            }
            meter.finish()
            let report = verification.journal, evidence = verification.evidence
            for problem in report.problems {
                Output.line("verify: " + (problem.seq.map { "seq \($0): " } ?? "") + problem.reason.text(in: context.language))
            }
            EvidenceVerifyCommand.show(evidence, context.language)
            if report.isIntact && evidence.isIntact {
                if let anchor { Output.line(context.words.anchorHolds(anchor.seq)) }
                // A chain proves that no row was changed in place; a tail rewritten whole, hashes
                // and all, proves itself too. Only a head kept outside the desk catches that.
                if let head = report.head, anchor == nil { Output.note(context.words.verifyNeedsAnchor(head.description)) }
                Output.line("ok")
                return
            }
            throw ExitCode(1)
        }
    }
}
