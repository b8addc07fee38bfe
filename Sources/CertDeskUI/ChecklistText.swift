import CertDeskCore

/// `certdesk steps`: the playbook checklist phase by phase, and what to do next.
public enum ChecklistText {
    public static func render(_ progress: PlaybookProgress, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let words = language.words
        guard let playbook = progress.playbook else { return words.noPlaybook(progress.incident.id) }
        var lines = ["\(progress.incident.id)  " + playbook.title.text(in: language) + "  (\(playbook.category) v\(playbook.version))"]
        let next = progress.next?.step.id
        for phase in IncidentPhase.allCases where phase != .closed {
            let (handled, total) = progress.tally(phase)
            let current = phase == progress.incident.phase ? words.currentPhaseMark : ""
            lines.append("")
            lines.append(words.shown(phase) + "  \(handled)/\(total)" + current)
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
        if step.required && item.applies { text += language.words.required }
        if let kind = step.meets { text += " → " + kind.rawValue }
        return text
    }
}

/// A step's detail: why, who, the evidence it should produce, the clock it meets, references.
public enum StepDetail {
    public static func lines(_ step: PlaybookStep, language: InterfaceLanguage) -> [String] {
        let words = language.words
        var lines = [words.stepNext(words.say(step.text))]
        if let why = step.why { lines.append(words.stepWhy(words.say(why))) }
        lines.append(words.stepWho(step.tier, required: step.required))
        if !step.evidence.isEmpty { lines.append(words.stepEvidence(step.evidence)) }
        if let kind = step.meets { lines.append(words.stepMeets(kind)) }
        lines.append("SP 800-61 r2 \(step.checklistItem)" + (ResponseVocabulary.sp80061ChecklistTitles[step.checklistItem].map { " \($0)" } ?? "")
            + " · CSF 2.0 \(step.csf)")
        if !step.references.isEmpty { lines.append(words.stepReferences(step.references)) }
        return lines.map(SafeText.singleLine)
    }
}
