import CertDeskCore

/// What the console is on: the live desk, a replay of the journal, or a drill desk of its own.
public enum ConsoleMode: Hashable, Sendable {
    case live
    /// The desk as it was, read back from the journal: nothing can be recorded.
    case replay
    /// A drill (演練) on a virtual clock: recorded on the drill's own database.
    case drill

    public static let all: Set<ConsoleMode> = [.live, .replay, .drill]
    /// Where played time runs (space pauses, `+`/`-` change the speed).
    public static let played: Set<ConsoleMode> = [.replay, .drill]
}

/// Played time in a replay or a drill, as the banner shows it.
public struct PlaybackStatus: Hashable, Sendable {
    /// The played time (the console's now).
    public var instant: Instant
    public var speed: Int
    public var playing: Bool
    /// A replay's position: the journal row it stands after, and the last it can show.
    public var row: Int64?
    public var lastRow: Int64?
    /// A drill's scenario (its id), for the banner.
    public var scenario: String?

    public init(instant: Instant, speed: Int, playing: Bool, row: Int64? = nil, lastRow: Int64? = nil, scenario: String? = nil) {
        self.instant = instant
        self.speed = speed
        self.playing = playing
        self.row = row
        self.lastRow = lastRow
        self.scenario = scenario
    }
}

/// Played time under the console (a replay or a drill): the keys space, `+` and `-`.
public protocol ConsolePlayback: AnyObject {
    var status: PlaybackStatus { get }
    func togglePlaying()
    func changeSpeed(faster: Bool)
    /// Called on every tick: moves played time on (a replay applies the rows it reaches; a
    /// drill delivers the injects that fell due). Whether the desk changed.
    func advance() throws -> Bool
}

/// A replay's moves through the journal (`→`/`←`, `]`/`[`, `t`, `g`/`G`). Each pauses the play
/// and says where it landed.
public protocol ConsoleReplay: ConsolePlayback {
    /// One row on or back; nil at the end (or the start). The row it moved over.
    func step(forward: Bool) throws -> RecordedEvent?
    /// To incident `id`'s next (or previous) row; nil when it has none that way.
    func step(incident id: String, forward: Bool) throws -> RecordedEvent?
    /// To the last row recorded at or before `instant`, within the replay; the time stood at.
    func jump(to instant: Instant) throws -> Instant
    /// The replay's first and last moments (`g`, `G`).
    var start: Instant { get }
    var end: Instant { get }
}
