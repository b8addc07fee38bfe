import CertDeskCore

/// Everything the officer can ask the console to do. Keys map to actions through the one
/// binding table (`ConsoleBindings`); the `:` command line maps words to the same actions.
public enum ConsoleAction: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    /// The detail's content: to its top or end, a page or half a page.
    case scrollTop, scrollBottom, scrollPageUp, scrollPageDown, scrollHalfUp, scrollHalfDown
    case open, back
    case nextTab, previousTab
    case filter
    case toggleClosed
    case cycleOrder
    case help
    case commandLine
    case setLevel, changePhase, assign, addNote, meet, waive, ingest
    /// Playbook: mark the step under the cursor done now, or skip it with a reason; move the cursor.
    case stepDone, stepSkip, nextStep, previousStep
    /// Evidence: add a file to the incident's register; the desk-wide retention list.
    case addEvidence, retentionDue
    /// Notifications: the notify form for the incident; the desk-wide outbox of notices owed
    /// and failed.
    case notify, outbox
    /// The handover view of the shift on watch, and the review of past shifts.
    case handover, shiftReview
    /// In the handover view: the outgoing officer's remark and offer; the incoming officer's
    /// signature on the report on screen.
    case remarkHandover, offerHandover, acceptHandover
    /// The monthly report (月報) and the months around it; the selected incident's
    /// investigation report.
    case monthlyReport, previousMonth, nextMonth, investigationReport
    /// Stops the copy or ingest running off the loop (it leaves nothing behind).
    case cancelWork
    /// Ctrl-L: repaint every cell (after something else wrote to the terminal).
    case repaint
    case quit
    /// Played time (replay and drill): pause and resume, faster and slower.
    case togglePlaying, faster, slower
    /// Replay: one journal row on or back; the selected incident's next or previous row; a
    /// time typed; the first and the last moment.
    case stepForward, stepBack, incidentForward, incidentBack, jumpToTime, replayStart, replayEnd

    /// Actions that record in the journal: a replay refuses them at the key, before any form.
    public var records: Bool {
        switch self {
        case .setLevel, .changePhase, .assign, .addNote, .meet, .waive, .ingest, .stepDone, .stepSkip, .addEvidence,
             .remarkHandover, .offerHandover, .acceptHandover, .notify:
            return true
        default:
            return false
        }
    }

    /// Views that read today's desk rather than the moment replayed (the handover of the
    /// shift on watch, the shift review, the retention list): a replay does not open them.
    public var readsToday: Bool {
        switch self {
        case .handover, .shiftReview, .retentionDue, .outbox: return true
        default: return false
        }
    }
}

extension ConsoleAction {
    /// How far a key moves a page of text (a report, a handover) that shows `page` lines at a
    /// time; nil for a key that does not scroll. The views clamp it to their text.
    func scrollRows(page: Int) -> Int? {
        switch self {
        case .moveDown: 1
        case .moveUp: -1
        case .scrollTop: -(Int.max / 2)
        case .scrollBottom: Int.max / 2
        case .scrollPageDown: page
        case .scrollPageUp: -page
        case .scrollHalfDown: max(1, page / 2)
        case .scrollHalfUp: -max(1, page / 2)
        default: nil
        }
    }
}

/// What drives the console: a key, the clock, a resize, or the desk changing underneath.
public enum ConsoleInput: Hashable, Sendable {
    case key(KeyPress)
    case tick
    case resize(rows: Int, columns: Int)
    case deskChanged
}

/// Where the officer is.
public enum ConsoleView: Hashable, Sendable {
    case queue
    case detail
    /// The handover report of the shift on watch: read, remarked, offered, signed.
    case handover
    /// The list of shifts, for review.
    case shifts
    /// A past shift's report, exactly as it was handed over (read only).
    case shiftReport
    /// The month at a glance (月報).
    case monthly
    /// An incident's investigation, handling and improvement report.
    case investigation
}

/// The tabs of an incident's detail.
public enum DetailTab: Int, CaseIterable, Hashable, Sendable {
    case summary, clocks, playbook, timeline, indicators, evidence, notifications

    public var label: BilingualText {
        switch self {
        case .summary: BilingualText(\.tabSummary)
        case .clocks: BilingualText(\.tabClocks)
        case .playbook: BilingualText(\.tabPlaybook)
        case .timeline: BilingualText(\.tabTimeline)
        case .indicators: BilingualText(\.tabIndicators)
        case .evidence: BilingualText(\.tabEvidence)
        case .notifications: BilingualText(\.tabNotifications)
        }
    }
}
