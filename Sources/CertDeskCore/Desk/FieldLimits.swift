/// Documented upper bounds on incoming text (README, "Ticket format"). They keep one runaway
/// record from bloating the journal and the screen; anything longer is refused, never cut.
public enum FieldLimits {
    public static let sourceID = 128
    public static let title = 500
    public static let agency = 200
    public static let description = 20_000
    public static let indicatorValue = 2_048
    public static let indicatorsPerIncident = 1_000
    public static let note = 20_000
    public static let reason = 2_000
    public static let personName = 100
}

/// The officer's free-text fields the desk checks for emptiness and length, named in refusals.
public enum CheckedText: Sendable {
    case reason, overrideReason, note, description, physicalItem, purpose, remark
    case recipient, subject, message
}

/// An agency's fields that cannot be empty.
public enum AgencyField: Sendable {
    case id, name, county, type
}

/// What a time that must not be in the future stands for.
public enum PastMoment: Sendable {
    case time, acquisition
    /// `--as-of`: the moment the desk is read as it was.
    case asOf
}

/// Names typed at the desk (actor, assignee) are identifiers, not evidence: they must be
/// printable so that the journal and the screen show exactly who acted.
public enum PersonName {
    public static func problem(_ name: String) -> BilingualText? {
        NameRule.refusal(name, limit: FieldLimits.personName, .person)
    }
}
