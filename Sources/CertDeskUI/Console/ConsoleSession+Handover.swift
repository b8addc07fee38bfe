import CertDeskCore

/// The handover and the shift review in the console: the desk's own use-cases (those of
/// `certdesk handover` and `certdesk shift show`) on the report on screen. The report a key
/// signs is the one the officer reads: `A` sends its digest, and the desk refuses it when the
/// journal moved on after the offer.
extension ConsoleSession {
    /// The actions of the handover, shift-list and shift-report views; false for the actions
    /// that mean the same everywhere (help, repaint), which `perform` takes.
    func performInShiftViews(_ action: ConsoleAction) -> Bool {
        if state.view == .shifts, let list = state.shiftReview {
            let page = max(1, state.shiftListHeight - 1)
            var target: Int?
            switch action {
            case .moveDown: target = list.selected + 1
            case .moveUp: target = list.selected - 1
            case .pageDown: target = list.selected + page
            case .pageUp: target = list.selected - page
            case .halfPageDown: target = list.selected + max(1, page / 2)
            case .halfPageUp: target = list.selected - max(1, page / 2)
            case .top: target = 0
            case .bottom: target = list.shifts.count - 1
            default: break
            }
            if let target {
                selectShift(target)
                return true
            }
        }
        if let rows = action.scrollRows(page: max(1, state.handoverContentHeight - 1)) {
            scrollHandover(by: rows)
            return true
        }
        switch action {
        case .open: openShiftReport()
        case .back:
            if state.view == .shiftReport {
                state.view = .shifts
            } else {
                state.view = .queue
                state.shiftReview = nil
            }
            state.handover = nil
        case .remarkHandover: askRemark()
        case .offerHandover: offerHandover()
        case .acceptHandover: askIncomingOfficer()
        default: return false
        }
        return true
    }

    /// `H`: the handover of the shift on watch (its offer, else a draft of the desk now).
    func openHandover() {
        var reading: HandoverReading?
        guard attempt({ reading = try desk.handoverOnWatch() }) else { return }
        guard let reading else {
            state.message = StatusMessage(state.words.noShiftOnWatch, isError: true)
            return
        }
        show(HandoverPage(reading: reading), in: .handover)
    }

    /// `S`: the shifts, newest first.
    func openShiftReview() {
        attempt {
            let (shifts, head) = try desk.shifts()
            state.shiftReview = ShiftReviewList(shifts: shifts, head: head)
            state.view = .shifts
        }
    }

    /// `Enter` on a shift: its report exactly as it was handed over, with whether its digest holds.
    func openShiftReport() {
        guard let shift = state.shiftReview?.selectedShift else { return }
        attempt { show(HandoverPage(reading: try desk.review(shift: shift.id)), in: .shiftReport) }
    }

    func show(_ page: HandoverPage, in view: ConsoleView) {
        state.handover = page
        state.view = view
        layOutHandover()
    }

    /// Lays the report out for the screen once, not every frame.
    func layOutHandover() {
        guard var page = state.handover else { return }
        let width = HandoverView.contentWidth(state)
        page.layout = HandoverLayout(width: width, language: state.language,
                                     lines: HandoverView.content(page, state, time: time, width: width))
        page.scroll = max(0, min(page.scroll, page.layout!.lines.count - state.handoverContentHeight))
        state.handover = page
    }

    func scrollHandover(by rows: Int) {
        guard var page = state.handover else { return }
        let count = HandoverView.lines(page, state, time: time).count
        page.scroll = max(0, min(page.scroll + rows, count - state.handoverContentHeight))
        state.handover = page
    }

    func selectShift(_ index: Int) {
        guard var list = state.shiftReview, !list.shifts.isEmpty else { return }
        list.selected = max(0, min(index, list.shifts.count - 1))
        let height = state.shiftListHeight
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + height { list.top = list.selected - height + 1 }
        state.shiftReview = list
    }

    /// After the desk changed: the handover on screen is read again (a remark or an offer shows
    /// at once; someone else's accept shows the new watch), the list keeps its selection.
    func reloadShiftViews() {
        switch state.view {
        case .handover:
            var reading: HandoverReading?
            attempt { reading = try desk.handoverOnWatch() }
            guard let reading else {
                state.view = .queue
                state.handover = nil
                return
            }
            let scroll = state.handover?.scroll ?? 0
            show(HandoverPage(reading: reading, scroll: scroll), in: .handover)
        case .shifts:
            guard let old = state.shiftReview else { return }
            attempt {
                let (shifts, head) = try desk.shifts()
                var list = ShiftReviewList(shifts: shifts, head: head)
                list.selected = old.selectedShift.flatMap { s in list.shifts.firstIndex { $0.id == s.id } } ?? 0
                list.top = old.top
                state.shiftReview = list
                selectShift(list.selected)
            }
        default:
            break
        }
    }

    func askRemark() {
        guard let shift = state.handover?.reading.shift else { return }
        state.overlay = .prompt(TextPrompt(purpose: .handoverRemark(shift: shift.id), label: BilingualText { $0.remarkLabel(shift: shift.id) },
                                           hint: BilingualText(\.textHint)))
    }

    /// `o`: records the offer of the report as the desk stands now, and shows that report.
    func offerHandover() {
        checkHealth()
        if let banner = state.banner { return refuse(BilingualText { $0.notRecorded($0.say(banner)) }, keeping: nil) }
        var offered: HandoverReading?
        let ok = attempt { offered = try desk.offerHandover() }
        let failure = state.message
        reloadAll()
        guard ok, let offered, let offer = offered.offer else {
            state.message = failure
            return
        }
        show(HandoverPage(reading: offered), in: .handover)
        state.message = StatusMessage(state.words.handoverOfferedOnScreen(offer.shift, digest: String(offer.digest.prefix(12)),
                                                                         acceptBy: time.minuteString(offer.acceptBy)))
    }

    /// `A`: the incoming officer signs the report on screen; it must be an offer.
    func askIncomingOfficer() {
        guard let page = state.handover else { return }
        guard let offer = page.reading.offer else {
            state.message = StatusMessage(state.words.noHandoverOffered(page.reading.shift.id), isError: true)
            return
        }
        state.overlay = .prompt(TextPrompt(purpose: .acceptOfficer(shift: offer.shift, digest: page.reading.digest),
                                           label: BilingualText { $0.acceptOfficerLabel(shift: offer.shift) },
                                           hint: BilingualText(\.acceptOfficerHint)))
    }

    func submitHandover(_ prompt: TextPrompt) {
        let form = ConsoleOverlay.prompt(prompt)
        switch prompt.purpose {
        case .handoverRemark(let shift):
            record(.remarkHandover(text: prompt.text), done: { $0.remarkRecordedFor(shift: shift) }, form: form)
        case .acceptOfficer(let shift, let digest):
            let officer = TextChecks.trimmed(prompt.text)
            guard !officer.isEmpty else { return refuse(\.officerNeeded, keeping: form) }
            state.overlay = .prompt(TextPrompt(purpose: .acceptRemark(shift: shift, officer: officer, digest: digest),
                                               label: BilingualText { $0.acceptRemarkLabel(officer: officer) },
                                               hint: BilingualText(\.acceptRemarkHint)))
        case .acceptRemark(let shift, let officer, let digest):
            accept(shift: shift, officer: officer, remark: prompt.text, digest: digest, form: form)
        default:
            break
        }
    }

    /// Records the signature; a refusal (the journal moved on, another offer) keeps what was typed.
    func accept(shift: Int, officer: String, remark: String, digest: String, form: ConsoleOverlay) {
        checkHealth()
        if let banner = state.banner { return refuse(BilingualText { $0.notRecorded($0.say(banner)) }, keeping: form) }
        let note = TextChecks.trimmed(remark)
        var next: Shift?
        let ok = attempt { next = try desk.acceptHandover(officer: officer, remark: note.isEmpty ? nil : note, shown: digest) }
        let failure = state.message
        if ok {
            state.view = .queue
            state.handover = nil
        }
        reloadAll()
        guard ok, let next else {
            state.message = failure
            state.overlay = form
            return
        }
        state.message = StatusMessage(state.words.handedOver(shift, to: next.officer, next: next.id))
    }
}
