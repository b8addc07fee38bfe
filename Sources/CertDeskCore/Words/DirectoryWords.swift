/// The words of the agency directory (CI 提供者名冊): its CSV and YAML files, and the
/// `agencies` commands.
public protocol DirectoryWords {
    var csvQuoteNotClosed: String { get }
    var directoryNotUTF8: String { get }
    /// `column` already quoted; `known` the columns as a list.
    func csvColumnUnknown(_ column: String, _ known: String) -> String
    var csvColumnTwice: String { get }
    var csvColumnMissing: String { get }
    func csvFieldCount(_ found: Int, expected: Int) -> String
    var directoryEmpty: String { get }
    /// `name` already quoted.
    func directoryNameTwice(_ name: String, _ otherID: String) -> String
    func directoryAgencyDiffers(_ id: String, firstLine: Int) -> String
    func directoryIDTwice(_ id: String, firstLine: Int) -> String
    var directoryControlCharacter: String { get }
    /// `value` already quoted.
    func directoryNumberForm(_ value: String) -> String
    func directoryEmailForm(_ value: String) -> String
    func directoryChannelTwice(_ channel: String) -> String
    func directoryChannelWithoutAddress(_ channel: String) -> String
    var directoryNeedsContact: String { get }
    func agencyOfAnotherRegion(_ id: String, _ region: String, desk: String) -> String
    // The agencies commands.
    func directoryImported(added: Int, updated: Int, unchanged: Int) -> String
    var noAgencies: String { get }
    func noAgency(_ id: String) -> String
    /// Columns of `agencies list`: id, name, county, type, grade, contact, reached by.
    var agencyListColumns: [String] { get }
    var agencyRegion: String { get }
    var agencyCounty: String { get }
    var agencyType: String { get }
    var agencyGrade: String { get }
    var agencyContacts: String { get }
    func name(of channel: Agency.Channel) -> String
    /// The channels in order, first choice first (`phone, then e-mail`).
    func channelOrder(_ names: [String]) -> String
    var noChannelGiven: String { get }
    /// The detail view's label for the agency contact (fits 12 columns).
    var agencyContactLabel: String { get }
    /// A notification template that does not parse; `reason` is the engine's.
    func templateUnreadable(_ reason: String) -> String
    /// A level as a message names it (`level 3`, `unclassified`).
    func levelInMessage(_ level: IncidentLevel?) -> String
    var templateSectionNotClosed: String { get }
    var templateSectionClosedByAnother: String { get }
    var templateTagNotClosed: String { get }
    func notificationUnreadable(_ id: String) -> String
    func name(of template: NotificationTemplate) -> String
}
