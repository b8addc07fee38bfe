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
        var table = table(w)
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

    /// The column header and one line per shift, in the order given, without the rows between
    /// shifts (the console's review list, which selects shifts). `compact`: without the counts,
    /// so the handover and its flags fit an 80-column screen.
    public static func rows(_ shifts: [Shift], head: Int64, now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter,
                            compact: Bool = false) -> [String] {
        let counts: Set<ShiftListColumn> = [.events, .opened, .closed, .breached]
        let shown = columns.filter { !compact || !counts.contains($0) }
        var table = table(language.words, shown)
        for shift in shifts {
            let all = cells(shift, head: head, now: now, language.words, time)
            table.append(zip(columns, all).filter { shown.contains($0.0) }.map(\.1))
        }
        return table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// One shift with every column named (`SHIFT 2 · OFFICER 王大明 · …`), empty ones left out:
    /// the console shows the selected shift whole under the list.
    public static func labelled(_ shift: Shift, head: Int64, now: Instant, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words
        return zip(columns, cells(shift, head: head, now: now, w, time)).filter { !$0.1.isEmpty }
            .map { w.shiftColumn($0.0) + " " + $0.1 }.joined(separator: " · ")
    }

    /// The columns, in the order `cells` fills them.
    private static let columns: [ShiftListColumn] = [.id, .officer, .start, .end, .events, .opened, .closed, .breached, .handover]

    private static func table(_ w: any Words, _ shown: [ShiftListColumn] = columns) -> TextTable {
        TextTable(columns: shown.map { column in
            switch column {
            case .officer: .init(w.shiftColumn(column), maxWidth: 16)
            case .id, .events, .opened, .closed, .breached: .init(w.shiftColumn(column), alignRight: true)
            case .start, .end, .handover: .init(w.shiftColumn(column))
            }
        })
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
        return parts.joined(separator: w.flagSeparator)
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
