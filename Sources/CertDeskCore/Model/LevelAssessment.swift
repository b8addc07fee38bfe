/// The C/I/A facts an officer knows about an incident, from which its level follows.
public struct LevelBasis: Hashable, Sendable {
    /// Disclosure (機密性) or tampering (完整性).
    public enum Severity: String, CaseIterable, Sendable {
        case none, minor, serious
    }

    /// Operation affected or stopped (可用性), judged against the system's tolerable interruption time.
    public enum Availability: String, CaseIterable, Sendable {
        case none
        case restoredInTime = "restored-in-time"
        case notRestoredInTime = "not-restored-in-time"
    }

    /// What was hit. The regulation grades systems as non-core / core / core supporting critical
    /// infrastructure, and information as general official secret, sensitive or national secret.
    public enum AssetClass: String, CaseIterable, Sendable {
        case nonCore = "non-core"
        case core
        case coreCI = "core-ci"
        case officialSecret = "official-secret"
        case sensitive
        case nationalSecret = "national-secret"

        public var label: BilingualText {
            switch self {
            case .nonCore: return BilingualText(en: "non-core information or system", zh: "非核心業務資訊或系統")
            case .core: return BilingualText(en: "core business information or system (not CI)", zh: "非關鍵基礎設施之核心業務資訊或系統")
            case .coreCI: return BilingualText(en: "core business of critical infrastructure", zh: "涉及關鍵基礎設施維運之核心業務")
            case .officialSecret: return BilingualText(en: "general official secret", zh: "一般公務機密")
            case .sensitive: return BilingualText(en: "sensitive information", zh: "敏感資訊")
            case .nationalSecret: return BilingualText(en: "national secret", zh: "國家機密")
            }
        }
    }

    public var confidentiality: Severity
    public var integrity: Severity
    public var availability: Availability
    public var asset: AssetClass

    public init(confidentiality: Severity = .none, integrity: Severity = .none, availability: Availability = .none,
                asset: AssetClass) {
        self.confidentiality = confidentiality
        self.integrity = integrity
        self.availability = availability
        self.asset = asset
    }
}

/// Turns C/I/A impact and asset class into an incident level, and says why.
///
/// The table is 資通安全事件通報及應變辦法 Art 2 (2021; carried into the 2026 資通安全事件通報應變
/// 及演練辦法), as summarised in ../shared/domain/regulations-and-standards.md §1.2: the level is the worst of the
/// three impacts. Levels 1–2 are verified article text; level 3 is partly verified and level 4 is
/// as commonly stated — the explanation says so, so the officer can weigh it.
public struct LevelAssessment: Hashable, Sendable {
    public let basis: LevelBasis
    /// Nil when no impact was stated: by Art 2 there is nothing to grade.
    public let level: IncidentLevel?
    /// One line per impact that contributed, naming the rule it matched.
    public let reasons: [BilingualText]

    public init(_ basis: LevelBasis) {
        self.basis = basis
        var reasons: [BilingualText] = []
        var worst: IncidentLevel? = nil
        func consider(_ level: IncidentLevel, _ reason: BilingualText) {
            reasons.append(reason)
            if worst == nil || level > worst! { worst = level }
        }
        let asset = basis.asset.label
        if basis.confidentiality != .none {
            let level = Self.disclosureOrTamperingLevel(basis.confidentiality, basis.asset)
            consider(level, BilingualText(
                en: "\(basis.confidentiality.rawValue) disclosure of \(asset.en) → level \(level.rawValue)\(Self.sourceNote(level).en)",
                zh: "\(basis.confidentiality == .serious ? "嚴重" : "輕微")洩漏\(asset.zh) → 第 \(level.rawValue) 級\(Self.sourceNote(level).zh)"))
        }
        if basis.integrity != .none {
            let level = Self.disclosureOrTamperingLevel(basis.integrity, basis.asset)
            consider(level, BilingualText(
                en: "\(basis.integrity.rawValue) tampering of \(asset.en) → level \(level.rawValue)\(Self.sourceNote(level).en)",
                zh: "\(basis.integrity == .serious ? "嚴重" : "輕微")竄改\(asset.zh) → 第 \(level.rawValue) 級\(Self.sourceNote(level).zh)"))
        }
        if basis.availability != .none {
            let (level, treatedAs) = Self.availabilityLevel(basis.availability, basis.asset)
            let restored = basis.availability == .restoredInTime
            let treated = treatedAs.map {
                BilingualText(en: " (availability is graded by system class; treated as \($0.label.en))",
                              zh: "（可用性依系統等級判定，視為\($0.label.zh)）")
            } ?? BilingualText(en: "", zh: "")
            consider(level, BilingualText(
                en: "operation of \(asset.en) affected, \(restored ? "restored" : "not restored") within the tolerable interruption time → level \(level.rawValue)\(treated.en)\(Self.sourceNote(level).en)",
                zh: "\(asset.zh)運作受影響，\(restored ? "於" : "未於")可容忍中斷時間內回復 → 第 \(level.rawValue) 級\(treated.zh)\(Self.sourceNote(level).zh)"))
        }
        if reasons.isEmpty {
            reasons.append(BilingualText(
                en: "no confidentiality, integrity or availability impact stated: Art 2 gives no level",
                zh: "未說明機密性、完整性或可用性影響：依第 2 條無從判定等級"))
        } else if let worst {
            reasons.append(BilingualText(en: "the level is the worst of the impacts: level \(worst.rawValue)",
                                         zh: "取各項影響中最嚴重者：第 \(worst.rawValue) 級"))
        }
        self.level = worst
        self.reasons = reasons
    }

    static func disclosureOrTamperingLevel(_ severity: LevelBasis.Severity, _ asset: LevelBasis.AssetClass) -> IncidentLevel {
        let serious = severity == .serious
        switch asset {
        case .nonCore: return serious ? .two : .one
        case .core: return serious ? .three : .two
        case .coreCI, .officialSecret, .sensitive: return serious ? .four : .three
        case .nationalSecret: return .four
        }
    }

    static func availabilityLevel(_ availability: LevelBasis.Availability,
                                  _ asset: LevelBasis.AssetClass) -> (IncidentLevel, LevelBasis.AssetClass?) {
        let restored = availability == .restoredInTime
        switch asset {
        case .nonCore: return (restored ? .one : .two, nil)
        case .core: return (restored ? .two : .three, nil)
        case .coreCI: return (restored ? .three : .four, nil)
        case .officialSecret, .sensitive, .nationalSecret: return (restored ? .two : .three, .core)
        }
    }

    static func sourceNote(_ level: IncidentLevel) -> BilingualText {
        switch level {
        case .one, .two: return BilingualText(en: " (Art 2, verified text)", zh: "（第 2 條，已查證條文）")
        case .three: return BilingualText(en: " (Art 2, partly verified text)", zh: "（第 2 條，部分查證）")
        case .four: return BilingualText(en: " (Art 2, as commonly stated)", zh: "（第 2 條，一般引述）")
        }
    }
}
