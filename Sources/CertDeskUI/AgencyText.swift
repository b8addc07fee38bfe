import CertDeskCore

/// The agency directory as text: `agencies list` and `agencies show`, and the contact line the
/// incident detail shows. Directory fields come from an imported file: neutralised here.
public enum AgencyText {
    /// One table row per agency: its first contact and how to reach them.
    public static func list(_ agencies: [Agency], language: InterfaceLanguage) -> String {
        let words = language.words
        var table = TextTable(columns: words.agencyListColumns.enumerated().map { n, title in
            TextTable.Column(title, maxWidth: n == 1 ? 30 : n == 5 ? 24 : nil)
        })
        for agency in agencies {
            let contact = agency.contacts.first
            table.append([agency.id, agency.name, agency.county, agency.type, agency.grade.rawValue, contact?.name ?? "—",
                          contact.map { reach($0, words) } ?? "—"])
        }
        return table.render()
    }

    public static func show(_ agency: Agency, language: InterfaceLanguage) -> String {
        let words = language.words
        var lines = [SafeText.singleLine(agency.id + "  " + agency.name + (agency.nameEn.map { " (\($0))" } ?? ""))]
        lines.append(SafeText.singleLine("\(words.agencyRegion) \(agency.region.rawValue) · \(words.agencyCounty) \(agency.county) · "
                                         + "\(words.agencyType) \(agency.type) · \(words.agencyGrade) \(agency.grade.rawValue)"))
        lines.append("")
        lines.append(words.agencyContacts)
        for (n, contact) in agency.contacts.enumerated() {
            lines.append(SafeText.singleLine("  \(n + 1). \(contact.name)" + (contact.role.map { " · \($0)" } ?? "")))
            // The channels the agency asked for first, in its order; then any other address.
            let order = contact.channels + Agency.Channel.allCases.filter { !contact.channels.contains($0) }
            let reached = order.compactMap { channel -> (label: String, address: String)? in
                guard let address = contact.address(channel) else { return nil }
                let rank = contact.channels.firstIndex(of: channel).map { " (\($0 + 1))" } ?? ""
                return (words.name(of: channel) + rank, address)
            }
            let width = reached.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
            for (label, address) in reached {
                lines.append("     " + DisplayWidth.pad(label, toWidth: width) + "  " + SafeText.singleLine(address))
            }
            lines.append(SafeText.singleLine("     " + reach(contact, words)))
        }
        return lines.joined(separator: "\n")
    }

    /// How the contact asked to be reached, first choice first, with the first address.
    public static func reach(_ contact: Agency.Contact, _ words: any Words) -> String {
        guard let first = contact.preferredChannel else { return words.noChannelGiven }
        let order = words.channelOrder(contact.channels.map { words.name(of: $0) })
        return SafeText.singleLine(order + (contact.address(first).map { "  \($0)" } ?? ""))
    }
}
