import CertDeskCore

/// Where the desk's rules come from: the deadline policy in force for a region and the incident
/// playbooks. Behind a protocol so the console, the command line, drills and tests can each give
/// the desk its rules; a source reads its files once and again only when one changes.
public protocol DeskRules: AnyObject, Sendable {
    /// The policy in force for `region` (the base policy with the region's rows laid over it).
    func policy(for region: Region) throws(DeskError) -> PolicyReading
    /// Every playbook that could be read, and why the others could not.
    func playbooks() -> PlaybookReading
    /// Where the rules come from and why (a folder named by `--playbooks`, the built-in copies…).
    var location: RuleLocation { get }
}

/// The deadline policy as read: the policy itself and the documents it was resolved from.
public struct PolicyReading: Sendable {
    public let policy: DeadlinePolicy
    /// The files it was built from, the base first.
    public let files: [String]
    public let base: DeadlinePolicyFile.Document
    public let regional: DeadlinePolicyFile.Document?
}

/// The playbooks as read. A broken file is left out (its category falls back to `generic`) and
/// named among the problems, so it never stops the desk.
public struct PlaybookReading: Sendable {
    public var playbooks: [Playbook] = []
    /// `file:line: reason` for every file that could not be used.
    public var problems: [BilingualText] = []

    public init(playbooks: [Playbook] = [], problems: [BilingualText] = []) {
        self.playbooks = playbooks
        self.problems = problems
    }
}
