import CertDeskCore
import Foundation

/// A drill's virtual clock: played time (`Playback`) read against the wall clock, held at the
/// drill's end. The drill desk, its upkeep and its console all read the time here; a headless
/// run sets it from one scripted moment to the next.
public final class DrillClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var playback: Playback
    private let wall: any Clock
    public let end: Instant

    public init(start: Instant, end: Instant, speed: Int, playing: Bool, wall: any Clock = SystemClock()) {
        self.wall = wall
        self.end = end
        playback = Playback(at: start, wall: wall.now, speed: speed, playing: playing)
    }

    public var now: Instant { lock.withLock { min(end, playback.instant(atWall: wall.now)) } }

    public var speed: Int { lock.withLock { playback.speed } }

    /// Playing, and not yet at the end.
    public var playing: Bool { lock.withLock { playback.playing && playback.instant(atWall: wall.now) < end } }

    public func set(_ instant: Instant) { lock.withLock { playback.set(min(end, instant), atWall: wall.now) } }

    public func togglePlaying() { lock.withLock { playback.togglePlaying(atWall: wall.now) } }

    public func changeSpeed(faster: Bool) { lock.withLock { playback.changeSpeed(faster: faster, atWall: wall.now) } }
}
