/// Incident level 1–4, "由輕至重" (light to severe) by confidentiality, integrity and availability
/// impact (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14433–14439; 資通安全事件通報及應變辦法 Art 2). Level 3–4 is a major incident
/// that must be reported up to N-CERT (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14439–14441).
public enum IncidentLevel: Int, CaseIterable, Comparable, Sendable {
    case one = 1, two, three, four

    public static func < (lhs: IncidentLevel, rhs: IncidentLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Level 3–4: "重大資安事件" / severe (Enforcement Rules Art 10).
    public var isMajor: Bool { self >= .three }
}
