/// The words of the exchange with the SOC, the ISAC and N-CERT: the TAXII 2.1 client's
/// messages, the blocking list and the de-identified case.
public protocol ExchangeWords {
    // The TAXII settings and addresses.
    var taxiiPasswordWithoutUser: String { get }
    var taxiiUserForm: String { get }
    func taxiiAddressForm(_ quoted: String) -> String
    var taxiiAddressWithCredential: String { get }
    func taxiiCredentialOverHTTP(_ address: String) -> String
    // The server did not answer as TAXII 2.1 says.
    func taxiiTimedOut(_ address: String, seconds: Int) -> String
    func taxiiUnreachable(_ address: String, reason: String) -> String
    func taxiiReplyTooLarge(_ address: String, limit: Int) -> String
    func taxiiNotHTTP(_ address: String) -> String
    func taxiiRedirected(_ address: String, status: Int, to target: String) -> String
    func taxiiErrorStatus(_ address: String, status: Int, said: String?) -> String
    func taxiiNotJSON(_ address: String, contentType: String) -> String
    func taxiiUnexpected(_ address: String, field: String, reason: String) -> String
    var taxiiMoreWithoutNext: String { get }
    func taxiiChooseAPIRoot(_ address: String, roots: [String]) -> String
    func taxiiNot21(_ address: String, versions: [String]) -> String
    func taxiiNoSuchCollection(_ quoted: String, at address: String, known: [String]) -> String
    func taxiiCannotRead(_ collection: String) -> String
    func taxiiCannotWrite(_ collection: String) -> String
    func taxiiTooManyObjects(_ collection: String, limit: Int) -> String
    func taxiiObjectRefused(_ collection: String, field: String, reason: String) -> String
    // What a pull or a push came to.
    func taxiiPulled(objects: Int, pages: Int, from collection: String) -> String
    func taxiiPullIngested(_ ingested: Int, duplicates: Int) -> String
    func taxiiBookmark(_ bookmark: String?) -> String
    func taxiiPullProgress(pages: Int, objects: Int) -> String
    func taxiiPushed(_ sent: Int, unchanged: Int, to collection: String) -> String
    func taxiiPushStatus(successes: Int, failures: Int, pending: Int) -> String
    func taxiiPushFailure(_ id: String, message: String?) -> String
    var taxiiPageSizeRange: String { get }
    var taxiiPushNeedsIncidents: String { get }
    // The blocking list.
    func blocklistFlagged(_ count: Int) -> String
    // The case for teaching (案例宣導).
    func pseudonym(_ kind: Pseudonyms.Kind, letter: String) -> String
    func caseTitle(_ category: IncidentCategory, level: IncidentLevel?) -> String
    func caseWhen(_ month: ReportMonth, agency: String, agencyType: String?) -> String
    var caseDeidentifiedNotice: String { get }
    var caseExercise: String { get }
    var caseSectionStory: String { get }
    var caseSectionTimeline: String { get }
    var caseSectionActions: String { get }
    var caseSectionNotes: String { get }
    var caseSectionLessons: String { get }
    var caseTimelineBasis: String { get }
    func caseMilestone(_ kind: InvestigationReport.Milestone.Kind) -> String
    func caseClockMet(_ kind: ObligationKind, late: Bool) -> String
    func caseSkipped(_ reason: String) -> String
    var caseNoNote: String { get }
    var caseNothingRecorded: String { get }
    var caseRootCause: String { get }
    var caseRecurrence: String { get }
    // Closing as a false positive.
    var falsePositiveClosesOnly: String { get }
    var falsePositiveOrOverride: String { get }
    func closedAsFalsePositive(_ id: String) -> String
    var falsePositiveMark: String { get }
}

extension Words {
    /// The incident's phase as shown, with the false positive said where it was closed as one.
    public func shownPhase(of incident: Incident) -> String {
        shown(incident.phase) + (incident.falsePositive ? " · " + falsePositiveMark : "")
    }
}
