import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI

/// The console's desk in a replay: the desk as the journal stood at the played time, held in
/// memory by a `ReplayCursor`, behind the same `ConsoleDesk` door as the live desk, so the queue,
/// the detail tabs and the clocks are drawn by the same code. Read-only: every write is refused,
/// and nothing here can reach the journal.
public final class ReplayConsoleDesk: ConsoleDesk, ConsoleReplay {
    let desk: Desk
    let cursor: ReplayCursor
    let range: ReplayRange
    let language: InterfaceLanguage
    /// The wall clock that played time runs against.
    let wall: any Clock
    var playback: Playback
    /// The played time the desk was last read at (the console's now between ticks).
    var played: Instant
    /// The queue as sorted for one query at one position, so that a reload's count, page and
    /// position read one sort.
    private var sorted: (key: SortedKey, rows: [QueueRow])?

    private struct SortedKey: Equatable {
        var moves: Int
        var query: QueueQuery
    }

    /// Bumped by every move of the cursor.
    private var moves = 0

    public init(desk: Desk, range: ReplayRange, language: InterfaceLanguage, speed: Int, wall: any Clock = SystemClock()) throws(DeskError) {
        self.desk = desk
        self.range = range
        self.language = language
        self.wall = wall
        cursor = try desk.replayCursor(range)
        played = range.start
        playback = Playback(at: range.start, wall: wall.now, speed: speed, playing: false)
    }

    private func run<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ConsoleDeskError(error.message(language))
        }
    }

    private var readOnly: ConsoleDeskError { ConsoleDeskError(language.words.replayRecordsNothing) }

    // MARK: - Played time

    public var status: PlaybackStatus {
        PlaybackStatus(instant: played, speed: playback.speed, playing: playback.playing, row: cursor.seq, lastRow: range.last)
    }

    public var start: Instant { range.start }
    public var end: Instant { range.end }

    public func togglePlaying() {
        if !playback.playing, played >= range.end { return }
        playback.togglePlaying(atWall: wall.now)
    }

    public func changeSpeed(faster: Bool) { playback.changeSpeed(faster: faster, atWall: wall.now) }

    /// Plays on: every row recorded by the played time is applied, in order; at the end the
    /// play stops there.
    public func advance() throws -> Bool {
        guard playback.playing else { return false }
        let target = min(playback.instant(atWall: wall.now), range.end)
        played = target
        var applied = false
        while cursor.seq < range.last, let next = try run({ () throws(StoreError) in try cursor.recordedAt(cursor.seq + 1) }), next <= target {
            try run { () throws(StoreError) in _ = try cursor.forward() }
            applied = true
        }
        if target >= range.end { playback.pause(atWall: wall.now) }
        if applied { moves += 1 }
        return applied
    }

    public func step(forward: Bool) throws -> RecordedEvent? {
        pause()
        let over = forward ? cursor.seq + 1 : cursor.seq
        let moved = try run { () throws(StoreError) in forward ? try cursor.forward() : try cursor.back() }
        guard moved else { return nil }
        return try landed(over: over)
    }

    public func step(incident id: String, forward: Bool) throws -> RecordedEvent? {
        pause()
        // `]` stands after the incident's next row; `[` stands just before its latest row
        // shown, undoing exactly what `]` did.
        let row = try run { () throws(StoreError) in
            forward ? try cursor.row(of: id, after: cursor.seq) : try cursor.row(of: id, before: cursor.seq + 1)
        }
        guard let row else { return nil }
        try run { () throws(StoreError) in try cursor.move(to: forward ? row : row - 1) }
        return try landed(over: row)
    }

    public func jump(to instant: Instant) throws -> Instant {
        pause()
        let target = min(max(instant, range.start), range.end)
        let seq = try run { () throws(StoreError) in try desk.store.lastSeq(atOrBefore: target) }
        try run { () throws(StoreError) in try cursor.move(to: seq) }
        moves += 1
        played = target
        playback.set(target, atWall: wall.now)
        return target
    }

    private func pause() { playback.pause(atWall: wall.now) }

    /// After a step: the played time is the time of the row the cursor stands after (the start
    /// at the first), and the row moved over is said.
    private func landed(over seq: Int64) throws -> RecordedEvent? {
        moves += 1
        let at = cursor.seq <= range.first ? range.start : try run { () throws(StoreError) in try cursor.recordedAt(cursor.seq) } ?? range.start
        played = at
        playback.set(at, atWall: wall.now)
        return try run { () throws(StoreError) in try cursor.row(seq) }
    }

    // MARK: - The desk as it was

    public var now: Instant { played }

    private func rows(_ query: QueueQuery) throws -> [QueueRow] {
        if query.includeClosed { try run { () throws(StoreError) in try cursor.widen(to: .all) } }
        let key = SortedKey(moves: moves, query: query)
        if let sorted, sorted.key == key { return sorted.rows }
        let asOf = query.asOf ?? played
        let rows = cursor.state.incidents.values.filter(query.admits).map(QueueRow.init)
        let ordered = QueueOrdering.sorted(rows, by: query.order, at: asOf)
        sorted = (key, ordered)
        return ordered
    }

    public func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws -> [QueueRow] {
        let all = try rows(query)
        switch anchor {
        case .start: return Array(all.prefix(limit))
        case .offset(let n): return Array(all.dropFirst(n).prefix(limit))
        case .end: return Array(all.suffix(limit))
        case .after(let row):
            guard let at = all.firstIndex(where: { $0.id == row.id }) else { return [] }
            return Array(all[(at + 1)...].prefix(limit))
        case .before(let row):
            guard let at = all.firstIndex(where: { $0.id == row.id }) else { return [] }
            return Array(all[..<at].suffix(limit))
        }
    }

    public func queueCount(_ query: QueueQuery) throws -> Int { try rows(query).count }

    public func queuePosition(of id: String, _ query: QueueQuery) throws -> Int? { try rows(query).firstIndex { $0.id == id } }

    public func incident(_ id: String) throws -> Incident? { cursor.state.incidents[id] }
    public func agency(of incident: Incident) throws -> Agency? { cursor.state.agency(of: incident) }

    public func timeline(of id: String) throws -> [RecordedEvent] {
        try run { () throws(StoreError) in try desk.store.timeline(of: id, through: cursor.seq) }
    }

    public func playbook(of incident: Incident) throws -> Playbook? { cursor.state.playbook(of: incident) }

    public func playbookProblems() -> [String] { [] }

    public func clockOutlook() throws -> ClockOutlook { ClockOutlook.of(cursor.state.incidents.values, at: played) }

    public func upcomingBreach() throws -> ClockEntry? {
        ClockEntry.list(cursor.state.incidents.values, includeSettled: false).first { $0.obligation.state == .open }
    }

    public func shiftOnWatch() throws -> Shift? { cursor.state.shiftOnWatch }

    public func evidence(of incident: String) throws -> [RetainedEvidence] {
        let closedAt = cursor.state.incidents[incident]?.closedAt, policy = cursor.state.policy
        return try run { () throws(StoreError) in try cursor.evidence(of: incident) }.map {
            RetainedEvidence(item: $0, keepUntil: EvidenceRetention.until(closedAt: closedAt, policy: policy))
        }
    }

    public func arrivals(after seq: Int64) throws -> (last: Int64, incidents: [Arrival]) {
        let ids = try run { () throws(StoreError) in try cursor.openings(after: seq) }
        return (cursor.seq, ids.compactMap { cursor.state.incidents[$0].map(Arrival.init) })
    }

    public func hasChanged() throws -> Bool { false }

    /// The database is only read: its health is not a replay's concern.
    public func health() -> DeskHealth { .writable }

    /// Breaches of the time replayed are rows of the journal; the replay shows them as they come.
    public func keepClocks() throws {}

    /// The month as the desk stood at the moment replayed, from the state folded to it.
    public func monthlyReport(_ month: ReportMonth) throws -> MonthlyReport {
        guard let region = cursor.state.region else { throw ConsoleDeskError(language.words.deskHasNoRegion) }
        return MonthlyReport.build(month: month, region: region, asOf: played, state: cursor.state)
    }

    // MARK: - Refused: a replay records nothing and reads nothing of today's desk

    public func handoverOnWatch() throws -> HandoverReading? { throw readOnly }
    public func offerHandover() throws -> HandoverReading { throw readOnly }
    public func acceptHandover(officer: String, remark: String?, shown digest: String) throws -> Shift { throw readOnly }
    public func shifts() throws -> (shifts: [Shift], head: Int64) { throw readOnly }
    public func review(shift id: Int) throws -> HandoverReading { throw readOnly }
    public func perform(_ command: DeskCommand) throws { throw readOnly }
    public func evidenceDue(by date: Instant) throws -> [RetainedEvidence] { throw readOnly }
    public func evidenceFileProblem(_ path: String) -> String? { language.words.replayRecordsNothing }
    public func beginEvidence(_ request: EvidenceRequest, file: String) throws { throw readOnly }

    public func beginIngest(path: String) throws { throw readOnly }

    public func longWork() -> LongWork? { nil }

    public func cancelLongWork() {}

    public func endLongWork() {}
    public func notificationDraft(_ incident: String, template: NotificationTemplate?) throws -> NotificationDraft { throw readOnly }
    public func notificationDelivery(_ channel: NotificationRecord.Channel, exercise: Bool, recorded: Bool) -> NotificationRecord.Delivery {
        .recorded
    }
    public func beginNotification(_ draft: NotificationDraft, at: Instant?, recorded: Bool) throws { throw readOnly }
    public func finishedNotifications() -> [NotificationFinish] { [] }
    public func notificationWork(limit: Int) throws -> (items: [NotificationWork], total: Int) { throw readOnly }
    public func pathCompletions(_ partial: String) -> [String] { [] }
}
