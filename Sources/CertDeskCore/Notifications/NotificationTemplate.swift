/// The messages the legal clocks ask for, one template each (playbooks/templates/README.md):
/// which clock a notification by a template meets is the template's, not the officer's choice.
public enum NotificationTemplate: String, CaseIterable, Sendable {
    /// To the agency's incident contact within the hour (資安事件聯絡人員).
    case agencyContact = "agency-contact"
    /// The level 3–4 escalation to N-CERT.
    case ncert
    /// The closure notice to the agency (結案通報).
    case closure

    /// The clock a notification by this template meets once it is sent (or, for a call,
    /// recorded).
    public var meets: ObligationKind? {
        switch self {
        case .agencyContact: .notifyAgencyContact
        case .ncert: .ncertEscalation
        case .closure: nil
        }
    }

    /// The template a notification of `incident` most likely needs now: the one whose clock is
    /// running and due first; the closure notice once the incident is closed; else the agency
    /// contact's notice.
    public static func due(for incident: Incident) -> NotificationTemplate {
        let running = allCases.compactMap { template in
            template.meets.flatMap(incident.pendingObligation).map { (template, $0.dueAt) }
        }
        if let first = running.min(by: { $0.1 < $1.1 }) { return first.0 }
        return incident.phase == .closed ? .closure : .agencyContact
    }

    /// The template's file in the playbooks tree for `language`.
    public func file(_ language: InterfaceLanguage) -> String { "templates/\(rawValue).\(language.rawValue).mustache" }
}

/// What a template renders from: a tree of text, flags and lists, the same for every template
/// engine (the desk service hands it to Mustache).
public indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case fields([String: TemplateValue])
}
