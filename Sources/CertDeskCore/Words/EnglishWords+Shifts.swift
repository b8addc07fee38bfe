/// English words for shifts and the handover.
extension EnglishWords {
    public func shiftSummary(of event: DeskEvent, time: (Instant) -> String) -> String {
        switch event {
        case .shiftStarted(let shift, let officer, let at, let forced):
            return "shift \(shift) began: \(officer) on watch from \(time(at))" + (forced.map { " (forced over the open shift: \($0))" } ?? "")
        case .shiftEnded(let shift, let at):
            return "shift \(shift) ended at \(time(at)) without a successor"
        case .handoverRemark(_, let text):
            return "handover remark: " + text
        case .handoverOffered(let shift, let digest, let head, _, _, _):
            return "handover of shift \(shift) offered: digest \(digest.prefix(12))…, covering journal row \(head.seq)"
        case .handoverAccepted(let shift, let next, let officer, let digest, let remark):
            return "handover of shift \(shift) accepted by \(officer) (digest \(digest.prefix(12))…); shift \(next) began"
                + (remark.map { ": \($0)" } ?? "")
        default:
            return summary(of: event, time: time)
        }
    }

    public func shiftEventOutOfOrder(_ kind: String, shift: Int) -> String {
        "\(kind) for shift \(shift) does not follow from the shifts before it"
    }
    public func shiftStillOpen(_ id: Int, officer: String, since: String) -> String {
        "shift \(id) (\(officer), since \(since)) is still on watch: hand it over (`certdesk handover offer`, then "
            + "`certdesk handover accept` by the incoming officer), end it (`certdesk shift end`), or start anyway with --force REASON"
    }
    public var noShiftOnWatch: String { "no shift is on watch: start one with `certdesk shift start`" }
    public var journalMovedDuringReport: String {
        "the journal moved on while the report was being made; offer the handover again"
    }
    public func noHandoverOffered(_ shift: Int) -> String {
        "shift \(shift) has not offered a handover: the outgoing officer offers it first (`certdesk handover offer`)"
    }
    public func recordedSinceOffer(_ count: Int, incidents: [String]) -> String {
        let events = count == 1 ? "1 new event was" : "\(count) new events were"
        let touched = incidents.isEmpty ? "" : " (on \(incidents.joined(separator: ", ")))"
        return "\(events) recorded after the handover was offered\(touched): the report is no longer the one offered; "
            + "the outgoing officer offers it again (`certdesk handover offer`)"
    }
    public func digestNotOffered(shown: String, offered: String) -> String {
        "the report you were shown (digest \(shown)…) is not the one offered (digest \(offered)…): read the handover again"
    }
    public func beforeShiftBegan(_ when: String, _ shift: Int, began: String) -> String {
        "\(when) is before shift \(shift) began (\(began))"
    }
    public func shiftRowUnreadable(_ id: Int) -> String { "shift \(id) in the projection cannot be read" }
    public func storedShiftDiffers(_ id: Int) -> String { "the stored shift \(id) differs from the journal" }
    public func handoverSettingUnit(_ key: String) -> String { "\(key) takes hours or minutes (e.g. 12h, 30m), more than zero" }
    public func noShift(_ id: Int) -> String { "no shift \(id) on this desk (`certdesk shift list` lists them)" }
    public func journalRowMissing(_ seq: Int64) -> String { "journal row \(seq) is missing" }
}

extension EnglishWords {
    public func handover(_ label: HandoverLabel) -> String {
        switch label {
        case .desk: "Desk"
        case .officer: "Officer on watch"
        case .shift: "Shift"
        case .generatedAt: "Generated at"
        case .journalHead: "Journal head"
        case .horizon: "Look-ahead"
        case .openIncidents: "Open incidents"
        case .overdue: "Clocks overdue"
        case .dueWithinHorizon: "Clocks falling due"
        case .duringShift: "During the shift"
        case .opened: "Opened"
        case .closed: "Closed"
        case .relevelled: "Level changed"
        case .met: "Clocks met"
        case .metLate: "Clocks met late"
        case .breached: "Clocks breached"
        case .actions: "Every action, by incident"
        case .deskRows: "Desk"
        case .evidence: "Evidence"
        case .evidenceHeld: "Held by the outgoing officer"
        case .evidenceCheckedOut: "Checked out"
        case .evidenceOnHold: "On legal hold"
        case .remarks: "Remarks"
        case .none: "none"
        case .signOff: "Sign-off"
        case .digest: "Digest (SHA-256)"
        case .draft: "Draft: not offered yet (`certdesk handover offer`)"
        case .columnIncident: "Incident"
        case .columnTitle: "Title"
        case .columnLevel: "Level"
        case .columnCategory: "Category"
        case .columnAgency: "Agency"
        case .columnPhase: "Phase"
        case .columnAssignee: "Assignee"
        case .columnNextClock: "Next clock"
        case .columnTimeLeft: "Time left"
        case .columnClock: "Clock"
        case .columnDue: "Due"
        case .columnItem: "Item"
        case .columnHolder: "Holder"
        case .columnLocation: "Location"
        case .columnHold: "Hold"
        }
    }
    public func handoverTitle(shift: Int) -> String { "Handover report, shift \(shift)" }
    public func shiftSpan(from: String, to: String?) -> String { "\(from) – " + (to ?? "on watch") }
    public func journalHeadText(seq: Int64, hash: String) -> String { "row \(seq), hash \(hash)" }
    public func horizonText(hours: String) -> String { "clocks due within \(hours)" }
    public func verifyLater(_ command: String) -> String {
        "This report anchors the journal: to prove later that nothing before it was changed or cut, run `\(command)`."
    }
}

extension EnglishWords {
    public func onWatch(_ officer: String, since: String) -> String { "on watch \(officer) since \(since)" }
    public var noShiftOnWatchTitle: String { "NO SHIFT ON WATCH" }
    public var noShifts: String { "no shifts yet: start one with `certdesk shift start`" }
    public func shiftColumn(_ column: ShiftListColumn) -> String {
        switch column {
        case .id: "SHIFT"
        case .officer: "OFFICER"
        case .start: "START"
        case .end: "END"
        case .events: "EVENTS"
        case .opened: "OPENED"
        case .closed: "CLOSED"
        case .breached: "BREACHED"
        case .handover: "HANDOVER"
        }
    }
    public func outsideShifts(_ rows: String) -> String { "FLAG: outside any shift, \(rows)" }
    public func rows(_ first: Int64, _ last: Int64) -> String { first == last ? "row \(first)" : "rows \(first)–\(last)" }
    public var onWatchNow: String { "on watch" }
    public func startedByForce(_ reason: String) -> String { "started by force: \(reason)" }
    public func offeredAt(_ time: String) -> String { "offered \(time)" }
    public func acceptedBy(_ officer: String, at: String) -> String { "accepted by \(officer) \(at)" }
    public func acceptedLate(minutes: Int) -> String { "LATE: accepted after more than \(minutes) min" }
    public func notAcceptedWithin(minutes: Int) -> String { "LATE: not accepted within \(minutes) min" }
    public var endedWithoutSuccessor: String { "ended, no successor" }
    public var endedWithoutHandover: String { "FLAG: ended without a handover" }
    public var digestHolds: String { "digest ok" }
    public func digestMismatch(recorded: String, rebuilt: String) -> String {
        "digest MISMATCH: the offer recorded \(recorded), the journal now gives \(rebuilt); run `certdesk verify`"
    }
    public func shiftNeverOffered(_ id: Int) -> String {
        "shift \(id) offered no handover: this is the desk as the shift ended (or as it stands, while on watch)"
    }
    public var markdownOrJSON: String { "give --markdown or --json, not both" }
    public var remarkRecorded: String { "remark recorded for the handover" }
    public func handoverOffered(_ shift: Int, digest: String, anchor: String, acceptBy: String) -> String {
        "shift \(shift) handover offered: digest \(digest)\njournal head \(anchor) (keep it: `certdesk verify --anchor \(anchor)`)\n"
            + "the incoming officer reads it (`certdesk handover show`) and signs it (`certdesk handover accept`) by \(acceptBy)"
    }
}

extension EnglishWords {
    public var helpHandover: String { "the handover of the shift on watch: read it, remark, offer it, sign it" }
    public var helpShiftReview: String { "the shifts, newest first; Enter opens a shift's report exactly as it was handed over" }
    public var helpRemarkHandover: String { "add the outgoing officer's remark to the handover" }
    public var hintRemarkHandover: String { "remark" }
    public var helpOfferHandover: String { "offer the handover as the desk stands now (records its digest and journal head)" }
    public var hintOfferHandover: String { "offer" }
    public var helpAcceptHandover: String { "the incoming officer signs the report on screen and takes the watch" }
    public var hintAcceptHandover: String { "accept" }
    public var handoverView: String { "handover" }
    public var shiftsView: String { "shift list" }
    public var shiftReportView: String { "shift report" }
    public func worksInView(_ key: String, _ place: String) -> String { "\(key) works in the \(place) view" }
    public var handoverDraftOnScreen: String { "DRAFT: not offered yet; o offers it as the desk stands now" }
    public func recordedSinceOfferOnScreen(_ count: Int) -> String {
        "\(count == 1 ? "1 event" : "\(count) events") recorded after this offer: it cannot be signed; o offers again"
    }
    public func handoverNotSigned(offeredAt: String, minutes: Int) -> String {
        "handover offered \(offeredAt), not signed within \(minutes) min"
    }
    public func handoverWaitingForSignature(offeredAt: String, by: String) -> String {
        "OFFERED \(offeredAt): the incoming officer signs it with A by \(by)"
    }
    public func shiftReviewTitle(_ count: Int) -> String { "Shifts (\(count)), newest first" }
    public var flagSeparator: String { "; " }
    public func remarkLabel(shift: Int) -> String { "Remark for the handover of shift \(shift)" }
    public func remarkRecordedFor(shift: Int) -> String { "remark recorded for the handover of shift \(shift)" }
    public func acceptOfficerLabel(shift: Int) -> String { "Incoming officer taking over from shift \(shift)" }
    public var acceptOfficerHint: String { "the name the journal keeps for the signature · Enter next · Esc cancel (nothing recorded)" }
    public var officerNeeded: String { "say who takes the watch: the signature needs a name" }
    public func acceptRemarkLabel(officer: String) -> String { "\(officer)'s remark on taking over (optional)" }
    public var acceptRemarkHint: String { "Enter signs the report on screen · Esc cancel (nothing recorded)" }
    public func handoverOfferedOnScreen(_ shift: Int, digest: String, acceptBy: String) -> String {
        "shift \(shift) handover offered (digest \(digest)…): the incoming officer signs it with A by \(acceptBy)"
    }
    public func handedOver(_ shift: Int, to officer: String, next: Int) -> String {
        "shift \(shift) handed over: \(officer) on watch (shift \(next))"
    }
}
