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

    public var label: BilingualText {
        switch self {
        case .ransomware: return BilingualText(en: "ransomware", zh: "勒索軟體")
        case .ddos: return BilingualText(en: "DDoS", zh: "分散式阻斷服務")
        case .defacement: return BilingualText(en: "web defacement", zh: "網頁置換")
        case .dataLeak: return BilingualText(en: "data leak", zh: "資料外洩")
        case .unauthorizedAccess: return BilingualText(en: "unauthorized access", zh: "未經授權存取")
        case .malwareOutbreak: return BilingualText(en: "malware outbreak", zh: "惡意程式感染")
        case .c2Beacon: return BilingualText(en: "C2 beacon", zh: "連線惡意中繼站")
        case .phishing: return BilingualText(en: "phishing", zh: "釣魚郵件")
        case .spam: return BilingualText(en: "spam", zh: "垃圾郵件")
        case .other: return BilingualText(en: "other", zh: "其他")
        }
    }
}
