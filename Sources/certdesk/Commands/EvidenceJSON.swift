import CertDeskCore
import CertDeskStore

/// The JSON of an evidence item: UTC ISO 8601 times, the full hash, the whole chain of custody.
/// Keys are stable for scripts.
enum EvidenceJSON {
    static func entry(_ entry: RetainedEvidence) -> JSONValue {
        let item = entry.item
        var members: [String: JSONValue] = [:]
        members["id"] = .string(item.id)
        members["incident"] = .string(item.incident)
        members["kind"] = .string(item.kind.rawValue)
        members["description"] = .string(item.description)
        members["sha256"] = item.content.map { .string($0.sha256) } ?? .null
        members["size"] = item.content.map { .int($0.size) } ?? .null
        members["original_name"] = item.content.map { .string($0.originalName) } ?? .null
        members["vault_path"] = item.content.map { .string(EvidenceVault.relativePath(of: $0.sha256)) } ?? .null
        members["physical"] = optional(item.physical)
        members["source_host"] = optional(item.sourceHost)
        members["tool"] = optional(item.tool)
        members["collected_by"] = .string(item.collectedBy)
        members["acquired_at"] = IncidentJSON.time(item.acquiredAt)
        members["added_at"] = IncidentJSON.time(item.addedAt)
        members["added_by"] = .string(item.addedBy)
        members["holder"] = .string(item.holder)
        members["location"] = .string(item.location)
        members["checked_out"] = .bool(item.checkedOut)
        members["hold_reason"] = optional(item.holdReason)
        members["keep_until"] = IncidentJSON.time(entry.keepUntil)
        members["disposed_at"] = IncidentJSON.time(item.disposal?.at)
        members["disposed_by"] = optional(item.disposal?.by)
        members["disposed_reason"] = optional(item.disposal?.reason)
        members["custody"] = .array(item.custody.map(custody))
        return .object(members)
    }

    static func custody(_ step: CustodyEntry) -> JSONValue {
        .object([
            "action": .string(step.action.rawValue),
            "from": optional(step.from),
            "to": optional(step.to),
            "at": IncidentJSON.time(step.at),
            "recorded_at": IncidentJSON.time(step.recordedAt),
            "by": .string(step.by),
            "purpose": optional(step.purpose),
            "location": optional(step.location),
        ])
    }

    private static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
}
