/// English words of the agency directory.
extension EnglishWords {
    public var directoryNotUTF8: String { "not UTF-8 text: save the directory as CSV UTF-8 (or YAML) and import it again" }
    public var csvQuoteNotClosed: String { "a quoted field opened on this line is never closed" }
    public func csvColumnUnknown(_ column: String, _ known: String) -> String { "column \(column) is not one of: \(known)" }
    public var csvColumnTwice: String { "this column appears twice in the header" }
    public var csvColumnMissing: String { "the header has no such column, and it is required" }
    public func csvFieldCount(_ found: Int, expected: Int) -> String { "\(found) fields where the header has \(expected)" }
    public var directoryEmpty: String { "the directory lists no agency" }
    public func directoryNameTwice(_ name: String, _ otherID: String) -> String {
        "\(name) is also the name of \(otherID); incidents find their agency by name, so each name is one agency"
    }
    public func directoryAgencyDiffers(_ id: String, firstLine: Int) -> String {
        "differs from \(id)'s first row (line \(firstLine)); a further contact repeats the agency's columns as they are"
    }
    public func directoryIDTwice(_ id: String, firstLine: Int) -> String { "\(id) is listed already (line \(firstLine))" }
    public var directoryControlCharacter: String { "control characters are not allowed" }
    public func directoryNumberForm(_ value: String) -> String { "\(value) is not a number to call: digits with + - ( ) # and spaces" }
    public func directoryEmailForm(_ value: String) -> String { "\(value) is not an e-mail address (name@domain)" }
    public func directoryChannelTwice(_ channel: String) -> String { "\(channel) is listed twice" }
    public func directoryChannelWithoutAddress(_ channel: String) -> String { "\(channel) is preferred but the contact has no \(channel) address" }
    public var directoryNeedsContact: String { "an agency needs at least one incident contact" }
    public func agencyOfAnotherRegion(_ id: String, _ region: String, desk: String) -> String {
        "\(id) belongs to region \(region); this desk is \(desk)'s"
    }
    public func directoryImported(added: Int, updated: Int, unchanged: Int) -> String {
        "directory imported: \(added) added, \(updated) updated, \(unchanged) unchanged"
    }
    public var noAgencies: String { "no agency on this desk (certdesk agencies import FILE)" }
    public func noAgency(_ id: String) -> String { "no agency \(id) in the directory" }
    public var agencyListColumns: [String] { ["ID", "NAME", "COUNTY", "TYPE", "GRADE", "CONTACT", "REACHED BY"] }
    public var agencyRegion: String { "Region" }
    public var agencyCounty: String { "County" }
    public var agencyType: String { "Type" }
    public var agencyGrade: String { "Grade" }
    public var agencyContacts: String { "Incident contacts" }
    public func name(of channel: Agency.Channel) -> String {
        switch channel {
        case .phone: "phone"
        case .fax: "fax"
        case .sms: "SMS"
        case .email: "e-mail"
        }
    }
    public func channelOrder(_ names: [String]) -> String { names.joined(separator: ", then ") }
    public var noChannelGiven: String { "no channel given" }
    public var agencyContactLabel: String { "Contact" }
    public func templateUnreadable(_ reason: String) -> String { "not a Mustache template: \(reason)" }
    public func levelInMessage(_ level: IncidentLevel?) -> String { level.map { "level \($0.rawValue)" } ?? "unclassified" }
    public var templateSectionNotClosed: String { "a section opened with {{#name}} or {{^name}} is never closed with {{/name}}" }
    public var templateSectionClosedByAnother: String { "a section is closed with another name than it was opened with" }
    public var templateTagNotClosed: String { "a tag is not closed with }}" }
    public func notificationUnreadable(_ id: String) -> String { "a notification of \(id) cannot be read" }
    public func name(of template: NotificationTemplate) -> String {
        switch template {
        case .agencyContact: "agency-contact notice"
        case .ncert: "N-CERT escalation"
        case .closure: "closure notice"
        }
    }
}
