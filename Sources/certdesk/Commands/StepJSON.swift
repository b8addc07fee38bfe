import CertDeskCore

/// `steps --json`: the checklist with each step's state, the next step, UTC times.
enum StepJSON {
    static func progress(_ progress: PlaybookProgress) -> JSONValue {
        .object([
            "incident": .string(progress.incident.id),
            "phase": .string(progress.incident.phase.rawValue),
            "playbook": progress.playbook.map { .object(["category": .string($0.category), "version": .int(Int64($0.version)),
                                                         "revision": .int(Int64(progress.incident.playbook?.revision ?? 0))]) } ?? .null,
            "next": progress.next.map { .string($0.step.id) } ?? .null,
            "steps": .array(progress.items.map(item)),
        ])
    }

    static func item(_ item: PlaybookProgress.Item) -> JSONValue {
        let step = item.step
        let state: String = item.record?.status.rawValue ?? (item.applies ? "open" : "not-applicable")
        return .object([
            "id": .string(step.id), "phase": .string(step.phase.rawValue), "state": .string(state),
            "required": .bool(step.required), "tier": .string(step.tier.rawValue),
            "text": .object(["en": .string(step.text.en), "zh-TW": .string(step.text.zh)]),
            "meets": step.meets.map { .string($0.rawValue) } ?? .null,
            "evidence": .array(step.evidence.map { .string($0.rawValue) }),
            "sp800_61": .string(step.checklistItem), "csf": .string(step.csf),
            "at": IncidentJSON.time(item.record?.at), "by": item.record.map { .string($0.by) } ?? .null,
            "text_recorded": item.record?.text.map(JSONValue.string) ?? .null,
        ])
    }
}
