/// Played time for a replay or a drill: a moment that runs `speed` times faster than the wall
/// clock while playing and stands still while paused. A value, driven by the wall time it is
/// given (`Clock`), so drills and replays are as testable as the rest of Core.
public struct Playback: Hashable, Sendable {
    /// The speeds `+` and `-` step through: real time, then a minute, five, a quarter and an
    /// hour of played time per second.
    public static let speeds = [1, 10, 60, 300, 900, 3600]
    /// Drills and replays start at a minute a second: a 60-minute clock plays in a minute.
    public static let defaultSpeed = 60

    public private(set) var speed: Int
    public private(set) var playing: Bool
    /// The played time at `wall`.
    private var played: Instant
    private var wall: Instant

    public init(at played: Instant, wall: Instant, speed: Int = Playback.defaultSpeed, playing: Bool) {
        self.played = played
        self.wall = wall
        self.speed = max(1, speed)
        self.playing = playing
    }

    /// The played time when the wall clock reads `now`.
    public func instant(atWall now: Instant) -> Instant {
        guard playing else { return played }
        return played.adding(milliseconds: max(0, wall.milliseconds(until: now)) * Int64(speed))
    }

    /// Sets the played time (a step, a jump), from wall time `now` on.
    public mutating func set(_ instant: Instant, atWall now: Instant) {
        played = instant
        wall = now
    }

    public mutating func togglePlaying(atWall now: Instant) {
        played = instant(atWall: now)
        wall = now
        playing.toggle()
    }

    public mutating func pause(atWall now: Instant) {
        if playing { togglePlaying(atWall: now) }
    }

    /// The next speed up or down the list (a speed off the list goes to its neighbour).
    public mutating func changeSpeed(faster: Bool, atWall now: Instant) {
        played = instant(atWall: now)
        wall = now
        let speeds = Self.speeds
        speed = faster ? (speeds.first { $0 > speed } ?? speeds.last!) : (speeds.last { $0 < speed } ?? speeds.first!)
    }
}
