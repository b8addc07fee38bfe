import CertDeskCore

/// Help, prompts, pickers and the level form, drawn over the view.
enum OverlayView {
    static func draw(_ overlay: ConsoleOverlay, _ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        switch overlay {
        case .help(let scroll): help(state, scroll: scroll, into: &screen)
        case .prompt(let prompt): self.prompt(prompt, state, into: &screen)
        case .picker(let picker): self.picker(picker, state, into: &screen)
        case .levelForm(let form): levelForm(form, state, into: &screen)
        case .retention(let list): EvidenceTab.retention(list, state, time: time, into: &screen)
        case .notifyForm(let form): NotificationsView.form(form, state, into: &screen)
        case .outbox(let outbox): NotificationsView.outbox(outbox, state, time: time, into: &screen)
        }
    }

    /// A bordered box in the middle of the screen; returns the content area.
    static func box(title: String, width: Int, height: Int, _ state: ConsoleState, into screen: inout Screen) -> (top: Int, left: Int, width: Int) {
        let w = min(width, state.columns - 2), h = min(height, state.rows - 2)
        let top = max(1, (state.rows - h) / 2), left = max(1, (state.columns - w) / 2)
        screen.clear(row: top, column: left, height: h, width: w, role: .normal)
        screen.put("┌" + String(repeating: "─", count: w - 2) + "┐", row: top, column: left, role: .border)
        screen.put(" " + title + " ", row: top, column: left + 2, role: .header, maxWidth: w - 4)
        for y in top + 1..<top + h - 1 {
            screen.put("│", row: y, column: left, role: .border)
            screen.put("│", row: y, column: left + w - 1, role: .border)
        }
        screen.put("└" + String(repeating: "─", count: w - 2) + "┘", row: top + h - 1, column: left, role: .border)
        return (top + 1, left + 2, w - 4)
    }

    /// Every binding and every `:` command, from their tables, wrapped; scrolls when long.
    static func help(_ state: ConsoleState, scroll: Int, into screen: inout Screen) {
        let (width, height) = HelpText.box(state)
        let lines = HelpText.lines(state, width: width - 4)
        let shown = height - 2
        let first = max(0, min(scroll, lines.count - shown))
        let more = lines.count > shown ? " \(first + 1)–\(min(lines.count, first + shown))/\(lines.count) j/k PgDn" : ""
        let area = box(title: state.words.helpTitle + more, width: width, height: height, state, into: &screen)
        let keyWidth = HelpText.keyWidth(area.width)
        for (n, line) in lines.dropFirst(first).prefix(shown).enumerated() {
            screen.put(line.keys, row: area.top + n, column: area.left, role: .key, maxWidth: keyWidth - 1)
            let indent = line.fullWidth ? 0 : keyWidth
            screen.put(line.text, row: area.top + n, column: area.left + indent, role: line.role, maxWidth: area.width - indent)
        }
    }

    /// The prompt line: its label, what was typed, and the cursor where the officer is editing.
    static func prompt(_ prompt: TextPrompt, _ state: ConsoleState, into screen: inout Screen) {
        let row = state.rows - BarsView.statusHeight(state) - 1
        screen.clear(row: row, role: .input)
        // The label gives way to the answer: at least 24 cells (or a third of the line) stay for typing.
        let full = prompt.label.text(in: state.language)
        let label = full == ":" ? ":" : DisplayWidth.truncate(full, toWidth: max(8, state.columns - max(24, state.columns / 3))) + ": "
        let x = screen.put(label, row: row, column: 0, role: .input)
        // Keep the cursor in view: show the end of what is before it when the line is long.
        let room = max(1, state.columns - x - 1)
        var before = SafeText.singleLine(String(prompt.line.beforeCursor))
        while DisplayWidth.width(of: before) > room - 1, !before.isEmpty { before.removeFirst() }
        var at = x + screen.put(before, row: row, column: x, role: .input)
        let after = SafeText.singleLine(String(prompt.line.afterCursor))
        if let first = after.first {
            // The character under the cursor is shown reversed, as a terminal shows its cursor.
            at += screen.put(String(first), row: row, column: at, role: .selected)
            screen.put(String(after.dropFirst()), row: row, column: at, role: .input, maxWidth: state.columns - at)
        } else {
            screen.put("▏", row: row, column: min(at, state.columns - 1), role: .input)
        }
    }

    static func picker(_ picker: Picker, _ state: ConsoleState, into screen: inout Screen) {
        let widest = (picker.items.map(\.label) + [picker.title.text(in: state.language)]).map { DisplayWidth.width(of: SafeText.singleLine($0)) }.max() ?? 20
        let width = min(state.columns - 2, max(30, widest + 8))
        let area = box(title: picker.title.text(in: state.language), width: width, height: picker.items.count + 3, state, into: &screen)
        for (n, item) in picker.items.enumerated() where area.top + n < state.rows - 2 {
            let role: StyleRole = n == picker.selected ? .selected : .normal
            screen.clear(row: area.top + n, column: area.left, width: area.width, role: role)
            screen.put(item.label, row: area.top + n, column: area.left, role: role, maxWidth: area.width)
        }
    }

    static func levelForm(_ form: LevelForm, _ state: ConsoleState, into screen: inout Screen) {
        let words = state.words
        let reasons = form.assessment.reasons
        let area = box(title: words.levelFormTitle(form.incident),
                       width: 78, height: 10 + 2 * reasons.count, state, into: &screen)
        let rows: [(LevelForm.Field, String, String)] = [
            (.confidentiality, words.label(.confidentiality), form.basis.confidentiality.rawValue),
            (.integrity, words.label(.integrity), form.basis.integrity.rawValue),
            (.availability, words.label(.availability), form.basis.availability.rawValue),
            (.asset, words.label(.assetClass), form.basis.asset.rawValue + "  " + words.name(of: form.basis.asset)),
            (.level, words.label(.level), form.chosenLevel.map { "\($0.rawValue) " + words.levelChosen }
                ?? (form.assessment.level.map { "\($0.rawValue) " + words.levelFromImpact } ?? "—")),
            (.reason, words.label(.reason), form.field == .reason ? String(form.reasonLine.beforeCursor) + "▏" + String(form.reasonLine.afterCursor) : form.reason),
        ]
        for (n, row) in rows.enumerated() {
            let focused = row.0 == form.field
            screen.put((focused ? "▶ " : "  ") + DisplayWidth.pad(row.1, toWidth: 16), row: area.top + n, column: area.left,
                       role: focused ? .key : .normal)
            screen.put(row.2, row: area.top + n, column: area.left + 18, role: focused ? .selected : .normal, maxWidth: area.width - 18)
        }
        var y = area.top + rows.count + 1
        for reason in reasons {
            for (n, line) in TextWrap.lines(reason.text(in: state.language), width: area.width - 2).enumerated() where y < state.rows - 2 {
                screen.put((n == 0 ? "· " : "  ") + line, row: y, column: area.left, role: .dim, maxWidth: area.width)
                y += 1
            }
        }
    }
}
