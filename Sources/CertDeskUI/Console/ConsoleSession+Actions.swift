import CertDeskCore

extension ConsoleSession {
    func perform(_ action: ConsoleAction) {
        let page = max(1, state.queueListHeight - 1)
        switch action {
        case .moveDown: select(state.selected + 1)
        case .moveUp: select(state.selected - 1)
        case .pageDown:
            if state.view == .detail { state.detailScroll += page } else { select(state.selected + page) }
        case .pageUp:
            if state.view == .detail { state.detailScroll = max(0, state.detailScroll - page) } else { select(state.selected - page) }
        case .top: select(0)
        case .bottom: select(state.count - 1)
        case .open:
            guard state.selectedRow != nil else { return }
            state.view = .detail
            state.detailScroll = 0
            reloadIncident()
        case .back:
            state.view = .queue
            reloadIncident()
        case .nextTab:
            state.tab = DetailTab(rawValue: (state.tab.rawValue + 1) % DetailTab.allCases.count)!
            state.detailScroll = 0
        case .previousTab:
            state.tab = DetailTab(rawValue: (state.tab.rawValue + DetailTab.allCases.count - 1) % DetailTab.allCases.count)!
            state.detailScroll = 0
        case .filter:
            state.overlay = .prompt(TextPrompt(purpose: .filter(previous: state.query.filter),
                                               label: BilingualText(en: "filter", zh: "篩選"), text: state.query.filter))
        case .toggleClosed:
            state.query.includeClosed.toggle()
            state.selected = 0
            reloadAll()
            state.message = StatusMessage(state.query.includeClosed
                ? (state.language == .zhTW ? "顯示已結案事件" : "showing closed incidents too")
                : (state.language == .zhTW ? "隱藏已結案事件" : "hiding closed incidents"))
        case .cycleOrder:
            let orders = QueueQuery.Order.allCases
            state.query.order = orders[(orders.firstIndex(of: state.query.order)! + 1) % orders.count]
            state.selected = 0
            reloadAll()
            state.message = StatusMessage((state.language == .zhTW ? "排序：" : "sorted by ") + ConsoleText.orderName(state.query.order, state.language))
        case .help:
            state.overlay = .help
        case .commandLine:
            state.overlay = .prompt(TextPrompt(purpose: .command, label: BilingualText(en: ":", zh: ":")))
        case .ingest:
            state.overlay = .prompt(TextPrompt(purpose: .ingestPath, label: BilingualText(en: "ingest file", zh: "匯入檔案")))
        case .quit:
            state.finished = true
        case .nextStep, .previousStep:
            moveStepCursor(by: action == .nextStep ? 1 : -1)
        case .stepDone:
            guard let incident = state.incident, let item = state.cursorStep else { return noStep() }
            record(.completeStep(incident: incident.id, step: item.step.id, at: nil, note: nil),
                   done: BilingualText(en: "\(incident.id) step \(item.step.id) done", zh: "\(incident.id) 步驟 \(item.step.id) 已完成"))
            state.stepCursor = nil
        case .stepSkip:
            guard let incident = state.incident, let item = state.cursorStep else { return noStep() }
            state.overlay = .prompt(TextPrompt(purpose: .skipReason(incident: incident.id, step: item.step.id),
                                               label: BilingualText(en: "why skip \(item.step.id)?", zh: "為何略過 \(item.step.id)？")))
        case .addEvidence:
            guard let incident = focusedIncident() else { return }
            state.overlay = .prompt(TextPrompt(purpose: .evidencePath(incident: incident.id),
                                               label: BilingualText(en: "evidence file for \(incident.id)", zh: "\(incident.id) 證據檔案路徑")))
        case .retentionDue:
            attempt {
                let by = RetentionList.lookAhead.end(from: state.now)
                state.overlay = .retention(RetentionList(entries: try desk.evidenceDue(by: by)))
            }
        case .setLevel, .changePhase, .assign, .addNote, .meet, .waive:
            guard let incident = focusedIncident() else { return }
            openForm(action, incident)
        }
    }

    func noStep() {
        state.message = StatusMessage(state.language == .zhTW ? "沒有待處理的步驟" : "no open step here", isError: true)
    }

    /// Moves the playbook cursor among the steps that apply to the incident.
    func moveStepCursor(by step: Int) {
        guard let progress = state.progress else { return }
        let ids = progress.items.filter(\.applies).map(\.step.id)
        guard !ids.isEmpty else { return }
        let current = state.cursorStep.flatMap { ids.firstIndex(of: $0.step.id) } ?? 0
        state.stepCursor = ids[max(0, min(ids.count - 1, current + step))]
        state.tab = .playbook
    }

    /// The incident an action applies to, loaded fresh.
    func focusedIncident() -> Incident? {
        guard let id = state.focusID else {
            state.message = StatusMessage(state.language == .zhTW ? "沒有選取事件" : "no incident selected", isError: true)
            return nil
        }
        var found: Incident?
        attempt { found = try desk.incident(id) }
        return found
    }

    func openForm(_ action: ConsoleAction, _ incident: Incident) {
        let id = incident.id
        let zh = state.language == .zhTW
        switch action {
        case .setLevel:
            state.overlay = .levelForm(LevelForm(incident: id, basis: incident.levelBasis ?? LevelBasis(asset: .nonCore),
                                                 chosenLevel: incident.levelBasis == nil ? incident.level : nil))
        case .changePhase:
            let items = IncidentPhase.allCases.map {
                Picker.Item(value: $0.rawValue, label: ($0 == incident.phase ? "● " : "  ") + ConsoleText.phase($0, state.language))
            }
            state.overlay = .picker(Picker(purpose: .phase(incident: id), title: BilingualText(en: "phase of \(id)", zh: "\(id) 的階段"),
                                           items: items, selected: IncidentPhase.allCases.firstIndex(of: incident.phase) ?? 0))
        case .assign:
            state.overlay = .prompt(TextPrompt(purpose: .assign(incident: id), label: BilingualText(en: "assign \(id) to", zh: "\(id) 指派給"),
                                               text: incident.assignee ?? ""))
        case .addNote:
            state.overlay = .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText(en: "note on \(id)", zh: "\(id) 備註")))
        case .meet, .waive:
            let pending = incident.obligations.filter(\.isPending).sorted { $0.dueAt < $1.dueAt }
            guard !pending.isEmpty else {
                state.message = StatusMessage(zh ? "\(id) 沒有進行中的時限" : "\(id) has no running clock", isError: true)
                return
            }
            let items = pending.map { o in
                Picker.Item(value: o.kind.rawValue, label: ConsoleText.clockName(o, state.language) + "  "
                    + Countdown.status(o, now: state.now, language: state.language, time: time))
            }
            let purpose: Picker.Purpose = action == .meet ? .meet(incident: id) : .waive(incident: id)
            let title = action == .meet ? BilingualText(en: "which clock was met?", zh: "完成哪一項時限？")
                                        : BilingualText(en: "which clock to waive?", zh: "免除哪一項時限？")
            state.overlay = .picker(Picker(purpose: purpose, title: title, items: items, selected: 0))
        default:
            break
        }
    }
}
