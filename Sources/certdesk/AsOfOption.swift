import ArgumentParser
import CertDeskApp
import CertDeskCore

/// `--as-of TIME` on the commands that print the desk (`list`, `clocks`, `show`): the desk as
/// the journal stood at TIME, judged at TIME, printed by the same code as live. Such a run
/// writes nothing, not even the upkeep of overdue clocks.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: HelpLanguage.help(.asOf))
    var asOf: String?

    /// Before `list` and `clocks` read the desk now: one bounded batch of the clocks that fell
    /// past due (`Desk.overdueBatch`; imports record theirs as they arrive, so this is what fell
    /// due since the desk was last used), never the whole backlog. What is printed is then the
    /// journal at that instant, which `--as-of` that instant prints again; any rest is recorded
    /// by the commands after.
    static func beforeReading(_ context: DeskContext) throws {
        try context.keepClocks(all: false)
    }

    /// The moment asked for, or nil for the desk now.
    func moment(_ context: DeskContext, scope: MomentScope) throws -> DeskMoment? {
        guard let instant = try context.instant(option: asOf, name: "--as-of") else { return nil }
        return try context.run { () throws(DeskError) in try context.desk.moment(at: instant, scope: scope) }
    }
}
