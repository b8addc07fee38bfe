import CertDeskCore

/// Shifts as the command line prints them: who is on watch, and the list of shifts with how each
/// was handed over. Flags (a late signature, a shift ended without a handover, events outside
/// any shift) are words, not colours, so they survive a pipe and `NO_COLOR`.
public enum ShiftText {
    /// `值班 林志明 since 08:00` — the title bar's words, for the command line too.
    public static func onWatch(_ shift: Shift, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        "\(shift.id)  " + language.words.onWatch(SafeText.singleLine(shift.officer), since: time.minuteString(shift.startedAt))
    }

    public static func list(_ shifts: [Shift], head: Int64, now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words
        guard !shifts.isEmpty else { return w.noShifts }
        var table = TextTable(columns: [
            .init(w.shiftColumn(.id), alignRight: true), .init(w.shiftColumn(.officer), maxWidth: 16), .init(w.shiftColumn(.start)),
            .init(w.shiftColumn(.end)), .init(w.shiftColumn(.events), alignRight: true), .init(w.shiftColumn(.opened), alignRight: true),
            .init(w.shiftColumn(.closed), alignRight: true), .init(w.shiftColumn(.breached), alignRight: true),
            .init(w.shiftColumn(.handover)),
        ])
        var previousEnd: Int64 = 0
        for shift in shifts {
            let gap = ShiftGap(after: previousEnd, before: shift.startSeq)
            if gap.count > 0 { table.append(["", "", "", "", String(gap.count), "", "", "", w.outsideShifts(w.rows(gap.first, gap.last))]) }
            table.append(cells(shift, head: head, now: now, w, time))
            previousEnd = shift.endSeq ?? head
        }
        let tail = ShiftGap(after: previousEnd, before: head + 1)
        if shifts.last?.isOpen == false, tail.count > 0 {
            table.append(["", "", "", "", String(tail.count), "", "", "", w.outsideShifts(w.rows(tail.first, tail.last))])
        }
        return table.render()
    }

    public static func line(_ shift: Shift, head: Int64, now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        cells(shift, head: head, now: now, language.words, time).filter { !$0.isEmpty }.joined(separator: "  ")
    }

    private static func cells(_ shift: Shift, head: Int64, now: Instant, _ w: any Words, _ time: LocalTimeFormatter) -> [String] {
        [String(shift.id), SafeText.singleLine(shift.officer), time.minuteString(shift.startedAt),
         shift.endedAt.map(time.minuteString) ?? w.onWatchNow, String(shift.eventCount(head: head)), String(shift.incidentsOpened),
         String(shift.incidentsClosed), String(shift.clocksBreached), handover(shift, now: now, w, time)]
    }

    /// How the shift was handed over, with its flags.
    static func handover(_ shift: Shift, now: Instant, _ w: any Words, _ time: LocalTimeFormatter) -> String {
        var parts: [String] = []
        if let reason = shift.forcedReason { parts.append(w.startedByForce(SafeText.singleLine(reason))) }
        if let offer = shift.offer {
            parts.append(w.offeredAt(time.minuteString(offer.at)))
            if let acceptance = shift.acceptance {
                parts.append(w.acceptedBy(SafeText.singleLine(acceptance.officer), at: time.minuteString(acceptance.at)))
                if acceptance.at > offer.acceptBy { parts.append(w.acceptedLate(minutes: offer.acceptWithinMinutes)) }
            } else if shift.isOpen, now > offer.acceptBy {
                parts.append(w.notAcceptedWithin(minutes: offer.acceptWithinMinutes))
            }
        }
        switch shift.ending {
        case .ended?: parts.append(w.endedWithoutSuccessor)
        case .displaced?: parts.append(w.endedWithoutHandover)
        case .handedOver?, nil: break
        }
        return parts.joined(separator: "; ")
    }
}

/// Journal rows between two shifts: recorded while no shift was on watch.
struct ShiftGap {
    let first: Int64
    let last: Int64

    init(after end: Int64, before start: Int64) {
        first = end + 1
        last = start - 1
    }

    var count: Int64 { max(0, last - first + 1) }
}
