import CertDeskCore

/// The console's loop body, terminal-free: input → action → (through the desk) journal event →
/// reducer → projection → reload → `ConsoleState` → `render()`. The terminal backend feeds it
/// keys and ticks and copies its screen; tests and benchmarks drive it directly.
public final class ConsoleSession {
    public internal(set) var state: ConsoleState
    let desk: any ConsoleDesk
    let time: LocalTimeFormatter
    /// Ring the terminal bell when a clock falls overdue or an incident arrives.
    public let bellOnBreach: Bool
    /// Set when the terminal should ring; the backend clears it.
    public var bellPending = false

    /// Played time in a replay or a drill (nil on the live desk).
    let playback: (any ConsolePlayback)?

    /// How many rows are kept in memory around the selection.
    static let windowSize = 200

    public init(desk: any ConsoleDesk, rows: Int, columns: Int, language: InterfaceLanguage, actor: String,
                region: Region?, time: LocalTimeFormatter, bellOnBreach: Bool = false,
                mode: ConsoleMode = .live, playback: (any ConsolePlayback)? = nil, plainCharts: Bool = false) {
        self.desk = desk
        self.time = time
        self.bellOnBreach = bellOnBreach
        self.playback = playback
        state = ConsoleState(rows: rows, columns: columns, language: language, actor: actor, region: region, now: desk.now)
        state.mode = mode
        state.plainCharts = plainCharts
        state.playback = playback?.status
        // What is on the desk when the console opens is not news.
        state.journalSeq = (try? desk.arrivals(after: .max).last) ?? 0
        checkHealth()
        reloadAll()
        // A broken playbook file does not stop the console: say so, once, at the start.
        if let problem = desk.playbookProblems().first {
            let more = desk.playbookProblems().count - 1
            state.message = StatusMessage(problem + (more > 0 ? " (+\(more))" : ""), isError: true)
        }
    }

    public var isFinished: Bool { state.finished }

    /// The backend repainted the whole terminal, as Ctrl-L asked.
    public func repaintDone() { state.repaintRequested = false }

    public func handle(_ input: ConsoleInput) {
        switch input {
        case .key(let key):
            state.message = nil
            if let overlay = state.overlay {
                handleOverlayKey(key, overlay)
            } else {
                dispatch(key)
            }
        case .tick:
            tick()
        case .resize(let rows, let columns):
            state.rows = rows
            state.columns = columns
            keepSelectionVisible()
            loadWindowIfNeeded()
            clampDetailScroll()
            layOutHandover()
            layOutReport()
            selectShift(state.shiftReview?.selected ?? 0)
        case .deskChanged:
            reloadAll(announcing: true)
        }
    }

    /// Looks the key up in the binding table; a key that works elsewhere says where.
    func dispatch(_ key: KeyPress) {
        switch ConsoleBindings.lookup(key, in: state.view, tab: state.tab, mode: state.mode) {
        case .success(let action):
            perform(action)
        case .failure(let elsewhere) where !elsewhere.views.isEmpty:
            state.message = StatusMessage(elsewhere.message(for: key, state.words))
        case .failure:
            state.message = StatusMessage(state.words.doesNothing(key.label))
        }
    }

    /// Once a second: the clocks move, breaches are recorded, others' commits appear, and the
    /// database is checked to be still there.
    func tick() {
        pollWork()
        if let playback {
            var moved = false
            attempt { moved = try playback.advance() }
            state.playback = playback.status
            if moved {
                state.now = desk.now
                reloadAll(announcing: true)
                return
            }
        }
        state.now = desk.now
        checkHealth()
        collectNotifications()
        let changed = (try? desk.hasChanged()) ?? false
        if let next = state.upcomingBreach?.obligation, next.state(at: state.now) == .overdue {
            if bellOnBreach { bellPending = true }
            if state.banner == nil { attempt { try desk.keepClocks() } }
            reloadAll(announcing: changed)
        } else if changed {
            reloadAll(announcing: true)
        } else if let next = state.outlook.next?.obligation, next.dueAt < state.now {
            // The title bar's next breach has passed: read which one is next now.
            attempt { state.outlook = try desk.clockOutlook() }
        }
    }

    /// The banner stays up while the database cannot be written where it was opened.
    func checkHealth() {
        state.banner = desk.health().problem
    }

    // MARK: - Loading

    /// Reloads everything. The selection stays on the same incident when it is still in the
    /// queue (a new ticket above it must not slide another incident under the officer's keys).
    /// `announcing`: others committed; incidents they opened are announced. Returns the id of
    /// the incident on screen when it left the queue.
    @discardableResult
    func reloadAll(announcing: Bool = false) -> String? {
        var left: String?
        let selectedID = state.selectedRow?.id
        state.query.asOf = desk.now
        attempt {
            state.count = try desk.queueCount(state.query)
            state.outlook = try desk.clockOutlook()
            state.upcomingBreach = try desk.upcomingBreach()
            state.watch = try desk.shiftOnWatch()
        }
        noteArrivals(announcing: announcing)
        state.selected = max(0, min(state.selected, state.count - 1))
        state.window = QueueWindow()
        keepSelectionVisible()
        loadWindowIfNeeded()
        if let selectedID, state.selectedRow?.id != selectedID {
            var position = state.window.rows.firstIndex(where: { $0.id == selectedID }).map { state.window.offset + $0 }
            if position == nil { attempt { position = try desk.queuePosition(of: selectedID, state.query) } }
            if let position {
                // It moved (a new ticket above it, its next clock changed): the selection follows.
                let shift = position - state.selected
                state.selected = position
                state.top = max(0, state.top + shift)
                keepSelectionVisible()
                loadWindowIfNeeded()
            } else {
                left = selectedID
                // The incident on screen left the queue (closed, or filtered out): back to the
                // queue rather than show another one under the same keys.
                if state.view == .detail, !state.isSplit { state.view = .queue }
                state.detailScroll = 0
                state.stepCursor = nil
                state.message = StatusMessage(state.words.leftTheQueue(selectedID))
            }
        }
        markSeen()
        reloadIncident()
        reloadShiftViews()
        reloadReportViews()
        return left
    }

    /// The queue alone read again, at the moment of the last reload: its count, the rows around
    /// the selection and the selected incident (a new filter, `applyFilter`).
    func reloadQueue() {
        attempt { state.count = try desk.queueCount(state.query) }
        state.selected = max(0, min(state.selected, state.count - 1))
        state.window = QueueWindow()
        keepSelectionVisible()
        loadWindowIfNeeded()
        markSeen()
        reloadIncident()
    }

    /// Incidents opened since the console last looked: marked until seen, and announced (with
    /// the bell when asked for) when someone else brought them.
    func noteArrivals(announcing: Bool) {
        guard let (last, arrivals) = try? desk.arrivals(after: state.journalSeq) else { return }
        state.journalSeq = last
        guard !arrivals.isEmpty else { return }
        state.unseen.formUnion(arrivals.map(\.id))
        guard announcing else { return }
        state.message = StatusMessage(state.words.arrived(arrivals[0].id, level: arrivals[0].level, exercise: arrivals[0].exercise, title: arrivals[0].title, more: arrivals.count - 1))
        if bellOnBreach { bellPending = true }
    }

    /// The selected incident is seen once the officer is on it.
    func markSeen() {
        if let id = state.focusID { state.unseen.remove(id) }
    }

    /// Keeps the rows on screen in memory. In urgency order the next page is found from the
    /// window's edge (keyset paging), so moving through a desk of any size reads about the same.
    func loadWindowIfNeeded() {
        let visible = state.top..<min(state.count, state.top + state.queueListHeight)
        guard state.count > 0, !state.window.covers(visible) || state.window.rows.isEmpty else { return }
        let size = Self.windowSize, half = size / 2
        let old = state.window, query = state.query
        let byKey = query.pagesByKey
        attempt {
            if byKey, let last = old.rows.last, visible.lowerBound >= old.offset,
               visible.upperBound <= old.offset + old.rows.count + half {
                let kept = Array(old.rows.suffix(half))
                state.window = QueueWindow(offset: old.offset + old.rows.count - kept.count,
                                           rows: kept + (try desk.queue(query, from: .after(last), limit: size)))
            } else if byKey, let first = old.rows.first, visible.upperBound <= old.offset + old.rows.count,
                      visible.lowerBound >= old.offset - half {
                let earlier = try desk.queue(query, from: .before(first), limit: size)
                state.window = QueueWindow(offset: old.offset - earlier.count, rows: earlier + old.rows.prefix(half))
            } else if byKey, state.selected >= state.count - size {
                let rows = try desk.queue(query, from: .end, limit: size)
                state.window = QueueWindow(offset: state.count - rows.count, rows: rows)
            } else if state.selected < size {
                state.window = QueueWindow(offset: 0, rows: try desk.queue(query, from: .start, limit: size))
            } else {
                let offset = max(0, min(state.selected - half, state.count - size))
                state.window = QueueWindow(offset: offset, rows: try desk.queue(query, from: .offset(offset), limit: size))
            }
        }
    }

    /// Reads the selected incident's detail when the detail is on screen.
    func reloadIncident() {
        guard state.showsDetail, let id = state.focusID else { return }
        attempt {
            guard let incident = try desk.incident(id) else { return }
            state.loaded = IncidentDetail(incident: incident, timeline: try desk.timeline(of: id),
                                          playbook: try desk.playbook(of: incident), evidence: try desk.evidence(of: id),
                                          agency: try desk.agency(of: incident))
        }
        clampDetailScroll()
    }

    func keepSelectionVisible() {
        let height = state.queueListHeight
        if state.selected < state.top { state.top = state.selected }
        if state.selected >= state.top + height { state.top = state.selected - height + 1 }
        state.top = max(0, min(state.top, max(0, state.count - height)))
    }

    func select(_ index: Int) {
        guard state.count > 0 else { return }
        let before = state.focusID
        state.selected = max(0, min(index, state.count - 1))
        keepSelectionVisible()
        loadWindowIfNeeded()
        guard state.focusID != before else { return }
        state.detailScroll = 0
        state.stepCursor = nil
        markSeen()
        reloadIncident()
    }

    /// The detail scrolls within its content: the last line can come up to the bottom row and
    /// no further, so the newest timeline entries are always reachable and PgUp answers at once.
    func clampDetailScroll() {
        guard let incident = state.incident else { return }
        let lines = DetailView.content(incident, state, time: time, width: DetailView.contentWidth(state)).count
        state.detailScroll = max(0, min(state.detailScroll, lines - state.detailContentHeight))
    }

    func scrollDetail(by rows: Int) {
        state.detailScroll = max(0, state.detailScroll + rows)
        clampDetailScroll()
    }

    /// Runs desk work; a failure becomes the status line instead of a crash. Whether it worked.
    @discardableResult
    func attempt(_ work: () throws -> Void) -> Bool {
        do {
            try work()
            return true
        } catch let error as ConsoleDeskError {
            state.message = StatusMessage(error.message, isError: true)
        } catch {
            state.message = StatusMessage("\(error)", isError: true)
        }
        return false
    }

    /// Records a desk command, then shows the desk as it now is. A refusal (or a database that
    /// cannot be written) puts `form` back as it was, so nothing the officer typed is lost.
    @discardableResult
    func record(_ command: DeskCommand, done: BilingualText, form: ConsoleOverlay? = nil) -> Bool {
        checkHealth()
        if let banner = state.banner {
            state.message = StatusMessage(state.words.notRecorded(state.words.say(banner)), isError: true)
            state.overlay = form
            return false
        }
        let others = (try? desk.hasChanged()) ?? false
        let ok = attempt { try desk.perform(command) }
        let failure = state.message
        let left = reloadAll(announcing: others)
        if ok {
            let also = left.map { " · " + state.words.leftTheQueue($0) } ?? ""
            state.message = StatusMessage(done.text(in: state.language) + also)
        } else {
            state.message = failure
            state.overlay = form
        }
        return ok
    }

    /// Shows an error and keeps the form open where it was.
    func refuse(_ say: (any Words) -> String, keeping form: ConsoleOverlay?) {
        refuse(BilingualText(say), keeping: form)
    }

    @discardableResult
    func record(_ command: DeskCommand, done say: (any Words) -> String, form: ConsoleOverlay? = nil) -> Bool {
        record(command, done: BilingualText(say), form: form)
    }

    func refuse(_ reason: BilingualText, keeping form: ConsoleOverlay?) {
        state.message = StatusMessage(reason.text(in: state.language), isError: true)
        state.overlay = form
    }
}
