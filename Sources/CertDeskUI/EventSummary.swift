import CertDeskCore

/// One line saying what a journal event did, for timelines and the journal view.
public enum EventSummary {
    /// Times inside the text are local, to the second (`time`).
    public static func text(_ event: DeskEvent, _ language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        language.words.summary(of: event, time: time.string)
    }
}
