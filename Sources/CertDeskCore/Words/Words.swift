/// Every sentence certdesk shows an officer, declared once here and said once per language in
/// `EnglishWords` and `ChineseWords` (the way lazygit keeps its `pkg/i18n`): a message missing
/// from either language does not compile, and a translator reads one file for each language.
///
/// Take the catalogue for a language with `language.words`, or both at once with
/// `BilingualText { $0.… }` for a message that is rendered later (a refusal, a file problem).
/// What comes from outside (ids, titles, paths, typed text) reaches a message already made safe
/// for a terminal by its caller (`TextChecks.quoted`, `SafeText`); the words add none of their own.
public protocol Words: Sendable {
    /// The language these words are in.
    var language: InterfaceLanguage { get }

    // MARK: - Names of the desk's values

    /// An incident category (事件類型) as the officer reads it.
    func name(of category: IncidentCategory) -> String
    /// An SP 800-61 r2 phase.
    func name(of phase: IncidentPhase) -> String
    /// A legal clock's kind.
    func name(of kind: ObligationKind) -> String
    /// A joint-defence region.
    func name(of region: Region) -> String
    /// A kind of evidence.
    func name(of kind: EvidenceKind) -> String
    /// A chain-of-custody action.
    func name(of action: CustodyEntry.Action) -> String
    /// What an incident hit, as 資通安全事件通報及應變辦法 Art 2 grades it.
    func name(of asset: LevelBasis.AssetClass) -> String

    // MARK: - The level from C/I/A (資通安全事件通報及應變辦法 Art 2)

    /// How sure the article text behind a level is (appended to each reason).
    func levelSource(_ level: IncidentLevel) -> String
    func disclosure(_ severity: LevelBasis.Severity, of asset: LevelBasis.AssetClass, level: IncidentLevel) -> String
    func tampering(_ severity: LevelBasis.Severity, of asset: LevelBasis.AssetClass, level: IncidentLevel) -> String
    /// `treatedAs`: the system class availability is graded by, when the asset is information.
    func operationAffected(of asset: LevelBasis.AssetClass, restored: Bool, level: IncidentLevel, treatedAs: LevelBasis.AssetClass?) -> String
    var noImpactStated: String { get }
    func worstImpact(_ level: IncidentLevel) -> String

    // MARK: - Refusals: what the desk will not record, and why

    /// A free-text field the desk checks, as a refusal names it.
    func name(of field: CheckedText) -> String
    func textEmpty(_ field: CheckedText) -> String
    func textTooLong(_ field: CheckedText, limit: Int) -> String
    /// A clock's name: `onsite`, `renotify#2` in English (the names the CLI takes), the law's words in Chinese.
    func clockName(_ obligation: Obligation) -> String
    func noIncident(_ id: String) -> String
    func noEvidence(_ id: String) -> String
    func deskAlreadyOpen(for region: Region) -> String
    var deskHasNoRegion: String { get }
    func sourceIDUnprintable(limit: Int) -> String
    func name(of field: AgencyField) -> String
    func agencyFieldEmpty(_ field: AgencyField) -> String
    var contactNameEmpty: String { get }
    var personNameEmpty: String { get }
    func personNameTooLong(limit: Int) -> String
    var personNameHidden: String { get }
    func closedLevelUnchanged(_ id: String) -> String
    var impactGivesNoLevel: String { get }
    var levelOrImpactNeeded: String { get }
    func alreadyAtLevel(_ id: String, _ level: IncidentLevel) -> String
    func alreadyInPhase(_ id: String, _ phase: IncidentPhase) -> String
    func alreadyInCategory(_ id: String, _ category: IncidentCategory) -> String
    /// `assignee`: nil when the incident is unassigned.
    func alreadyAssigned(_ id: String, to assignee: String?) -> String
    /// What a time in the future was meant to be.
    func name(of moment: PastMoment) -> String
    /// Times are already in Taipei local time (`TaipeiTime.text`).
    func inTheFuture(_ moment: PastMoment, when: String, now: String) -> String
    func beforeIncidentBegan(when: String, began: String) -> String
    func beforeClockStarted(when: String, _ obligation: Obligation, started: String) -> String
    /// Leaving a phase with work open: `steps` are the required steps still open, `clocks` the clocks still running.
    func phaseGate(_ id: String, steps: [String], clocks: [Obligation]) -> String
    func noPlaybook(_ id: String) -> String
    /// `step` is already quoted for display.
    func noSuchStep(_ id: String, category: String, version: Int, step: String) -> String
    func stepDoesNotApply(_ step: String, to id: String) -> String
    func stepAlreadyRecorded(_ step: String, status: StepRecord.Status, at: String, by: String) -> String
    func noSuchClock(_ id: String, _ kind: ObligationKind) -> String
    func clockAlreadyMet(_ id: String, _ obligation: Obligation, at: String) -> String
    func clockAlreadyWaived(_ id: String, _ obligation: Obligation, reason: String) -> String
    var evidenceFileOrPhysical: String { get }
    var physicalNeedsLocation: String { get }
    func beforeAcquired(when: String, _ id: String, acquired: String) -> String
    var receiverNeeded: String { get }
    func alreadyCheckedOut(_ id: String, to holder: String) -> String
    func notCheckedOut(_ id: String) -> String
    func alreadyOnHold(_ id: String) -> String
    func notOnHold(_ id: String) -> String
    func notACustodyChange(_ action: CustodyEntry.Action) -> String
    func onHoldCannotDispose(_ id: String, hold: String) -> String
    func retentionNotStarted(incident: String) -> String
    func keptUntil(_ id: String, until: String) -> String
    func checkedOutCannotDispose(_ id: String, holder: String) -> String
    func alreadyDisposed(_ id: String, at: String, by: String) -> String

    // MARK: - JSON syntax (the parser names the line and column)

    var jsonEndsEarly: String { get }
    /// `character`: the character found, already described for display (`'x'`, `U+0007`).
    func jsonUnexpected(_ character: String) -> String
    var jsonUnexpectedText: String { get }
    func jsonTooDeep(_ levels: Int) -> String
    func jsonKeyTwice(_ key: String) -> String
    var notUTF8: String { get }
    func jsonRawControl(_ code: String) -> String
    var jsonStringNotClosed: String { get }
    var jsonLoneSurrogate: String { get }
    func jsonUnknownEscape(_ character: Character) -> String
    var jsonEscapeCutShort: String { get }
    var jsonEscapeNeedsHex: String { get }
    var jsonLeadingZero: String { get }
    var jsonNumberOutOfRange: String { get }
    var jsonTextAfterEnd: String { get }

    // MARK: - Times (ISO 8601 / RFC 3339, and the forms typed at the desk)

    /// The time itself is named before these (`"09:05" is not …`).
    var notISO8601: String { get }
    var timeHasNoTimeOfDay: String { get }
    var timeHasEmptyFraction: String { get }
    var timeHasNoOffset: String { get }
    var timeOffsetOutOfRange: String { get }
    var timeTextAfterOffset: String { get }
    var timeYearOutOfRange: String { get }
    func timeNoSuchMonth(_ month: Int) -> String
    func timeNoSuchDay(_ day: Int, year: Int, month: Int) -> String
    var timeOfDayOutOfRange: String { get }
    /// A typed time in none of the forms the desk reads; `typed` is already quoted.
    func notATime(_ typed: String) -> String

    // MARK: - JSON fields (a ticket, a bundle, a journal body)

    /// A value of a JSON type, as "found" names it.
    func name(of shape: JSONValue.Shape) -> String
    func jsonWrongType(expected: JSONValue.Shape, found: JSONValue.Shape) -> String
    func fieldTooLong(_ length: Int, limit: Int) -> String
    var fieldRequired: String { get }
    var fieldEmpty: String { get }

    // MARK: - Names typed or read (a value of a fixed set, a command word)

    /// `text` already quoted; `names` as a list (`a, b, c`).
    func notOneOf(_ text: String, _ names: String) -> String
    func ambiguousName(_ typed: String, _ candidates: String) -> String
    /// `what`: what kind of name it should have been (a clock, a command).
    func unknownName(_ typed: String, what: String, names: String) -> String
    func didYouMean(_ typed: String, what: String, near: String) -> String

    // MARK: - Tickets and bundles coming in (README, "Ticket format")

    var ticketIDHasControl: String { get }
    var ticketSourceKind: String { get }
    var awarenessRequired: String { get }
    func ticketLevelOutOfRange(_ level: Int64) -> String
    func tooManyEntries(_ count: Int, limit: Int) -> String
    func timeInTheFuture(_ time: String, now: String) -> String
    /// `occurredKey`: the field the sender gave the occurrence in.
    func awareBeforeOccurred(_ occurredKey: String) -> String
    func reportBeforeOccurred(_ occurredKey: String) -> String
    func notAValidIndicator(_ kind: Indicator.Kind) -> String
    /// Both already quoted.
    func stixIDPrefix(_ id: String, prefix: String) -> String
    func stixPropertyRequired(type: String) -> String
    var bundleIDPrefix: String { get }
    func stixUnattached(_ count: Int) -> String
    var bundleHasNoIncident: String { get }
    var onlySTIX21: String { get }
    func tooManyRelatedIndicators(_ count: Int, limit: Int) -> String
    func relatedIndicatorTooLong(limit: Int) -> String
    func criticalityOutOfRange(_ criticality: Int64) -> String
    var jsonLinesTwoOnALine: String { get }
    var jsonLinesNotAnObject: String { get }
    var notAnIngestFile: String { get }

    // MARK: - Journal bodies that do not read back (verify names them)

    var unreadable: String { get }
    func unknownLevel(_ name: String) -> String
    var unknownStart: String { get }
    func levelNotOneToFour(_ level: Int64) -> String
    func unreadableDuration(for level: String) -> String
    var deskOpenedTwice: String { get }
    func incidentOpenedTwice(_ id: String) -> String
    func sourceOpenedTwice(_ source: String) -> String
    /// `kind`: the journal's event kind (`level-set`).
    func eventForUnknownIncident(_ kind: String, _ id: String) -> String
    func eventForUnknownClock(_ event: String, _ id: String, _ kind: ObligationKind, _ ordinal: Int) -> String
    func evidenceAddedTwice(_ id: String) -> String
    func custodyForUnknownEvidence(_ id: String) -> String
    func disposalOfUnknownEvidence(_ id: String) -> String
    func eventHasNoIncident(_ kind: String) -> String
    func unknownEventKind(_ kind: String) -> String
    /// `detail`: where in the body and why.
    func eventBodyUnreadable(_ kind: String, _ detail: String) -> String
    func databaseUnusable(_ path: String, reason: String) -> String
    func deskInconsistent(seq: Int64?, reason: String) -> String
    func unreadableJournalTime(_ text: String) -> String
    func bodyNotJSON(_ reason: String) -> String
    func playbookUnreadable(_ key: String) -> String
    func unknownRegionStored(_ code: String) -> String
    var policyUnreadable: String { get }
    func agencyRowUnreadable(_ id: String) -> String
    func agencyContactUnreadable(_ id: String) -> String
    func indicatorTypeUnknown(_ id: String, _ type: String) -> String
    func incidentColumnUnreadable(_ id: String, _ column: String) -> String
    func evidenceKindUnreadable(_ id: String) -> String
    /// A programming error that must never reach an officer, worded for the maintainer who sees it.
    var keysetNeedsUrgency: String { get }
    func incidentRowUnreadable(_ id: String) -> String
    func stepStatusUnreadable(_ id: String) -> String
    func obligationUnreadable(_ id: String) -> String

    // MARK: - Rule files: policies, playbooks, themes (YAML)

    var fileEmpty: String { get }
    /// `detail`: what the YAML library said, in its own words (English).
    func notYAML(_ detail: String) -> String
    func invalidYAML(_ detail: String) -> String
    func notABoolean(_ text: String) -> String
    var yamlExpectedMapping: String { get }
    var yamlKeyNotText: String { get }
    func yamlUnknownKey(allowed: [String]) -> String
    var yamlKeyTwice: String { get }
    var yamlExpectedList: String { get }
    var yamlExpectedText: String { get }
    func keyRequired(_ key: String) -> String
    func unknownPlaybookCategory(_ name: String) -> String
    var playbookVersion: String { get }
    func stepIDTwice(_ id: String, firstLine: Int) -> String
    func clockMetByTwoSteps(_ kind: ObligationKind, _ otherStep: String) -> String
    var playbookNeedsSteps: String { get }
    var stepIDForm: String { get }
    func stepPhase(_ phases: [IncidentPhase]) -> String
    func translationMissing(_ language: String) -> String
    func translationEmpty(_ language: String) -> String
    func name(of vocabulary: ResponseVocabulary.Kind) -> String
    func notInVocabulary(_ text: String, _ vocabulary: ResponseVocabulary.Kind) -> String
    /// Who does a playbook step (the regional plan's tiers).
    func name(of tier: ResponseTier) -> String
    func policyRowTwice(_ kind: ObligationKind) -> String
    var retentionUnit: String { get }
    /// `name`: already quoted, or nil when the kind is not text at all.
    func unknownObligationKind(_ name: String?) -> String
    func notALevelBand(_ text: String) -> String
    func notADuration(_ text: String) -> String
    var durationOrMap: String { get }
    func notALevelOrRange(_ text: String) -> String
    func levelGivenTwice(_ band: LevelBand) -> String
    /// `says`: what the file says instead, already quoted, when it says anything.
    func regionMustExtend(_ base: String, says: String?) -> String
    func regionCannotAddRow(_ base: String, _ kind: ObligationKind) -> String
    func dueWithinMissing(_ levels: String) -> String
    func startsAfterMissingRow(_ kind: ObligationKind) -> String
    func notAStart(_ text: String) -> String
    var themeNeedsName: String { get }
    /// `number`: digits only, as written.
    func colourOutOfRange(_ number: String) -> String
    func notAColour(_ text: String, names: String) -> String

    // MARK: - The desk database and the evidence vault

    func cannotCreateFolder(_ folder: String) -> String
    func notAFolder(_ path: String) -> String
    var noFileGiven: String { get }
    var fileNameHasControl: String { get }
    var evidenceIsAFolder: String { get }
    var notARegularFile: String { get }
    /// `path` already quoted.
    func vaultProblem(_ path: String, reason: String) -> String
    func vaultFull(_ path: String, reason: String, written: Int64, total: Int64) -> String
    func describe(_ failure: FileFailure) -> String
    var readFailed: String { get }

    // MARK: - What verify found (the hash chain, the projections, the vault)

    /// Rows of `table` for an incident the journal never opened.
    func strayRows(_ table: String, _ id: String) -> String
    func strayCustody(_ id: String) -> String
    func queueOrderDiffers(_ id: String) -> String
    /// The row at `seq` follows `previous`: the rows between are gone.
    func rowsMissing(after previous: Int64, _ seq: Int64) -> String
    var outOfSequence: String { get }
    var emptyColumn: String { get }
    func chainBroken(_ previous: Int64) -> String
    var rowAltered: String { get }
    var bodyNotCanonical: String { get }
    /// Region codes, nil when the desk has none.
    func regionDiffers(journal: String?, stored: String?) -> String
    var storedPolicyDiffers: String { get }
    func storedPlaybookDiffers(_ key: String) -> String
    func storedAgencyDiffers(_ id: String) -> String
    func incidentOnlyStored(_ id: String) -> String
    func incidentNotStored(_ id: String) -> String
    /// `parts`: the field, column or table names that differ, as the code names them.
    func storedIncidentDiffers(_ id: String, _ parts: [String]) -> String
    func storedEvidenceDiffers(_ id: String) -> String
    var numberingDiffers: String { get }
    func vaultFileMissing(_ id: String, _ file: String) -> String
    func vaultFileUnreadable(_ id: String, _ file: String, reason: String) -> String
    func vaultFileChanged(_ id: String, _ file: String, now: String, size: Int64, recorded: String, recordedSize: Int64) -> String
    func vaultLeftoverOfDisposal(_ file: String, _ id: String) -> String
    func vaultLeftoverOfAdd(_ file: String) -> String
    func vaultTemporaryFile(_ name: String) -> String

    // MARK: - The desk service: opening a desk, its rules, its files

    var noEvidenceRecorded: String { get }
    func noDeskAt(_ path: String) -> String
    func otherRegionsDesk(_ region: Region, not wanted: Region) -> String
    var keepingLastPolicy: String { get }
    var noRuleFolder: String { get }
    func alreadyOnTheDesk(as id: String) -> String
    func demoBelongsTo(_ region: Region) -> String
    var demoNeedsEmptyDesk: String { get }
    func notADemoDesk(_ path: String) -> String
    /// A problem with an environment setting or an option, named by it.
    func inSetting(_ name: String, _ problem: String) -> String
    var homeNotSet: String { get }
    func actorName(_ problem: String) -> String
    func fileCannotBeRead(_ path: String) -> String
    func categoryCoveredTwice(_ category: String, in path: String, by other: String) -> String
    func noPlaybookFor(_ category: String) -> String
    var cannotBeRead: String { get }
    /// An input file and what is wrong with it.
    func inputFile(_ path: String, _ problem: String) -> String
    var inputIsAFolder: String { get }
    var inputUnreadable: String { get }

    // MARK: - The console: the desk behind it

    func ingested(_ count: Int, duplicates: Int, from path: String) -> String
    /// What happened first, the path last: on a narrow screen the path is what gets cut.
    func databaseDeleted(_ path: String) -> String
    func databaseReplaced(_ path: String) -> String
    func databaseReadOnly(_ path: String) -> String
    func noTheme(_ path: String) -> String

    // MARK: - The command line (what certdesk prints)

    /// Added to a refusal an override would lift.
    var overrideOption: String { get }
    func startedDesk(_ region: Region, at path: String) -> String
    func levelDiffersFromImpact(_ assessed: IncidentLevel, chosen: Int) -> String
    func incidentAtLevel(_ id: String, _ level: IncidentLevel) -> String
    func level(_ level: IncidentLevel) -> String
    var noLevel: String { get }
    func incidentInPhase(_ id: String, _ phase: IncidentPhase) -> String
    func noteAdded(_ id: String, seq: Int64) -> String
    func assigned(_ id: String, to assignee: String?) -> String
    func physicalItemAdded(_ id: String, at location: String) -> String
    func custodyRecorded(_ id: String, _ action: CustodyEntry.Action, holder: String, location: String) -> String
    func evidenceIntact(items: Int, files: Int, bytes: Int64) -> String
    func verifyNote(_ note: String) -> String
    var withinForm: String { get }
    func disposed(_ id: String) -> String
    func removedFile(_ path: String) -> String
    func removedFiles(_ count: Int) -> String
    func stepSkipped(_ id: String, _ step: String) -> String
    /// `meets`: the clocks the step met as it was done.
    func stepDone(_ id: String, _ step: String, meets: [ObligationKind]) -> String
    func categoryChanged(_ id: String, _ category: IncidentCategory, playbook: String) -> String
    var noPlaybookFolderForLint: String { get }
    func playbooksOK(_ count: Int) -> String
    func metState(late: Bool) -> String
    var waived: String { get }
    func demoReady(incidents: Int, agencies: Int, at path: String) -> String
    func ingestedCounts(_ count: Int, duplicates: Int) -> String
    func verifyProgress(_ rows: Int64) -> String
}

extension Words {
    /// A text that already holds both languages (a playbook's title, an agency's name), in this one.
    public func say(_ text: BilingualText) -> String { text.text(in: language) }
}
