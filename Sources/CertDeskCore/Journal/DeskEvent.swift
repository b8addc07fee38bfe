/// Everything that can happen at the desk. Each case is one journal `kind`; its body is the
/// canonical JSON written by `body` and read back by `init(kind:incident:body:)`.
///
/// Bodies hold facts as they were stated (what the officer or the sender said), never derived
/// values: derivation belongs to the reducer, so that rebuilding always agrees with live.
public enum DeskEvent: Hashable, Sendable {
    /// The desk's first event: which region it serves.
    case deskOpened(region: Region)
    case agencyRegistered(Agency)
    case incidentOpened(IncidentOpening)
    case levelSet(incident: String, change: LevelChange)
    /// `override` records an officer leaving a phase with required steps still open.
    case phaseChanged(incident: String, phase: IncidentPhase, override: PhaseOverride? = nil)
    case categoryChanged(incident: String, category: IncidentCategory)
    /// A playbook version adopted by the desk; incidents opened from now on follow it.
    case playbookAdopted(Playbook)
    case stepDone(incident: String, step: String, at: Instant, note: String?)
    case stepSkipped(incident: String, step: String, reason: String)
    case evidenceAdded(EvidenceAddition)
    case evidenceCustody(incident: String, evidence: String, change: CustodyChange)
    /// The tombstone: the file is gone, its hash and size, who and why stay in the journal.
    case evidenceDisposed(incident: String, evidence: String, reason: String, sha256: String?, size: Int64?)
    case noteAdded(incident: String, text: String)
    /// A notification sent or recorded (its incident is the record's).
    case notificationRecorded(NotificationRecord)
    /// The recipient confirmed receipt of notification `number`, at `at`.
    case notificationConfirmed(incident: String, number: Int, at: Instant)
    /// A nil assignee takes the incident off whoever had it.
    case assigned(incident: String, assignee: String?)
    /// The deadline policy from now on; clocks already running keep what they were given.
    case policyAdopted(DeadlinePolicy)
    case obligationMet(incident: String, meeting: ObligationMeeting)
    /// `closing`: waived by closing the incident over it, `reason` being the override reason.
    case obligationWaived(incident: String, kind: ObligationKind, ordinal: Int, reason: String, closing: Bool = false)
    /// The desk noticed a clock past due and not met; recorded once per obligation.
    case obligationOverdue(incident: String, kind: ObligationKind, ordinal: Int, dueAt: Instant)
    /// A watch begins; `forced` is the reason given for starting it over one still open.
    case shiftStarted(shift: Int, officer: String, at: Instant, forced: String?)
    /// The watch ends without a successor (end of operations).
    case shiftEnded(shift: Int, at: Instant)
    /// The outgoing officer's remark for the handover report.
    case handoverRemark(shift: Int, text: String)
    /// The outgoing officer offers the report with this digest, covering the journal to `head`,
    /// as of `generatedAt` (the report's instant, a moment before the row is recorded).
    case handoverOffered(shift: Int, digest: String, head: JournalHead, horizonMinutes: Int, acceptWithinMinutes: Int,
                         generatedAt: Instant)
    /// The incoming officer signs the report they were shown: `shift` ends, `next` begins.
    case handoverAccepted(shift: Int, next: Int, officer: String, digest: String, remark: String?)

    /// The journal's `kind` column: each event's name, written once.
    public enum Kind: String, CaseIterable, Sendable {
        case deskOpened = "desk-opened"
        case agencyRegistered = "agency-registered"
        case incidentOpened = "incident-opened"
        case levelSet = "level-set"
        case phaseChanged = "phase-changed"
        case categoryChanged = "category-changed"
        case playbookAdopted = "playbook-adopted"
        case stepDone = "step-done"
        case stepSkipped = "step-skipped"
        case evidenceAdded = "evidence-added"
        case evidenceCustody = "evidence-custody"
        case evidenceDisposed = "evidence-disposed"
        case noteAdded = "note-added"
        case notificationRecorded = "notification-recorded"
        case notificationConfirmed = "notification-confirmed"
        case assigned
        case policyAdopted = "policy-adopted"
        case obligationMet = "obligation-met"
        case obligationWaived = "obligation-waived"
        case obligationOverdue = "obligation-overdue"
        case shiftStarted = "shift-started"
        case shiftEnded = "shift-ended"
        case handoverRemark = "handover-remark"
        case handoverOffered = "handover-offered"
        case handoverAccepted = "handover-accepted"
    }

    public var eventKind: Kind {
        switch self {
        case .deskOpened: return .deskOpened
        case .agencyRegistered: return .agencyRegistered
        case .incidentOpened: return .incidentOpened
        case .levelSet: return .levelSet
        case .phaseChanged: return .phaseChanged
        case .categoryChanged: return .categoryChanged
        case .playbookAdopted: return .playbookAdopted
        case .stepDone: return .stepDone
        case .stepSkipped: return .stepSkipped
        case .evidenceAdded: return .evidenceAdded
        case .evidenceCustody: return .evidenceCustody
        case .evidenceDisposed: return .evidenceDisposed
        case .noteAdded: return .noteAdded
        case .notificationRecorded: return .notificationRecorded
        case .notificationConfirmed: return .notificationConfirmed
        case .assigned: return .assigned
        case .policyAdopted: return .policyAdopted
        case .obligationMet: return .obligationMet
        case .obligationWaived: return .obligationWaived
        case .obligationOverdue: return .obligationOverdue
        case .shiftStarted: return .shiftStarted
        case .shiftEnded: return .shiftEnded
        case .handoverRemark: return .handoverRemark
        case .handoverOffered: return .handoverOffered
        case .handoverAccepted: return .handoverAccepted
        }
    }

    /// The name as the journal stores it.
    public var kind: String { eventKind.rawValue }

    /// A row of the shifts and their handover, which the reducer folds into the shifts alone
    /// (`ShiftReduction`): replay leaves them out when it folds an incident again.
    public var isShiftEvent: Bool {
        switch self {
        case .shiftStarted, .shiftEnded, .handoverRemark, .handoverOffered, .handoverAccepted: return true
        default: return false
        }
    }

    /// The journal's `incident` column.
    public var incidentID: String? {
        switch self {
        case .deskOpened, .agencyRegistered, .policyAdopted, .playbookAdopted, .shiftStarted, .shiftEnded, .handoverRemark,
             .handoverOffered, .handoverAccepted:
            return nil
        case .incidentOpened(let opening): return opening.id
        case .evidenceAdded(let addition): return addition.incident
        case .notificationRecorded(let record): return record.incident
        case .levelSet(let id, _), .phaseChanged(let id, _, _), .noteAdded(let id, _), .assigned(let id, _),
             .categoryChanged(let id, _), .stepDone(let id, _, _, _), .stepSkipped(let id, _, _),
             .evidenceCustody(let id, _, _), .evidenceDisposed(let id, _, _, _, _),
             .obligationMet(let id, _), .obligationWaived(let id, _, _, _, _), .obligationOverdue(let id, _, _, _),
             .notificationConfirmed(let id, _, _):
            return id
        }
    }

    public var body: JSONValue {
        switch self {
        case .deskOpened(let region):
            return ["region": .string(region.rawValue)]
        case .agencyRegistered(let agency):
            return agency.json
        case .incidentOpened(let opening):
            return opening.json
        case .levelSet(_, let change):
            return change.json
        case .phaseChanged(_, let phase, let override):
            var b = JSONObjectBuilder()
            b.set("phase", phase)
            b.set("override", override?.json)
            return b.value
        case .categoryChanged(_, let category):
            return ["category": .string(category.rawValue)]
        case .playbookAdopted(let playbook):
            return playbook.json
        case .stepDone(_, let step, let at, let note):
            var b = JSONObjectBuilder()
            b.set("step", step)
            b.set("at", at)
            b.set("note", note)
            return b.value
        case .stepSkipped(_, let step, let reason):
            return ["step": .string(step), "reason": .string(reason)]
        case .evidenceAdded(let addition):
            return addition.json
        case .evidenceCustody(_, let evidence, let change):
            guard case .object(var members) = change.json else { return .null }
            members["evidence"] = .string(evidence)
            return .object(members)
        case .evidenceDisposed(_, let evidence, let reason, let sha256, let size):
            var b = JSONObjectBuilder()
            b.set("evidence", evidence)
            b.set("reason", reason)
            b.set("sha256", sha256)
            b.set("size", size.map { Int($0) })
            return b.value
        case .noteAdded(_, let text):
            return ["text": .string(text)]
        case .notificationRecorded(let record):
            return record.json
        case .notificationConfirmed(_, let number, let at):
            return ["number": .int(Int64(number)), "at": .string(ISO8601.utcMillisecondString(at))]
        case .assigned(_, let assignee):
            return ["assignee": assignee.map(JSONValue.string) ?? .null]
        case .policyAdopted(let policy):
            return policy.json
        case .obligationMet(_, let meeting):
            return meeting.json
        case .obligationWaived(_, let kind, let ordinal, let reason, let closing):
            var body: [String: JSONValue] = ["kind": .string(kind.rawValue), "ordinal": .int(Int64(ordinal)), "reason": .string(reason)]
            // Only when set: rows written before the field existed read back and hash as they did.
            if closing { body["closing"] = .bool(true) }
            return .object(body)
        case .obligationOverdue(_, let kind, let ordinal, let dueAt):
            return ["kind": .string(kind.rawValue), "ordinal": .int(Int64(ordinal)),
                    "due_at": .string(ISO8601.utcMillisecondString(dueAt))]
        case .shiftStarted(let shift, let officer, let at, let forced):
            var b = JSONObjectBuilder()
            b.set("shift", Int64(shift))
            b.set("officer", officer)
            b.set("at", at)
            b.set("forced", forced)
            return b.value
        case .shiftEnded(let shift, let at):
            return ["shift": .int(Int64(shift)), "at": .string(ISO8601.utcMillisecondString(at))]
        case .handoverRemark(let shift, let text):
            return ["shift": .int(Int64(shift)), "text": .string(text)]
        case .handoverOffered(let shift, let digest, let head, let horizon, let acceptWithin, let generatedAt):
            return ["shift": .int(Int64(shift)), "digest": .string(digest), "seq": .int(head.seq), "hash": .string(head.hash),
                    "horizon_minutes": .int(Int64(horizon)), "accept_within_minutes": .int(Int64(acceptWithin)),
                    "generated_at": .string(ISO8601.utcMillisecondString(generatedAt))]
        case .handoverAccepted(let shift, let next, let officer, let digest, let remark):
            var b = JSONObjectBuilder()
            b.set("shift", Int64(shift))
            b.set("next", Int64(next))
            b.set("officer", officer)
            b.set("digest", digest)
            b.set("remark", remark)
            return b.value
        }
    }

    public struct DecodingError: Error, Equatable, Sendable {
        public let reason: BilingualText

        init(_ say: (any Words) -> String) { reason = BilingualText(say) }
    }

    public init(kind: String, incident: String?, body: JSONValue) throws(DecodingError) {
        do {
            let r = try JSONFieldReader(body)
            func requireIncident() throws(DecodingError) -> String {
                guard let incident else { throw DecodingError { $0.eventHasNoIncident(kind) } }
                return incident
            }
            guard let known = Kind(rawValue: kind) else {
                throw DecodingError { $0.unknownEventKind(TextChecks.quoted(kind)) }
            }
            switch known {
            case .deskOpened:
                self = .deskOpened(region: try r.enumValue("region", Region.self))
            case .agencyRegistered:
                self = .agencyRegistered(try Agency(reader: r))
            case .incidentOpened:
                self = .incidentOpened(try IncidentOpening(id: try requireIncident(), reader: r))
            case .levelSet:
                self = .levelSet(incident: try requireIncident(), change: try LevelChange(reader: r))
            case .phaseChanged:
                self = .phaseChanged(incident: try requireIncident(), phase: try r.enumValue("phase", IncidentPhase.self),
                                     override: try r.optionalObject("override").map { (o) throws(JSONFieldReader.FieldError) in
                                         try PhaseOverride(reader: o)
                                     })
            case .categoryChanged:
                self = .categoryChanged(incident: try requireIncident(), category: try r.enumValue("category", IncidentCategory.self))
            case .playbookAdopted:
                self = .playbookAdopted(try Playbook(reader: r))
            case .stepDone:
                self = .stepDone(incident: try requireIncident(), step: try r.string("step"), at: try r.instant("at"),
                                 note: try r.optionalString("note"))
            case .evidenceAdded:
                self = .evidenceAdded(try EvidenceAddition(incident: try requireIncident(), reader: r))
            case .evidenceCustody:
                self = .evidenceCustody(incident: try requireIncident(), evidence: try r.string("evidence"), change: try CustodyChange(reader: r))
            case .evidenceDisposed:
                self = .evidenceDisposed(incident: try requireIncident(), evidence: try r.string("evidence"),
                                         reason: try r.string("reason", allowEmpty: true), sha256: try r.optionalString("sha256"),
                                         size: try r.optionalInt("size"))
            case .stepSkipped:
                self = .stepSkipped(incident: try requireIncident(), step: try r.string("step"), reason: try r.string("reason", allowEmpty: true))
            case .noteAdded:
                self = .noteAdded(incident: try requireIncident(), text: try r.string("text", allowEmpty: true))
            case .notificationRecorded:
                self = .notificationRecorded(try NotificationRecord(incident: try requireIncident(), reader: r))
            case .notificationConfirmed:
                self = .notificationConfirmed(incident: try requireIncident(), number: Int(try r.int("number")), at: try r.instant("at"))
            case .assigned:
                self = .assigned(incident: try requireIncident(), assignee: try r.optionalString("assignee"))
            case .policyAdopted:
                self = .policyAdopted(try DeadlinePolicy(reader: r))
            case .obligationMet:
                self = .obligationMet(incident: try requireIncident(), meeting: try ObligationMeeting(reader: r))
            case .obligationWaived:
                self = .obligationWaived(incident: try requireIncident(), kind: try r.enumValue("kind", ObligationKind.self),
                                         ordinal: Int(try r.int("ordinal")), reason: try r.string("reason", allowEmpty: true),
                                         closing: try r.optionalBool("closing") ?? false)
            case .obligationOverdue:
                self = .obligationOverdue(incident: try requireIncident(), kind: try r.enumValue("kind", ObligationKind.self),
                                          ordinal: Int(try r.int("ordinal")), dueAt: try r.instant("due_at"))
            case .shiftStarted:
                self = .shiftStarted(shift: Int(try r.int("shift")), officer: try r.string("officer"), at: try r.instant("at"),
                                     forced: try r.optionalString("forced"))
            case .shiftEnded:
                self = .shiftEnded(shift: Int(try r.int("shift")), at: try r.instant("at"))
            case .handoverRemark:
                self = .handoverRemark(shift: Int(try r.int("shift")), text: try r.string("text", allowEmpty: true))
            case .handoverOffered:
                self = .handoverOffered(shift: Int(try r.int("shift")), digest: try r.string("digest"),
                                        head: JournalHead(seq: try r.int("seq"), hash: try r.string("hash")),
                                        horizonMinutes: Int(try r.int("horizon_minutes")),
                                        acceptWithinMinutes: Int(try r.int("accept_within_minutes")),
                                        generatedAt: try r.instant("generated_at"))
            case .handoverAccepted:
                self = .handoverAccepted(shift: Int(try r.int("shift")), next: Int(try r.int("next")), officer: try r.string("officer"),
                                         digest: try r.string("digest"), remark: try r.optionalString("remark"))
            }
        } catch let error as JSONFieldReader.FieldError {
            throw DecodingError { $0.eventBodyUnreadable(kind, "\(error.path): " + $0.say(error.reason)) }
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError { $0.eventBodyUnreadable(kind, "\(error)") }
        }
    }
}

/// An event as the journal recorded it: who, when, and its place in the chain.
public struct RecordedEvent: Hashable, Sendable {
    public let seq: Int64
    public let at: Instant
    public let actor: String
    public let event: DeskEvent

    public init(seq: Int64, at: Instant, actor: String, event: DeskEvent) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.event = event
    }
}
