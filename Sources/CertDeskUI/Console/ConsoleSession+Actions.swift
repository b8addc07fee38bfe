import CertDeskCore

extension ConsoleSession {
    func perform(_ action: ConsoleAction) {
        if state.mode == .replay, action.records || action.readsToday { return refuseInReplay(action) }
        if performPlayback(action) { return }
        if state.report != nil, !state.showsIncidents, performInReportViews(action) { return }
        if !state.showsIncidents, performInShiftViews(action) { return }
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
                                               label: BilingualText(\.filterLabel), text: state.query.filter,
                                               hint: BilingualText(\.filterHint)))
        case .toggleClosed:
            state.query.includeClosed.toggle()
            state.selected = 0
            reloadAll()
            state.message = StatusMessage(state.query.includeClosed
                ? state.words.showingClosed : state.words.hidingClosed)
        case .cycleOrder:
            let orders = QueueQuery.Order.allCases
            sort(by: orders[(orders.firstIndex(of: state.query.order)! + 1) % orders.count])
        case .help:
            state.overlay = .help(scroll: 0)
        case .commandLine:
            state.overlay = .prompt(TextPrompt.commandLine())
        case .ingest:
            state.overlay = .prompt(TextPrompt(purpose: .ingestPath, label: BilingualText(\.ingestLabel), hint: BilingualText(\.pathHint)))
        case .repaint:
            state.repaintRequested = true
        case .cancelWork:
            guard state.work != nil else { return state.message = StatusMessage(state.words.workNothingToCancel) }
            desk.cancelLongWork()
            state.work?.cancelling = true
        case .quit:
            state.finished = true
        case .nextStep, .previousStep:
            moveStepCursor(by: action == .nextStep ? 1 : -1)
        case .stepDone:
            guard let incident = state.incident, let item = state.cursorStep else { return noStep() }
            if record(.completeStep(incident: incident.id, step: item.step.id, at: nil, note: nil),
                      done: { $0.stepDoneAt(incident.id, item.step.id) }) {
                state.stepCursor = nil
            }
        case .stepSkip:
            guard let incident = state.incident, let item = state.cursorStep else { return noStep() }
            state.overlay = .prompt(TextPrompt(purpose: .skipReason(incident: incident.id, step: item.step.id),
                                               label: BilingualText { $0.whySkip(incident.id, item.step.id) },
                                               hint: BilingualText(\.reasonHint)))
        case .addEvidence:
            guard let incident = focusedIncident() else { return }
            state.overlay = .prompt(TextPrompt(purpose: .evidencePath(incident: incident.id),
                                               label: BilingualText { $0.evidenceFileLabel(incident.id) }, hint: BilingualText(\.pathHint)))
        case .retentionDue:
            attempt {
                let by = RetentionList.lookAhead.end(from: state.now)
                state.overlay = .retention(RetentionList(entries: try desk.evidenceDue(by: by)))
            }
        case .handover:
            openHandover()
        case .shiftReview:
            openShiftReview()
        case .notify:
            guard let incident = focusedIncident() else { return }
            openNotifyForm(incident.id, template: nil)
        case .outbox:
            openOutbox()
        case .monthlyReport:
            openMonthlyReport(ReportMonth.containing(state.now))
        case .investigationReport:
            openInvestigationReport()
        case .previousMonth, .nextMonth:
            // Bound to the monthly view only, where `performInReportViews` takes them.
            break
        case .remarkHandover, .offerHandover, .acceptHandover:
            // Bound to the handover view only, where `performInShiftViews` takes them.
            break
        case .togglePlaying, .faster, .slower, .stepForward, .stepBack, .incidentForward, .incidentBack, .jumpToTime,
             .replayStart, .replayEnd:
            // Played time: `performPlayback` takes them.
            break
        case .setLevel, .changePhase, .assign, .addNote, .meet, .waive:
            guard let incident = focusedIncident() else { return }
            openForm(action, incident)
        }
    }

    func sort(by order: QueueQuery.Order) {
        state.query.order = order
        state.selected = 0
        reloadAll()
        state.message = StatusMessage(state.words.sortedBy(order))
    }

    func noStep() {
        state.message = StatusMessage(state.words.noOpenStep, isError: true)
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
            state.message = StatusMessage(state.words.noIncidentSelected, isError: true)
            return nil
        }
        var found: Incident?
        attempt { found = try desk.incident(id) }
        return found
    }

    func openForm(_ action: ConsoleAction, _ incident: Incident) {
        let id = incident.id
        switch action {
        case .setLevel:
            state.overlay = .levelForm(LevelForm(incident: id, basis: incident.levelBasis ?? LevelBasis(asset: .nonCore),
                                                 chosenLevel: incident.levelBasis == nil ? incident.level : nil))
        case .changePhase:
            let items = IncidentPhase.allCases.map {
                Picker.Item(value: $0.rawValue, label: ($0 == incident.phase ? "● " : "  ") + state.words.shown($0))
            }
            state.overlay = .picker(Picker(purpose: .phase(incident: id), title: BilingualText { $0.phaseOf(id) },
                                           items: items, selected: IncidentPhase.allCases.firstIndex(of: incident.phase) ?? 0))
        case .assign:
            state.overlay = .prompt(TextPrompt(purpose: .assign(incident: id), label: BilingualText { $0.assignLabel(id) },
                                               text: incident.assignee ?? "",
                                               hint: BilingualText(\.assignHint)))
        case .addNote:
            state.overlay = .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText { $0.noteLabel(id) },
                                               hint: BilingualText(\.textHint)))
        case .meet, .waive:
            let pending = incident.obligations.filter(\.isPending).sorted { $0.dueAt < $1.dueAt }
            guard !pending.isEmpty else {
                state.message = StatusMessage(state.words.noRunningClock(id), isError: true)
                return
            }
            let nameWidth = pending.map { DisplayWidth.width(of: state.words.clockName($0)) }.max() ?? 0
            let items = pending.map { o in
                Picker.Item(value: o.kind.rawValue, label: DisplayWidth.pad(state.words.clockName(o), toWidth: nameWidth) + "  "
                    + Countdown.status(o, now: state.now, language: state.language, time: time))
            }
            let purpose: Picker.Purpose = action == .meet ? .meet(incident: id) : .waive(incident: id)
            let title = action == .meet ? BilingualText { $0.whichClockMet(id) } : BilingualText { $0.whichClockToWaive(id) }
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
                let name = state.words.clockName(o)
                items.append(Picker.Item(value: "meet:" + o.kind.rawValue, label: state.words.settleByMeeting + name))
                items.append(Picker.Item(value: "waive:" + o.kind.rawValue, label: state.words.settleByWaiving + name))
            }
            items.append(Picker.Item(value: "override", label: state.words.settleByOverride))
            state.overlay = .picker(Picker(purpose: .settleClocks(incident: id, phase: phase),
                                           title: BilingualText { $0.clocksRunningBeforeClose(id, running.count) },
                                           items: items, selected: 0))
            return
        }
        let blockers = PlaybookProgress(incident: incident, playbook: try? desk.playbook(of: incident)).blockers(movingTo: phase)
        if !blockers.isEmpty {
            let open = blockers.map(\.id).joined(separator: ", ")
            state.overlay = .prompt(TextPrompt(purpose: .phaseOverride(incident: id, phase: phase),
                                               label: BilingualText { $0.overrideReasonLabel(id, openSteps: open) },
                                               hint: BilingualText(\.reasonHint)))
            return
        }
        record(.changePhase(incident: id, phase: phase), done: { $0.moved(id, to: phase, override: false) })
    }
}
