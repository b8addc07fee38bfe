/// The NIST SP 800-61 r2 incident-response phases the regional plan adopts (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14515–14525),
/// plus `closed` once post-incident work is done (結案).
public enum IncidentPhase: String, CaseIterable, Sendable {
    case preparation
    case detectionAnalysis = "detection-analysis"
    case containmentEradicationRecovery = "containment-eradication-recovery"
    case postIncident = "post-incident"
    case closed

    public var label: BilingualText { BilingualText { $0.name(of: self) } }

    public var isOpen: Bool { self != .closed }
}
