import CertDeskCore

/// Everything the console shows, in one value: the renderer draws it, the update changes it.
public struct ConsoleState: Sendable {
    public var rows: Int
    public var columns: Int
    public var language: InterfaceLanguage
    /// The interface's words in `language`.
    public var words: any Words { language.words }
    public var actor: String
    public var region: Region?
    public var now: Instant
    public var view: ConsoleView = .queue
    public var tab: DetailTab = .summary
    public var query = QueueQuery()
    /// How many incidents match the query.
    public var count = 0
    /// The selected incident's index in the whole queue.
    public var selected = 0
    /// The first queue index on screen.
    public var top = 0
    /// A page of rows around the selection; only these are in memory.
    public var window = QueueWindow()
    /// What was last read for an incident's detail; shown only while it is the selected one.
    public var loaded: IncidentDetail?
    /// The playbook step under the cursor; nil means the next step.
    public var stepCursor: String?
    /// The first line of the detail's content on screen (kept within the content).
    public var detailScroll = 0
    /// The title bar's reading of the desk's clocks.
    public var outlook = ClockOutlook(next: nil, overdue: 0)
    /// The shift on watch (the title bar's officer), nil when none is open.
    public var watch: Shift?
    /// The next clock to fall overdue whose breach is not yet recorded.
    public var upcomingBreach: ClockEntry?
    /// The report in the handover view (the shift on watch) or the shift-report view (a past one).
    public var handover: HandoverPage?
    /// The list in the shift-review view.
    public var shiftReview: ShiftReviewList?
    /// The report in the monthly or the investigation view.
    public var report: ReportPage?
    /// Charts in ASCII rather than block characters: a monochrome terminal or NO_COLOR.
    public var plainCharts = false
    public var overlay: ConsoleOverlay?
    public var message: StatusMessage?
    /// The copy or ingest running off the loop, as of the last tick: the status bar's progress line.
    public var work: LongWork?
    /// Why nothing can be recorded (the database went away or became read-only); shown until
    /// it is fixed.
    public var banner: BilingualText?
    /// The live desk, a replay, or a drill.
    public var mode: ConsoleMode = .live
    /// Played time in a replay or a drill: the REPLAY / 演練 EXERCISE banner on every screen.
    public var playback: PlaybackStatus?
    /// Incidents that arrived while the console was open and the officer has not looked at yet.
    public var unseen: Set<String> = []
    /// The last journal row the console has accounted for (arrivals come after it).
    public var journalSeq: Int64 = 0
    public var finished = false
    /// Notices handed to the desk whose outcome has not come back yet.
    public var pendingNotifications = 0
    /// Set by Ctrl-L: the terminal repaints every cell.
    public var repaintRequested = false

    public init(rows: Int, columns: Int, language: InterfaceLanguage, actor: String, region: Region?, now: Instant) {
        self.rows = rows
        self.columns = columns
        self.language = language
        self.actor = actor
        self.region = region
        self.now = now
    }

    public var selectedRow: QueueRow? { window.row(at: selected) }

    /// The one incident every key acts on, in every layout: the selected one, whose id the
    /// detail's header names. Nothing else decides it.
    public var focusID: String? { selectedRow?.id }

    /// The selected incident's detail, when it has been read; nil while another one's is held.
    public var detail: IncidentDetail? { loaded.flatMap { $0.incident.id == focusID ? $0 : nil } }

    public var incident: Incident? { detail?.incident }
    public var timeline: [RecordedEvent] { detail?.timeline ?? [] }
    public var playbook: Playbook? { detail?.playbook }
    public var evidence: [RetainedEvidence] { detail?.evidence ?? [] }

    public var progress: PlaybookProgress? { incident.map { PlaybookProgress(incident: $0, playbook: playbook) } }

    /// The step the playbook keys act on: the cursor, else the next step.
    public var cursorStep: PlaybookProgress.Item? {
        guard let progress else { return nil }
        return stepCursor.flatMap { id in progress.items.first { $0.step.id == id } } ?? progress.next
    }

    /// 80×24 is the least the console can be used at.
    public static let minimumRows = 24, minimumColumns = 80

    public var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }

    /// Wide terminals show the queue and the selected incident together.
    public var isSplit: Bool { rows >= 36 && columns >= 120 }

    /// Whether the detail of the selected incident is on screen.
    public var showsDetail: Bool { view == .detail || (isSplit && view == .queue) }

    /// Whether the view on screen is about incidents (the queue and an incident's detail);
    /// the handover and shift views take the whole body.
    public var showsIncidents: Bool { view == .queue || view == .detail }

    /// The rows between the title bar and the status bar (less the banner when one is up).
    public var bodyTop: Int { 1 + (playback == nil ? 0 : 1) + (banner == nil ? 0 : 1) }
    /// The row of the database banner (under the played-time banner when there is one).
    public var bannerRow: Int { playback == nil ? 1 : 2 }
    /// The body ends above the status bar, and above the progress line of long work.
    public var bodyHeight: Int { rows - 1 - (work == nil ? 0 : 1) - bodyTop }

    /// Rows of the queue (with its header) in the current layout. Split, the queue takes as
    /// many rows as it has, up to two fifths of the body, and the detail the rest.
    public var queueHeight: Int {
        guard isSplit else { return bodyHeight }
        return max(4, min(bodyHeight * 2 / 5, count + 1))
    }

    /// Rows of the queue list (without its header).
    public var queueListHeight: Int { max(1, queueHeight - 1) }

    /// Rows of the handover report on screen (the body less its header and status line).
    public var handoverContentHeight: Int { max(1, bodyHeight - 2) }

    /// Rows of a report on screen (likewise).
    public var reportContentHeight: Int { max(1, bodyHeight - 2) }

    /// Rows of the shift list on screen (the body less its title, column header and the
    /// selected shift's lines under it).
    public var shiftListHeight: Int { max(1, bodyHeight - 2 - ShiftReviewView.footerHeight) }

    /// Rows of the detail's content (without its header and tabs).
    public var detailContentHeight: Int { max(1, (isSplit ? bodyHeight - queueHeight : bodyHeight) - 2) }
}

/// One incident's detail as read from the desk.
public struct IncidentDetail: Sendable {
    public var incident: Incident
    public var timeline: [RecordedEvent]
    public var playbook: Playbook?
    /// The incident's evidence register.
    public var evidence: [RetainedEvidence]
    /// Its agency in the directory, whom to notify and how (nil when the directory has none).
    public var agency: Agency? = nil
}

/// A page of the queue held in memory.
public struct QueueWindow: Sendable, Equatable {
    public var offset = 0
    public var rows: [QueueRow] = []

    public func row(at index: Int) -> QueueRow? {
        let i = index - offset
        return i >= 0 && i < rows.count ? rows[i] : nil
    }

    public func covers(_ range: Range<Int>) -> Bool {
        range.lowerBound >= offset && range.upperBound <= offset + rows.count
    }
}

/// A line for the status bar: what just happened, or what went wrong.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
