import CertDeskCore

/// Everything the console shows, in one value: the renderer draws it, the update changes it.
public struct ConsoleState: Sendable {
    public var rows: Int
    public var columns: Int
    public var language: InterfaceLanguage
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
    public var incident: Incident?
    public var timeline: [RecordedEvent] = []
    public var playbook: Playbook?
    /// The open incident's evidence register.
    public var evidence: [RetainedEvidence] = []
    /// The playbook step under the cursor; nil means the next step.
    public var stepCursor: String?
    public var detailScroll = 0
    public var nextBreach: ClockEntry?
    /// The next clock to fall overdue (the title bar may show one already overdue).
    public var upcomingBreach: ClockEntry?
    public var overlay: ConsoleOverlay?
    public var message: StatusMessage?
    public var finished = false

    public init(rows: Int, columns: Int, language: InterfaceLanguage, actor: String, region: Region?, now: Instant) {
        self.rows = rows
        self.columns = columns
        self.language = language
        self.actor = actor
        self.region = region
        self.now = now
    }

    public var selectedRow: QueueRow? { window.row(at: selected) }

    public var progress: PlaybookProgress? { incident.map { PlaybookProgress(incident: $0, playbook: playbook) } }

    /// The step the playbook keys act on: the cursor, else the next step.
    public var cursorStep: PlaybookProgress.Item? {
        guard let progress else { return nil }
        return stepCursor.flatMap { id in progress.items.first { $0.step.id == id } } ?? progress.next
    }

    /// The incident the officer acts on: the one open in the detail, else the selected row.
    public var focusID: String? { view == .detail ? incident?.id ?? selectedRow?.id : selectedRow?.id }

    /// 80×24 is the least the console can be used at.
    public static let minimumRows = 24, minimumColumns = 80

    public var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }

    /// Wide terminals show the queue and the selected incident together.
    public var isSplit: Bool { rows >= 36 && columns >= 120 }

    /// Rows of the queue list (without its header) in the current layout.
    public var queueListHeight: Int {
        let body = rows - 2                   // title and status bars
        let queue = isSplit ? body * 2 / 5 : body
        return max(1, queue - 1)               // header
    }
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
