import CertDeskCore

/// The investigation report's seven items as labelled lines in the reader's words: the one
/// layout Markdown, HTML and the console draw from. A line the journal cannot fill is a gap
/// (未填 / not recorded), marked as such in every form.
public struct InvestigationLine: Sendable, Equatable {
    public var label: String?
    public var text: String
    public var isGap: Bool

    init(_ label: String?, _ text: String?, gap words: any Words) {
        self.label = label
        self.text = text ?? words.notFilled
        isGap = text == nil
    }
}

public enum InvestigationReportText {
    public static func items(_ report: InvestigationReport, language: InterfaceLanguage,
                             time: LocalTimeFormatter) -> [(item: InvestigationReportItem, lines: [InvestigationLine])] {
        let w = language.words, incident = report.incident
        func line(_ label: String?, _ text: String?) -> InvestigationLine { InvestigationLine(label, text, gap: w) }
        func steps(_ entries: [InvestigationReport.StepEntry]) -> [InvestigationLine] {
            entries.map { entry in
                let name = entry.step.map { w.say($0.text) } ?? entry.record.step
                var text = w.stepRecorded(entry.record.status, at: time.minuteString(entry.record.at), by: entry.record.by)
                if let note = entry.record.text, !note.isEmpty { text += " — " + note }
                return line(name, text)
            }
        }
        func clock(_ o: Obligation) -> InvestigationLine {
            line(o.name, Countdown.status(o, now: report.generatedAt, language: language, time: time)
                    + " · " + w.clockDue(time.minuteString(o.dueAt)))
        }

        let times = report.times.map { line(w.name(of: $0.kind), $0.at.map(time.minuteString)) }

        var scope = [line(w.labelAgency, incident.agency + (report.agency.map { " · \($0.county) · \($0.type)" } ?? "")),
                     line(w.labelCategory, w.name(of: incident.category)),
                     line(w.labelLevel, incident.level.map { w.levelInMessage($0) }),
                     line(w.labelLevelReason, incident.levelReason)]
        if let basis = incident.levelBasis {
            scope.append(line(w.labelAsset, w.name(of: basis.asset)))
            scope += LevelAssessment(basis).reasons.map { line(w.labelImpact, w.say($0)) }
        } else {
            scope.append(line(w.labelImpact, nil))
        }
        scope.append(line(w.labelDescription, incident.description.isEmpty ? nil : incident.description))
        scope.append(line(w.labelIndicators, incident.indicators.isEmpty ? nil
                          : incident.indicators.map { "\($0.kind.rawValue) \($0.value)" }.joined(separator: ", ")))

        var damage = steps(report.damageControl)
        if let o = report.damageControlClock { damage.append(clock(o)) }
        if damage.isEmpty { damage = [line(w.labelSteps, nil)] }

        var handling = steps(report.handling)
        if handling.isEmpty { handling.append(line(w.labelSteps, nil)) }
        handling += report.notes.map { line(w.labelNotes, time.minuteString($0.at) + " " + $0.by + " — " + $0.text) }
        handling += report.notifications.map { n in
            line(w.labelNotifications, w.notificationLine(n.id, channel: w.name(of: n.channel), recipient: n.recipient,
                                                          at: time.minuteString(n.sentAt), outcome: w.name(of: n.outcome)))
        }
        handling += report.evidence.map { e in
            line(w.labelEvidence, w.evidenceLine(e.item.id, kind: w.name(of: e.item.kind), description: e.item.description,
                                                 digest: e.item.content.map(\.sha256)))
        }
        handling += report.clocks.filter { $0.kind != .damageControl && $0.kind != .investigationReport }.map(clock)

        let rootCause = report.rootCause.isEmpty ? [line(nil, nil)] : zip(report.rootCause, steps(report.rootCause)).map { entry, shown in
            // A root-cause step done without a note says nothing about the cause.
            guard (entry.record.text ?? "").isEmpty else { return shown }
            var gap = shown
            gap.text += " — " + w.notFilled
            gap.isGap = true
            return gap
        }
        let recurrence = report.recurrence.isEmpty ? [line(nil, nil)] : steps(report.recurrence)

        var followUp = report.stillToDo.map { line(w.labelStillToDo, w.say($0.text)) }
        if let o = report.reportClock { followUp.insert(line(w.labelReportDue, clock(o).text), at: 0) }
        if followUp.isEmpty { followUp = [line(nil, nil)] }

        return [(.times, times), (.scope, scope), (.damageControl, damage), (.handling, handling),
                (.rootCause, rootCause), (.recurrence, recurrence), (.followUp, followUp)]
    }
}
