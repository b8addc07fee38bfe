import CertDeskCore

/// The evidence tab of an incident, and the desk-wide retention list: items, short hashes,
/// holder, retention date and hold flag, coloured by what may happen to them.
enum EvidenceTab {
    static func lines(_ state: ConsoleState, time: LocalTimeFormatter) -> [StyledLine] {
        let zh = state.language == .zhTW
        guard !state.evidence.isEmpty else {
            return [StyledLine(zh ? "沒有證據。按 e 登錄證據檔案（複製入證據庫並計算 SHA-256）。"
                                  : "No evidence. e adds a file (copied into the vault, SHA-256 computed).", .dim)]
        }
        var lines = table(state.evidence, state, time: time, withIncident: false)
        lines.append(StyledLine())
        lines.append(StyledLine(zh ? "保管鏈與完整雜湊：certdesk evidence show ID" : "Chain of custody and full hash: certdesk evidence show ID", .dim))
        return lines
    }

    /// The table as styled lines: a dim header, then one line per item. The incident's tab
    /// shows hashes and sizes; the desk-wide list, full ids and what may happen to each.
    static func table(_ entries: [RetainedEvidence], _ state: ConsoleState, time: LocalTimeFormatter, withIncident: Bool) -> [StyledLine] {
        let zh = state.language == .zhTW
        let kind = TextTable.Column(zh ? "種類" : "KIND"), holder = TextTable.Column(zh ? "保管人" : "HOLDER", maxWidth: 16)
        let until = TextTable.Column(zh ? "保存至" : "KEEP UNTIL"), status = TextTable.Column(zh ? "狀態" : "STATUS")
        var table = TextTable(columns: withIncident
            ? [.init("ID"), until, status, kind, holder]
            : [.init("ID"), kind, .init("SHA-256"), .init(zh ? "大小" : "SIZE", alignRight: true), holder, until, status])
        for entry in entries {
            let item = entry.item
            let kindText = zh ? item.kind.label.zh : item.kind.rawValue
            let untilText = EvidenceText.keepUntil(entry, time: time, language: state.language)
            let statusText = EvidenceText.status(entry, now: state.now, language: state.language)
            table.append(withIncident
                ? [item.id, untilText, statusText, kindText, item.holder]
                : [String(item.id.split(separator: "-").last ?? ""), kindText, EvidenceText.shortHash(item), EvidenceText.size(item),
                   item.holder, untilText, statusText])
        }
        let rendered = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return rendered.enumerated().map { n, text in
            n == 0 ? StyledLine(text, .dim) : StyledLine(text, role(entries[n - 1], now: state.now))
        }
    }

    static func role(_ entry: RetainedEvidence, now: Instant) -> StyleRole {
        if entry.item.disposal != nil { return .dim }
        if entry.item.holdReason != nil { return .warning }
        if entry.retentionEnded(at: now) { return .met }
        return .normal
    }

    static func retention(_ list: RetentionList, _ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        let zh = state.language == .zhTW
        let due = list.entries.filter { $0.retentionEnded(at: state.now) && $0.item.holdReason == nil }.count
        let title = zh ? "保存期限：\(due) 件可銷毀，共 \(list.entries.count) 件三個月內期滿（Esc 關閉）"
                       : "Retention: \(due) may be disposed of, \(list.entries.count) due within 3 months (Esc closes)"
        let area = OverlayView.box(title: title, width: state.columns - 2, height: state.rows - 2, state, into: &screen)
        let height = state.rows - 4
        guard !list.entries.isEmpty else {
            screen.put(zh ? "沒有保存期滿的證據。" : "No evidence has reached the end of its retention.", row: area.top, column: area.left, role: .dim)
            return
        }
        let lines = table(list.entries, state, time: time, withIncident: true)
        let body = [lines[0]] + lines.dropFirst().dropFirst(list.scroll)
        for (n, line) in body.prefix(height - 1).enumerated() {
            line.draw(row: area.top + n, column: area.left, width: area.width, into: &screen)
        }
        let hint = zh ? "銷毀：certdesk evidence dispose ID --reason 理由（保全中或借出中者不可銷毀）"
                      : "dispose: certdesk evidence dispose ID --reason TEXT (refused while on hold or checked out)"
        screen.put(hint, row: area.top + height - 1, column: area.left, role: .dim, maxWidth: area.width)
    }
}
