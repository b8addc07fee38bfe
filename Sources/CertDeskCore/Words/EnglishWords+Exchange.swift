/// English words of the exchange (TAXII, blocking list, de-identified case).
extension EnglishWords {
    public var taxiiPasswordWithoutUser: String { "a TAXII password needs its user (taxii.user or CERTDESK_TAXII_USER)" }
    public var taxiiUserForm: String { "a TAXII user name holds no colon and no control character (HTTP Basic, RFC 7617)" }
    public func taxiiAddressForm(_ quoted: String) -> String {
        "\(quoted) is not a TAXII server address: http:// or https://, a host, and a path if any (e.g. https://isac.example.gov.tw/taxii2/)"
    }
    public var taxiiAddressWithCredential: String {
        "the address carries a user or password: put the account in the configuration's taxii: section or in CERTDESK_TAXII_USER and CERTDESK_TAXII_PASSWORD"
    }
    public func taxiiCredentialOverHTTP(_ address: String) -> String {
        "\(address): the TAXII account is sent over HTTPS only (plain HTTP only to this machine); use https://"
    }
    public func taxiiTimedOut(_ address: String, seconds: Int) -> String {
        "\(address) did not answer within \(seconds) s (taxii.timeout); nothing was changed on the desk"
    }
    public func taxiiUnreachable(_ address: String, reason: String) -> String {
        "\(address) cannot be reached (\(reason)); nothing was changed on the desk"
    }
    public func taxiiReplyTooLarge(_ address: String, limit: Int) -> String {
        "\(address) sent more than \(limit >> 20) MiB in one reply; nothing was changed on the desk"
    }
    public func taxiiNotHTTP(_ address: String) -> String { "\(address) did not answer in HTTP; nothing was changed on the desk" }
    public func taxiiRedirected(_ address: String, status: Int, to target: String) -> String {
        "\(address) answered \(status), redirecting to \(target): certdesk does not follow redirects with the account; give that address instead"
    }
    public func taxiiErrorStatus(_ address: String, status: Int, said: String?) -> String {
        let hint = status == 401 || status == 403 ? " (check taxii.user and taxii.password)" : ""
        return "\(address) answered HTTP \(status)\(said.map { ": " + $0 } ?? "")\(hint); nothing was changed on the desk"
    }
    public func taxiiNotJSON(_ address: String, contentType: String) -> String {
        "\(address) did not answer TAXII JSON (content type \(contentType)); nothing was changed on the desk"
    }
    public func taxiiUnexpected(_ address: String, field: String, reason: String) -> String {
        "\(address) answered JSON that is not TAXII 2.1: \(field.isEmpty ? "" : field + ": ")\(reason); nothing was changed on the desk"
    }
    public var taxiiMoreWithoutNext: String { "\"more\" is true but there is no \"next\" to ask for the rest" }
    public func taxiiChooseAPIRoot(_ address: String, roots: [String]) -> String {
        "\(address) has no default API root; choose one with --api-root: \(roots.isEmpty ? "(none offered)" : roots.joined(separator: ", "))"
    }
    public func taxiiNot21(_ address: String, versions: [String]) -> String {
        "\(address) does not speak TAXII 2.1 (it offers \(versions.isEmpty ? "no version" : versions.joined(separator: ", ")))"
    }
    public func taxiiNoSuchCollection(_ quoted: String, at address: String, known: [String]) -> String {
        "\(address) has no collection \(quoted)" + (known.isEmpty ? " (it lists none this account may see)" : "; it has: " + known.joined(separator: ", "))
    }
    public func taxiiCannotRead(_ collection: String) -> String { "\(collection) cannot be read with this account (can_read is false)" }
    public func taxiiCannotWrite(_ collection: String) -> String { "\(collection) cannot be written with this account (can_write is false)" }
    public func taxiiTooManyObjects(_ collection: String, limit: Int) -> String {
        "\(collection) holds more than \(Digits.grouped(limit)) objects after the bookmark; nothing was changed on the desk"
    }
    public func taxiiObjectRefused(_ collection: String, field: String, reason: String) -> String {
        "\(collection): \(field): \(reason); nothing from this pull was ingested and the bookmark stays where it was"
    }
    public func taxiiPulled(objects: Int, pages: Int, from collection: String) -> String {
        "pulled \(Digits.grouped(objects)) object\(objects == 1 ? "" : "s") in \(pages) page\(pages == 1 ? "" : "s") from \(collection)"
    }
    public func taxiiPullIngested(_ ingested: Int, duplicates: Int) -> String {
        "ingested \(Digits.grouped(ingested)) incident\(ingested == 1 ? "" : "s"), \(Digits.grouped(duplicates)) already on the desk"
    }
    public func taxiiBookmark(_ bookmark: String?) -> String {
        bookmark.map { "next pull starts after \($0)" } ?? "the server sent no X-TAXII-Date-Added-Last: the next pull reads the collection again"
    }
    public func taxiiPullProgress(pages: Int, objects: Int) -> String { "pulling: \(pages) page\(pages == 1 ? "" : "s"), \(Digits.grouped(objects)) objects" }
    public func taxiiPushed(_ sent: Int, unchanged: Int, to collection: String) -> String {
        "pushed \(Digits.grouped(sent)) object\(sent == 1 ? "" : "s") to \(collection)"
            + (unchanged > 0 ? " (\(Digits.grouped(unchanged)) already there at the same version)" : "")
    }
    public func taxiiPushStatus(successes: Int, failures: Int, pending: Int) -> String {
        "accepted \(Digits.grouped(successes)), refused \(Digits.grouped(failures)), pending \(Digits.grouped(pending))"
    }
    public func taxiiPushFailure(_ id: String, message: String?) -> String { "refused \(id)" + (message.map { ": " + $0 } ?? "") }
    public var taxiiPageSizeRange: String { "--page-size is a whole number from 1 to 10000" }
    public var taxiiPushNeedsIncidents: String { "name the incidents to push" }
    public func blocklistFlagged(_ count: Int) -> String {
        "\(Digits.grouped(count)) entr\(count == 1 ? "y" : "ies") left out for review (documentation, private or reserved addresses, reserved or government names): see --format csv"
    }
    public func pseudonym(_ kind: Pseudonyms.Kind, letter: String) -> String {
        switch kind {
        case .agency: "[Agency \(letter)]"
        case .person: "[Person \(letter)]"
        case .email: "[E-mail \(letter)]"
        case .phone: "[Phone \(letter)]"
        case .internalAddress: "[Internal IP \(letter)]"
        case .host: "[Host \(letter)]"
        case .deskID: "[Case \(letter)]"
        }
    }
    public func caseTitle(_ category: IncidentCategory, level: IncidentLevel?) -> String {
        "Case: \(name(of: category))" + (level.map { ", level \($0.rawValue)" } ?? ", not classified")
    }
    public func caseWhen(_ month: ReportMonth, agency: String, agencyType: String?) -> String {
        monthName(month) + " · " + agency + (agencyType.map { " (\($0))" } ?? "")
    }
    public var caseDeidentifiedNotice: String {
        "De-identified: agencies, people, e-mail addresses, phone numbers, internal addresses, host names and ids are pseudonyms, dates are cut to the month. Read it through before it leaves the CERT."
    }
    public var caseExercise: String { "This case is an exercise (drill), not a real incident." }
    public var caseSectionStory: String { "What happened" }
    public var caseSectionTimeline: String { "Timeline" }
    public var caseSectionActions: String { "What was done" }
    public var caseSectionNotes: String { "Notes from the desk" }
    public var caseSectionLessons: String { "Lessons" }
    public var caseTimelineBasis: String { "T+0:00 is when the agency became aware (知悉)." }
    public func caseMilestone(_ kind: InvestigationReport.Milestone.Kind) -> String {
        switch kind {
        case .occurred: "the incident began"
        case .aware: "the agency became aware"
        case .reported: "reported to the CERT"
        case .notified: "reported on the platform"
        case .contained: "damage under control"
        case .recovered: "recovered"
        case .closed: "closed"
        }
    }
    public func caseClockMet(_ kind: ObligationKind, late: Bool) -> String {
        "\(name(of: kind)) met" + (late ? ", late" : " in time")
    }
    public func caseSkipped(_ reason: String) -> String { "skipped: \(reason)" }
    public var caseNoNote: String { "done (no note)" }
    public var caseNothingRecorded: String { "nothing recorded" }
    public var caseRootCause: String { "root cause" }
    public var caseRecurrence: String { "against recurrence" }
    public var falsePositiveClosesOnly: String { "--false-positive closes the incident: give the phase closed" }
    public var falsePositiveOrOverride: String { "--false-positive already gives the reason: leave out --override" }
    public func closedAsFalsePositive(_ id: String) -> String { "\(id) closed as a false positive" }
    public var falsePositiveMark: String { "false positive" }
}
