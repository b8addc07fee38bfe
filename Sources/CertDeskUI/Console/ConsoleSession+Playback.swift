import CertDeskCore

/// The keys of played time: space, `+` and `-` in a replay and a drill; the moves through the
/// journal in a replay. Each move pauses the play (the officer is looking at one moment), then
/// the desk on screen is read again at the moment it landed on, through the same reload as live.
extension ConsoleSession {
    /// Whether `action` was one of played time (and was done).
    func performPlayback(_ action: ConsoleAction) -> Bool {
        guard let playback else { return false }
        let replay = playback as? any ConsoleReplay
        switch action {
        case .togglePlaying:
            playback.togglePlaying()
            state.message = StatusMessage(playback.status.playing ? state.words.playing : state.words.paused)
        case .faster, .slower:
            playback.changeSpeed(faster: action == .faster)
            state.message = StatusMessage(state.words.playbackSpeed(playback.status.speed))
        case .stepForward, .stepBack:
            guard let replay else { return false }
            let forward = action == .stepForward
            moved { try replay.step(forward: forward) } ifNot: { forward ? $0.replayAtEnd : $0.replayAtStart }
        case .incidentForward, .incidentBack:
            guard let replay else { return false }
            guard let id = state.focusID else {
                state.message = StatusMessage(state.words.noIncidentSelected, isError: true)
                return true
            }
            let forward = action == .incidentForward
            moved { try replay.step(incident: id, forward: forward) } ifNot: { $0.noMoreRowsOf(id, later: forward) }
        case .jumpToTime:
            guard replay != nil else { return false }
            state.overlay = .prompt(TextPrompt(purpose: .replayTime, label: BilingualText(\.replayTimeLabel),
                                               hint: BilingualText(\.replayTimeHint)))
        case .replayStart, .replayEnd:
            guard let replay else { return false }
            let target = action == .replayStart ? replay.start : replay.end
            landed { _ = try replay.jump(to: target) }
        default:
            return false
        }
        state.playback = playback.status
        return true
    }

    /// A replay key refused: nothing can be recorded, and today's desk is not on screen.
    func refuseInReplay(_ action: ConsoleAction) {
        let key = ConsoleBindings.all.first { $0.action == action }?.keys.first?.label ?? ""
        state.message = StatusMessage(action.records ? state.words.replayReadOnly(key) : state.words.replayShowsThen(key), isError: true)
    }

    /// The time typed after `t`: a clock time is on the day replayed (earlier or later), a date
    /// and time or ISO 8601 as anywhere else (`LocalTimeInput`, as `meet` reads it).
    func jump(to text: String, form: ConsoleOverlay) {
        guard let replay = playback as? any ConsoleReplay else { return }
        switch LocalTimeInput.parse(text, now: state.now, offsetMinutes: time.offsetMinutes) {
        case .success(let typed):
            var target = typed ?? state.now
            // `HH:MM` reads as the latest such time not after now: on a replayed day it means
            // that day, so a time still ahead of the replayed moment is later the same day.
            if typed != nil, LocalTimeInput.isClockTime(text), time.minuteString(target).prefix(10) != time.minuteString(state.now).prefix(10) {
                target = target.adding(milliseconds: 86_400_000)
            }
            landed { _ = try replay.jump(to: target) }
        case .failure(let problem):
            refuse(problem.reason, keeping: form)
        }
    }

    /// A move that goes over one row: says which, or why it could not.
    private func moved(_ move: () throws -> RecordedEvent?, ifNot say: @escaping (any Words) -> String) {
        var row: RecordedEvent?
        guard attempt({ row = try move() }) else { return }
        guard let row else {
            state.message = StatusMessage(say(state.words))
            return
        }
        reload()
        let about = row.event.incidentID.map { SafeText.singleLine($0) + " " } ?? ""
        state.message = StatusMessage(state.words.replayRowShown(row.seq, time.string(row.at)) + " " + about
            + SafeText.singleLine(EventSummary.text(row.event, state.language, time: time)))
    }

    private func landed(_ move: () throws -> Void) {
        guard attempt(move) else { return }
        reload()
        state.message = StatusMessage(state.words.replayStandsAt(time.string(state.now)))
    }

    private func reload() {
        state.now = desk.now
        state.playback = playback?.status
        reloadAll()
    }
}
