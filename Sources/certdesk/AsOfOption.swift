import ArgumentParser
import CertDeskApp
import CertDeskCore

/// `--as-of TIME` on the commands that print the desk (`list`, `clocks`, `show`): the desk as
/// the journal stood at TIME, judged at TIME, printed by the same code as live. Such a run
/// writes nothing, not even the upkeep of overdue clocks.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: HelpLanguage.help(.asOf))
    var asOf: String?

    /// What `list` and `clocks` print: the desk as it was, or the desk now after the upkeep of
    /// overdue clocks (so that what is printed now is what `--as-of` now prints later), and the
    /// instant it is judged at.
    func reading<T>(_ context: DeskContext, scope: MomentScope, then: (DeskMoment) -> T,
                    now live: (Instant) throws -> T) throws -> (value: T, now: Instant) {
        if let moment = try moment(context, scope: scope) { return (then(moment), moment.instant) }
        try context.keepClocks()
        return (try live(context.clock.now), context.clock.now)
    }

    /// The moment asked for, or nil for the desk now.
    func moment(_ context: DeskContext, scope: MomentScope) throws -> DeskMoment? {
        guard let instant = try context.instant(option: asOf, name: "--as-of") else { return nil }
        return try context.run { () throws(DeskError) in try context.desk.moment(at: instant, scope: scope) }
    }
}
