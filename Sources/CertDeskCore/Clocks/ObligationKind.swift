/// The legal clocks certdesk keeps (../shared/domain/regulations-and-standards.md §1.1; ../shared/domain/seed-brief.md §3). The
/// names are exact: policies, commands, playbook steps and JSON all use them.
public enum ObligationKind: String, CaseIterable, Hashable, Sendable, Comparable {
    /// 通報: report on the competent authority's platform within 1 hour of awareness
    /// (資通安全事件通報應變及演練辦法 Art 6, 2026; Art 4, 2021).
    case reportPlatform = "report-platform"
    /// 事後補登: a report made another way because the platform could not be used is re-entered
    /// on the platform once the cause is gone (2026 Art 6(4) / 2021 Art 4(4)). The law sets no
    /// hour; the policy's duration is how long the desk lets it wait before it calls it late.
    case platformReentry = "platform-reentry"
    /// 60 分鐘內通報聯絡人員: tell the agency's incident contact within 60 minutes of the report or
    /// the occurrence, level 3–4 (TCN plan, ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14488–14504; Kaohsiung L19976–19986).
    case notifyAgencyContact = "notify-agency-contact"
    /// 逐層上報 N-CERT for level 3–4 (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14439–14441).
    case ncertEscalation = "ncert-escalation"
    /// 審核: the receiving authority reviews the level, 8 h for level 1–2, 2 h for 3–4 (Art 7 / Art 5).
    case review
    /// Forward the review result within 1 hour of finishing it (Art 7(2) / Art 12(2)).
    case forwardReview = "forward-review"
    /// 快速應變小組 on site within 8 hours for level 3–4 (Taoyuan plan, ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L9658–9660).
    case onSite = "on-site"
    /// 損害控制或復原: 72 h for level 1–2, 36 h for 3–4 (2021 Art 6(1)).
    case damageControl = "damage-control"
    /// 調查、處理及改善報告 within one month of damage control (2021 Art 6(2)–(3)).
    case investigationReport = "investigation-report"
    /// 等級變更續報: report again when the level changes (Art 6(2) / Art 4(2)).
    case renotify

    public static func < (lhs: ObligationKind, rhs: ObligationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var label: BilingualText { BilingualText { $0.name(of: self) } }

    /// Clocks met by something that happened in the world at a moment only the officer can say
    /// (the team reached the site; the service came back), rather than by a message the desk
    /// sends: the console never assumes "now" for them, it asks.
    public var recordsPhysicalFact: Bool { self == .onSite || self == .damageControl }
}
