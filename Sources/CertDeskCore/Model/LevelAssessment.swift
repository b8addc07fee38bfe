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

        public var label: BilingualText { BilingualText { $0.name(of: self) } }
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
        if basis.confidentiality != .none {
            let level = Self.disclosureOrTamperingLevel(basis.confidentiality, basis.asset)
            consider(level, BilingualText { $0.disclosure(basis.confidentiality, of: basis.asset, level: level) })
        }
        if basis.integrity != .none {
            let level = Self.disclosureOrTamperingLevel(basis.integrity, basis.asset)
            consider(level, BilingualText { $0.tampering(basis.integrity, of: basis.asset, level: level) })
        }
        if basis.availability != .none {
            let (level, treatedAs) = Self.availabilityLevel(basis.availability, basis.asset)
            let restored = basis.availability == .restoredInTime
            consider(level, BilingualText {
                $0.operationAffected(of: basis.asset, restored: restored, level: level, treatedAs: treatedAs)
            })
        }
        if reasons.isEmpty {
            reasons.append(BilingualText { $0.noImpactStated })
        } else if let worst {
            reasons.append(BilingualText { $0.worstImpact(worst) })
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
}
