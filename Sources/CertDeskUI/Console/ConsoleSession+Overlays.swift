import Foundation
import CertDeskCore

extension ConsoleSession {
    func handleOverlayKey(_ key: KeyPress, _ overlay: ConsoleOverlay) {
        switch overlay {
        case .help:
            if key == .escape || key == .character("q") || key == .character("?") || key == .enter { state.overlay = nil }
        case .prompt(var prompt):
            switch key {
            case .escape:
                state.overlay = nil
                if case .filter(let previous) = prompt.purpose { applyFilter(previous) }
            case .enter:
                state.overlay = nil
                submit(prompt)
            case .backspace, .delete:
                if !prompt.text.isEmpty { prompt.text.removeLast() }
                update(prompt)
            case .control("u"):
                prompt.text = ""
                update(prompt)
            case .character(let c):
                prompt.text.append(c)
                update(prompt)
            default:
                break
            }
        case .picker(var picker):
            switch key {
            case .escape, .character("q"): state.overlay = nil
            case .down, .character("j"): picker.selected = min(picker.items.count - 1, picker.selected + 1); state.overlay = .picker(picker)
            case .up, .character("k"): picker.selected = max(0, picker.selected - 1); state.overlay = .picker(picker)
            case .enter:
                state.overlay = nil
                choose(picker)
            default: break
            }
        case .levelForm(var form):
            handleLevelFormKey(key, &form)
        case .retention(var list):
            switch key {
            case .escape, .character("q"), .enter, .character("R"): state.overlay = nil
            case .down, .character("j"): list.scroll = min(max(0, list.entries.count - 1), list.scroll + 1); state.overlay = .retention(list)
            case .up, .character("k"): list.scroll = max(0, list.scroll - 1); state.overlay = .retention(list)
            default: break
            }
        }
    }

    /// Keeps the prompt open with its new text; a filter narrows the queue as it is typed.
    func update(_ prompt: TextPrompt) {
        state.overlay = .prompt(prompt)
        if case .filter = prompt.purpose { applyFilter(prompt.text) }
    }

    func applyFilter(_ text: String) {
        state.query.filter = text
        state.selected = 0
        state.top = 0
        reloadAll()
    }

    func submit(_ prompt: TextPrompt) {
        let text = prompt.text
        switch prompt.purpose {
        case .filter:
            applyFilter(text)
        case .note(let id):
            record(.addNote(incident: id, text: text), done: BilingualText(en: "note added to \(id)", zh: "已新增備註至 \(id)"))
        case .assign(let id):
            let name = text.trimmingCharacters(in: .whitespaces)
            record(.assign(incident: id, assignee: name.isEmpty ? nil : name),
                   done: BilingualText(en: "\(id) assigned to \(name.isEmpty ? "nobody" : name)", zh: "\(id) 指派給 \(name.isEmpty ? "（無）" : name)"))
        case .ingestPath:
            attempt { state.message = StatusMessage(try desk.ingest(path: text.trimmingCharacters(in: .whitespaces))) }
            let message = state.message
            reloadAll()
            state.message = message
        case .command:
            runCommandLine(text)
        case .meetTime(let id, let kind):
            switch LocalTimeInput.parse(text, now: state.now, time: time) {
            case .success(let at):
                state.overlay = .prompt(TextPrompt(purpose: .meetNote(incident: id, kind: kind, at: at),
                                                   label: BilingualText(en: "note (optional): who, which channel", zh: "備註（可空白）：聯絡對象、方式")))
            case .failure(let problem):
                state.message = StatusMessage(problem.reason.text(in: state.language), isError: true)
                state.overlay = .prompt(prompt)
            }
        case .meetNote(let id, let kind, let at):
            let note = text.trimmingCharacters(in: .whitespaces)
            record(.meet(incident: id, kind: kind, at: at, note: note.isEmpty ? nil : note),
                   done: BilingualText(en: "\(id) \(kind.rawValue) met", zh: "\(id)「\(kind.label.zh)」已登錄完成"))
        case .skipReason(let id, let step):
            record(.skipStep(incident: id, step: step, reason: text),
                   done: BilingualText(en: "\(id) step \(step) skipped", zh: "\(id) 步驟 \(step) 已略過"))
        case .phaseOverride(let id, let phase):
            record(.changePhase(incident: id, phase: phase, override: text),
                   done: BilingualText(en: "\(id) moved to \(phase.rawValue) (override)", zh: "\(id) 強制改為「\(phase.label.zh)」"))
        case .evidencePath(let id):
            let path = text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return }
            let items = EvidenceKind.allCases.filter { $0 != .physical }.map {
                Picker.Item(value: $0.rawValue, label: $0.label.text(in: state.language) + "  (\($0.rawValue))")
            }
            state.overlay = .picker(Picker(purpose: .evidenceKind(incident: id, path: path),
                                           title: BilingualText(en: "what kind of evidence?", zh: "證據種類？"), items: items, selected: 0))
        case .evidenceDescription(let id, let path, let kind):
            addEvidence(EvidenceRequest(incident: id, kind: kind, description: text), file: path)
        case .waiveReason(let id, let kind):
            record(.waive(incident: id, kind: kind, reason: text),
                   done: BilingualText(en: "\(id) \(kind.rawValue) waived", zh: "\(id)「\(kind.label.zh)」已免除"))
        }
    }

    func choose(_ picker: Picker) {
        let value = picker.items[picker.selected].value
        switch picker.purpose {
        case .phase(let id):
            guard let phase = IncidentPhase(rawValue: value) else { return }
            // Required steps still open: ask for the override reason instead of failing.
            if let incident = try? desk.incident(id), case let progress = PlaybookProgress(incident: incident, playbook: try? desk.playbook(of: incident)),
               !progress.blockers(movingTo: phase).isEmpty {
                let open = progress.blockers(movingTo: phase).map(\.id).joined(separator: ", ")
                state.overlay = .prompt(TextPrompt(purpose: .phaseOverride(incident: id, phase: phase),
                                                   label: BilingualText(en: "required steps open (\(open)); override reason",
                                                                        zh: "必要步驟未完成（\(open)）；強制理由")))
                return
            }
            record(.changePhase(incident: id, phase: phase),
                   done: BilingualText(en: "\(id) moved to \(phase.rawValue)", zh: "\(id) 改為「\(phase.label.zh)」"))
        case .evidenceKind(let id, let path):
            guard let kind = EvidenceKind(rawValue: value) else { return }
            state.overlay = .prompt(TextPrompt(purpose: .evidenceDescription(incident: id, path: path, kind: kind),
                                               label: BilingualText(en: "what it shows, why it was collected", zh: "證據內容與蒐集原因")))
        case .meet(let id):
            guard let kind = ObligationKind(rawValue: value) else { return }
            state.overlay = .prompt(TextPrompt(purpose: .meetTime(incident: id, kind: kind),
                                               label: BilingualText(en: "when did it happen? (now, HH:MM, YYYY-MM-DD HH:MM)",
                                                                    zh: "實際完成時間？（now、HH:MM、YYYY-MM-DD HH:MM）"),
                                               text: "now"))
        case .waive(let id):
            guard let kind = ObligationKind(rawValue: value) else { return }
            state.overlay = .prompt(TextPrompt(purpose: .waiveReason(incident: id, kind: kind),
                                               label: BilingualText(en: "why does \(kind.rawValue) not apply?", zh: "為何不適用「\(kind.label.zh)」？")))
        }
    }

    func handleLevelFormKey(_ key: KeyPress, _ form: inout LevelForm) {
        switch key {
        case .escape:
            state.overlay = nil
            return
        case .tab, .down:
            form.field = LevelForm.Field(rawValue: (form.field.rawValue + 1) % LevelForm.Field.allCases.count)!
        case .backTab, .up:
            form.field = LevelForm.Field(rawValue: (form.field.rawValue + LevelForm.Field.allCases.count - 1) % LevelForm.Field.allCases.count)!
        case .left, .right:
            form.cycle(by: key == .right ? 1 : -1)
        case .enter:
            guard let level = form.level else {
                state.message = StatusMessage(state.language == .zhTW ? "尚無等級：請填 C/I/A 影響或指定等級" : "no level yet: give the C/I/A impact or a level",
                                              isError: true)
                break
            }
            state.overlay = nil
            let basis = form.basis.confidentiality == .none && form.basis.integrity == .none && form.basis.availability == .none ? nil : form.basis
            record(.setLevel(incident: form.incident, level: level, basis: basis, reason: form.reason),
                   done: BilingualText(en: "\(form.incident) set to level \(level.rawValue)", zh: "\(form.incident) 設為第 \(level.rawValue) 級"))
            return
        case .backspace where form.field == .reason:
            if !form.reason.isEmpty { form.reason.removeLast() }
        case .character(let c) where form.field == .reason:
            form.reason.append(c)
        case .character(let c) where form.field == .level:
            if let n = Int(String(c)), let level = IncidentLevel(rawValue: n) { form.chosenLevel = level }
            if c == "0" || c == "-" { form.chosenLevel = nil }
        default:
            break
        }
        state.overlay = .levelForm(form)
    }
}

extension LevelForm {
    /// ←/→ steps through the choices of the focused field.
    mutating func cycle(by step: Int) {
        func next<T: CaseIterable & Equatable>(_ value: T) -> T {
            let all = Array(T.allCases)
            return all[(all.firstIndex(of: value)! + step + all.count) % all.count]
        }
        // Changing a fact hands the level back to the facts (Art 2), until one is chosen again.
        switch field {
        case .confidentiality: basis.confidentiality = next(basis.confidentiality); chosenLevel = nil
        case .integrity: basis.integrity = next(basis.integrity); chosenLevel = nil
        case .availability: basis.availability = next(basis.availability); chosenLevel = nil
        case .asset: basis.asset = next(basis.asset); chosenLevel = nil
        case .level:
            let levels: [IncidentLevel?] = [nil] + IncidentLevel.allCases.map { $0 }
            let index = levels.firstIndex(of: chosenLevel) ?? 0
            chosenLevel = levels[(index + step + levels.count) % levels.count]
        case .reason: break
        }
    }
}

extension ConsoleSession {
    /// Copies the file into the vault and registers it; the evidence tab shows the result.
    func addEvidence(_ request: EvidenceRequest, file: String) {
        var added: EvidenceItem?
        attempt { added = try desk.addEvidence(request, file: file) }
        reloadAll()
        guard let item = added else { return }
        state.tab = .evidence
        let hash = EvidenceText.shortHash(item), size = EvidenceText.size(item)
        state.message = StatusMessage(state.language == .zhTW ? "已登錄 \(item.id)（sha256 \(hash)…，\(size)）"
                                                               : "\(item.id) added (sha256 \(hash)…, \(size))")
    }
}
