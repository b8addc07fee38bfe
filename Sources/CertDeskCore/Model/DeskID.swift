/// Incident and evidence ids as the desk writes them — `TCN-2026-0042`, `TCN-2026-0042-E01` —
/// typed in any case (`tcn-2026-0042`), as officers read them off a ticket or a phone call.
public enum DeskID {
    /// The id in the desk's own case when `text` has an id's shape; anything else unchanged, so
    /// the desk refuses it as unknown with what was typed.
    public static func canonical(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4,
              !parts[0].isEmpty, parts[0].unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }),
              isDigits(parts[1]), isDigits(parts[2]) else { return text }
        if parts.count == 4 {
            guard let mark = parts[3].first, mark == "e" || mark == "E", isDigits(parts[3].dropFirst()) else { return text }
        }
        return text.uppercased()
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
