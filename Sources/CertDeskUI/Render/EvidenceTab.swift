import CertDeskCore

/// The evidence tab of an incident, and the desk-wide retention list: items, short hashes,
/// holder, retention date and hold flag, coloured by what may happen to them.
enum EvidenceTab {
    static func lines(_ state: ConsoleState, time: LocalTimeFormatter) -> [StyledLine] {
        guard !state.evidence.isEmpty else {
            return [StyledLine(state.words.noEvidenceOnTab, .dim)]
        }
        var lines = table(state.evidence, state, time: time, withIncident: false)
        lines.append(StyledLine())
        lines.append(StyledLine(state.words.evidenceShowHint, .dim))
        return lines
    }

    /// The table as styled lines: a dim header, then one line per item. The incident's tab
    /// shows hashes and sizes; the desk-wide list, full ids and what may happen to each.
    static func table(_ entries: [RetainedEvidence], _ state: ConsoleState, time: LocalTimeFormatter, withIncident: Bool) -> [StyledLine] {
        let words = state.words
        let kind = TextTable.Column(words.heading(.kind)), holder = TextTable.Column(words.heading(.holder), maxWidth: 16)
        let until = TextTable.Column(words.heading(.keepUntil)), status = TextTable.Column(words.heading(.status))
        var table = TextTable(columns: withIncident
            ? [.init(words.heading(.id)), until, status, kind, holder]
            : [.init(words.heading(.id)), kind, .init("SHA-256"), .init(words.heading(.size), alignRight: true), holder, until, status])
        for entry in entries {
            let item = entry.item
            let kindText = words.shown(item.kind)
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
        let words = state.words
        let due = list.entries.filter { $0.retentionEnded(at: state.now) && $0.item.holdReason == nil }.count
        let title = words.retentionTitle(mayBeDisposed: due, dueSoon: list.entries.count)
        let area = OverlayView.box(title: title, width: state.columns - 2, height: state.rows - 2, state, into: &screen)
        let height = state.rows - 4
        guard !list.entries.isEmpty else {
            screen.put(words.noRetentionEnded, row: area.top, column: area.left, role: .dim)
            return
        }
        let lines = table(list.entries, state, time: time, withIncident: true)
        let body = [lines[0]] + lines.dropFirst().dropFirst(list.scroll)
        for (n, line) in body.prefix(height - 1).enumerated() {
            line.draw(row: area.top + n, column: area.left, width: area.width, into: &screen)
        }
        let hint = words.disposeHint
        screen.put(hint, row: area.top + height - 1, column: area.left, role: .dim, maxWidth: area.width)
    }
}
