import CertDeskCore

/// `certdesk steps`: the playbook checklist phase by phase, and what to do next.
public enum ChecklistText {
    public static func render(_ progress: PlaybookProgress, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        guard let playbook = progress.playbook else {
            return zh ? "\(progress.incident.id) 沒有處理手冊" : "\(progress.incident.id) has no playbook"
        }
        var lines = ["\(progress.incident.id)  " + playbook.title.text(in: language) + "  (\(playbook.category) v\(playbook.version))"]
        let next = progress.next?.step.id
        for phase in IncidentPhase.allCases where phase != .closed {
            let (handled, total) = progress.tally(phase)
            let current = phase == progress.incident.phase ? (zh ? "  ◀ 目前階段" : "  ◀ current") : ""
            lines.append("")
            lines.append((zh ? phase.label.zh : phase.rawValue) + "  \(handled)/\(total)" + current)
            for item in progress.items(in: phase) {
                lines.append("  " + marker(item, next: next) + " " + line(item, language))
            }
        }
        if let item = progress.next {
            lines.append("")
            lines += StepDetail.lines(item.step, language: language).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// ✔ done, – skipped, ▶ next, ○ open, · does not apply.
    public static func marker(_ item: PlaybookProgress.Item, next: String?) -> String {
        switch item.record?.status {
        case .done?: return "✔"
        case .skipped?: return "–"
        case nil: return !item.applies ? "·" : item.step.id == next ? "▶" : "○"
        }
    }

    static func line(_ item: PlaybookProgress.Item, _ language: InterfaceLanguage) -> String {
        let step = item.step
        var text = step.id + "  " + SafeText.singleLine(step.text.text(in: language))
        if step.required && item.applies { text += language == .zhTW ? "〔必要〕" : " [required]" }
        if let kind = step.meets { text += " → " + kind.rawValue }
        return text
    }
}

/// A step's detail: why, who, the evidence it should produce, the clock it meets, references.
public enum StepDetail {
    public static func lines(_ step: PlaybookStep, language: InterfaceLanguage) -> [String] {
        let zh = language == .zhTW
        var lines = [(zh ? "下一步：" : "Next: ") + step.text.text(in: language)]
        if let why = step.why { lines.append((zh ? "原因：" : "Why: ") + why.text(in: language)) }
        lines.append((zh ? "執行：" : "Who: ") + step.tier.label.text(in: language) + (step.required ? (zh ? "（必要）" : " (required)") : ""))
        if !step.evidence.isEmpty { lines.append((zh ? "證據：" : "Evidence: ") + step.evidence.map(\.rawValue).joined(separator: ", ")) }
        if let kind = step.meets { lines.append((zh ? "完成時限：" : "Meets: ") + kind.rawValue + " (" + kind.label.text(in: language) + ")") }
        lines.append("SP 800-61 r2 \(step.checklistItem)" + (ResponseVocabulary.sp80061ChecklistTitles[step.checklistItem].map { " \($0)" } ?? "")
            + " · CSF 2.0 \(step.csf)")
        if !step.references.isEmpty { lines.append((zh ? "依據：" : "References: ") + step.references.joined(separator: "; ")) }
        return lines.map(SafeText.singleLine)
    }
}
