import CertDeskCore

/// The investigation report as Markdown: the seven items in the law's order, each line from
/// the journal, each gap in bold so that whoever completes the report sees what is missing.
public enum InvestigationReportMarkdown {
    public static func text(_ report: InvestigationReport, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words, incident = report.incident
        var out = ["# " + w.investigationTitle(incident.id), "", "**" + MarkdownText.cell(incident.title) + "**", ""]
        if incident.exercise { out += ["> " + w.exerciseIncidentReport, ""] }
        out += ["_" + w.investigationBasis + "_", "", "_" + w.investigationRead(at: time.minuteString(report.generatedAt), seq: report.journalSeq) + "_", ""]
        for (item, lines) in InvestigationReportText.items(report, language: language, time: time) {
            out += ["## \(item.rawValue). " + w.name(of: item), ""]
            out += lines.map { line in
                let text = MarkdownText.cell(line.text)
                return "- " + (line.label.map { MarkdownText.cell($0) + ": " } ?? "") + (line.isGap ? "**\(text)**" : text)
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
