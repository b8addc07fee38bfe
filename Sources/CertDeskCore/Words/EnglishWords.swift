/// certdesk's interface in English. Every entry is declared, with its meaning, in `Words`.
public struct EnglishWords: Words {
    public init() {}
    public var language: InterfaceLanguage { .en }

    // MARK: - Names of the desk's values

    public func name(of category: IncidentCategory) -> String {
        switch category {
        case .ransomware: "ransomware"
        case .ddos: "DDoS"
        case .defacement: "web defacement"
        case .dataLeak: "data leak"
        case .unauthorizedAccess: "unauthorized access"
        case .malwareOutbreak: "malware outbreak"
        case .c2Beacon: "C2 beacon"
        case .phishing: "phishing"
        case .spam: "spam"
        case .other: "other"
        }
    }
    public func name(of phase: IncidentPhase) -> String {
        switch phase {
        case .preparation: "preparation"
        case .detectionAnalysis: "detection & analysis"
        case .containmentEradicationRecovery: "containment/eradication/recovery"
        case .postIncident: "post-incident"
        case .closed: "closed"
        }
    }
    public func name(of kind: ObligationKind) -> String {
        switch kind {
        case .reportPlatform: "report on the notification platform"
        case .platformReentry: "re-enter the report on the platform"
        case .notifyAgencyContact: "notify the agency's incident contact"
        case .ncertEscalation: "escalate to N-CERT"
        case .review: "review the level"
        case .forwardReview: "forward the review result"
        case .onSite: "rapid-response team on site"
        case .damageControl: "damage control or recovery"
        case .investigationReport: "investigation, handling and improvement report"
        case .renotify: "report the level change"
        }
    }
    public func name(of region: Region) -> String {
        switch region {
        case .taipei: "Taipei region"
        case .newTaipei: "New Taipei region"
        case .taoyuan: "Taoyuan region (Tao-Chu-Chu-Miao)"
        case .taichung: "Taichung–Changhua–Nantou region (TCN)"
        case .tainan: "Yun-Chia-Chia-Nan region"
        case .kaohsiung: "Kaohsiung region"
        }
    }
    public func name(of kind: EvidenceKind) -> String {
        switch kind {
        case .diskImage: "disk image"
        case .memoryImage: "memory image"
        case .log: "log"
        case .pcap: "packet capture"
        case .screenshot: "screenshot"
        case .malwareSample: "malware sample"
        case .document: "document"
        case .email: "email"
        case .physical: "physical item"
        }
    }
    public func name(of action: CustodyEntry.Action) -> String {
        switch action {
        case .collected: "collected"
        case .transferred: "transferred"
        case .checkedOut: "checked out"
        case .checkedIn: "checked in"
        case .held: "put on hold"
        case .released: "hold released"
        case .disposed: "disposed of"
        }
    }
    public func name(of asset: LevelBasis.AssetClass) -> String {
        switch asset {
        case .nonCore: "non-core information or system"
        case .core: "core business information or system (not CI)"
        case .coreCI: "core business of critical infrastructure"
        case .officialSecret: "general official secret"
        case .sensitive: "sensitive information"
        case .nationalSecret: "national secret"
        }
    }

    // MARK: - The level from C/I/A (資通安全事件通報及應變辦法 Art 2)

    public func levelSource(_ level: IncidentLevel) -> String {
        switch level {
        case .one, .two: " (Art 2, verified text)"
        case .three: " (Art 2, partly verified text)"
        case .four: " (Art 2, as commonly stated)"
        }
    }
    public func disclosure(_ severity: LevelBasis.Severity, of asset: LevelBasis.AssetClass, level: IncidentLevel) -> String {
        "\(severity.rawValue) disclosure of \(name(of: asset)) → level \(level.rawValue)\(levelSource(level))"
    }
    public func tampering(_ severity: LevelBasis.Severity, of asset: LevelBasis.AssetClass, level: IncidentLevel) -> String {
        "\(severity.rawValue) tampering of \(name(of: asset)) → level \(level.rawValue)\(levelSource(level))"
    }
    public func operationAffected(of asset: LevelBasis.AssetClass, restored: Bool, level: IncidentLevel, treatedAs: LevelBasis.AssetClass?) -> String {
        let treated = treatedAs.map { " (availability is graded by system class; treated as \(name(of: $0)))" } ?? ""
        return "operation of \(name(of: asset)) affected, \(restored ? "restored" : "not restored") within the tolerable interruption time → level \(level.rawValue)\(treated)\(levelSource(level))"
    }
    public var noImpactStated: String {
        "no confidentiality, integrity or availability impact stated: Art 2 gives no level"
    }
    public func worstImpact(_ level: IncidentLevel) -> String {
        "the level is the worst of the impacts: level \(level.rawValue)"
    }

    // MARK: - Refusals: what the desk will not record, and why

    public func name(of field: CheckedText) -> String {
        switch field {
        case .reason: "reason"
        case .overrideReason: "override reason"
        case .note: "note"
        case .description: "description"
        case .physicalItem: "physical item"
        case .purpose: "purpose"
        case .remark: "remark"
        case .recipient: "recipient"
        case .subject: "subject"
        case .message: "message"
        }
    }
    public func textEmpty(_ field: CheckedText) -> String { "the \(name(of: field)) cannot be empty" }
    public func textTooLong(_ field: CheckedText, limit: Int) -> String {
        "the \(name(of: field)) is limited to \(limit) characters"
    }
    public func clockName(_ obligation: Obligation) -> String { "\(obligation.name)" }
    public func noIncident(_ id: String) -> String { "no incident \(id) on this desk" }
    public func noIncidentAsOf(_ id: String, when: String) -> String { "no incident \(id) on this desk as of \(when)" }
    public func noEvidence(_ id: String) -> String { "no evidence \(id) on this desk" }
    public func deskAlreadyOpen(for region: Region) -> String { "the desk is already open for \(region.code)" }
    public var deskHasNoRegion: String { "the desk has no region yet" }
    public func name(of field: AgencyField) -> String {
        switch field {
        case .id: "id"
        case .name: "name"
        case .county: "county"
        case .type: "type"
        }
    }
    public func agencyFieldEmpty(_ field: AgencyField) -> String { "an agency's \(name(of: field)) cannot be empty" }
    public var contactNameEmpty: String { "a contact's name cannot be empty" }
    public func closedLevelUnchanged(_ id: String) -> String {
        "\(id) is closed; move it back to a phase before changing its level"
    }
    public var impactGivesNoLevel: String {
        "the C/I/A facts given show no impact, so they give no level; give a level 1–4"
    }
    public var levelOrImpactNeeded: String { "give a level 1–4 or the C/I/A impact and asset class" }
    public func alreadyAtLevel(_ id: String, _ level: IncidentLevel) -> String {
        "\(id) is already level \(level.rawValue)"
    }
    public func alreadyInPhase(_ id: String, _ phase: IncidentPhase) -> String {
        "\(id) is already in \(phase.rawValue)"
    }
    public func alreadyInCategory(_ id: String, _ category: IncidentCategory) -> String {
        "\(id) is already \(category.rawValue)"
    }
    public func alreadyAssigned(_ id: String, to assignee: String?) -> String {
        "\(id) is already assigned to \(assignee ?? "nobody")"
    }
    public func name(of moment: PastMoment) -> String {
        switch moment {
        case .time: "the time"
        case .acquisition: "the acquisition time"
        case .asOf: "--as-of"
        }
    }
    public func inTheFuture(_ moment: PastMoment, when: String, now: String) -> String {
        "\(name(of: moment)) \(when) is in the future (desk time \(now))"
    }
    public func beforeIncidentBegan(when: String, began: String) -> String {
        "the time \(when) is before the incident began (\(began))"
    }
    public func beforeClockStarted(when: String, _ obligation: Obligation, started: String) -> String {
        "the time \(when) is before \(obligation.name) started (\(started))"
    }
    public func phaseGate(_ id: String, steps: [String], clocks: [Obligation]) -> String {
        var open: [String] = []
        if !steps.isEmpty { open.append("required steps open: \(steps.joined(separator: ", ")) (do or skip them)") }
        if !clocks.isEmpty { open.append("clocks still running: \(clocks.map(\.name).joined(separator: ", ")) (meet or waive each)") }
        return "\(id) has \(open.joined(separator: "; ")); or override with a reason"
    }
    public func noPlaybook(_ id: String) -> String { "\(id) has no playbook" }
    public func noSuchStep(_ id: String, category: String, version: Int, step: String) -> String {
        "\(id)'s playbook (\(category) v\(version)) has no step \(step)"
    }
    public func stepDoesNotApply(_ step: String, to id: String) -> String {
        "step \(step) does not apply to \(id) (its conditions do not hold)"
    }
    public func stepAlreadyRecorded(_ step: String, status: StepRecord.Status, at: String, by: String) -> String {
        "step \(step) was already \(status.rawValue) at \(at) by \(by)"
    }
    public func noSuchClock(_ id: String, _ kind: ObligationKind) -> String {
        "\(id) has no \(kind.rawValue) clock (it does not apply at this level, or has not started yet)"
    }
    public func clockAlreadyMet(_ id: String, _ obligation: Obligation, at: String) -> String {
        "\(id) \(obligation.name) was already met at \(at)"
    }
    public func clockAlreadyWaived(_ id: String, _ obligation: Obligation, reason: String) -> String {
        "\(id) \(obligation.name) was waived: \(reason)"
    }
    public var evidenceFileOrPhysical: String {
        "an item is either a file or a physical item (--physical), not both or neither"
    }
    public var physicalNeedsLocation: String { "a physical item needs --location (where it is kept)" }
    public func beforeAcquired(when: String, _ id: String, acquired: String) -> String {
        "the time \(when) is before \(id) was acquired (\(acquired))"
    }
    public var receiverNeeded: String { "say who receives it (--to)" }
    public func alreadyCheckedOut(_ id: String, to holder: String) -> String {
        "\(id) is already checked out to \(holder)"
    }
    public func notCheckedOut(_ id: String) -> String { "\(id) is not checked out" }
    public func alreadyOnHold(_ id: String) -> String { "\(id) is already on hold" }
    public func notOnHold(_ id: String) -> String { "\(id) is not on hold" }
    public func notACustodyChange(_ action: CustodyEntry.Action) -> String {
        "\(action.rawValue) is not a custody change"
    }
    public func onHoldCannotDispose(_ id: String, hold: String) -> String {
        "\(id) is on hold (\(hold)); release it first"
    }
    public func retentionNotStarted(incident: String) -> String {
        "\(incident) is not closed: retention has not even started"
    }
    public func keptUntil(_ id: String, until: String) -> String { "\(id) must be kept until \(until)" }
    public func checkedOutCannotDispose(_ id: String, holder: String) -> String {
        "\(id) is checked out to \(holder); check it in first"
    }
    public func alreadyDisposed(_ id: String, at: String, by: String) -> String {
        "\(id) was disposed of at \(at) by \(by)"
    }

    // MARK: - JSON syntax (the parser names the line and column)

    public var jsonEndsEarly: String { "the JSON ends too early (truncated?)" }
    public func jsonUnexpected(_ character: String) -> String { "unexpected \(character); this is not valid JSON" }
    public var jsonUnexpectedText: String { "unexpected text; this is not valid JSON" }
    public func jsonTooDeep(_ levels: Int) -> String { "JSON nested deeper than \(levels) levels" }
    public func jsonKeyTwice(_ key: String) -> String { "the key \(key) appears twice in one object" }
    public var notUTF8: String { "the text is not valid UTF-8" }
    public func jsonRawControl(_ code: String) -> String {
        "a raw control character \(code) inside a string; JSON needs it escaped"
    }
    public var jsonStringNotClosed: String { "a string is not closed (truncated?)" }
    public var jsonLoneSurrogate: String { "a lone UTF-16 surrogate in a \\u escape" }
    public func jsonUnknownEscape(_ character: Character) -> String { "an unknown escape \\\(character)" }
    public var jsonEscapeCutShort: String { "a \\u escape is cut short" }
    public var jsonEscapeNeedsHex: String { "a \\u escape needs four hex digits" }
    public var jsonLeadingZero: String { "a number with a leading zero" }
    public var jsonNumberOutOfRange: String { "a number out of range" }
    public var jsonTextAfterEnd: String { "unexpected text after the end of the JSON" }

    // MARK: - Times (ISO 8601 / RFC 3339, and the forms typed at the desk)

    public var notISO8601: String { "is not an ISO 8601 time (expected e.g. 2026-03-02T09:05:00+08:00)" }
    public var timeHasNoTimeOfDay: String { "has a date but no time of day (expected e.g. 2026-03-02T09:05:00+08:00)" }
    public var timeHasEmptyFraction: String { "has a decimal point with no fraction after it" }
    public var timeHasNoOffset: String {
        "has no UTC offset; add Z or +08:00 so the legal clock starts at the right moment"
    }
    public var timeOffsetOutOfRange: String { "has a UTC offset out of range" }
    public var timeTextAfterOffset: String { "has unexpected text after the UTC offset" }
    public var timeYearOutOfRange: String { "has a year outside 1900–9999" }
    public func timeNoSuchMonth(_ month: Int) -> String { "has no month \(month)" }
    public func timeNoSuchDay(_ day: Int, year: Int, month: Int) -> String {
        "has no day \(day) in \(year)-\(Digits.two(month))"
    }
    public var timeOfDayOutOfRange: String { "has a time of day out of range" }
    public func notATime(_ typed: String) -> String {
        "\(typed) is not a time: use now, HH:MM, YYYY-MM-DD HH:MM or ISO 8601"
    }

    // MARK: - JSON fields (a ticket, a bundle, a journal body)

    public func name(of shape: JSONValue.Shape) -> String {
        switch shape {
        case .null: "null"
        case .boolean: "a boolean"
        case .wholeNumber, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
    public func jsonWrongType(expected: JSONValue.Shape, found: JSONValue.Shape) -> String {
        let wanted = switch expected {
        case .boolean: "true or false"
        case .wholeNumber: "a whole number"
        default: name(of: expected)
        }
        return "expected \(wanted), found \(name(of: found))"
    }
    public func fieldTooLong(_ length: Int, limit: Int) -> String {
        "is \(length) characters long; the limit is \(limit)"
    }
    public var fieldRequired: String { "is required" }
    public var fieldEmpty: String { "is empty" }

    // MARK: - Names typed or read (a value of a fixed set, a command word)

    public func notOneOf(_ text: String, _ names: String) -> String { "\(text) is not one of: \(names)" }
    public func ambiguousName(_ typed: String, _ candidates: String) -> String {
        "\(typed) could be any of: \(candidates)"
    }
    public func unknownName(_ typed: String, what: String, names: String) -> String {
        "\(typed) is not a \(what); use one of: \(names)"
    }
    public func didYouMean(_ typed: String, what: String, near: String) -> String {
        "\(typed) is not a \(what); did you mean \(near)?"
    }

    // MARK: - Tickets and bundles coming in (README, "Ticket format")

    public var ticketSourceKind: String { "a ticket's source is soc-ticket or agency-report" }
    public var awarenessRequired: String { "is required: the 1-hour notification clock starts at awareness (知悉)" }
    public func ticketLevelOutOfRange(_ level: Int64) -> String {
        "level \(level) is out of range; use 1–4, or leave it out while unclassified"
    }
    public func tooManyEntries(_ count: Int, limit: Int) -> String { "has \(count) entries; the limit is \(limit)" }
    public func timeInTheFuture(_ time: String, now: String) -> String { "\(time) is in the future (desk time \(now))" }
    public func awareBeforeOccurred(_ occurredKey: String) -> String {
        "awareness cannot come before the incident occurred (\(occurredKey))"
    }
    public func reportBeforeOccurred(_ occurredKey: String) -> String {
        "the report cannot come before the incident occurred (\(occurredKey))"
    }
    public func notAValidIndicator(_ kind: Indicator.Kind) -> String { "is not a valid \(kind.rawValue) value" }
    public func stixIDPrefix(_ id: String, prefix: String) -> String { "\(id) does not start with \(prefix)" }
    public func stixPropertyRequired(type: String) -> String { "is required for a STIX 2.1 \(type)" }
    public var bundleIDPrefix: String { "a bundle id starts with bundle--" }
    public func stixUnattached(_ count: Int) -> String {
        "\(count) indicator/observed-data/sighting object(s) relate to no incident and were not attached"
    }
    public var bundleHasNoIncident: String { "the bundle holds no incident object" }
    public var onlySTIX21: String { "only STIX 2.1 is read" }
    public func tooManyRelatedIndicators(_ count: Int, limit: Int) -> String {
        "relates to \(count) indicators; the limit is \(limit)"
    }
    public func relatedIndicatorTooLong(limit: Int) -> String {
        "a related indicator is longer than \(limit) characters"
    }
    public func criticalityOutOfRange(_ criticality: Int64) -> String { "criticality \(criticality) is outside 0–100" }
    public var jsonLinesTwoOnALine: String {
        "another value starts on the same line; JSON Lines needs one object per line"
    }
    public var jsonLinesNotAnObject: String { "expected a JSON object at the start of this line" }
    public var notAnIngestFile: String { "not a JSON object, array or JSON Lines file (is this JSON at all?)" }

    // MARK: - Journal bodies that do not read back (verify names them)

    public var unreadable: String { "unreadable" }
    public func unknownLevel(_ name: String) -> String { "unknown level \(name)" }
    public var unknownStart: String { "unknown start" }
    public func levelNotOneToFour(_ level: Int64) -> String { "level \(level) is not 1–4" }
    public func unreadableDuration(for level: String) -> String { "unreadable duration for \(level)" }
    public var deskOpenedTwice: String { "the desk was already opened" }
    public func incidentOpenedTwice(_ id: String) -> String { "incident \(id) was opened twice" }
    public func sourceOpenedTwice(_ source: String) -> String { "source \(source) was opened twice" }
    public func eventForUnknownIncident(_ kind: String, _ id: String) -> String { "\(kind) for unknown incident \(id)" }
    public func eventForUnknownClock(_ event: String, _ id: String, _ kind: ObligationKind, _ ordinal: Int) -> String {
        "\(event): \(id) has no \(kind.rawValue) #\(ordinal)"
    }
    public func evidenceAddedTwice(_ id: String) -> String { "evidence \(id) was added twice" }
    public func custodyForUnknownEvidence(_ id: String) -> String { "custody change for unknown evidence \(id)" }
    public func disposalOfUnknownEvidence(_ id: String) -> String { "disposal of unknown evidence \(id)" }
    public func eventHasNoIncident(_ kind: String) -> String { "\(kind) has no incident" }
    public func unknownEventKind(_ kind: String) -> String { "unknown event kind \(kind)" }
    public func eventBodyUnreadable(_ kind: String, _ detail: String) -> String { "\(kind) body: \(detail)" }
    public func verifyNeedsAnchor(_ head: String) -> String {
        "the chain holds up to its newest row, \(head); it cannot show that its tail was not rewritten whole: "
            + "keep that row outside the desk (each handover report prints one) and check it later with certdesk verify --anchor \(head)"
    }
    public func vaultStrayFile(_ path: String) -> String {
        "vault: \(path) is not a file certdesk keeps (no evidence is stored under that name): someone put it there; find out who, then remove it"
    }
    public func databaseUnusable(_ path: String, reason: String) -> String {
        "cannot use the database \(path): \(reason)"
    }
    public var limitMustBePositive: String { "--limit is a whole number from 1 up" }
    public func deskBusy(_ path: String, seconds: Int) -> String {
        "the desk \(path) is busy: another certdesk has been writing for more than \(seconds) s (a large ingest?); "
            + "nothing was recorded, run the command again"
    }
    public func deskNotWritten(_ path: String, full: Bool) -> String {
        (full ? "the disk holding the desk \(path) is full"
              : "the desk \(path) could not be written (the disk is full, a file-size limit such as ulimit -f was reached, or the disk failed)")
            + "; nothing of this command was recorded, and what was recorded before is intact"
    }
    public func othersMayWrite(_ path: String, mode: String) -> String {
        "\(path) may be written by every user of this machine (mode \(mode)): any of them could add rows to the journal or change evidence; "
            + "certdesk will not use it until you run chmod o-w \(path)"
    }
    public func groupMayWrite(_ path: String, mode: String, group: String, sharing: String?) -> String {
        "\(path) may be written by the group \(group) (mode \(mode)), "
            + (sharing.map { "which is not the desk's sharing group \($0)" } ?? "and no sharing group is named in the configuration (group:)")
            + "; run chmod g-w \(path), or, if the desk is shared by that group's officers, name it in the configuration as group: \(group)"
    }
    public func deskReadOnly(_ path: String) -> String {
        "the desk \(path) is open read-only: this account may read it but not write it (its owner or sharing group may); nothing was recorded"
    }
    public func readOnlyDeskOutdated(_ path: String) -> String {
        "the desk \(path) was last written by an older certdesk and this account may not update it: its owner must open it once with this version"
    }
    public func unknownSharingGroup(_ name: String) -> String { "there is no group \(name) on this machine (getent group \(name))" }
    public func deskInconsistent(seq: Int64?, reason: String) -> String {
        "inconsistent desk: \(seq.map { "seq \($0): " } ?? "")\(reason)"
    }
    public func unreadableJournalTime(_ text: String) -> String { "unreadable time \(text)" }
    public func bodyNotJSON(_ reason: String) -> String { "the body is not JSON: \(reason)" }
    public func playbookUnreadable(_ key: String) -> String { "playbook \(key) is unreadable" }
    public func unknownRegionStored(_ code: String) -> String { "the desk names an unknown region \(code)" }
    public var policyUnreadable: String { "the desk's deadline policy is unreadable" }
    public func agencyRowUnreadable(_ id: String) -> String { "agency \(id) has an unreadable row" }
    public func agencyContactUnreadable(_ id: String) -> String { "agency \(id) has an unreadable contact" }
    public func indicatorTypeUnknown(_ id: String, _ type: String) -> String {
        "indicator of \(id) has unknown type \(type)"
    }
    public func incidentColumnUnreadable(_ id: String, _ column: String) -> String {
        "incident \(id) has an unreadable \(column)"
    }
    public func evidenceKindUnreadable(_ id: String) -> String { "evidence \(id) has an unreadable kind" }
    public var keysetNeedsUrgency: String { "keyset paging needs the open queue in urgency order" }
    public func incidentRowUnreadable(_ id: String) -> String { "incident \(id) has an unreadable row" }
    public func stepStatusUnreadable(_ id: String) -> String { "a step of \(id) has an unreadable status" }
    public func obligationUnreadable(_ id: String) -> String {
        "an obligation of \(id) has an unreadable kind or state"
    }

    // MARK: - Rule files: policies, playbooks, themes (YAML)

    public var fileEmpty: String { "the file is empty" }
    public func notYAML(_ detail: String) -> String { "not YAML: \(detail)" }
    public func invalidYAML(_ detail: String) -> String { "not valid YAML: \(detail)" }
    public func notABoolean(_ text: String) -> String { "\(text) is not true or false" }
    public var yamlExpectedMapping: String { "expected a mapping (key: value)" }
    public var yamlKeyNotText: String { "a key must be text" }
    public func yamlUnknownKey(allowed: [String]) -> String {
        "unknown key; expected one of: \(allowed.joined(separator: ", "))"
    }
    public var yamlKeyTwice: String { "appears twice" }
    public var yamlExpectedList: String { "expected a list" }
    public var yamlExpectedText: String { "expected text" }
    public func keyRequired(_ key: String) -> String { "\(key) is required" }
    public func unknownPlaybookCategory(_ name: String) -> String {
        "unknown category \(name); use one of: \(IncidentCategory.allNames), generic"
    }
    public var playbookVersion: String { "version must be a whole number above 0" }
    public func stepIDTwice(_ id: String, firstLine: Int) -> String {
        "the id \(id) is used twice (first on line \(firstLine))"
    }
    public func clockMetByTwoSteps(_ kind: ObligationKind, _ otherStep: String) -> String {
        "\(kind.rawValue) is already met by step \(otherStep)"
    }
    public var playbookNeedsSteps: String { "a playbook needs steps" }
    public var stepIDForm: String { "a step id is lower-case letters, digits and hyphens" }
    public func stepPhase(_ phases: [IncidentPhase]) -> String {
        "phase must be one of: \(phases.map(\.rawValue).joined(separator: ", "))"
    }
    public func translationMissing(_ language: String) -> String { "the \(language) translation is missing" }
    public func translationEmpty(_ language: String) -> String { "the \(language) text is empty" }
    public func name(of vocabulary: ResponseVocabulary.Kind) -> String {
        switch vocabulary {
        case .sp80061ChecklistItem: "SP 800-61 r2 checklist item"
        case .csfSubcategory: "CSF 2.0 subcategory"
        }
    }
    public func notInVocabulary(_ text: String, _ vocabulary: ResponseVocabulary.Kind) -> String {
        "\(text) is not a known \(name(of: vocabulary))"
    }
    public func name(of tier: ResponseTier) -> String {
        switch tier {
        case .firstLine: "1st line on-site staff"
        case .secondLine: "2nd line vendor/SOC"
        case .thirdLine: "3rd line ISAC forensics"
        case .dutyOfficer: "duty officer"
        }
    }
    public func policyRowTwice(_ kind: ObligationKind) -> String { "\(kind.rawValue) is listed twice" }
    public var retentionUnit: String { "evidence retention is counted in years or months" }
    public func unknownObligationKind(_ name: String?) -> String {
        "unknown obligation kind\(name.map { " \($0)" } ?? ""); known: \(ObligationKind.allNames)"
    }
    public func notALevelBand(_ text: String) -> String {
        "\(text) is not a level: use all, unclassified, 1–4 or a range such as 3-4"
    }
    public func notADuration(_ text: String) -> String {
        "\(text) is not a duration: use e.g. 60m, 1h, 36h, 2d or 1 month"
    }
    public var durationOrMap: String { "expected a duration or a map of levels to durations" }
    public func notALevelOrRange(_ text: String) -> String { "\(text) is not a level or range" }
    public func levelGivenTwice(_ band: LevelBand) -> String { "level \(band.rawValue) is given twice" }
    public func regionMustExtend(_ base: String, says: String?) -> String {
        "a region's file must say extends: \(base)\(says.map { " (it says \($0))" } ?? "")"
    }
    public func regionCannotAddRow(_ base: String, _ kind: ObligationKind) -> String {
        "a region may change rows of \(base), not add \(kind.rawValue)"
    }
    public func dueWithinMissing(_ levels: String) -> String { "due_within gives no duration for level \(levels)" }
    public func startsAfterMissingRow(_ kind: ObligationKind) -> String {
        "starts when \(kind.rawValue) is met, which this policy does not have"
    }
    public func notAStart(_ text: String) -> String {
        let words = DeadlineStart.named.dropLast().map(\.name), last = DeadlineStart.named.last!.name
        return "\(text) is not a start: use \(words.joined(separator: ", ")), met: KIND or \(last)"
    }
    public var themeNeedsName: String { "the theme needs a name" }
    public func colourOutOfRange(_ number: String) -> String { "\(number) is out of range: a colour number is 0–255" }
    public func notAColour(_ text: String, names: String) -> String {
        "\(text) is not a colour: use default, a number 0–255 or one of: \(names)"
    }

    // MARK: - The desk database and the evidence vault

    public func cannotCreateFolder(_ folder: String) -> String { "cannot create the folder \(folder)" }
    public func notAFolder(_ path: String) -> String { "\(path) is not a folder" }
    public var noFileGiven: String { "no file given" }
    public var fileNameHasControl: String { "the name holds control characters; rename the file first" }
    public var evidenceIsAFolder: String { "is a folder, not a file (add its files one by one, or an archive of them)" }
    public var notARegularFile: String { "is not a regular file" }
    public func vaultProblem(_ path: String, reason: String) -> String { "evidence vault \(path): \(reason)" }
    public func vaultFull(_ path: String, reason: String, written: Int64, total: Int64) -> String {
        "evidence vault \(path): \(reason) after \(written) of \(total) bytes; the partial copy was removed and nothing was recorded"
    }
    public func describe(_ failure: FileFailure) -> String {
        switch failure {
        case .noSuchFile: "no such file"
        case .cannotWrite: "cannot be written: permission denied (check the owner and mode of the vault folder)"
        case .cannotRead: "permission denied (you cannot read it)"
        case .isAFolder: "is a folder, not a file"
        case .diskFull: "the disk is full"
        case .tooLarge: "the file is larger than this process may write (ulimit -f)"
        case .inputOutput: "input/output error (the disk may be failing)"
        case .tooManyLinks: "too many symbolic links"
        case .pathTooLong: "the path is too long"
        case .notAFolderInPath: "a part of the path is not a folder"
        case .readOnly: "cannot be written: the file system is read-only"
        }
    }
    public var readFailed: String { "read failed" }

    // MARK: - What verify found (the hash chain, the projections, the vault)

    public func anchorRowMissing(_ seq: Int64, last: Int64) -> String {
        "the anchor names row \(seq), but the journal ends at row \(last): rows after it have been removed"
    }
    public func anchorHashDiffers(stored: String, anchored: String) -> String {
        "the row's hash is \(stored), the anchor says \(anchored): the journal up to it is not the one anchored"
    }
    public func anchorHolds(_ seq: Int64) -> String { "anchor: row \(seq) and the chain up to it are as anchored" }

    public func strayRows(_ table: String, _ id: String) -> String {
        "\(table) stored for \(id), which the journal never opened"
    }
    public func strayCustody(_ id: String) -> String { "custody stored for \(id), which the journal never registered" }
    public func queueOrderDiffers(_ id: String) -> String {
        "incident \(id): stored next_due_at differs from its clocks"
    }
    public func rowsMissing(after previous: Int64, _ seq: Int64) -> String {
        "follows seq \(previous): rows \(previous + 1)…\(seq - 1) are missing"
    }
    public var outOfSequence: String { "is out of sequence" }
    public var emptyColumn: String { "has an empty column" }
    public func chainBroken(_ previous: Int64) -> String {
        "prev_hash does not match the hash of seq \(previous): the chain is broken here"
    }
    public var rowAltered: String { "the hash does not match the row's contents: this row was altered" }
    public var bodyNotCanonical: String { "the body is not in canonical form" }
    public func regionDiffers(journal: String?, stored: String?) -> String {
        "desk region: journal says \(journal ?? "none"), stored \(stored ?? "none")"
    }
    public var storedPolicyDiffers: String { "the stored deadline policy differs from the journal" }
    public func storedPlaybookDiffers(_ key: String) -> String {
        "playbook \(key): stored copy differs from the journal"
    }
    public func storedAgencyDiffers(_ id: String) -> String { "agency \(id): stored row differs from the journal" }
    public func incidentOnlyStored(_ id: String) -> String { "incident \(id): stored but not in the journal" }
    public func incidentNotStored(_ id: String) -> String { "incident \(id): in the journal but not stored" }
    public func storedIncidentDiffers(_ id: String, _ parts: [String]) -> String {
        "incident \(id): stored \(parts.joined(separator: ", ")) differ from the journal"
    }
    public func storedEvidenceDiffers(_ id: String) -> String {
        "evidence \(id): stored register differs from the journal"
    }
    public var numberingDiffers: String { "incident numbering differs from the journal" }
    public func vaultFileMissing(_ id: String, _ file: String) -> String {
        "evidence \(id): its vault file \(file) is missing"
    }
    public func vaultFileUnreadable(_ id: String, _ file: String, reason: String) -> String {
        "evidence \(id): its vault file \(file) cannot be read: \(reason)"
    }
    public func vaultFileChanged(_ id: String, _ file: String, now: String, size: Int64, recorded: String, recordedSize: Int64) -> String {
        "evidence \(id): its vault file \(file) now hashes to \(now) (\(size) bytes), not the recorded \(recorded) (\(recordedSize) bytes): it was changed"
    }
    public func vaultLeftoverOfDisposal(_ file: String, _ id: String) -> String {
        "\(file): content of \(id), which was disposed of; the removal did not finish (certdesk evidence tidy removes it)"
    }
    public func vaultLeftoverOfAdd(_ file: String) -> String {
        "\(file): no item names this file; an add stopped before it was recorded (certdesk evidence tidy removes it)"
    }
    public func vaultTemporaryFile(_ name: String) -> String {
        "tmp/\(name): a copy in progress, or left by an add that was stopped (the next add or tidy removes it)"
    }

    // MARK: - The desk service: opening a desk, its rules, its files

    public var noEvidenceRecorded: String { "the desk recorded no evidence" }
    public func noDeskAt(_ path: String) -> String {
        "there is no desk at \(path): check --db or CERTDESK_DB (a command that records, or --create, starts a new desk there)"
    }
    public func otherRegionsDesk(_ region: Region, not wanted: Region) -> String {
        "this database is the \(region.code) desk, not \(wanted.code)"
    }
    public var keepingLastPolicy: String { "keeping the deadline policy last adopted in the journal" }
    public var noRuleFolder: String {
        "cannot find the playbooks folder (with policies/default.yaml); give --playbooks or CERTDESK_PLAYBOOKS"
    }
    public func alreadyOnTheDesk(as id: String) -> String { "already on the desk as \(id)" }
    public func demoBelongsTo(_ region: Region) -> String {
        "the demo belongs to the \(region.code) region; this desk is not"
    }
    public var demoNeedsEmptyDesk: String {
        "this desk already has incidents; the demo only fills an empty desk (use --db with a new file)"
    }
    public func notADemoDesk(_ path: String) -> String { "\(path) is not a demo desk; --demo will not replace it" }
    public func inSetting(_ name: String, _ problem: String) -> String { "\(name): \(problem)" }
    public var homeNotSet: String { "HOME is not set; give --db" }
    public func actorName(_ problem: String) -> String { "actor: \(problem)" }
    public func fileCannotBeRead(_ path: String) -> String { "\(path): cannot be read" }
    public func categoryCoveredTwice(_ category: String, in path: String, by other: String) -> String {
        "\(path): category \(category) is already covered by \(other)"
    }
    public func noPlaybookFor(_ category: String) -> String { "no playbook for \(category)" }
    public var cannotBeRead: String { "cannot be read" }
    public func inputFile(_ path: String, _ problem: String) -> String { "\(path): \(problem)" }
    public func nameRefused(_ named: NameRule.Named, _ problem: NameRule.Problem) -> String {
        let thing = switch named {
        case .person: "a name"
        case .sourceID: "a ticket id"
        case .agencyID: "an agency id"
        case .recipient: "a recipient"
        }
        return switch problem {
        case .blank: "\(thing) cannot be empty"
        case .hidden(let scalar):
            "\(thing) cannot hold \(TextChecks.codePoint(scalar)): control, bidirectional and invisible formatting characters make it read as something else"
        case .tooLong(let length, let limit): "\(thing) is limited to \(limit) characters (this one has \(length))"
        }
    }
    public var inputIsAFolder: String { "is a folder, not a file" }
    public var inputIsADevice: String { "is a device, not a file (give a file, or - to read standard input)" }
    public var inputIsASocket: String { "is a socket, not a file" }
    public func inputTooLarge(_ limit: String) -> String {
        "holds more than \(limit), the most one input may hold; nothing from it was recorded (raise max_input, --max-input or CERTDESK_MAX_INPUT, or split the file)"
    }
    public func inputLimitForm(_ quoted: String) -> String { "\(quoted) is not a size: bytes, with K, M or G (e.g. 256M)" }
    public func emptyInput(_ why: EmptyInput) -> String {
        switch why {
        case .noBytes: "the file is empty: no incident was ingested"
        case .whitespaceOnly: "the file holds only spaces and line breaks: no incident was ingested"
        case .emptyArray: "the file is an empty array ([]): no incident was ingested"
        case .noIncidents: "nothing in the file is an incident: no incident was ingested"
        }
    }

    // MARK: - The console: the desk behind it

    // MARK: - Settings and where they come from (the configuration file, the rule folders)

    public func secretInReadableFile(_ path: String) -> String {
        "holds a secret, and others may read the file; run chmod 600 \(path)"
    }
    public var configurationValueEmpty: String { "is empty; remove the key to use the default" }
    public func origin(option: String) -> String { option }
    public func origin(environment variable: String) -> String { "$" + variable }
    public func origin(configurationFile path: String, line: Int?) -> String { path + (line.map { ":\($0)" } ?? "") }
    public func origin(configurationFolder path: String) -> String { "found in the configuration folder" }
    public func origin(besidePlaybooks path: String) -> String { "beside the playbooks folder" }
    public func origin(installed path: String) -> String { "the installation" }
    public func origin(locale variable: String) -> String { "the locale ($\(variable))" }
    public var originLoginName: String { "the login name" }
    public var originBuiltIn: String { "built in" }
    public func rulesInForce(_ where: String, why: String?) -> String { "rules: \(`where`)" + (why.map { " (\($0))" } ?? "") }
    public func builtInRules(version: String) -> String { "the copies built into certdesk \(version)" }
    public func configurationFileLine(_ path: String, exists: Bool) -> String {
        "configuration file: \(path)\(exists ? "" : " (none)")"
    }
    public var notSet: String { "(not set)" }

    public var consoleNeedsTerminal: String {
        "certdesk's console needs a terminal (standard input and output are not one); use the commands, e.g. certdesk list"
    }
    public func unknownTerminal(_ name: String) -> String {
        "the terminal type \"\(name)\" is unknown to terminfo; try TERM=xterm-256color"
    }
    public var noUTF8Locale: String { "no UTF-8 locale is available; set LANG=C.UTF-8" }

    public func ingested(_ count: Int, duplicates: Int, from path: String) -> String {
        "ingested \(count), duplicates \(duplicates) (\(path))"
    }
    public func databaseDeleted(_ path: String) -> String {
        "the database was deleted: nothing can be recorded; quit and open the desk again (\(path))"
    }
    public func databaseReplaced(_ path: String) -> String {
        "the database was replaced by another file: nothing can be recorded; quit and open it again (\(path))"
    }
    public func databaseReadOnly(_ path: String) -> String {
        "the database is read-only: nothing can be recorded until it can be written (\(path))"
    }
    public func noTheme(_ path: String) -> String {
        "no theme \(path) (try default, high-contrast, monochrome, night-watch)"
    }

    // MARK: - The command line (what certdesk prints)

    public var overrideOption: String { " (--override REASON)" }
    public func startedDesk(_ region: Region, at path: String) -> String {
        "certdesk: started a new \(region.code) desk at \(path)"
    }
    public func levelDiffersFromImpact(_ assessed: IncidentLevel, chosen: Int) -> String {
        "note: the C/I/A facts give level \(assessed.rawValue); recording level \(chosen) as you decided"
    }
    public func incidentAtLevel(_ id: String, _ level: IncidentLevel) -> String { "\(id): level \(level.rawValue)" }
    public func level(_ level: IncidentLevel) -> String { "level \(level.rawValue)" }
    public var noLevel: String { "no level" }
    public func incidentInPhase(_ id: String, _ phase: IncidentPhase) -> String { "\(id): \(phase.rawValue)" }
    public func noteAdded(_ id: String, seq: Int64) -> String { "\(id): note #\(seq) added" }
    public func assigned(_ id: String, to assignee: String?) -> String {
        "\(id): assigned to \(assignee ?? "(nobody)")"
    }
    public func physicalItemAdded(_ id: String, at location: String) -> String {
        "\(id)  physical item, kept at \(location)"
    }
    public func custodyRecorded(_ id: String, _ action: CustodyEntry.Action, holder: String, location: String) -> String {
        "\(id): \(name(of: action)); held by \(holder) at \(location)"
    }
    public func evidenceIntact(items: Int, files: Int, bytes: Int64) -> String {
        "ok: \(items) item(s), \(files) file(s), \(bytes) bytes re-hashed"
    }
    public func verifyNote(_ note: String) -> String { "note: \(note)" }
    public var withinForm: String { "write it as 30d, 3 months or 1 year" }
    public func disposed(_ id: String) -> String { "\(id): disposed of; the tombstone stays in the journal" }
    public func removedFile(_ path: String) -> String { "removed \(path)" }
    public func removedFiles(_ count: Int) -> String { "removed \(count) file(s)" }
    public func stepSkipped(_ id: String, _ step: String) -> String { "\(id) \(step): skipped" }
    public func stepDone(_ id: String, _ step: String, meets: [ObligationKind]) -> String {
        "\(id) \(step): done\(meets.map { " (meets \($0.rawValue))" }.joined())"
    }
    public func categoryChanged(_ id: String, _ category: IncidentCategory, playbook: String) -> String {
        "\(id): \(category.rawValue) (playbook \(playbook))"
    }
    public func playbooksOK(_ count: Int) -> String { "ok: \(count) playbook(s)" }
    public func metState(late: Bool) -> String { "\(late ? "met late" : "met")" }
    public var waived: String { "waived" }
    public func demoReady(incidents: Int, agencies: Int, at path: String) -> String {
        "demo desk ready: \(incidents) incidents, \(agencies) agencies (\(path))"
    }
    public func ingestedCounts(_ count: Int, duplicates: Int) -> String {
        "ingested \(count), duplicates \(duplicates)"
    }
    public func verifyProgress(_ rows: Int64) -> String { "verify: \(rows) rows…" }
    public func notACommand(_ word: String, of command: String, near: [String]) -> String {
        let suggestion = near.isEmpty ? "" : "; did you mean \(near.prefix(3).joined(separator: " or "))?"
        return "\(word) is not a \(command) command\(suggestion) (\(command) --help lists them)"
    }

    // MARK: - The console: keys (help overlay and status-bar hints, from ConsoleBindings)

    public var helpMoveDown: String { "next incident (shift); in a report, a line down" }
    public var helpMoveUp: String { "previous incident (shift); in a report, a line up" }
    public var helpTop: String { "first incident (shift)" }
    public var helpBottom: String { "last incident (shift)" }
    public var helpPageDown: String { "page down" }
    public var helpPageUp: String { "page up" }
    public var helpHalfPageDown: String { "half a page down" }
    public var helpHalfPageUp: String { "half a page up" }
    public var helpScrollTop: String { "to the top" }
    public var helpScrollBottom: String { "to the end (the newest timeline entries)" }
    public var helpScrollPageDown: String { "scroll a page down" }
    public var helpScrollPageUp: String { "scroll a page up" }
    public var helpScrollHalfDown: String { "scroll half a page down" }
    public var helpScrollHalfUp: String { "scroll half a page up" }
    public var helpOpen: String { "open the incident (the shift's report)" }
    public var helpBack: String { "back (to the queue, or from a shift's report to the shifts)" }
    public var helpNextTab: String { "next tab" }
    public var helpPreviousTab: String { "previous tab" }
    public var helpFilter: String { "filter by id, title, agency or indicator" }
    public var helpToggleClosed: String { "show or hide closed incidents" }
    public var helpCycleOrder: String { "sort by urgency, level, id, agency, phase" }
    public var helpStepDone: String { "the step under the cursor is done (now)" }
    public var helpStepSkip: String { "skip the step under the cursor, with a reason" }
    public var helpNextStep: String { "cursor to the next step" }
    public var helpPreviousStep: String { "cursor to the previous step" }
    public var helpSetLevel: String { "set the level (C/I/A helper)" }
    public var helpChangePhase: String { "change the phase (closing asks about running clocks)" }
    public var helpAssign: String { "assign a handler" }
    public var helpAddNote: String { "add a note" }
    public var helpMeet: String { "meet a clock (asks when it happened)" }
    public var helpWaive: String { "waive a clock, with the reason" }
    public var helpAddEvidence: String { "add an evidence file to the vault (asks path, kind, description)" }
    public var helpRetentionDue: String { "evidence whose retention has ended or ends within 3 months" }
    public var helpIngest: String { "ingest a file" }
    public var helpCommandLine: String { "command line (the commands are listed below)" }
    public var helpRepaint: String { "redraw the whole screen" }
    public var helpCancelWork: String { "cancel the copy or ingest running on the status bar (nothing of it is kept)" }
    public var helpHelp: String { "this help" }
    public var helpQuit: String { "quit (from the queue)" }
    public var hintMoveDown: String { "move" }
    public var hintOpen: String { "open" }
    public var hintBack: String { "back" }
    public var hintNextTab: String { "tab" }
    public var hintFilter: String { "filter" }
    public var hintStepDone: String { "step done" }
    public var hintStepSkip: String { "skip" }
    public var hintNextStep: String { "step" }
    public var hintSetLevel: String { "level" }
    public var hintChangePhase: String { "phase" }
    public var hintAddNote: String { "note" }
    public var hintMeet: String { "meet" }
    public var hintCommandLine: String { "command" }
    public var hintHelp: String { "help" }
    public var hintQuit: String { "quit" }

    // MARK: - The console: the queue, the bars and what the status bar says

    public func shown(_ phase: IncidentPhase) -> String { "\(phase.rawValue)" }
    public func shown(_ category: IncidentCategory) -> String { "\(category.rawValue)" }
    public func name(of order: QueueQuery.Order) -> String {
        switch order {
        case .urgency: "urgency"
        case .level: "level"
        case .id: "id"
        case .agency: "agency"
        case .phase: "phase"
        }
    }
    public func sortedBy(_ order: QueueQuery.Order) -> String { "sorted by \(name(of: order))" }
    public var closedIncludedMark: String { "\u{20}+closed" }
    public func regionTitle(_ region: Region?) -> String { "\(region.map { "\($0.code) CERT" } ?? "")" }
    public var exerciseTag: String { "EXERCISE" }
    public var nextBreach: String { "next breach" }
    public var noClockInOutlook: String { "no clock running" }
    public func overdueIncidents(_ count: Int) -> String { "\(count) overdue" }
    public var tabSummary: String { "Summary" }
    public var tabClocks: String { "Clocks" }
    public var tabPlaybook: String { "Playbook" }
    public var tabTimeline: String { "Timeline" }
    public var tabIndicators: String { "Indicators" }
    public var tabEvidence: String { "Evidence" }
    public func worksInTabs(_ key: String, tabs: [String]) -> String {
        "\(key) works in the \(tabs.joined(separator: ", ")) tab of an incident"
    }
    public func worksIn(_ key: String, inQueue: Bool) -> String {
        "\(key) works in \(inQueue ? "the queue" : "an incident's detail")"
    }
    public func doesNothing(_ key: String) -> String { "\(key) does nothing here; ? shows the keys" }
    public func leftTheQueue(_ id: String) -> String { "\(id) left the queue (c shows closed incidents)" }
    public func arrived(_ id: String, level: IncidentLevel?, exercise: Bool, title: String, more: Int) -> String {
        "new: \(id) \(level.map { "level \($0.rawValue)" } ?? "unclassified")\(exercise ? " " + exerciseTag : "") \(title)\(more > 0 ? " (+\(more) more)" : "")"
    }
    public func notRecorded(_ why: String) -> String { "nothing was recorded: \(why)" }
    public var filterHint: String {
        "matches id, title, agency, indicator as you type · Enter keeps it · Esc puts the old one back"
    }
    public var commandHint: String {
        "level phase meet waive note assign ingest filter sort closed help q · a unique beginning is enough"
    }
    public var pathHint: String { "Tab completes the path · Enter goes on · Esc cancels" }
    public var reasonHint: String { "the journal keeps the reason · Enter records · Esc cancels, nothing is recorded" }
    public var textHint: String { "Enter records · Esc cancels, nothing is recorded" }
    public var noIncidentSelected: String { "no incident selected" }
    public var reasonNeeded: String { "give the reason (the journal keeps it)" }
    public var pathNeeded: String { "give the path of the file" }
    public func sayWhen(_ kind: ObligationKind) -> String {
        "say when it really happened (HH:MM, or now): \(name(of: kind)) is a fact in the world, not a click"
    }
    public func moved(_ id: String, to phase: IncidentPhase, override: Bool) -> String {
        "\(id) moved to \(phase.rawValue)\(override ? " (override)" : "")"
    }
    public var quietDesk: String { "No open incident. The desk is quiet." }
    public var noMatch: String { "No incident matches the filter." }
    public func tooSmall(rows: Int, columns: Int) -> String {
        "Terminal too small: \(columns)×\(rows); certdesk needs at least 80×24."
    }
    public func meaning(of phase: IncidentPhase) -> String {
        switch phase {
        case .preparation: "Contacts, procedures and data ready; early warning of a repeat of the same incident."
        case .detectionAnalysis: "Find the category and impact scope; decide the level; assign staff to handle and coordinate."
        case .containmentEradicationRecovery: "Limit the spread, remove the root cause, assess security before restoring the system."
        case .postIncident: "Find why it happened, prevent a repeat, decide fixes, tune monitoring and alerting."
        case .closed: "Closed (結案): the closure notification is sent."
        }
    }

    // MARK: - The console: the command line (`:`)

    public var commandLevelHelp: String { "set the level with the reason" }
    public var commandPhaseHelp: String { "change the phase; a unique beginning is enough (post, con)" }
    public var commandMeetHelp: String { "a clock was met; without a time it asks when" }
    public var commandWaiveHelp: String { "waive a clock that does not apply" }
    public var commandNoteHelp: String { "add a note to the record" }
    public var commandAssignHelp: String { "assign a handler (- for nobody)" }
    public var commandIngestHelp: String { "ingest tickets or a STIX bundle" }
    public var commandFilterHelp: String { "filter the queue (empty clears)" }
    public var commandSortHelp: String { "order the queue" }
    public var commandClosedHelp: String { "show or hide closed incidents" }
    public var commandHelpHelp: String { "this help" }
    public var commandQuitHelp: String { "quit the console" }
    public var helpTitle: String { "Keys and commands (Esc closes)" }
    public func helpPlace(_ names: String) -> String { "[\(names)] " }
    public var queueView: String { "queue" }
    public var detailView: String { "detail" }
    public var commandLineHeading: String { "The command line (type after :; a unique beginning is enough)" }
    public func alsoTyped(_ aliases: String) -> String { " (also \(aliases))" }
    public var promptEditingHelp: String {
        "In a prompt: ←/→, Home/End, ^A/^E move; ^W deletes a word, ^U to the start, ^K to the end; Tab completes a path"
    }
    public func commandAmbiguous(_ verb: String, _ list: String) -> String { ":\(verb) could be \(list)" }
    public func commandUnknown(_ verb: String, near: String) -> String {
        "unknown command :\(verb)\(near.isEmpty ? "" : "; did you mean \(near)?") (? lists them)"
    }
    public var levelUsage: String { "usage: :level 1-4 REASON" }
    public func levelNeedsReason(_ level: Int) -> String { "give the reason after the level: :level \(level) REASON" }
    public func levelSet(_ id: String, _ level: IncidentLevel) -> String { "\(id) set to level \(level.rawValue)" }
    public var phaseUsage: String { "usage: :phase \(IncidentPhase.allNames) [override REASON]" }
    public var phaseWord: String { "phase" }
    public var clockWord: String { "clock" }
    public var orderWord: String { "order" }
    public var meetUsage: String { "usage: :meet KIND [TIME]; kinds: \(ObligationKind.allNames)" }
    public func clockMet(_ id: String, _ kind: ObligationKind) -> String { "\(id) \(kind.rawValue) met" }
    public var waiveUsage: String { "usage: :waive KIND REASON; kinds: \(ObligationKind.allNames)" }
    public func clockWaived(_ id: String, _ kind: ObligationKind) -> String { "\(id) \(kind.rawValue) waived" }
    public func noteLabel(_ id: String) -> String { "note on \(id)" }
    public func noteAddedTo(_ id: String) -> String { "note added to \(id)" }
    public func assignedTo(_ id: String, _ assignee: String?) -> String { "\(id) assigned to \(assignee ?? "nobody")" }
    public func sortUsage(_ orders: [String]) -> String { "usage: :sort \(orders.joined(separator: "|"))" }

    // MARK: - The console: prompts, pickers and what they record

    public var filterLabel: String { "filter" }
    public var showingClosed: String { "showing closed incidents too" }
    public var hidingClosed: String { "hiding closed incidents" }
    public var ingestLabel: String { "ingest file" }
    public func stepDoneAt(_ id: String, _ step: String) -> String { "\(id) step \(step) done" }
    public func whySkip(_ id: String, _ step: String) -> String { "\(id): why skip \(step)?" }
    public func evidenceFileLabel(_ id: String) -> String { "evidence file for \(id)" }
    public var noOpenStep: String { "no open step here" }
    public func phaseOf(_ id: String) -> String { "phase of \(id)" }
    public func assignLabel(_ id: String) -> String { "assign \(id) to" }
    public var assignHint: String { "a name; empty for nobody · Enter records · Esc cancels" }
    public func noRunningClock(_ id: String) -> String { "\(id) has no running clock" }
    public func whichClockMet(_ id: String) -> String { "\(id): which clock was met?" }
    public func whichClockToWaive(_ id: String) -> String { "\(id): which clock to waive?" }
    public var settleByMeeting: String { "meet:\u{20}\u{20}" }
    public var settleByWaiving: String { "waive:\u{20}" }
    public var settleByOverride: String { "override: waive the rest with one reason, and close" }
    public func clocksRunningBeforeClose(_ id: String, _ count: Int) -> String {
        "\(id): \(count) clock(s) still running before it closes"
    }
    public func overrideReasonLabel(_ id: String, openSteps: String) -> String {
        "\(id): required steps open (\(openSteps)); override reason"
    }
    public var noFileMatches: String { "no file matches" }
    public func stepSkippedAt(_ id: String, _ step: String) -> String { "\(id) step \(step) skipped" }
    public func whatKindOfEvidence(_ id: String) -> String { "\(id): what kind of evidence?" }
    public var evidenceDescriptionNeeded: String { "say what it shows and why it was collected" }
    public func clockNoteLabel(_ id: String, _ kind: ObligationKind) -> String { "\(id) \(kind.rawValue) note" }
    public func clockNoteHint(metAt: String?) -> String {
        "met \(metAt ?? "now") · who was told, by which channel (may be empty) · Enter records"
    }
    public func evidenceDescriptionLabel(_ id: String) -> String { "\(id): what it shows, why it was collected" }
    public func whyCloseWithClocks(_ id: String) -> String {
        "\(id): why close with clocks still running? (waives them)"
    }
    public func metAtLabel(_ id: String, _ kind: ObligationKind) -> String { "\(id) \(kind.rawValue) met at" }
    public func meetingTimeHint(physicalFact: Bool) -> String {
        physicalFact ? "when it really happened: HH:MM (the latest one not in the future) or YYYY-MM-DD HH:MM · Esc cancels"
            : "now, HH:MM (the latest one not in the future) or YYYY-MM-DD HH:MM · Esc cancels"
    }
    public func whyWaive(_ id: String, _ kind: ObligationKind) -> String {
        "\(id): why does \(kind.rawValue) not apply?"
    }
    public var noLevelYet: String { "no level yet: give the C/I/A impact or a level" }
    public func levelFormTitle(_ id: String) -> String { "Set the level of \(id) (←/→ choose, Tab next, Enter set)" }
    public var levelChosen: String { "(chosen)" }
    public var levelFromImpact: String { "(from C/I/A)" }
    public func evidenceAdded(_ id: String, hash: String, size: String) -> String {
        "\(id) added (sha256 \(hash)…, \(size))"
    }

    // MARK: - Timelines: what each journal event did, in one line

    public func summary(of event: DeskEvent, time: (Instant) -> String) -> String {
        switch event {
        case .deskOpened(let region):
            return "desk opened for the \(name(of: region))"
        case .agencyRegistered(let agency):
            return "agency \(agency.id) \(agency.name) registered"
        case .incidentOpened(let opening):
            let level = opening.facts.level.map { "level \($0.rawValue)" } ?? "unclassified"
            return "opened from \(opening.facts.source.kind.rawValue) \(opening.facts.source.id), \(level)"
        case .levelSet(_, let change):
            return "level set to \(change.level.rawValue): \(change.reason)"
        case .phaseChanged(_, let phase, let override):
            let forced = override.map { " (override, open: \($0.openSteps.joined(separator: ", ")); reason: \($0.reason))" } ?? ""
            return "phase changed to \(phase.rawValue)" + forced
        case .categoryChanged(_, let category):
            return "category changed to \(category.rawValue)"
        case .playbookAdopted(let playbook):
            return "playbook \(playbook.category) v\(playbook.version) adopted"
        case .stepDone(_, let step, let at, let note):
            return "step \(step) done at \(time(at))" + (note.map { ": \($0)" } ?? "")
        case .stepSkipped(_, let step, let reason):
            return "step \(step) skipped: \(reason)"
        case .noteAdded(_, let text):
            return "note: " + text
        case .notificationRecorded(let record):
            let outcome = record.outcome == .failed ? "failed" + (record.failureText(self).map { ": \($0)" } ?? "") : record.outcome.rawValue
            return "\(record.id) \(record.template.map { name(of: $0) } ?? "notice") by \(record.channel.rawValue) to \(record.recipient) at \(time(record.sentAt)), \(outcome)"
                + (record.fallbackReason.map { " (platform not used: \($0))" } ?? "")
                + (record.delivery == .exercise ? " (\(exerciseNotSent))" : "")
                + (record.retryOf.map { " (again after N\(Digits.two($0)))" } ?? "")
        case .notificationConfirmed(let id, let number, let at):
            return "\(id)-N\(Digits.two(number)) confirmed received at \(time(at))"
        case .assigned(_, let assignee):
            return assignee.map { "assigned to \($0)" } ?? "unassigned"
        case .policyAdopted(let policy):
            return "deadline policy \(policy.name) adopted"
        case .obligationMet(_, let meeting):
            let name = meeting.ordinal > 1 ? "\(meeting.kind.rawValue)#\(meeting.ordinal)" : meeting.kind.rawValue
            let note = meetingNote(meeting.note, step: meeting.step)
            return "\(name) met at \(time(meeting.at))" + (note.isEmpty ? "" : ": " + note)
        case .obligationWaived(_, let kind, _, let reason, let closing):
            return "\(kind.rawValue) waived: " + (closing ? "closed: " : "") + reason
        case .evidenceAdded(let a):
            let what = a.content.map { "sha256 \(String($0.sha256.prefix(12)))…, \($0.size) B" } ?? a.physical ?? ""
            return "evidence \(a.id) added (\(a.kind.rawValue), \(what))"
        case .evidenceCustody(_, let id, let change):
            let to = change.to.map { " to \($0)" } ?? ""
            let why = change.purpose.map { ": \($0)" } ?? ""
            return "evidence \(id) \(change.action.rawValue)\(to)\(why)"
        case .evidenceDisposed(_, let id, let reason, _, _):
            return "evidence \(id) disposed of: \(reason)"
        case .obligationOverdue(_, let kind, _, let dueAt):
            return "\(kind.rawValue) overdue (was due \(time(dueAt)))"
        case .shiftStarted, .shiftEnded, .handoverRemark, .handoverOffered, .handoverAccepted:
            return shiftSummary(of: event, time: time)
        }
    }

    // MARK: - Pages and tables: headings, labels and the words on them

    public func heading(_ column: TableHeading) -> String {
        switch column {
        case .id: "ID"
        case .due: "DUE"
        case .status: "STATUS"
        case .clock: "CLOCK"
        case .level, .levelShort: "LV"
        case .category: "CATEGORY"
        case .aware: "AWARE"
        case .agency: "AGENCY"
        case .phase: "PHASE"
        case .title: "TITLE"
        case .assignee: "ASSIGNEE"
        case .kind: "KIND"
        case .size: "SIZE"
        case .holder: "HOLDER"
        case .keepUntil: "KEEP UNTIL"
        case .description: "DESCRIPTION"
        case .when: "WHEN"
        case .action: "ACTION"
        case .from: "FROM"
        case .to: "TO"
        case .purpose: "PURPOSE"
        case .location: "LOCATION"
        case .recordedBy: "RECORDED BY"
        case .starts: "STARTS"
        case .startsAt: "STARTS AT"
        case .dueWithin: "DUE WITHIN"
        case .warn: "WARN"
        case .levels: "LEVELS"
        case .type: "TYPE"
        case .value: "VALUE"
        case .setting: "SETTING"
        case .origin: "FROM"
        }
    }
    public func label(_ field: FieldName) -> String {
        switch field {
        case .level: "Level"
        case .category: "Category"
        case .agency: "Agency"
        case .phase: "Phase"
        case .assignee: "Assignee"
        case .source: "Source"
        case .tlp: "TLP"
        case .occurred: "Occurred"
        case .aware: "Aware"
        case .reported: "Reported"
        case .opened: "Opened"
        case .nextDue: "Next due"
        case .incident: "Incident"
        case .kind: "Kind"
        case .size: "Size"
        case .fileName: "File name"
        case .item: "Item"
        case .sourceHost: "Source host"
        case .tool: "Tool"
        case .collectedBy: "Collected by"
        case .acquired: "Acquired"
        case .registered: "Registered"
        case .holder: "Holder"
        case .location: "Location"
        case .keepUntil: "Keep until"
        case .status: "Status"
        case .hold: "Hold"
        case .disposedOf: "Disposed of"
        case .confidentiality: "Confidentiality"
        case .integrity: "Integrity"
        case .availability: "Availability"
        case .assetClass: "Asset class"
        case .reason: "Reason"
        }
    }
    public func levelValue(_ level: IncidentLevel?) -> String { "\(level.map { "\($0.rawValue)" } ?? "unclassified")" }
    public func levelInline(_ level: IncidentLevel?) -> String {
        "\(level.map { "level \($0.rawValue)" } ?? "unclassified")"
    }
    public var exerciseMark: String { "[EXERCISE]\u{20}" }
    public var exerciseBanner: String { "\u{20} [EXERCISE 演練]" }
    public var required: String { "\u{20}[required]" }
    public var loading: String { "loading…" }
    public func fromFile(_ file: String) -> String { "\u{20}(file \(file))" }
    public func openedBy(_ time: String, _ actor: String) -> String { "\(time) by \(actor)" }
    public var descriptionHeading: String { "Description" }
    public var noClockRunning: String { "(no legal clock is running)" }
    public var noLegalClock: String { "No legal clock." }
    public var noIndicator: String { "No indicator." }
    public func timeLeft(_ left: String) -> String { "\(left) left" }
    public func overdueBy(_ late: String) -> String { "overdue \(late)" }
    public func metAt(_ time: String, late: Bool) -> String { "\(late ? "met late" : "met") \(time)" }
    public func waivedBecause(_ reason: String) -> String { "waived: \(reason)" }
    public func levels(_ bands: Set<LevelBand>) -> String {
        if bands.count == LevelBand.allCases.count { return "all" }
        let numbers = LevelBand.numbers(bands)
        guard bands.contains(.unclassified) else { return numbers }
        return numbers.isEmpty ? "unclassified" : numbers + " and unclassified"
    }
    public func policyTitle(_ name: String) -> String { "Deadline policy \(name)" }
    public func policyFiles(_ files: [String]) -> String { "files: \(files.joined(separator: ", "))" }
    public var defaultWarning: String { "default" }
    public var regionalRow: String { "regional" }
    public func evidenceRetention(_ duration: String) -> String {
        "Evidence retention: \(duration) after the incident is closed"
    }
    public func durationFor(_ duration: String, levels: Set<LevelBand>) -> String {
        "\(duration) for \(self.levels(levels))"
    }
    public var currentPhaseMark: String { "\u{20} ◀ current" }
    public func stepNext(_ text: String) -> String { "Next: \(text)" }
    public func stepWhy(_ why: String) -> String { "Why: \(why)" }
    public func stepWho(_ tier: ResponseTier, required: Bool) -> String {
        "Who: \(name(of: tier))\(required ? " (required)" : "")"
    }
    public func stepEvidence(_ kinds: [EvidenceKind]) -> String {
        "Evidence: \(kinds.map(\.rawValue).joined(separator: ", "))"
    }
    public func stepMeets(_ kind: ObligationKind) -> String { "Meets: \(kind.rawValue) (\(name(of: kind)))" }
    public func stepReferences(_ references: [String]) -> String { "References: \(references.joined(separator: "; "))" }
    public var noIncidents: String { "(no incidents on this desk)" }
    public func waiverReason(of obligation: Obligation) -> String {
        if let waiver = obligation.levelWaiver {
            let from = waiver.from.map { "\($0.rawValue)" } ?? "unclassified", to = waiver.to.map { "\($0.rawValue)" } ?? "unclassified"
            return "level changed \(from) → \(to); \(obligation.kind.rawValue) applies to level \(levels(waiver.appliesTo))"
        }
        return (obligation.waivedOnClose ? "closed: " : "") + (obligation.waivedReason ?? "")
    }
    public func meetingNote(_ note: String?, step: String?) -> String {
        "\(note ?? step.map { "playbook step \($0)" } ?? "")"
    }

    // MARK: - Evidence: the register, an item, retention

    public var noEvidence: String { "(no evidence)" }
    public func shown(_ kind: EvidenceKind) -> String { "\(kind.rawValue)" }
    public func shown(_ action: CustodyEntry.Action) -> String { "\(action.rawValue)" }
    public func registeredBy(_ time: String, _ actor: String) -> String { "\(time) by \(actor)" }
    public func disposedBy(_ time: String, _ actor: String) -> String { "\(time) by \(actor)" }
    public var checkedOutMark: String { "\u{20}(checked out)" }
    public var chainOfCustody: String { "Chain of custody (SP 800-61 §3.3.2)" }
    public var retentionFromClosure: String { "from closure" }
    public var evidenceDisposed: String { "disposed" }
    public var evidenceOnHold: String { "HOLD" }
    public var evidenceCheckedOut: String { "checked out" }
    public var evidenceMayBeDisposed: String { "may be disposed" }
    public var evidenceKept: String { "kept" }
    public var noEvidenceOnTab: String { "No evidence. e adds a file (copied into the vault, SHA-256 computed)." }
    public var evidenceShowHint: String { "Chain of custody and full hash: certdesk evidence show ID" }
    public func retentionTitle(mayBeDisposed: Int, dueSoon: Int) -> String {
        "Retention: \(mayBeDisposed) may be disposed of, \(dueSoon) due within 3 months (Esc closes)"
    }
    public var noRetentionEnded: String { "No evidence has reached the end of its retention." }
    public var disposeHint: String { "dispose: certdesk evidence dispose ID --reason TEXT (refused while on hold or checked out)" }
}
