import CertDeskCore

/// The narrow door between the console and the desk (../shared/DESIGN.md: the UI depends on the store
/// only through a protocol). The executable adapts the real store; tests use an in-memory desk.
public protocol ConsoleDesk: AnyObject {
    /// The desk clock.
    var now: Instant { get }
    /// A page of the queue, in display order, starting from an anchor.
    func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws -> [QueueRow]
    func queueCount(_ query: QueueQuery) throws -> Int
    /// Where an incident stands in the queue, or nil when the query does not show it.
    func queuePosition(of id: String, _ query: QueueQuery) throws -> Int?
    func incident(_ id: String) throws -> Incident?
    /// The directory's entry for the incident's agency: the one it found on arrival, else the
    /// one of its name now (a directory imported after the ticket came).
    func agency(of incident: Incident) throws -> Agency?
    func timeline(of id: String) throws -> [RecordedEvent]
    /// The playbook version an incident follows.
    func playbook(of incident: Incident) throws -> Playbook?
    /// Playbook files the desk could not use (their categories fall back to generic).
    func playbookProblems() -> [String]
    /// The next clock that will breach and how many are overdue (the title bar).
    func clockOutlook() throws -> ClockOutlook
    /// The clock that will be breached next: the earliest whose breach is not recorded yet.
    func upcomingBreach() throws -> ClockEntry?
    /// The shift on watch, for the title bar.
    func shiftOnWatch() throws -> Shift?
    /// The handover of the shift on watch: the report it offered, else a draft of the desk now;
    /// nil when no shift is on watch.
    func handoverOnWatch() throws -> HandoverReading?
    /// The outgoing officer offers the report as the desk stands now (`certdesk handover offer`).
    func offerHandover() throws -> HandoverReading
    /// The incoming officer signs the report they were shown (`digest`); their shift begins.
    func acceptHandover(officer: String, remark: String?, shown digest: String) throws -> Shift
    /// Every shift, oldest first, and the journal's last row.
    func shifts() throws -> (shifts: [Shift], head: Int64)
    /// Shift `id`'s report as it was handed over (`certdesk shift show`).
    func review(shift id: Int) throws -> HandoverReading
    /// Records a command through the journal, exactly as the CLI does.
    func perform(_ command: DeskCommand) throws
    /// An incident's evidence register, with retention dates.
    func evidence(of incident: String) throws -> [RetainedEvidence]
    /// Live items whose retention ends by `date`, soonest first.
    func evidenceDue(by date: Instant) throws -> [RetainedEvidence]
    /// Why a file cannot be taken in as evidence (missing, a folder, unreadable), in the
    /// officer's language; nil when it can. Asked as soon as the path is typed.
    func evidenceFileProblem(_ path: String) -> String?
    /// Starts `evidence add` as long work: what the desk would refuse throws at once, before a
    /// byte is copied; the copy runs off the console's loop (no database lock held), the commit
    /// is short. How it goes comes from `longWork()`.
    func beginEvidence(_ request: EvidenceRequest, file: String) throws
    /// Starts an ingest of `path` as long work; a file that cannot be read throws at once.
    func beginIngest(path: String) throws
    /// The long work running, or the one that just ended (handed once); nil when there is none.
    func longWork() -> LongWork?
    /// Asks the running work to stop; it leaves nothing behind.
    func cancelLongWork()
    /// At the console's end: cancels what runs and waits for it to clean up.
    func endLongWork()
    /// The notice the desk prefills for `incident` (`certdesk notify --draft`): the template by
    /// what is due unless one is given, the directory's contact, the rendered message.
    func notificationDraft(_ incident: String, template: NotificationTemplate?) throws -> NotificationDraft
    /// How a notice by `channel` would go out: by the desk (SMTP, mail command, SMS gateway),
    /// recorded as the officer's, or — an exercise — not at all.
    func notificationDelivery(_ channel: NotificationRecord.Channel, exercise: Bool, recorded: Bool) -> NotificationRecord.Delivery
    /// Checks `draft` as `certdesk notify` would and starts it in the background: a refusal
    /// throws at once and nothing goes out; the outcome comes from `finishedNotifications`.
    func beginNotification(_ draft: NotificationDraft, at: Instant?, recorded: Bool) throws
    /// Notices that finished since the last call (asked at every tick).
    func finishedNotifications() -> [NotificationFinish]
    /// What the desk owes in notifications, the most pressing first, at most `limit` of them;
    /// and how many are owed in all.
    func notificationWork(limit: Int) throws -> (items: [NotificationWork], total: Int)
    /// The monthly report (月報) of the desk's region, as the desk stands (a replay: as it stood).
    func monthlyReport(_ month: ReportMonth) throws -> MonthlyReport
    /// Incident `id`'s investigation report (`certdesk report incident`), as the desk stands.
    func investigationReport(_ id: String) throws -> InvestigationReport
    /// Records clocks that fell past due (once each), a bounded batch at a time: the tick calls
    /// it again while the next breach to record is already past.
    func keepClocks() throws
    /// Whether anything was committed since the last call, by anyone.
    func hasChanged() throws -> Bool
    /// Incidents opened after journal row `seq`, and the journal's last row now.
    func arrivals(after seq: Int64) throws -> (last: Int64, incidents: [Arrival])
    /// Whether the database can still be written where it was opened.
    func health() -> DeskHealth
    /// Completions of a path the officer is typing (Tab in a path prompt).
    func pathCompletions(_ partial: String) -> [String]
}

extension ConsoleDesk {
    /// The report from the desk's own readings of the incident: for a desk that is not the desk
    /// service (a replay's moment, the tests' desk in memory).
    public func investigationReport(_ id: String) throws -> InvestigationReport {
        guard let incident = try incident(id) else { throw ConsoleDeskError(id) }
        return InvestigationReport.build(incident: incident, timeline: try timeline(of: id), playbook: try playbook(of: incident),
                                         evidence: try evidence(of: id), agency: try agency(of: incident), generatedAt: now)
    }
}

/// A notice that finished in the background: recorded (sent, or failed with the server's
/// answer), or not recorded at all, and why.
public enum NotificationFinish: Hashable, Sendable {
    case recorded(NotificationSent)
    case notRecorded(incident: String, reason: String)
}

/// An incident that came onto the desk while the console was open.
public struct Arrival: Hashable, Sendable {
    public var id: String
    public var level: IncidentLevel?
    public var title: String
    public var exercise: Bool

    public init(_ incident: Incident) {
        id = incident.id
        level = incident.level
        title = incident.title
        exercise = incident.exercise
    }
}

/// The database under the console: fine, or something that makes every write a lie (the file
/// was deleted or replaced, so a write would land in a file nobody will read; or it became
/// read-only).
public enum DeskHealth: Hashable, Sendable {
    case writable
    case gone(BilingualText)
    case readOnly(BilingualText)

    public var problem: BilingualText? {
        switch self {
        case .writable: return nil
        case .gone(let text), .readOnly(let text): return text
        }
    }
}

/// An error the desk reports to the console in the officer's language.
public struct ConsoleDeskError: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
