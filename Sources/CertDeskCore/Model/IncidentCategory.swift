/// What kind of incident this is. The list follows the types the regional plan names
/// (../shared/domain/seed-brief.md §2: data leak, mass defacement, SPAM, infection; DDoS, ransomware, worm
/// outbreak; C&C detection) and chooses the playbook.
public enum IncidentCategory: String, CaseIterable, Sendable {
    case ransomware
    case ddos
    case defacement
    case dataLeak = "data-leak"
    case unauthorizedAccess = "unauthorized-access"
    case malwareOutbreak = "malware-outbreak"
    case c2Beacon = "c2-beacon"
    case phishing
    case spam
    case other

    public var label: BilingualText { BilingualText { $0.name(of: self) } }
}
