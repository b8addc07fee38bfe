import CertDeskCore

extension ConsoleSession {
    func handleOverlayKey(_ key: KeyPress, _ overlay: ConsoleOverlay) {
        switch overlay {
        case .help(let scroll):
            switch key {
            case .escape, .character("q"), .character("?"), .enter, .function(1): state.overlay = nil
            case .down, .character("j"): state.overlay = .help(scroll: scroll + 1)
            case .up, .character("k"): state.overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown, .character(" "), .control("f"), .control("d"): state.overlay = .help(scroll: scroll + max(1, state.rows - 6))
            case .pageUp, .control("b"), .control("u"): state.overlay = .help(scroll: max(0, scroll - max(1, state.rows - 6)))
            case .character("g"), .home: state.overlay = .help(scroll: 0)
            case .character("G"), .end: state.overlay = .help(scroll: Int.max / 2)
            default: break
            }
            if case .help(let s) = state.overlay { state.overlay = .help(scroll: min(s, HelpText.lastScroll(state))) }
        case .prompt(var prompt):
            switch key {
            case .escape:
                state.overlay = nil
                if case .filter(let previous) = prompt.purpose { applyFilter(previous) }
            case .enter:
                state.overlay = nil
                submit(prompt)
            case .tab where prompt.purpose.takesPath:
                complete(&prompt)
                state.overlay = .prompt(prompt)
            case .control("l"):
                state.repaintRequested = true
            default:
                if prompt.line.apply(key) { update(prompt) }
            }
        case .picker(var picker):
            switch key {
            case .escape, .character("q"): state.overlay = nil
            case .down, .character("j"): picker.selected = min(picker.items.count - 1, picker.selected + 1); state.overlay = .picker(picker)
            case .up, .character("k"): picker.selected = max(0, picker.selected - 1); state.overlay = .picker(picker)
            case .home, .character("g"): picker.selected = 0; state.overlay = .picker(picker)
            case .end, .character("G"): picker.selected = picker.items.count - 1; state.overlay = .picker(picker)
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

    /// Tab in a path prompt: the longest common completion, or the choices on the status line.
    func complete(_ prompt: inout TextPrompt) {
        let choices = desk.pathCompletions(prompt.text)
        guard let first = choices.first else {
            state.message = StatusMessage(state.language == .zhTW ? "沒有符合的檔案" : "no file matches", isError: true)
            return
        }
        let common = choices.dropFirst().reduce(first) { common, next in String(zip(common, next).prefix { $0 == $1 }.map(\.0)) }
        if common.count > prompt.text.count { prompt.line.replace(with: common) }
        if choices.count > 1 {
            let names = choices.prefix(8).map { String($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "") }
            let shown = names.map { $0.isEmpty ? "/" : $0 }.joined(separator: "  ")
            state.message = StatusMessage(shown + (choices.count > 8 ? "  …(+\(choices.count - 8))" : ""))
        }
    }

    func applyFilter(_ text: String) {
        state.query.filter = text
        state.selected = 0
        state.top = 0
        reloadAll()
    }

    func submit(_ prompt: TextPrompt) {
        let text = prompt.text
        let form = ConsoleOverlay.prompt(prompt)
        switch prompt.purpose {
        case .filter:
            applyFilter(text)
        case .note(let id):
            record(.addNote(incident: id, text: text), done: BilingualText(en: "note added to \(id)", zh: "已新增備註至 \(id)"), form: form)
        case .assign(let id):
            let name = TextChecks.trimmed(text)
            record(.assign(incident: id, assignee: name.isEmpty ? nil : name),
                   done: BilingualText(en: "\(id) assigned to \(name.isEmpty ? "nobody" : name)", zh: "\(id) 指派給 \(name.isEmpty ? "（無）" : name)"),
                   form: form)
        case .ingestPath:
            ingest(TextChecks.trimmed(text), form: form)
        case .command:
            runCommandLine(text)
        case .meetTime(let id, let kind, let then):
            meetTimeEntered(prompt, id, kind, then: then)
        case .meetNote(let id, let kind, let at, let then):
            let note = TextChecks.trimmed(text)
            if record(.meet(incident: id, kind: kind, at: at, note: note.isEmpty ? nil : note),
                      done: BilingualText(en: "\(id) \(kind.rawValue) met", zh: "\(id)「\(kind.label.zh)」已登錄完成"), form: form),
               let then {
                moveToPhase(id, then)
            }
        case .skipReason(let id, let step):
            guard !TextChecks.isBlank(text) else { return refuse(ConsoleText.reasonNeeded, keeping: form) }
            record(.skipStep(incident: id, step: step, reason: text),
                   done: BilingualText(en: "\(id) step \(step) skipped", zh: "\(id) 步驟 \(step) 已略過"), form: form)
        case .phaseOverride(let id, let phase):
            guard !TextChecks.isBlank(text) else { return refuse(ConsoleText.reasonNeeded, keeping: form) }
            record(.changePhase(incident: id, phase: phase, override: text), done: ConsoleText.moved(id, phase, override: true), form: form)
        case .evidencePath(let id):
            let path = TextChecks.trimmed(text)
            if let problem = path.isEmpty ? ConsoleText.pathNeeded.text(in: state.language) : desk.evidenceFileProblem(path) {
                state.message = StatusMessage(problem, isError: true)
                state.overlay = form
                return
            }
            let items = EvidenceKind.allCases.filter { $0 != .physical }.map {
                Picker.Item(value: $0.rawValue, label: $0.label.text(in: state.language) + "  (\($0.rawValue))")
            }
            state.overlay = .picker(Picker(purpose: .evidenceKind(incident: id, path: path),
                                           title: BilingualText(en: "\(id): what kind of evidence?", zh: "\(id)：證據種類？"), items: items, selected: 0))
        case .evidenceDescription(let id, let path, let kind):
            guard !TextChecks.isBlank(text) else {
                return refuse(BilingualText(en: "say what it shows and why it was collected", zh: "請說明證據內容與蒐集原因"), keeping: form)
            }
            addEvidence(EvidenceRequest(incident: id, kind: kind, description: text), file: path, form: form)
        case .waiveReason(let id, let kind, let then):
            guard !TextChecks.isBlank(text) else { return refuse(ConsoleText.reasonNeeded, keeping: form) }
            if record(.waive(incident: id, kind: kind, reason: text),
                      done: BilingualText(en: "\(id) \(kind.rawValue) waived", zh: "\(id)「\(kind.label.zh)」已免除"), form: form),
               let then {
                moveToPhase(id, then)
            }
        }
    }

    /// The time a clock was met is checked as soon as it is typed (not in the future, not
    /// before the clock started), before the note is asked for.
    func meetTimeEntered(_ prompt: TextPrompt, _ id: String, _ kind: ObligationKind, then: IncidentPhase?) {
        guard let at = checkedMeetingTime(prompt.text, id, kind, keeping: .prompt(prompt)) else { return }
        let when = at.map(time.string) ?? (state.language == .zhTW ? "現在" : "now")
        state.overlay = .prompt(TextPrompt(purpose: .meetNote(incident: id, kind: kind, at: at, then: then),
                                           label: BilingualText(en: "\(id) \(kind.rawValue) note", zh: "\(id)「\(kind.label.zh)」備註"),
                                           hint: BilingualText(en: "met \(when) · who was told, by which channel (may be empty) · Enter records",
                                                               zh: "完成於 \(when) · 聯絡對象與方式（可空白）· Enter 登錄")))
    }

    /// The instant typed for a meeting (nil: now), or nil after refusing it with `form` kept.
    func checkedMeetingTime(_ text: String, _ id: String, _ kind: ObligationKind, keeping form: ConsoleOverlay) -> Instant?? {
        if kind.recordsPhysicalFact, TextChecks.isBlank(text) {
            refuse(ConsoleText.sayWhen(kind), keeping: form)
            return nil
        }
        switch LocalTimeInput.parse(text, now: state.now, offsetMinutes: time.offsetMinutes) {
        case .success(let at):
            if let obligation = (try? desk.incident(id))??.pendingObligation(kind) {
                do {
                    try ObligationDecisions.checkMeetingTime(at ?? state.now, of: obligation, now: state.now)
                } catch {
                    refuse(error.reason, keeping: form)
                    return nil
                }
            }
            return .some(at)
        case .failure(let problem):
            refuse(problem.reason, keeping: form)
            return nil
        }
    }

    func ingest(_ path: String, form: ConsoleOverlay?) {
        checkHealth()
        if let banner = state.banner {
            return refuse(ConsoleText.notRecorded(banner), keeping: form)
        }
        var message: StatusMessage?
        let ok = attempt { message = StatusMessage(try desk.ingest(path: path)) }
        let failure = state.message
        reloadAll()
        state.message = ok ? message : failure
        if !ok { state.overlay = form }
    }

    func choose(_ picker: Picker) {
        let value = picker.items[picker.selected].value
        switch picker.purpose {
        case .phase(let id):
            guard let phase = IncidentPhase(rawValue: value) else { return }
            moveToPhase(id, phase)
        case .evidenceKind(let id, let path):
            guard let kind = EvidenceKind(rawValue: value) else { return }
            state.overlay = .prompt(TextPrompt(purpose: .evidenceDescription(incident: id, path: path, kind: kind),
                                               label: BilingualText(en: "\(id): what it shows, why it was collected", zh: "\(id)：證據內容與蒐集原因"),
                                               hint: ConsoleText.textHint))
        case .meet(let id):
            guard let kind = ObligationKind(rawValue: value) else { return }
            askMeetingTime(id, kind, then: nil)
        case .waive(let id):
            guard let kind = ObligationKind(rawValue: value) else { return }
            askWaiveReason(id, kind, then: nil)
        case .settleClocks(let id, let phase):
            let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let kind = ObligationKind(rawValue: parts[1]) {
                parts[0] == "meet" ? askMeetingTime(id, kind, then: phase) : askWaiveReason(id, kind, then: phase)
            } else {
                state.overlay = .prompt(TextPrompt(purpose: .phaseOverride(incident: id, phase: phase),
                                                   label: BilingualText(en: "\(id): why close with clocks still running? (waives them)",
                                                                        zh: "\(id)：為何在時限未完成時結案？（將免除其餘時限）"),
                                                   hint: ConsoleText.reasonHint))
            }
        }
    }

    /// Asks when a clock was met. "now" is offered for messages the desk itself sends; for a
    /// fact in the world (the team arrived) the officer must say when.
    func askMeetingTime(_ id: String, _ kind: ObligationKind, then: IncidentPhase?) {
        let label = BilingualText(en: "\(id) \(kind.rawValue) met at", zh: "\(id)「\(kind.label.zh)」完成時間")
        let hint = kind.recordsPhysicalFact
            ? BilingualText(en: "when it really happened: HH:MM (the latest one not in the future) or YYYY-MM-DD HH:MM · Esc cancels",
                            zh: "實際發生時間：HH:MM（最近一次、不晚於現在）或 YYYY-MM-DD HH:MM · Esc 取消")
            : BilingualText(en: "now, HH:MM (the latest one not in the future) or YYYY-MM-DD HH:MM · Esc cancels",
                            zh: "now、HH:MM（最近一次、不晚於現在）或 YYYY-MM-DD HH:MM · Esc 取消")
        state.overlay = .prompt(TextPrompt(purpose: .meetTime(incident: id, kind: kind, then: then), label: label,
                                           text: kind.recordsPhysicalFact ? "" : "now", hint: hint))
    }

    func askWaiveReason(_ id: String, _ kind: ObligationKind, then: IncidentPhase?) {
        state.overlay = .prompt(TextPrompt(purpose: .waiveReason(incident: id, kind: kind, then: then),
                                           label: BilingualText(en: "\(id): why does \(kind.rawValue) not apply?", zh: "\(id)：為何不適用「\(kind.label.zh)」？"),
                                           hint: ConsoleText.reasonHint))
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
        case .left where form.field != .reason, .right where form.field != .reason:
            form.cycle(by: key == .right ? 1 : -1)
        case .enter:
            guard let level = form.level else {
                form.field = .level
                return refuse(BilingualText(en: "no level yet: give the C/I/A impact or a level", zh: "尚無等級：請填 C/I/A 影響或指定等級"),
                              keeping: .levelForm(form))
            }
            guard !TextChecks.isBlank(form.reason) else {
                form.field = .reason
                return refuse(ConsoleText.reasonNeeded, keeping: .levelForm(form))
            }
            state.overlay = nil
            let basis = form.basis.confidentiality == .none && form.basis.integrity == .none && form.basis.availability == .none ? nil : form.basis
            record(.setLevel(incident: form.incident, level: level, basis: basis, reason: form.reason),
                   done: BilingualText(en: "\(form.incident) set to level \(level.rawValue)", zh: "\(form.incident) 設為第 \(level.rawValue) 級"),
                   form: .levelForm(form))
            return
        case .character(let c) where form.field == .level:
            if let n = Int(String(c)), let level = IncidentLevel(rawValue: n) { form.chosenLevel = level }
            if c == "0" || c == "-" { form.chosenLevel = nil }
        default:
            if form.field == .reason { _ = form.reasonLine.apply(key) }
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
    func addEvidence(_ request: EvidenceRequest, file: String, form: ConsoleOverlay?) {
        checkHealth()
        if let banner = state.banner { return refuse(ConsoleText.notRecorded(banner), keeping: form) }
        var added: EvidenceItem?
        let ok = attempt { added = try desk.addEvidence(request, file: file) }
        let failure = state.message
        reloadAll()
        guard ok, let item = added else {
            state.message = failure
            state.overlay = form
            return
        }
        state.tab = .evidence
        let hash = EvidenceText.shortHash(item), size = EvidenceText.size(item)
        state.message = StatusMessage(state.language == .zhTW ? "已登錄 \(item.id)（sha256 \(hash)…，\(size)）"
                                                               : "\(item.id) added (sha256 \(hash)…, \(size))")
    }
}
