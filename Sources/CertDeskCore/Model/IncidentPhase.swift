/// The NIST SP 800-61 r2 incident-response phases the regional plan adopts (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14515–14525),
/// plus `closed` once post-incident work is done (結案).
public enum IncidentPhase: String, CaseIterable, Sendable {
    case preparation
    case detectionAnalysis = "detection-analysis"
    case containmentEradicationRecovery = "containment-eradication-recovery"
    case postIncident = "post-incident"
    case closed

    public var label: BilingualText {
        switch self {
        case .preparation: return BilingualText(en: "preparation", zh: "準備")
        case .detectionAnalysis: return BilingualText(en: "detection & analysis", zh: "偵測與分析")
        case .containmentEradicationRecovery: return BilingualText(en: "containment/eradication/recovery", zh: "遏制根除復原")
        case .postIncident: return BilingualText(en: "post-incident", zh: "事件後活動")
        case .closed: return BilingualText(en: "closed", zh: "已結案")
        }
    }

    public var isOpen: Bool { self != .closed }
}
