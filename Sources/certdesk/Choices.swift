import ArgumentParser
import CertDeskCore

// Options and arguments that take one of a fixed set are typed by the set itself: the parser
// refuses anything else and lists the values, the help lists them, the shell completes them,
// and no command force-unwraps a string (the swift-argument-parser idiom of enums as arguments).

extension IncidentPhase: ExpressibleByArgument {}
/// `list --sort`: the console's orders.
extension QueueQuery.Order: ExpressibleByArgument {}
extension IncidentCategory: ExpressibleByArgument {}
extension ObligationKind: ExpressibleByArgument {}
extension EvidenceKind: ExpressibleByArgument {}
extension LevelBasis.Severity: ExpressibleByArgument {}
extension LevelBasis.Availability: ExpressibleByArgument {}
extension LevelBasis.AssetClass: ExpressibleByArgument {}

/// `zh-TW` or `en` (`InterfaceLanguage.init(argument:)`); anything else is refused with the list.
extension InterfaceLanguage: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Region: ExpressibleByArgument {
    /// `TCN` or `tcn`.
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}

/// `--anchor SEQ:HASH` (`JournalAnchor.init(argument:)`).
extension JournalAnchor: ExpressibleByArgument {}

/// `step ID STEP done|skip`.
enum StepAction: String, CaseIterable, ExpressibleByArgument {
    case done, skip
}
