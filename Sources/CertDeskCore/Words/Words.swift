/// Every sentence certdesk shows an officer, declared once here and said once per language in
/// `EnglishWords` and `ChineseWords` (the way lazygit keeps its `pkg/i18n`): a message missing
/// from either language does not compile, and a translator reads one file for each language.
///
/// Take the catalogue for a language with `language.words`, or both at once with
/// `BilingualText { $0.… }` for a message that is rendered later (a refusal, a file problem).
/// What comes from outside (ids, titles, paths, typed text) reaches a message already made safe
/// for a terminal by its caller (`TextChecks.quoted`, `SafeText`); the words add none of their own.
public protocol Words: HelpWords, ReplayWords, DrillWords, DirectoryWords, NotificationWords, ReportWords, ExchangeWords, LongWorkWords, Sendable {
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
    /// `show ID --as-of TIME` before the incident was opened.
    func noIncidentAsOf(_ id: String, when: String) -> String
    func noEvidence(_ id: String) -> String
    func deskAlreadyOpen(for region: Region) -> String
    var deskHasNoRegion: String { get }
    func name(of field: AgencyField) -> String
    func agencyFieldEmpty(_ field: AgencyField) -> String
    var contactNameEmpty: String { get }
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
    /// After a clean `verify` without `--anchor`: the chain cannot prove its own tail.
    func verifyNeedsAnchor(_ head: String) -> String
    /// A file in the vault that certdesk never writes there.
    func vaultStrayFile(_ path: String) -> String
    /// Another process held the desk's write lock for `seconds`: nothing was recorded, try again.
    func deskBusy(_ path: String, seconds: Int) -> String
    /// The desk's file could not take a write: `full` when SQLite says the disk is full,
    /// otherwise a write the system refused (a file-size limit, a failing disk).
    func deskNotWritten(_ path: String, full: Bool) -> String
    /// A desk file or folder every user may write (`mode` as `0666`).
    func othersMayWrite(_ path: String, mode: String) -> String
    /// A desk file or folder its group may write, the group not being the sharing group.
    func groupMayWrite(_ path: String, mode: String, group: String, sharing: String?) -> String
    /// A command that records, on a desk this account may only read.
    func deskReadOnly(_ path: String) -> String
    /// A read-only desk whose schema is older than this certdesk.
    func readOnlyDeskOutdated(_ path: String) -> String
    /// The configuration's `group:` names a group the system does not know.
    func unknownSharingGroup(_ name: String) -> String
    /// `--limit` below 1.
    var limitMustBePositive: String { get }
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

    /// `verify --anchor SEQ:HASH`: the row is gone (`last`: the journal's last row now) or holds another hash.
    func anchorRowMissing(_ seq: Int64, last: Int64) -> String
    func anchorHashDiffers(stored: String, anchored: String) -> String
    func anchorHolds(_ seq: Int64) -> String

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
    /// A name or id refused by `NameRule`.
    func nameRefused(_ named: NameRule.Named, _ problem: NameRule.Problem) -> String
    func fileCannotBeRead(_ path: String) -> String
    func categoryCoveredTwice(_ category: String, in path: String, by other: String) -> String
    func noPlaybookFor(_ category: String) -> String
    var cannotBeRead: String { get }
    /// An input file and what is wrong with it.
    func inputFile(_ path: String, _ problem: String) -> String
    var inputIsAFolder: String { get }
    var inputIsADevice: String { get }
    var inputIsASocket: String { get }
    /// A file or stream larger than the `max_input` setting allows (`limit` as `ByteSize` shows it).
    func inputTooLarge(_ limit: String) -> String
    /// A `max_input` value that is not a size.
    func inputLimitForm(_ quoted: String) -> String
    /// An input that held no incident, and why.
    func emptyInput(_ why: EmptyInput) -> String

    // MARK: - The console: the desk behind it

    // MARK: - Settings and where they come from (the configuration file, the rule folders)

    /// The configuration file holds a credential and its group or others may read it.
    func secretInReadableFile(_ path: String) -> String
    var configurationValueEmpty: String { get }
    /// Where a setting came from, as `config show` prints it; the origins that name a folder already hold it.
    func origin(option: String) -> String
    func origin(environment variable: String) -> String
    func origin(configurationFile path: String, line: Int?) -> String
    func origin(configurationFolder path: String) -> String
    func origin(besidePlaybooks path: String) -> String
    func origin(installed path: String) -> String
    func origin(locale variable: String) -> String
    var originLoginName: String { get }
    var originBuiltIn: String { get }
    /// The rules in force, as `playbook lint` and `policy show` say them: `where` is a folder or the built-in copies, `why` the origin.
    func rulesInForce(_ where: String, why: String?) -> String
    func builtInRules(version: String) -> String
    /// `config show`'s first line: the file, and whether it exists.
    func configurationFileLine(_ path: String, exists: Bool) -> String
    var notSet: String { get }

    /// The console cannot start on this terminal. `name` is already made safe.
    var consoleNeedsTerminal: String { get }
    func unknownTerminal(_ name: String) -> String
    var noUTF8Locale: String { get }

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
    func playbooksOK(_ count: Int) -> String
    func metState(late: Bool) -> String
    var waived: String { get }
    func demoReady(incidents: Int, agencies: Int, at path: String) -> String
    func ingestedCounts(_ count: Int, duplicates: Int) -> String
    func verifyProgress(_ rows: Int64) -> String
    /// A word where a subcommand belongs that names none: `word` is already quoted, `command`
    /// the command it was typed under (`certdesk`, `certdesk evidence`), `near` the names it may have meant.
    func notACommand(_ word: String, of command: String, near: [String]) -> String

    // MARK: - The console: keys (help overlay and status-bar hints, from ConsoleBindings)

    /// What each key does, as the help overlay lists it.
    var helpMoveDown: String { get }
    var helpMoveUp: String { get }
    var helpTop: String { get }
    var helpBottom: String { get }
    var helpPageDown: String { get }
    var helpPageUp: String { get }
    var helpHalfPageDown: String { get }
    var helpHalfPageUp: String { get }
    var helpScrollTop: String { get }
    var helpScrollBottom: String { get }
    var helpScrollPageDown: String { get }
    var helpScrollPageUp: String { get }
    var helpScrollHalfDown: String { get }
    var helpScrollHalfUp: String { get }
    var helpOpen: String { get }
    var helpBack: String { get }
    var helpNextTab: String { get }
    var helpPreviousTab: String { get }
    var helpFilter: String { get }
    var helpToggleClosed: String { get }
    var helpCycleOrder: String { get }
    var helpStepDone: String { get }
    var helpStepSkip: String { get }
    var helpNextStep: String { get }
    var helpPreviousStep: String { get }
    var helpSetLevel: String { get }
    var helpChangePhase: String { get }
    var helpAssign: String { get }
    var helpAddNote: String { get }
    var helpMeet: String { get }
    var helpWaive: String { get }
    var helpAddEvidence: String { get }
    var helpRetentionDue: String { get }
    var helpIngest: String { get }
    var helpCommandLine: String { get }
    var helpRepaint: String { get }
    var helpCancelWork: String { get }
    var helpHelp: String { get }
    var helpQuit: String { get }
    /// The short word the status bar shows for a key.
    var hintMoveDown: String { get }
    var hintOpen: String { get }
    var hintBack: String { get }
    var hintNextTab: String { get }
    var hintFilter: String { get }
    var hintStepDone: String { get }
    var hintStepSkip: String { get }
    var hintNextStep: String { get }
    var hintSetLevel: String { get }
    var hintChangePhase: String { get }
    var hintAddNote: String { get }
    var hintMeet: String { get }
    var hintCommandLine: String { get }
    var hintHelp: String { get }
    var hintQuit: String { get }

    // MARK: - The console: the queue, the bars and what the status bar says

    /// A phase as a list or a column shows it: the CLI's word in English, the plan's word in Chinese.
    func shown(_ phase: IncidentPhase) -> String
    func shown(_ category: IncidentCategory) -> String
    func name(of order: QueueQuery.Order) -> String
    func sortedBy(_ order: QueueQuery.Order) -> String
    /// After the queue's order in its heading, while closed incidents are shown too.
    var closedIncludedMark: String { get }
    /// The desk's name in the top bar (`TCN CERT`, `TCN 中彰投`); empty before the desk has a region.
    func regionTitle(_ region: Region?) -> String
    var exerciseTag: String { get }
    /// The title bar's outlook: the next clock to breach, none running, how many incidents have a clock overdue.
    var nextBreach: String { get }
    var noClockInOutlook: String { get }
    func overdueIncidents(_ count: Int) -> String
    /// The tabs of an incident's detail.
    var tabSummary: String { get }
    var tabClocks: String { get }
    var tabPlaybook: String { get }
    var tabTimeline: String { get }
    var tabIndicators: String { get }
    var tabEvidence: String { get }
    /// A key pressed outside the tabs it works in (`d works in the Playbook tab of an incident`); tab names already in this language.
    func worksInTabs(_ key: String, tabs: [String]) -> String
    /// A key pressed in the other view: `inQueue` when it works in the queue.
    func worksIn(_ key: String, inQueue: Bool) -> String
    func doesNothing(_ key: String) -> String
    func leftTheQueue(_ id: String) -> String
    /// `new: TCN-2026-0014 level 3 主機…` for incidents another process brought in; `more`: how many others came too.
    func arrived(_ id: String, level: IncidentLevel?, exercise: Bool, title: String, more: Int) -> String
    /// Why a key or a command could not be recorded (the database is gone or read-only).
    func notRecorded(_ why: String) -> String
    /// What the status bar says while the filter prompt is open.
    var filterHint: String { get }
    var commandHint: String { get }
    var pathHint: String { get }
    var reasonHint: String { get }
    var textHint: String { get }
    var noIncidentSelected: String { get }
    var reasonNeeded: String { get }
    var pathNeeded: String { get }
    /// Meeting a clock is a fact in the world: the console asks when it happened.
    func sayWhen(_ kind: ObligationKind) -> String
    func moved(_ id: String, to phase: IncidentPhase, override: Bool) -> String
    var quietDesk: String { get }
    var noMatch: String { get }
    func tooSmall(rows: Int, columns: Int) -> String
    /// SP 800-61 r2 phases as the regional plan explains them (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14515–14572).
    func meaning(of phase: IncidentPhase) -> String

    // MARK: - The console: the command line (`:`)

    /// What each `:` command does, as the help overlay lists it.
    var commandLevelHelp: String { get }
    var commandPhaseHelp: String { get }
    var commandMeetHelp: String { get }
    var commandWaiveHelp: String { get }
    var commandNoteHelp: String { get }
    var commandAssignHelp: String { get }
    var commandIngestHelp: String { get }
    var commandFilterHelp: String { get }
    var commandSortHelp: String { get }
    var commandClosedHelp: String { get }
    var commandHelpHelp: String { get }
    var commandQuitHelp: String { get }
    /// The help overlay: its title, where a key works (`[queue] `, `［佇列］`), the command line's heading, a command's other names, editing in a prompt.
    var helpTitle: String { get }
    func helpPlace(_ names: String) -> String
    var queueView: String { get }
    var detailView: String { get }
    var commandLineHeading: String { get }
    func alsoTyped(_ aliases: String) -> String
    var promptEditingHelp: String { get }
    /// `list`: the commands it could be, each with its `:`.
    func commandAmbiguous(_ verb: String, _ list: String) -> String
    /// `near`: the commands it may have meant (empty when none is near).
    func commandUnknown(_ verb: String, near: String) -> String
    var levelUsage: String { get }
    func levelNeedsReason(_ level: Int) -> String
    func levelSet(_ id: String, _ level: IncidentLevel) -> String
    var phaseUsage: String { get }
    /// What a mistyped name should have been, in "… is not a phase".
    var phaseWord: String { get }
    var clockWord: String { get }
    var orderWord: String { get }
    var meetUsage: String { get }
    func clockMet(_ id: String, _ kind: ObligationKind) -> String
    var waiveUsage: String { get }
    func clockWaived(_ id: String, _ kind: ObligationKind) -> String
    /// The label of a prompt.
    func noteLabel(_ id: String) -> String
    func noteAddedTo(_ id: String) -> String
    func assignedTo(_ id: String, _ assignee: String?) -> String
    func sortUsage(_ orders: [String]) -> String

    // MARK: - The console: prompts, pickers and what they record

    var filterLabel: String { get }
    var showingClosed: String { get }
    var hidingClosed: String { get }
    var ingestLabel: String { get }
    func stepDoneAt(_ id: String, _ step: String) -> String
    func whySkip(_ id: String, _ step: String) -> String
    func evidenceFileLabel(_ id: String) -> String
    var noOpenStep: String { get }
    func phaseOf(_ id: String) -> String
    func assignLabel(_ id: String) -> String
    var assignHint: String { get }
    func noRunningClock(_ id: String) -> String
    func whichClockMet(_ id: String) -> String
    func whichClockToWaive(_ id: String) -> String
    /// The two choices for each clock still running when an incident closes (the same width in each language).
    var settleByMeeting: String { get }
    var settleByWaiving: String { get }
    var settleByOverride: String { get }
    func clocksRunningBeforeClose(_ id: String, _ count: Int) -> String
    func overrideReasonLabel(_ id: String, openSteps: String) -> String
    var noFileMatches: String { get }
    func stepSkippedAt(_ id: String, _ step: String) -> String
    func whatKindOfEvidence(_ id: String) -> String
    var evidenceDescriptionNeeded: String { get }
    func clockNoteLabel(_ id: String, _ kind: ObligationKind) -> String
    /// `metAt`: the local time typed, nil for now.
    func clockNoteHint(metAt: String?) -> String
    func evidenceDescriptionLabel(_ id: String) -> String
    func whyCloseWithClocks(_ id: String) -> String
    func metAtLabel(_ id: String, _ kind: ObligationKind) -> String
    /// `physicalFact`: the clock records something that happened in the world (the team arrived), so "now" is not offered.
    func meetingTimeHint(physicalFact: Bool) -> String
    func whyWaive(_ id: String, _ kind: ObligationKind) -> String
    var noLevelYet: String { get }
    /// The level form: its title, and whether the level shown was chosen or follows from C/I/A.
    func levelFormTitle(_ id: String) -> String
    var levelChosen: String { get }
    var levelFromImpact: String { get }
    /// `hash`: the first digits of the SHA-256; `size` already in units.
    func evidenceAdded(_ id: String, hash: String, size: String) -> String

    // MARK: - Timelines: what each journal event did, in one line

    /// `time` gives a moment in local time, to the second.
    func summary(of event: DeskEvent, time: (Instant) -> String) -> String

    // MARK: - Pages and tables: headings, labels and the words on them

    func heading(_ column: TableHeading) -> String
    func label(_ field: FieldName) -> String
    /// A level on a page (`3` next to its label in English, `第 3 級`), or unclassified.
    func levelValue(_ level: IncidentLevel?) -> String
    /// A level in a line of text: `level 3`, `第3級`.
    func levelInline(_ level: IncidentLevel?) -> String
    /// Marks a drill in a list (`[EXERCISE] `).
    var exerciseMark: String { get }
    /// Marks a drill on the `show` page: both words, so a pasted page is clear in either language.
    var exerciseBanner: String { get }
    var required: String { get }
    var loading: String { get }
    func fromFile(_ file: String) -> String
    func openedBy(_ time: String, _ actor: String) -> String
    /// Section headings of the `show` page.
    var descriptionHeading: String { get }
    var noClockRunning: String { get }
    /// An incident's Clocks tab and Indicators tab when they hold nothing.
    var noLegalClock: String { get }
    var noIndicator: String { get }
    /// A clock's state in a list: the time left, how late, or how it ended.
    func timeLeft(_ left: String) -> String
    func overdueBy(_ late: String) -> String
    func metAt(_ time: String, late: Bool) -> String
    func waivedBecause(_ reason: String) -> String
    /// `1–2 and unclassified`, `3–4`, `all`: how the regulation writes the levels a rule applies to.
    func levels(_ bands: Set<LevelBand>) -> String
    func policyTitle(_ name: String) -> String
    func policyFiles(_ files: [String]) -> String
    /// A rule that warns at the desk's default time before it is due.
    var defaultWarning: String { get }
    /// A row the region's file changed.
    var regionalRow: String { get }
    func evidenceRetention(_ duration: String) -> String
    /// One duration of a rule that varies by level: `8h for 1–2 and unclassified`.
    func durationFor(_ duration: String, levels: Set<LevelBand>) -> String
    var currentPhaseMark: String { get }
    /// A playbook step's detail, line by line.
    func stepNext(_ text: String) -> String
    func stepWhy(_ why: String) -> String
    func stepWho(_ tier: ResponseTier, required: Bool) -> String
    func stepEvidence(_ kinds: [EvidenceKind]) -> String
    func stepMeets(_ kind: ObligationKind) -> String
    func stepReferences(_ references: [String]) -> String
    var noIncidents: String { get }
    /// Why a clock was waived, as the officer reads it: the reason given, the closing it was waived by, or the level change that took it away.
    func waiverReason(of obligation: Obligation) -> String
    /// What was written when a clock was met: the officer's note, else the playbook step that met it.
    func meetingNote(_ note: String?, step: String?) -> String

    // MARK: - Evidence: the register, an item, retention

    var noEvidence: String { get }
    /// A kind of evidence as a list or a column shows it: the CLI's word in English.
    func shown(_ kind: EvidenceKind) -> String
    func shown(_ action: CustodyEntry.Action) -> String
    func registeredBy(_ time: String, _ actor: String) -> String
    func disposedBy(_ time: String, _ actor: String) -> String
    var checkedOutMark: String { get }
    var chainOfCustody: String { get }
    /// Retention that has not started: it counts from the incident's closure.
    var retentionFromClosure: String { get }
    /// An item's status in the register.
    var evidenceDisposed: String { get }
    var evidenceOnHold: String { get }
    var evidenceCheckedOut: String { get }
    var evidenceMayBeDisposed: String { get }
    var evidenceKept: String { get }
    /// The console's evidence tab and the desk-wide retention overlay.
    var noEvidenceOnTab: String { get }
    var evidenceShowHint: String { get }
    /// `mayBeDisposed`: items past retention and not on hold; `dueSoon`: all the list holds (due within three months).
    func retentionTitle(mayBeDisposed: Int, dueSoon: Int) -> String
    var noRetentionEnded: String { get }
    var disposeHint: String { get }

    // MARK: - Shifts and handover (EnglishWords+Shifts, ChineseWords+Shifts)

    func shiftSummary(of event: DeskEvent, time: (Instant) -> String) -> String
    func shiftEventOutOfOrder(_ kind: String, shift: Int) -> String
    func shiftStillOpen(_ id: Int, officer: String, since: String) -> String
    var noShiftOnWatch: String { get }
    var journalMovedDuringReport: String { get }
    func noHandoverOffered(_ shift: Int) -> String
    /// `count` rows recorded after the offer; `incidents` those they touched (may be empty).
    func recordedSinceOffer(_ count: Int, incidents: [String]) -> String
    func digestNotOffered(shown: String, offered: String) -> String
    func beforeShiftBegan(_ when: String, _ shift: Int, began: String) -> String
    func shiftRowUnreadable(_ id: Int) -> String
    func storedShiftDiffers(_ id: Int) -> String
    func handoverSettingUnit(_ key: String) -> String
    func noShift(_ id: Int) -> String
    /// The handover report's headings and labels.
    func handover(_ label: HandoverLabel) -> String
    func handoverTitle(shift: Int) -> String
    func shiftSpan(from: String, to: String?) -> String
    func journalHeadText(seq: Int64, hash: String) -> String
    func horizonText(hours: String) -> String
    func verifyLater(_ command: String) -> String
    /// `值班 林志明 since 08:00`: who is on watch, from the open shift.
    func onWatch(_ officer: String, since: String) -> String
    var noShiftOnWatchTitle: String { get }
    var noShifts: String { get }
    func shiftColumn(_ column: ShiftListColumn) -> String
    func outsideShifts(_ rows: String) -> String
    func rows(_ first: Int64, _ last: Int64) -> String
    var onWatchNow: String { get }
    func startedByForce(_ reason: String) -> String
    func offeredAt(_ time: String) -> String
    func acceptedBy(_ officer: String, at: String) -> String
    func acceptedLate(minutes: Int) -> String
    func notAcceptedWithin(minutes: Int) -> String
    var endedWithoutSuccessor: String { get }
    var endedWithoutHandover: String { get }
    var digestHolds: String { get }
    func digestMismatch(recorded: String, rebuilt: String) -> String
    func shiftNeverOffered(_ id: Int) -> String
    var markdownOrJSON: String { get }
    var remarkRecorded: String { get }
    func handoverOffered(_ shift: Int, digest: String, anchor: String, acceptBy: String) -> String
    func journalRowMissing(_ seq: Int64) -> String
    // The handover and shift-review views in the console.
    var helpHandover: String { get }
    var helpShiftReview: String { get }
    var helpRemarkHandover: String { get }
    var hintRemarkHandover: String { get }
    var helpOfferHandover: String { get }
    var hintOfferHandover: String { get }
    var helpAcceptHandover: String { get }
    var hintAcceptHandover: String { get }
    var handoverView: String { get }
    var shiftsView: String { get }
    var shiftReportView: String { get }
    /// `o works in the handover view`
    func worksInView(_ key: String, _ place: String) -> String
    var handoverDraftOnScreen: String { get }
    func recordedSinceOfferOnScreen(_ count: Int) -> String
    /// The status-bar flag: an offer not signed within `handover_accept_within`.
    func handoverNotSigned(offeredAt: String, minutes: Int) -> String
    func handoverWaitingForSignature(offeredAt: String, by: String) -> String
    func shiftReviewTitle(_ count: Int) -> String
    /// Between the flags of a shift (`offered 08:00; accepted by …`).
    var flagSeparator: String { get }
    func remarkLabel(shift: Int) -> String
    func remarkRecordedFor(shift: Int) -> String
    func acceptOfficerLabel(shift: Int) -> String
    var acceptOfficerHint: String { get }
    var officerNeeded: String { get }
    func acceptRemarkLabel(officer: String) -> String
    var acceptRemarkHint: String { get }
    func handoverOfferedOnScreen(_ shift: Int, digest: String, acceptBy: String) -> String
    func handedOver(_ shift: Int, to officer: String, next: Int) -> String
}

extension Words {
    /// A text that already holds both languages (a playbook's title, an agency's name), in this one.
    public func say(_ text: BilingualText) -> String { text.text(in: language) }
}
