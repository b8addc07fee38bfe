import CertDeskCore

/// Help, prompts, pickers and the level form, drawn over the view.
enum OverlayView {
    static func draw(_ overlay: ConsoleOverlay, _ state: ConsoleState, time: LocalTimeFormatter, into screen: inout Screen) {
        switch overlay {
        case .help: help(state, into: &screen)
        case .prompt(let prompt): self.prompt(prompt, state, into: &screen)
        case .picker(let picker): self.picker(picker, state, into: &screen)
        case .levelForm(let form): levelForm(form, state, into: &screen)
        case .retention(let list): EvidenceTab.retention(list, state, time: time, into: &screen)
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

    /// Every binding from the one table; in two columns when one does not fit the height.
    static func help(_ state: ConsoleState, into screen: inout Screen) {
        let zh = state.language == .zhTW
        let bindings = ConsoleBindings.all
        let available = state.rows - 4
        let columns = bindings.count <= available ? 1 : 2
        let perColumn = (bindings.count + columns - 1) / columns
        let area = box(title: zh ? "按鍵說明（Esc 關閉）" : "Keys (Esc closes)", width: state.columns - 2, height: perColumn + 2, state,
                       into: &screen)
        let columnWidth = area.width / columns
        let keyWidth = columns == 1 ? 15 : 9
        for (n, binding) in bindings.enumerated() {
            let row = area.top + n % perColumn, left = area.left + (n / perColumn) * columnWidth
            let keys = binding.keys.prefix(columns == 1 ? 3 : 2).map(\.label).joined(separator: " ")
            screen.put(keys, row: row, column: left, role: .key, maxWidth: keyWidth - 1)
            let place = binding.views == [.detail] ? (zh ? "［詳情］" : "[detail] ") : binding.views == [.queue] ? (zh ? "［佇列］" : "[queue] ") : ""
            screen.put(DisplayWidth.truncate(place + binding.help.text(in: state.language), toWidth: columnWidth - keyWidth - 1),
                       row: row, column: left + keyWidth)
        }
    }

    static func prompt(_ prompt: TextPrompt, _ state: ConsoleState, into screen: inout Screen) {
        let row = state.rows - 2
        screen.clear(row: row, role: .input)
        let label = prompt.label.text(in: state.language)
        var x = screen.put(label + (label == ":" ? "" : ": "), row: row, column: 0, role: .input)
        // Show the end of a long entry, where the officer is typing.
        let room = state.columns - x - 1
        var text = prompt.text
        while DisplayWidth.width(of: text) > room, !text.isEmpty { text.removeFirst() }
        x += screen.put(text, row: row, column: x, role: .input)
        screen.put("▏", row: row, column: min(x, state.columns - 1), role: .input)
    }

    static func picker(_ picker: Picker, _ state: ConsoleState, into screen: inout Screen) {
        let width = min(70, max(30, (picker.items.map { DisplayWidth.width(of: $0.label) }.max() ?? 20) + 8))
        let area = box(title: picker.title.text(in: state.language), width: width, height: picker.items.count + 3, state, into: &screen)
        for (n, item) in picker.items.enumerated() where area.top + n < state.rows - 2 {
            let role: StyleRole = n == picker.selected ? .selected : .normal
            screen.clear(row: area.top + n, column: area.left, width: area.width, role: role)
            screen.put(item.label, row: area.top + n, column: area.left, role: role, maxWidth: area.width)
        }
    }

    static func levelForm(_ form: LevelForm, _ state: ConsoleState, into screen: inout Screen) {
        let zh = state.language == .zhTW
        let reasons = form.assessment.reasons
        let area = box(title: (zh ? "設定等級 " : "Set the level of ") + form.incident + (zh ? "（←/→ 選擇，Tab 下一項，Enter 確定）" : " (←/→ choose, Tab next, Enter set)"),
                       width: 78, height: 10 + 2 * reasons.count, state, into: &screen)
        let rows: [(LevelForm.Field, String, String)] = [
            (.confidentiality, zh ? "機密性（洩漏）" : "Confidentiality", form.basis.confidentiality.rawValue),
            (.integrity, zh ? "完整性（竄改）" : "Integrity", form.basis.integrity.rawValue),
            (.availability, zh ? "可用性（運作）" : "Availability", form.basis.availability.rawValue),
            (.asset, zh ? "資產類別" : "Asset class", form.basis.asset.rawValue + "  " + form.basis.asset.label.text(in: state.language)),
            (.level, zh ? "等級" : "Level", form.chosenLevel.map { "\($0.rawValue) " + (zh ? "（自行指定）" : "(chosen)") }
                ?? (form.assessment.level.map { "\($0.rawValue) " + (zh ? "（依 C/I/A）" : "(from C/I/A)") } ?? "—")),
            (.reason, zh ? "理由" : "Reason", form.reason + (form.field == .reason ? "▏" : "")),
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
