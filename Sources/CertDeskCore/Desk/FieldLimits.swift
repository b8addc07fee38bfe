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

/// Names typed at the desk (actor, assignee) are identifiers, not evidence: they must be
/// printable so that the journal and the screen show exactly who acted.
public enum PersonName {
    public static func problem(_ name: String) -> BilingualText? {
        if name.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return BilingualText(en: "a name cannot be empty", zh: "姓名不可為空白")
        }
        if name.count > FieldLimits.personName {
            return BilingualText(en: "a name is limited to \(FieldLimits.personName) characters",
                                 zh: "姓名上限 \(FieldLimits.personName) 字元")
        }
        if name.unicodeScalars.contains(where: TextChecks.isHidden) {
            return BilingualText(en: "a name cannot contain control or formatting characters",
                                 zh: "姓名不可包含控制或格式字元")
        }
        return nil
    }
}
