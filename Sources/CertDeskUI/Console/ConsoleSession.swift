import CertDeskCore

/// The console's loop body, terminal-free: input → action → (through the desk) journal event →
/// reducer → projection → reload → `ConsoleState` → `render()`. The terminal backend feeds it
/// keys and ticks and copies its screen; tests and benchmarks drive it directly.
public final class ConsoleSession {
    public internal(set) var state: ConsoleState
    let desk: any ConsoleDesk
    let time: LocalTimeFormatter
    /// Ring the terminal bell when a clock falls overdue.
    public let bellOnBreach: Bool
    /// Set when the terminal should ring; the backend clears it.
    public var bellPending = false

    /// How many rows are kept in memory around the selection.
    static let windowSize = 200

    public init(desk: any ConsoleDesk, rows: Int, columns: Int, language: InterfaceLanguage, actor: String,
                region: Region?, time: LocalTimeFormatter, bellOnBreach: Bool = false) {
        self.desk = desk
        self.time = time
        self.bellOnBreach = bellOnBreach
        state = ConsoleState(rows: rows, columns: columns, language: language, actor: actor, region: region, now: desk.now)
        reloadAll()
        // A broken playbook file does not stop the console: say so, once, at the start.
        if let problem = desk.playbookProblems().first {
            let more = desk.playbookProblems().count - 1
            state.message = StatusMessage(problem + (more > 0 ? " (+\(more))" : ""), isError: true)
        }
    }

    public var isFinished: Bool { state.finished }

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
        case .deskChanged:
            reloadAll()
        }
    }

    /// Looks the key up in the binding table; a key that works elsewhere says where.
    func dispatch(_ key: KeyPress) {
        switch ConsoleBindings.lookup(key, in: state.view) {
        case .success(let action):
            perform(action)
        case .failure(let elsewhere) where !elsewhere.views.isEmpty:
            let zh = state.language == .zhTW
            let place = elsewhere.views.contains(.queue) ? (zh ? "事件佇列" : "the queue") : (zh ? "事件詳情" : "an incident's detail")
            state.message = StatusMessage(zh ? "\(key.label) 只在\(place)中使用" : "\(key.label) works in \(place)")
        case .failure:
            state.message = StatusMessage(state.language == .zhTW ? "\(key.label) 沒有功能；按 ? 看說明" : "\(key.label) does nothing here; ? shows the keys")
        }
    }

    /// Once a second: the clocks move, breaches are recorded, others' commits appear.
    func tick() {
        state.now = desk.now
        let changed = (try? desk.hasChanged()) ?? false
        if let next = state.upcomingBreach?.obligation, next.state(at: state.now) == .overdue {
            if bellOnBreach { bellPending = true }
            attempt { try desk.keepClocks() }
            reloadAll()
        } else if changed {
            reloadAll()
        }
    }

    // MARK: - Loading

    /// Reloads everything. The selection stays on the same incident when it is still near
    /// (a new ticket above it must not slide another incident under the officer's keys).
    func reloadAll() {
        let selectedID = state.selectedRow?.id
        attempt {
            state.count = try desk.queueCount(state.query)
            state.nextBreach = try desk.nextBreach()
            state.upcomingBreach = try desk.upcomingBreach()
        }
        state.selected = max(0, min(state.selected, state.count - 1))
        state.window = QueueWindow()
        keepSelectionVisible()
        loadWindowIfNeeded()
        if let selectedID, state.selectedRow?.id != selectedID,
           let index = state.window.rows.firstIndex(where: { $0.id == selectedID }) {
            let shift = state.window.offset + index - state.selected
            state.selected += shift
            state.top = max(0, state.top + shift)
            keepSelectionVisible()
            loadWindowIfNeeded()
        }
        reloadIncident()
    }

    /// Keeps the rows on screen in memory. In deadline order the next page is found from the
    /// window's edge (keyset paging), so moving through a desk of any size reads about the same.
    func loadWindowIfNeeded() {
        let visible = state.top..<min(state.count, state.top + state.queueListHeight)
        guard state.count > 0, !state.window.covers(visible) || state.window.rows.isEmpty else { return }
        let size = Self.windowSize, half = size / 2
        let old = state.window, query = state.query
        attempt {
            if query.order == .due, let last = old.rows.last, visible.lowerBound >= old.offset,
               visible.upperBound <= old.offset + old.rows.count + half {
                let kept = Array(old.rows.suffix(half))
                state.window = QueueWindow(offset: old.offset + old.rows.count - kept.count,
                                           rows: kept + (try desk.queue(query, from: .after(last), limit: size)))
            } else if query.order == .due, let first = old.rows.first, visible.upperBound <= old.offset + old.rows.count,
                      visible.lowerBound >= old.offset - half {
                let earlier = try desk.queue(query, from: .before(first), limit: size)
                state.window = QueueWindow(offset: old.offset - earlier.count, rows: earlier + old.rows.prefix(half))
            } else if query.order == .due, state.selected >= state.count - size {
                let rows = try desk.queue(query, from: .end, limit: size)
                state.window = QueueWindow(offset: state.count - rows.count, rows: rows)
            } else if query.order == .due, state.selected < size {
                state.window = QueueWindow(offset: 0, rows: try desk.queue(query, from: .start, limit: size))
            } else {
                let offset = max(0, min(state.selected - half, state.count - size))
                state.window = QueueWindow(offset: offset, rows: try desk.queue(query, from: .offset(offset), limit: size))
            }
        }
    }

    func reloadIncident() {
        let id = state.view == .detail ? state.incident?.id ?? state.selectedRow?.id : state.selectedRow?.id
        guard let id else {
            state.incident = nil
            state.timeline = []
            state.evidence = []
            return
        }
        guard state.view == .detail || state.isSplit else { return }
        attempt {
            state.incident = try desk.incident(id)
            state.timeline = try desk.timeline(of: id)
            state.playbook = try state.incident.flatMap { try desk.playbook(of: $0) }
            state.evidence = try desk.evidence(of: id)
        }
    }

    func keepSelectionVisible() {
        let height = state.queueListHeight
        if state.selected < state.top { state.top = state.selected }
        if state.selected >= state.top + height { state.top = state.selected - height + 1 }
        state.top = max(0, min(state.top, max(0, state.count - height)))
    }

    func select(_ index: Int) {
        guard state.count > 0 else { return }
        state.selected = max(0, min(index, state.count - 1))
        keepSelectionVisible()
        loadWindowIfNeeded()
        state.detailScroll = 0
        state.stepCursor = nil
        if state.view == .detail || state.isSplit {
            if state.view == .detail { state.incident = nil }
            reloadIncident()
        }
    }

    /// Runs desk work; a failure becomes the status line instead of a crash.
    func attempt(_ work: () throws -> Void) {
        do {
            try work()
        } catch let error as ConsoleDeskError {
            state.message = StatusMessage(error.message, isError: true)
        } catch {
            state.message = StatusMessage("\(error)", isError: true)
        }
    }

    /// Records a desk command, then shows the desk as it now is.
    func record(_ command: DeskCommand, done: BilingualText) {
        var ok = false
        attempt {
            try desk.perform(command)
            ok = true
        }
        reloadAll()
        if ok { state.message = StatusMessage(done.text(in: state.language)) }
    }
}
