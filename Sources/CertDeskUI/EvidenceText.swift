import CertDeskCore

/// `certdesk evidence list|show|due`: the register as text. Every value from outside is
/// neutralised for the terminal here.
public enum EvidenceText {
    /// One line per item: id, kind, short hash, size, holder, retention, hold.
    public static func list(_ entries: [RetainedEvidence], now: Instant, language: InterfaceLanguage,
                            time: LocalTimeFormatter) -> String {
        let words = language.words
        guard !entries.isEmpty else { return words.noEvidence }
        var table = TextTable(columns: [
            .init(words.heading(.id)), .init(words.heading(.kind)), .init("SHA-256"), .init(words.heading(.size), alignRight: true),
            .init(words.heading(.holder), maxWidth: 20), .init(words.heading(.keepUntil)), .init(words.heading(.status)),
            .init(words.heading(.description), maxWidth: 40),
        ])
        for entry in entries {
            let item = entry.item
            table.append([item.id, words.shown(item.kind), shortHash(item), size(item),
                          item.holder, keepUntil(entry, time: time, language: language), status(entry, now: now, language: language),
                          item.physical.map { $0 + " — " + item.description } ?? item.description])
        }
        return table.render()
    }

    /// One item in full: what it is, where, and its whole chain of custody.
    public static func detail(_ entry: RetainedEvidence, now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let words = language.words
        let item = entry.item
        func row(_ field: FieldName, _ value: String) -> String {
            "  " + DisplayWidth.pad(words.label(field), toWidth: 14) + SafeText.singleLine(value)
        }
        var lines = [item.id + "  " + SafeText.singleLine(item.description)]
        lines.append(row(.incident, item.incident))
        lines.append(row(.kind, words.shown(item.kind)))
        if let content = item.content {
            lines.append("  " + DisplayWidth.pad("SHA-256", toWidth: 14) + content.sha256)
            lines.append(row(.size, "\(content.size) B (\(humanSize(content.size)))"))
            lines.append(row(.fileName, content.originalName))
        }
        if let physical = item.physical { lines.append(row(.item, physical)) }
        if let host = item.sourceHost { lines.append(row(.sourceHost, host)) }
        if let tool = item.tool { lines.append(row(.tool, tool)) }
        lines.append(row(.collectedBy, item.collectedBy))
        lines.append(row(.acquired, time.string(item.acquiredAt)))
        lines.append(row(.registered, words.registeredBy(time.string(item.addedAt), item.addedBy)))
        lines.append(row(.holder, item.holder + (item.checkedOut ? words.checkedOutMark : "")))
        lines.append(row(.location, item.location))
        lines.append(row(.keepUntil, entry.keepUntil.map(time.string) ?? keepUntil(entry, time: time, language: language)))
        lines.append(row(.status, status(entry, now: now, language: language)))
        if let hold = item.holdReason { lines.append(row(.hold, hold)) }
        if let disposal = item.disposal {
            lines.append(row(.disposedOf, words.disposedBy(time.string(disposal.at), disposal.by) + " — " + disposal.reason))
        }
        lines.append("")
        lines.append(words.chainOfCustody)
        var table = TextTable(columns: [
            .init(words.heading(.when)), .init(words.heading(.action)), .init(words.heading(.from)), .init(words.heading(.to)),
            .init(words.heading(.purpose), maxWidth: 40), .init(words.heading(.location), maxWidth: 30),
            .init(words.heading(.recordedBy)),
        ])
        for step in item.custody {
            table.append([time.string(step.at), words.shown(step.action), step.from ?? "", step.to ?? "",
                          step.purpose ?? "", step.location ?? "", step.by + recordedLater(step, time: time)])
        }
        lines += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// A step written down well after it happened shows when it was recorded, too.
    static func recordedLater(_ step: CustodyEntry, time: LocalTimeFormatter) -> String {
        step.at.milliseconds(until: step.recordedAt) >= 60_000 ? " @ " + time.minuteString(step.recordedAt) : ""
    }

    /// The first 12 hex digits: enough to tell items apart on screen; `show` gives all 64.
    public static func shortHash(_ item: EvidenceItem) -> String {
        item.content.map { String($0.sha256.prefix(12)) } ?? "—"
    }

    public static func size(_ item: EvidenceItem) -> String {
        item.content.map { humanSize($0.size) } ?? "—"
    }

    /// `512 B`, `3.4 KiB`, `1.0 GiB`.
    public static func humanSize(_ bytes: Int64) -> String {
        guard bytes >= 1024 else { return "\(bytes) B" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }

    /// The day retention ends, or why there is none yet.
    public static func keepUntil(_ entry: RetainedEvidence, time: LocalTimeFormatter, language: InterfaceLanguage) -> String {
        guard let until = entry.keepUntil else { return language.words.retentionFromClosure }
        return time.dateString(until)
    }

    /// held / checked out / disposed / may be disposed / kept.
    public static func status(_ entry: RetainedEvidence, now: Instant, language: InterfaceLanguage) -> String {
        let words = language.words
        let item = entry.item
        if item.disposal != nil { return words.evidenceDisposed }
        var parts: [String] = []
        if item.holdReason != nil { parts.append(words.evidenceOnHold) }
        if item.checkedOut { parts.append(words.evidenceCheckedOut) }
        if entry.retentionEnded(at: now), item.holdReason == nil { parts.append(words.evidenceMayBeDisposed) }
        return parts.isEmpty ? words.evidenceKept : parts.joined(separator: ", ")
    }
}
