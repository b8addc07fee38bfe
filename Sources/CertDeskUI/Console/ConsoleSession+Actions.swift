import CertDeskCore

extension ConsoleSession {
    func perform(_ action: ConsoleAction) {
        let page = max(1, state.queueListHeight - 1), detailPage = max(1, state.detailContentHeight - 1)
        switch action {
        case .moveDown: select(state.selected + 1)
        case .moveUp: select(state.selected - 1)
        case .pageDown: select(state.selected + page)
        case .pageUp: select(state.selected - page)
        case .halfPageDown: select(state.selected + max(1, page / 2))
        case .halfPageUp: select(state.selected - max(1, page / 2))
        case .top: select(0)
        case .bottom: select(state.count - 1)
        case .scrollTop: state.detailScroll = 0
        case .scrollBottom: scrollDetail(by: Int.max / 2)
        case .scrollPageDown: scrollDetail(by: detailPage)
        case .scrollPageUp: scrollDetail(by: -detailPage)
        case .scrollHalfDown: scrollDetail(by: max(1, detailPage / 2))
        case .scrollHalfUp: scrollDetail(by: -max(1, detailPage / 2))
        case .open:
            guard state.selectedRow != nil else { return }
            state.view = .detail
            state.detailScroll = 0
            markSeen()
            reloadIncident()
        case .back:
            state.view = .queue
        case .nextTab:
            state.tab = DetailTab(rawValue: (state.tab.rawValue + 1) % DetailTab.allCases.count)!
            state.detailScroll = 0
        case .previousTab:
            state.tab = DetailTab(rawValue: (state.tab.rawValue + DetailTab.allCases.count - 1) % DetailTab.allCases.count)!
            state.detailScroll = 0
        case .filter:
            state.overlay = .prompt(TextPrompt(purpose: .filter(previous: state.query.filter),
                                               label: BilingualText(en: "filter", zh: "篩選"), text: state.query.filter,
                                               hint: ConsoleText.filterHint))
        case .toggleClosed:
            state.query.includeClosed.toggle()
            state.selected = 0
            reloadAll()
            state.message = StatusMessage(state.query.includeClosed
                ? (state.language == .zhTW ? "顯示已結案事件" : "showing closed incidents too")
                : (state.language == .zhTW ? "隱藏已結案事件" : "hiding closed incidents"))
        case .cycleOrder:
            let orders = QueueQuery.Order.allCases
            sort(by: orders[(orders.firstIndex(of: state.query.order)! + 1) % orders.count])
        case .help:
            state.overlay = .help(scroll: 0)
        case .commandLine:
            state.overlay = .prompt(TextPrompt.commandLine())
        case .ingest:
            state.overlay = .prompt(TextPrompt(purpose: .ingestPath, label: BilingualText(en: "ingest file", zh: "匯入檔案"), hint: ConsoleText.pathHint))
        case .repaint:
            state.repaintRequested = true
        case .quit:
            state.finished = true
        case .nextStep, .previousStep:
            moveStepCursor(by: action == .nextStep ? 1 : -1)
        case .stepDone:
            guard let incident = state.incident, let item = state.cursorStep else { return noStep() }
            if record(.completeStep(incident: incident.id, step: item.step.id, at: nil, note: nil),
                      done: BilingualText(en: "\(incident.id) step \(item.step.id) done", zh: "\(incident.id) 步驟 \(item.step.id) 已完成")) {
                state.stepCursor = nil
            }
        case .stepSkip:
            guard let incident = state.incident, let item = state.cursorStep else { return noStep() }
            state.overlay = .prompt(TextPrompt(purpose: .skipReason(incident: incident.id, step: item.step.id),
                                               label: BilingualText(en: "\(incident.id): why skip \(item.step.id)?", zh: "\(incident.id)：為何略過 \(item.step.id)？"),
                                               hint: ConsoleText.reasonHint))
        case .addEvidence:
            guard let incident = focusedIncident() else { return }
            state.overlay = .prompt(TextPrompt(purpose: .evidencePath(incident: incident.id),
                                               label: BilingualText(en: "evidence file for \(incident.id)", zh: "\(incident.id) 證據檔案路徑"), hint: ConsoleText.pathHint))
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

    func sort(by order: QueueQuery.Order) {
        state.query.order = order
        state.selected = 0
        reloadAll()
        state.message = StatusMessage((state.language == .zhTW ? "排序：" : "sorted by ") + ConsoleText.orderName(order, state.language))
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
    }

    /// The incident an action applies to (the selected one), read fresh.
    func focusedIncident() -> Incident? {
        guard let id = state.focusID else {
            state.message = StatusMessage(ConsoleText.noIncidentSelected.text(in: state.language), isError: true)
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
                                               text: incident.assignee ?? "",
                                               hint: BilingualText(en: "a name; empty for nobody · Enter records · Esc cancels", zh: "姓名；空白表示無 · Enter 登錄 · Esc 取消")))
        case .addNote:
            state.overlay = .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText(en: "note on \(id)", zh: "\(id) 備註"),
                                               hint: ConsoleText.textHint))
        case .meet, .waive:
            let pending = incident.obligations.filter(\.isPending).sorted { $0.dueAt < $1.dueAt }
            guard !pending.isEmpty else {
                state.message = StatusMessage(zh ? "\(id) 沒有進行中的時限" : "\(id) has no running clock", isError: true)
                return
            }
            let nameWidth = pending.map { DisplayWidth.width(of: ConsoleText.clockName($0, state.language)) }.max() ?? 0
            let items = pending.map { o in
                Picker.Item(value: o.kind.rawValue, label: DisplayWidth.pad(ConsoleText.clockName(o, state.language), toWidth: nameWidth) + "  "
                    + Countdown.status(o, now: state.now, language: state.language, time: time))
            }
            let purpose: Picker.Purpose = action == .meet ? .meet(incident: id) : .waive(incident: id)
            let title = action == .meet ? BilingualText(en: "\(id): which clock was met?", zh: "\(id)：完成哪一項時限？")
                                        : BilingualText(en: "\(id): which clock to waive?", zh: "\(id)：免除哪一項時限？")
            state.overlay = .picker(Picker(purpose: purpose, title: title, items: items, selected: 0))
        default:
            break
        }
    }

    /// Moving an incident to `phase`: closing first settles every clock still running (meet or
    /// waive each, or one override that waives the rest); required steps still open ask for the
    /// override reason; otherwise the move is recorded.
    func moveToPhase(_ id: String, _ phase: IncidentPhase) {
        guard let incident = try? desk.incident(id) else { return }
        let running = phase == .closed ? incident.obligations.filter(\.isPending).sorted { $0.dueAt < $1.dueAt } : []
        if !running.isEmpty {
            var items: [Picker.Item] = []
            for o in running {
                let name = ConsoleText.clockName(o, state.language)
                items.append(Picker.Item(value: "meet:" + o.kind.rawValue, label: (state.language == .zhTW ? "登錄完成：" : "meet:  ") + name))
                items.append(Picker.Item(value: "waive:" + o.kind.rawValue, label: (state.language == .zhTW ? "免除：　　" : "waive: ") + name))
            }
            items.append(Picker.Item(value: "override", label: state.language == .zhTW ? "以一個理由免除其餘時限並結案" : "override: waive the rest with one reason, and close"))
            state.overlay = .picker(Picker(purpose: .settleClocks(incident: id, phase: phase),
                                           title: BilingualText(en: "\(id): \(running.count) clock(s) still running before it closes",
                                                                zh: "\(id)：結案前尚有 \(running.count) 項時限在計時"),
                                           items: items, selected: 0))
            return
        }
        let blockers = PlaybookProgress(incident: incident, playbook: try? desk.playbook(of: incident)).blockers(movingTo: phase)
        if !blockers.isEmpty {
            let open = blockers.map(\.id).joined(separator: ", ")
            state.overlay = .prompt(TextPrompt(purpose: .phaseOverride(incident: id, phase: phase),
                                               label: BilingualText(en: "\(id): required steps open (\(open)); override reason",
                                                                    zh: "\(id)：必要步驟未完成（\(open)）；強制理由"),
                                               hint: ConsoleText.reasonHint))
            return
        }
        record(.changePhase(incident: id, phase: phase), done: ConsoleText.moved(id, phase, override: false))
    }
}
