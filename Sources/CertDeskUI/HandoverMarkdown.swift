import CertDeskCore

/// The handover report as Markdown: to print, mail or file with the shift's records. It ends
/// with the journal head and the command that proves it later (`certdesk verify --anchor`), so
/// a handover kept outside the machine anchors everything recorded before it. Every field from
/// outside (titles, agencies, notes) is made single-line and its table bars escaped.
public enum HandoverMarkdown {
    public static func text(_ reading: HandoverReading, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words
        let report = reading.report, offered = reading.offer != nil
        let h = report.header
        let now = h.generatedAt
        var out: [String] = ["# " + w.handoverTitle(shift: h.shift), ""]
        if !offered { out += ["> " + w.handover(.draft), ""] }
        out += [
            "- \(w.handover(.desk)): \(w.name(of: h.region))",
            "- \(w.handover(.officer)): \(cell(h.officer))",
            "- \(w.handover(.shift)): \(w.shiftSpan(from: time.minuteString(h.startedAt), to: h.endedAt.map(time.minuteString)))",
            "- \(w.handover(.generatedAt)): \(time.string(now))",
            "- \(w.handover(.journalHead)): \(w.journalHeadText(seq: h.head.seq, hash: h.head.hash))",
            "- \(w.handover(.horizon)): \(w.horizonText(hours: DeadlineDuration.minutes(h.horizonMinutes).description))",
            "",
        ]

        out += section(w.handover(.openIncidents), count: report.openIncidents.count)
        if !report.openIncidents.isEmpty {
            out += table([.columnIncident, .columnTitle, .columnLevel, .columnCategory, .columnAgency, .columnPhase, .columnAssignee,
                          .columnNextClock, .columnTimeLeft].map(w.handover),
                         report.openIncidents.map { i in
                             [i.id + (i.exercise ? " " + w.exerciseTag : ""), cell(i.title), HandoverCells.level(i.level), w.name(of: i.category), cell(i.agency), w.name(of: i.phase), cell(i.assignee ?? "—"),
                              i.nextClock.map { HandoverCells.clockName($0, w) + " " + time.minuteString($0.dueAt) } ?? "—",
                              i.nextClock.map { HandoverCells.left($0.dueAt, now: now, w) } ?? "—"]
                         })
        }
        out += clockSection(w.handover(.overdue), report.overdue, now: now, w, time)
        out += clockSection(w.handover(.dueWithinHorizon), report.dueWithinHorizon, now: now, w, time)

        out += ["## " + w.handover(.duringShift), ""]
        out += [
            "- \(w.handover(.opened)): \(list(report.opened, w))",
            "- \(w.handover(.closed)): \(list(report.closed, w))",
            "- \(w.handover(.relevelled)): \(list(report.relevelled.map { HandoverCells.levelChange($0, time) }, w))",
            "- \(w.handover(.met)): \(list(report.met.map { HandoverCells.clockOf($0, w) }, w))",
            "- \(w.handover(.metLate)): \(list(report.metLate.map { HandoverCells.clockOf($0, w) }, w))",
            "- \(w.handover(.breached)): \(list(report.breached.map { HandoverCells.clockOf($0, w) }, w))",
            "",
            "### " + w.handover(.actions), "",
        ]
        if report.actions.isEmpty { out += [w.handover(.none), ""] }
        for group in report.actions {
            out += ["#### " + (group.incident ?? w.handover(.deskRows)), ""]
            for recorded in group.events {
                out.append("- `\(recorded.seq)` \(time.string(recorded.at)) \(cell(recorded.actor)): "
                           + cell(EventSummary.text(recorded.event, language, time: time)))
            }
            out.append("")
        }

        out += ["## " + w.handover(.evidence), ""]
        for (label, items) in [(HandoverLabel.evidenceHeld, report.evidenceHeld), (.evidenceCheckedOut, report.evidenceCheckedOut),
                               (.evidenceOnHold, report.evidenceOnHold)] {
            out += ["### \(w.handover(label)) (\(items.count))", ""]
            if items.isEmpty { out += [w.handover(.none), ""]; continue }
            out += table([.columnItem, .columnHolder, .columnLocation, .columnHold].map(w.handover),
                         items.map { [$0.id + " " + cell($0.description), cell($0.holder), cell($0.location), cell($0.holdReason ?? "—")] })
        }

        out += section(w.handover(.remarks), count: report.remarks.count)
        out += report.remarks.map { "- \(time.string($0.at)) \(cell($0.actor)): \(cell($0.text))" }
        if !report.remarks.isEmpty { out.append("") }

        let anchor = "certdesk verify --anchor \(h.head.anchor)"
        out += ["---", "", "- \(w.handover(.digest)): `\(reading.digest)`",
                "- \(w.handover(.journalHead)): `\(h.head.anchor)`", "", w.verifyLater(anchor), ""]
        return out.joined(separator: "\n")
    }

    private static func section(_ title: String, count: Int) -> [String] {
        ["## \(title) (\(count))", ""]
    }

    private static func clockSection(_ title: String, _ clocks: [HandoverReport.Clock], now: Instant, _ w: any Words,
                                     _ time: LocalTimeFormatter) -> [String] {
        var out = section(title, count: clocks.count)
        guard !clocks.isEmpty else { return out }
        out += table([.columnIncident, .columnClock, .columnDue, .columnTimeLeft].map(w.handover),
                     clocks.map { [$0.incident, HandoverCells.clockName($0, w), time.minuteString($0.dueAt), HandoverCells.left($0.dueAt, now: now, w)] })
        return out
    }

    private static func table(_ head: [String], _ rows: [[String]]) -> [String] { MarkdownText.table(head, rows) }

    private static func list(_ items: [String], _ w: any Words) -> String {
        items.isEmpty ? w.handover(.none) : items.map(cell).joined(separator: ", ")
    }

    static func cell(_ text: String) -> String { MarkdownText.cell(text) }
}
