import ArgumentParser
import CertDeskCore

/// `--filter TEXT` and `--limit N` on `list` and `clocks`: the console's filter, and the top of
/// what it shows, so a script asks the desk what the officer's queue shows.
struct QueueOptions: ParsableArguments {
    @Option(help: HelpLanguage.help(.filter))
    var filter: String?

    @Option(help: HelpLanguage.help(.limit))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError(HelpLanguage.words.limitMustBePositive) }
    }

    func query(includeClosed: Bool, order: QueueQuery.Order = .urgency) -> QueueQuery {
        QueueQuery(filter: filter ?? "", includeClosed: includeClosed, order: order)
    }
}
