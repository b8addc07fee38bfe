/// English words of played time (replay and drills).
extension EnglishWords {
    public var helpTogglePlaying: String { "play or pause the played time" }
    public var hintTogglePlaying: String { "play/pause" }
    public var helpFaster: String { "play faster (1, 10, 60, 300, 900, 3600 times real time)" }
    public var helpSlower: String { "play slower" }
    public var hintSpeed: String { "speed" }
    public var helpStepForward: String { "one journal row forward" }
    public var helpStepBack: String { "one journal row back" }
    public var hintStep: String { "row" }
    public var helpIncidentForward: String { "the selected incident's next row" }
    public var helpIncidentBack: String { "the selected incident's previous row" }
    public var hintIncidentStep: String { "its rows" }
    public var helpJumpToTime: String { "jump to a time (HH:MM on the day replayed, YYYY-MM-DD HH:MM)" }
    public var hintJumpToTime: String { "time" }
    public var helpReplayStart: String { "the start of the replay" }
    public var helpReplayEnd: String { "the end of the replay" }
    public var replayHelpNote: String {
        "A replay shows the desk exactly as the journal stood at the replayed time, clocks judged then. "
            + "It is read-only: the keys that record say so, and nothing is written."
    }
    public var playing: String { "playing" }
    public var paused: String { "paused" }
    public func playbackSpeed(_ speed: Int) -> String { "speed ×\(speed)" }
    public func replayRow(_ row: Int64, of last: Int64) -> String { "row \(Digits.grouped(row)) of \(Digits.grouped(last))" }
    public func replayReadOnly(_ key: String) -> String { "\(key): a replay is read-only; nothing can be recorded" }
    public func replayShowsThen(_ key: String) -> String {
        "\(key) reads today's desk; a replay shows the queue and the incidents as they were (quit, then use the live console)"
    }
    public var replayRecordsNothing: String { "a replay is read-only; nothing can be recorded" }
    public var replayAtEnd: String { "at the end of the replay" }
    public var replayAtStart: String { "at the start of the replay" }
    public func noMoreRowsOf(_ id: String, later: Bool) -> String {
        later ? "\(id) has no later row in this replay" : "\(id) has no earlier row in this replay"
    }
    public var replayTimeLabel: String { "Jump to" }
    public var replayTimeHint: String { "HH:MM (the day replayed), YYYY-MM-DD HH:MM, or ISO 8601" }
    public func replayRowShown(_ row: Int64, _ at: String) -> String { "row \(Digits.grouped(row)) · \(at):" }
    public func replayStandsAt(_ at: String) -> String { "the desk as it stood at \(at)" }
    public func replayEmpty(from: String, to: String) -> String { "no journal row was recorded between \(from) and \(to)" }
    public var replayEmptyJournal: String { "the journal is empty: there is nothing to replay" }
    public func replayFromAfterTo(from: String, to: String) -> String { "--from \(from) is after --to \(to)" }
}
