/// The words of played time: the replay of the journal and the console's playback keys (the
/// drills share the keys and the banner).
public protocol ReplayWords {
    var helpTogglePlaying: String { get }
    var hintTogglePlaying: String { get }
    var helpFaster: String { get }
    var helpSlower: String { get }
    var hintSpeed: String { get }
    var helpStepForward: String { get }
    var helpStepBack: String { get }
    var hintStep: String { get }
    var helpIncidentForward: String { get }
    var helpIncidentBack: String { get }
    var hintIncidentStep: String { get }
    var helpJumpToTime: String { get }
    var hintJumpToTime: String { get }
    var helpReplayStart: String { get }
    var helpReplayEnd: String { get }
    /// The help overlay's first paragraph in a replay.
    var replayHelpNote: String { get }
    var playing: String { get }
    var paused: String { get }
    func playbackSpeed(_ speed: Int) -> String
    /// `row 1,234 of 5,678` in the banner.
    func replayRow(_ row: Int64, of last: Int64) -> String
    func replayReadOnly(_ key: String) -> String
    func replayShowsThen(_ key: String) -> String
    var replayRecordsNothing: String { get }
    var replayAtEnd: String { get }
    var replayAtStart: String { get }
    func noMoreRowsOf(_ id: String, later: Bool) -> String
    var replayTimeLabel: String { get }
    var replayTimeHint: String { get }
    /// `row 1,234 · 2026-03-02 09:12:33:` before the summary of the row moved over.
    func replayRowShown(_ row: Int64, _ at: String) -> String
    func replayStandsAt(_ at: String) -> String
    /// The replay's range could not be read: `--from` after `--to`, an empty journal.
    func replayEmpty(from: String, to: String) -> String
    var replayEmptyJournal: String { get }
    func replayFromAfterTo(from: String, to: String) -> String
}
