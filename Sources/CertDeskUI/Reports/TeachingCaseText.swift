import CertDeskCore

/// The case for teaching as plain text and as Markdown: the same sections in the same order,
/// every line neutralised (the texts come from outside the desk).
public enum TeachingCaseText {
    /// The sections in order: heading, lines (label and text).
    static func sections(_ c: TeachingCase) -> [(heading: String, lines: [TeachingCase.Line])] {
        let w = c.language.words
        func orNothing(_ lines: [TeachingCase.Line]) -> [TeachingCase.Line] { lines.isEmpty ? [.init(label: nil, text: w.caseNothingRecorded)] : lines }
        return [
            (w.caseSectionStory, [.init(label: nil, text: c.title)] + (c.description.isEmpty ? [] : [.init(label: nil, text: c.description)])),
            (w.caseSectionTimeline, orNothing(c.timeline.map { .init(label: TeachingCase.offsetText($0.offset), text: $0.text) })),
            (w.caseSectionActions, orNothing(c.actions)),
            (w.caseSectionNotes, orNothing(c.notes.map { .init(label: nil, text: $0) })),
            (w.caseSectionLessons, orNothing(c.lessons)),
        ]
    }

    static func preamble(_ c: TeachingCase) -> [String] {
        let w = c.language.words
        var lines = [w.caseWhen(c.month, agency: c.agency, agencyType: c.agencyType)]
        if c.exercise { lines.append(w.caseExercise) }
        if c.deidentified { lines.append(w.caseDeidentifiedNotice) }
        lines.append(w.caseTimelineBasis)
        return lines
    }

    public static func plain(_ c: TeachingCase) -> String {
        let w = c.language.words
        var out = [SafeText.singleLine(w.caseTitle(c.category, level: c.level))] + preamble(c).map(SafeText.singleLine)
        for section in sections(c) {
            out += ["", SafeText.singleLine(section.heading)]
            out += section.lines.map { "  " + ($0.label.map { SafeText.singleLine($0) + "  " } ?? "") + SafeText.singleLine($0.text) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ c: TeachingCase) -> String {
        let w = c.language.words
        var out = ["# " + MarkdownText.cell(w.caseTitle(c.category, level: c.level)), ""]
        out += preamble(c).map { "_" + MarkdownText.cell($0) + "_" } .flatMap { [$0, ""] }
        for section in sections(c) {
            out += ["## " + MarkdownText.cell(section.heading), ""]
            out += section.lines.map { "- " + ($0.label.map { "**" + MarkdownText.cell($0) + "** " } ?? "") + MarkdownText.cell($0.text) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
