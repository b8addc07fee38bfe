import CertDeskCore

/// The blocking list as text: `plain` for a UTM's external block list (one value per line, only
/// what is to be blocked), and `csv` for the analyst, every entry with its action, the reason it
/// is for review, its first sighting and its incident.
public enum BlocklistText {
    public static func plain(_ list: Blocklist) -> String {
        list.blocked.map { SafeText.singleLine($0.value) + "\n" }.joined()
    }

    public static func csv(_ list: Blocklist) -> String {
        var rows = [["kind", "value", "action", "reason", "first_seen", "incident", "incidents"]]
        for entry in list.entries {
            rows.append([entry.kind.rawValue, entry.value, entry.flag == nil ? "block" : "review", entry.flag.map(code) ?? "",
                         ISO8601.utcMillisecondString(entry.firstSeen), entry.incident, String(entry.incidents)])
        }
        return CSVText.document(rows)
    }

    /// The reason for review as a code, the same in either language.
    public static func code(_ flag: Blocklist.Flag) -> String {
        switch flag {
        case .address(let use): use.rawValue
        case .reservedName: "reserved-name"
        case .governmentName: "government-name"
        }
    }
}
