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
        case .notifyForm(var form):
            handleNotifyFormKey(key, &form)
        case .outbox(var outbox):
            handleOutboxKey(key, &outbox)
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
            state.message = StatusMessage(state.words.noFileMatches, isError: true)
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

    /// A new filter shows a new list: the selection goes to its first row (the detail beside it
    /// names that one), and at 80×24 a detail on screen gives way to the queue, so no key acts
    /// on an incident the officer is not looking at. Only what the filter changes is read again
    /// (the count, the rows in view, the selected incident), not the title bar's clocks nor the
    /// old row's new place: each keystroke stays a few index reads on any desk.
    func applyFilter(_ text: String) {
        state.query.filter = text
        state.selected = 0
        state.top = 0
        if state.view == .detail, !state.isSplit { state.view = .queue }
        reloadQueue()
    }

    func submit(_ prompt: TextPrompt) {
        let text = prompt.text
        let form = ConsoleOverlay.prompt(prompt)
        switch prompt.purpose {
        case .filter:
            applyFilter(text)
        case .note(let id):
            record(.addNote(incident: id, text: text), done: { $0.noteAddedTo(id) }, form: form)
        case .assign(let id):
            let name = TextChecks.trimmed(text)
            record(.assign(incident: id, assignee: name.isEmpty ? nil : name),
                   done: { $0.assignedTo(id, name.isEmpty ? nil : name) },
                   form: form)
        case .ingestPath:
            ingest(TextChecks.trimmed(text), form: form)
        case .command:
            runCommandLine(text)
        case .replayTime:
            jump(to: text, form: form)
        case .meetTime(let id, let kind, let then):
            meetTimeEntered(prompt, id, kind, then: then)
        case .meetNote(let id, let kind, let at, let then):
            let note = TextChecks.trimmed(text)
            if record(.meet(incident: id, kind: kind, at: at, note: note.isEmpty ? nil : note),
                      done: { $0.clockMet(id, kind) }, form: form),
               let then {
                moveToPhase(id, then)
            }
        case .skipReason(let id, let step):
            guard !TextChecks.isBlank(text) else { return refuse(BilingualText(\.reasonNeeded), keeping: form) }
            record(.skipStep(incident: id, step: step, reason: text),
                   done: { $0.stepSkippedAt(id, step) }, form: form)
        case .phaseOverride(let id, let phase):
            guard !TextChecks.isBlank(text) else { return refuse(BilingualText(\.reasonNeeded), keeping: form) }
            record(.changePhase(incident: id, phase: phase, override: text), done: BilingualText { $0.moved(id, to: phase, override: true) }, form: form)
        case .evidencePath(let id):
            let path = TextChecks.trimmed(text)
            if let problem = path.isEmpty ? state.words.pathNeeded : desk.evidenceFileProblem(path) {
                state.message = StatusMessage(problem, isError: true)
                state.overlay = form
                return
            }
            let items = EvidenceKind.allCases.filter { $0 != .physical }.map {
                Picker.Item(value: $0.rawValue, label: $0.label.text(in: state.language) + "  (\($0.rawValue))")
            }
            state.overlay = .picker(Picker(purpose: .evidenceKind(incident: id, path: path),
                                           title: BilingualText { $0.whatKindOfEvidence(id) }, items: items, selected: 0))
        case .evidenceDescription(let id, let path, let kind):
            guard !TextChecks.isBlank(text) else {
                return refuse(\.evidenceDescriptionNeeded, keeping: form)
            }
            addEvidence(EvidenceRequest(incident: id, kind: kind, description: text), file: path, form: form)
        case .handoverRemark, .acceptOfficer, .acceptRemark:
            submitHandover(prompt)
        case .waiveReason(let id, let kind, let then):
            guard !TextChecks.isBlank(text) else { return refuse(BilingualText(\.reasonNeeded), keeping: form) }
            if record(.waive(incident: id, kind: kind, reason: text),
                      done: { $0.clockWaived(id, kind) }, form: form),
               let then {
                moveToPhase(id, then)
            }
        }
    }

    /// The time a clock was met is checked as soon as it is typed (not in the future, not
    /// before the clock started), before the note is asked for.
    func meetTimeEntered(_ prompt: TextPrompt, _ id: String, _ kind: ObligationKind, then: IncidentPhase?) {
        guard let at = checkedMeetingTime(prompt.text, id, kind, keeping: .prompt(prompt)) else { return }
        let when = at.map(time.string)
        state.overlay = .prompt(TextPrompt(purpose: .meetNote(incident: id, kind: kind, at: at, then: then),
                                           label: BilingualText { $0.clockNoteLabel(id, kind) },
                                           hint: BilingualText { $0.clockNoteHint(metAt: when) }))
    }

    /// The instant typed for a meeting (nil: now), or nil after refusing it with `form` kept.
    func checkedMeetingTime(_ text: String, _ id: String, _ kind: ObligationKind, keeping form: ConsoleOverlay) -> Instant?? {
        if kind.recordsPhysicalFact, TextChecks.isBlank(text) {
            refuse(BilingualText { $0.sayWhen(kind) }, keeping: form)
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
            return refuse(BilingualText { $0.notRecorded($0.say(banner)) }, keeping: form)
        }
        guard state.work == nil else { return refuse(BilingualText(\.workAlreadyRunning), keeping: form) }
        // Read and recorded off the loop: the screen keeps drawing while a large file goes in.
        if attempt({ try desk.beginIngest(path: path) }) {
            state.work = desk.longWork()
            keepSelectionVisible()
        } else {
            state.overlay = form
        }
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
                                               label: BilingualText { $0.evidenceDescriptionLabel(id) },
                                               hint: BilingualText(\.textHint)))
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
                                                   label: BilingualText { $0.whyCloseWithClocks(id) },
                                                   hint: BilingualText(\.reasonHint)))
            }
        }
    }

    /// Asks when a clock was met. "now" is offered for messages the desk itself sends; for a
    /// fact in the world (the team arrived) the officer must say when.
    func askMeetingTime(_ id: String, _ kind: ObligationKind, then: IncidentPhase?) {
        let label = BilingualText { $0.metAtLabel(id, kind) }
        let hint = BilingualText { $0.meetingTimeHint(physicalFact: kind.recordsPhysicalFact) }
        state.overlay = .prompt(TextPrompt(purpose: .meetTime(incident: id, kind: kind, then: then), label: label,
                                           text: kind.recordsPhysicalFact ? "" : "now", hint: hint))
    }

    func askWaiveReason(_ id: String, _ kind: ObligationKind, then: IncidentPhase?) {
        state.overlay = .prompt(TextPrompt(purpose: .waiveReason(incident: id, kind: kind, then: then),
                                           label: BilingualText { $0.whyWaive(id, kind) },
                                           hint: BilingualText(\.reasonHint)))
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
                return refuse(\.noLevelYet,
                              keeping: .levelForm(form))
            }
            guard !TextChecks.isBlank(form.reason) else {
                form.field = .reason
                return refuse(BilingualText(\.reasonNeeded), keeping: .levelForm(form))
            }
            state.overlay = nil
            let basis = form.basis.confidentiality == .none && form.basis.integrity == .none && form.basis.availability == .none ? nil : form.basis
            record(.setLevel(incident: form.incident, level: level, basis: basis, reason: form.reason),
                   done: { $0.levelSet(form.incident, level) },
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
    /// Starts the copy into the vault, off the loop; what the desk would refuse is refused here,
    /// before a byte is copied, and the form stays as typed.
    func addEvidence(_ request: EvidenceRequest, file: String, form: ConsoleOverlay?) {
        checkHealth()
        if let banner = state.banner { return refuse(BilingualText { $0.notRecorded($0.say(banner)) }, keeping: form) }
        guard state.work == nil else { return refuse(BilingualText(\.workAlreadyRunning), keeping: form) }
        if attempt({ try desk.beginEvidence(request, file: file) }) {
            state.work = desk.longWork()
            keepSelectionVisible()
        } else {
            state.overlay = form
        }
    }
}
