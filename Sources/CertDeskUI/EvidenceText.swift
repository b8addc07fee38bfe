import CertDeskCore

/// `certdesk evidence list|show|due`: the register as text. Every value from outside is
/// neutralised for the terminal here.
public enum EvidenceText {
    /// One line per item: id, kind, short hash, size, holder, retention, hold.
    public static func list(_ entries: [RetainedEvidence], now: Instant, language: InterfaceLanguage,
                            time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        guard !entries.isEmpty else { return zh ? "（沒有證據）" : "(no evidence)" }
        var table = TextTable(columns: [
            .init("ID"), .init(zh ? "種類" : "KIND"), .init("SHA-256"), .init(zh ? "大小" : "SIZE", alignRight: true),
            .init(zh ? "保管人" : "HOLDER", maxWidth: 20), .init(zh ? "保存至" : "KEEP UNTIL"), .init(zh ? "狀態" : "STATUS"),
            .init(zh ? "說明" : "DESCRIPTION", maxWidth: 40),
        ])
        for entry in entries {
            let item = entry.item
            table.append([item.id, zh ? item.kind.label.zh : item.kind.rawValue, shortHash(item), size(item),
                          item.holder, keepUntil(entry, time: time, language: language), status(entry, now: now, language: language),
                          item.physical.map { $0 + " — " + item.description } ?? item.description])
        }
        return table.render()
    }

    /// One item in full: what it is, where, and its whole chain of custody.
    public static func detail(_ entry: RetainedEvidence, now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        let item = entry.item
        func row(_ en: String, _ zhText: String, _ value: String) -> String {
            "  " + DisplayWidth.pad(zh ? zhText : en, toWidth: 14) + SafeText.singleLine(value)
        }
        var lines = [item.id + "  " + SafeText.singleLine(item.description)]
        lines.append(row("Incident", "事件", item.incident))
        lines.append(row("Kind", "種類", zh ? item.kind.label.zh : item.kind.rawValue))
        if let content = item.content {
            lines.append(row("SHA-256", "SHA-256", content.sha256))
            lines.append(row("Size", "大小", "\(content.size) B (\(humanSize(content.size)))"))
            lines.append(row("File name", "原始檔名", content.originalName))
        }
        if let physical = item.physical { lines.append(row("Item", "物品", physical)) }
        if let host = item.sourceHost { lines.append(row("Source host", "來源主機", host)) }
        if let tool = item.tool { lines.append(row("Tool", "工具", tool)) }
        lines.append(row("Collected by", "蒐集人", item.collectedBy))
        lines.append(row("Acquired", "取得時間", time.string(item.acquiredAt)))
        lines.append(row("Registered", "登錄", time.string(item.addedAt) + (zh ? "，由 \(item.addedBy) 登錄" : " by " + item.addedBy)))
        lines.append(row("Holder", "保管人", item.holder + (item.checkedOut ? (zh ? "（借出中）" : " (checked out)") : "")))
        lines.append(row("Location", "存放位置", item.location))
        lines.append(row("Keep until", "保存至", entry.keepUntil.map(time.string) ?? keepUntil(entry, time: time, language: language)))
        lines.append(row("Status", "狀態", status(entry, now: now, language: language)))
        if let hold = item.holdReason { lines.append(row("Hold", "保全理由", hold)) }
        if let disposal = item.disposal {
            lines.append(row("Disposed of", "銷毀", time.string(disposal.at) + (zh ? "，由 \(disposal.by) 銷毀" : " by " + disposal.by) + " — " + disposal.reason))
        }
        lines.append("")
        lines.append(zh ? "保管鏈（SP 800-61 §3.3.2）" : "Chain of custody (SP 800-61 §3.3.2)")
        var table = TextTable(columns: [
            .init(zh ? "時間" : "WHEN"), .init(zh ? "動作" : "ACTION"), .init(zh ? "由" : "FROM"), .init(zh ? "交予" : "TO"),
            .init(zh ? "目的／理由" : "PURPOSE", maxWidth: 40), .init(zh ? "存放位置" : "LOCATION", maxWidth: 30),
            .init(zh ? "登錄者" : "RECORDED BY"),
        ])
        for step in item.custody {
            table.append([time.string(step.at), zh ? step.action.label.zh : step.action.rawValue, step.from ?? "", step.to ?? "",
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
        guard let until = entry.keepUntil else { return language == .zhTW ? "結案後起算" : "from closure" }
        return time.dateString(until)
    }

    /// held / checked out / disposed / may be disposed / kept.
    public static func status(_ entry: RetainedEvidence, now: Instant, language: InterfaceLanguage) -> String {
        let zh = language == .zhTW
        let item = entry.item
        if item.disposal != nil { return zh ? "已銷毀" : "disposed" }
        var parts: [String] = []
        if item.holdReason != nil { parts.append(zh ? "保全中" : "HOLD") }
        if item.checkedOut { parts.append(zh ? "借出中" : "checked out") }
        if entry.retentionEnded(at: now), item.holdReason == nil { parts.append(zh ? "可銷毀" : "may be disposed") }
        return parts.isEmpty ? (zh ? "保存中" : "kept") : parts.joined(separator: ", ")
    }
}
