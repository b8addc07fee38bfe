import ArgumentParser
import CertDeskApp
import CertDeskCore

/// `--as-of TIME` on the commands that print the desk (`list`, `clocks`, `show`): the desk as
/// the journal stood at TIME, judged at TIME, printed by the same code as live. Such a run
/// writes nothing, not even the upkeep of overdue clocks.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: HelpLanguage.help(.asOf))
    var asOf: String?

    /// The moment asked for, or nil for the desk now.
    func moment(_ context: DeskContext, scope: MomentScope) throws -> DeskMoment? {
        guard let instant = try context.instant(option: asOf, name: "--as-of") else { return nil }
        return try context.run { () throws(DeskError) in try context.desk.moment(at: instant, scope: scope) }
    }
}
