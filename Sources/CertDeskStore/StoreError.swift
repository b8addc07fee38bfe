import CertDeskCore

/// Why the store could not do what was asked, in words for the officer.
public enum StoreError: Error, Sendable {
    /// The command was checked and refused (unknown incident, same phase, ...).
    case refused(DeskDecider.Refusal)
    /// The database cannot be created, opened or written.
    case unusable(path: String, reason: String)
    /// The stored journal or projections do not hold together.
    case inconsistent(seq: Int64?, reason: String)

    public func message(_ language: InterfaceLanguage) -> String {
        switch self {
        case .refused(let refusal): return refusal.reason.text(in: language)
        case .unusable(let path, let reason):
            return language == .zhTW ? "無法使用資料庫 \(path)：\(reason)" : "cannot use the database \(path): \(reason)"
        case .inconsistent(let seq, let reason):
            let at = seq.map { "seq \($0): " } ?? ""
            return language == .zhTW ? "資料不一致：\(at)\(reason)" : "inconsistent desk: \(at)\(reason)"
        }
    }
}
