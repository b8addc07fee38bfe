import CertDeskCore

/// The narrow door between the console and the desk (DESIGN.md: the UI depends on the store
/// only through a protocol). The executable adapts the real store; tests use an in-memory desk.
public protocol ConsoleDesk: AnyObject {
    /// The desk clock.
    var now: Instant { get }
    /// A page of the queue, in display order, starting from an anchor.
    func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws -> [QueueRow]
    func queueCount(_ query: QueueQuery) throws -> Int
    func incident(_ id: String) throws -> Incident?
    func timeline(of id: String) throws -> [RecordedEvent]
    /// The playbook version an incident follows.
    func playbook(of incident: Incident) throws -> Playbook?
    /// Playbook files the desk could not use (their categories fall back to generic).
    func playbookProblems() -> [String]
    /// The pending clock across the desk that falls due first.
    func nextBreach() throws -> ClockEntry?
    /// The clock that will be breached next: the earliest whose breach is not recorded yet.
    func upcomingBreach() throws -> ClockEntry?
    /// Records a command through the journal, exactly as the CLI does.
    func perform(_ command: DeskCommand) throws
    /// Ingests a file and says what came of it (`ingested N, duplicates M`).
    func ingest(path: String) throws -> String
    /// An incident's evidence register, with retention dates.
    func evidence(of incident: String) throws -> [RetainedEvidence]
    /// Live items whose retention ends by `date`, soonest first.
    func evidenceDue(by date: Instant) throws -> [RetainedEvidence]
    /// Copies a file into the vault and registers it, exactly as `certdesk evidence add` does.
    func addEvidence(_ request: EvidenceRequest, file: String) throws -> EvidenceItem
    /// Records the clocks that fell past due (once each).
    func keepClocks() throws
    /// Whether anything was committed since the last call, by anyone.
    func hasChanged() throws -> Bool
}

/// An error the desk reports to the console in the officer's language.
public struct ConsoleDeskError: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
