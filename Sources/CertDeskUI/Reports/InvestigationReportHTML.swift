import CertDeskCore

/// The investigation report as one HTML page (HTMLDocument), the seven items as tables of
/// label and text; gaps stand out in red italics on screen and in print.
public enum InvestigationReportHTML {
    public static func text(_ report: InvestigationReport, language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let w = language.words, incident = report.incident
        let title = w.investigationTitle(incident.id)
        var body = ["<h1>\(HTMLDocument.escape(title))</h1>", "<p><strong>\(HTMLDocument.escape(incident.title))</strong></p>"]
        if incident.exercise { body.append("<p class=\"exercise\">\(HTMLDocument.escape(w.exerciseIncidentReport))</p>") }
        body.append("<p class=\"meta\">\(HTMLDocument.escape(w.investigationBasis))<br>"
                    + HTMLDocument.escape(w.investigationRead(at: time.minuteString(report.generatedAt), seq: report.journalSeq)) + "</p>")
        for (item, lines) in InvestigationReportText.items(report, language: language, time: time) {
            var section = "<section><h2>\(item.rawValue). \(HTMLDocument.escape(w.name(of: item)))</h2><table><tbody>"
            for line in lines {
                let text = HTMLDocument.escape(line.text)
                section += "<tr><th>\(HTMLDocument.escape(line.label ?? ""))</th>"
                    + (line.isGap ? "<td class=\"gap\">\(text)</td>" : "<td>\(text)</td>") + "</tr>"
            }
            body.append(section + "</tbody></table></section>")
        }
        return HTMLDocument.page(title: title, language: language, body: body)
    }
}
