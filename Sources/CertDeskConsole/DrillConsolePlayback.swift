import CertDeskApp
import CertDeskCore
import CertDeskUI

/// A drill's played time under the console: the virtual clock, and on every tick the injects
/// that fell due delivered to the drill desk, where they appear like any ingest.
public final class DrillConsolePlayback: ConsolePlayback {
    let run: DrillRun
    let language: InterfaceLanguage

    public init(run: DrillRun, language: InterfaceLanguage) {
        self.run = run
        self.language = language
    }

    public var status: PlaybackStatus {
        PlaybackStatus(instant: run.clock.now, speed: run.clock.speed, playing: run.clock.playing, scenario: run.scenario.id)
    }

    public func togglePlaying() { run.clock.togglePlaying() }

    public func changeSpeed(faster: Bool) { run.clock.changeSpeed(faster: faster) }

    public func advance() throws -> Bool {
        do {
            return !(try run.deliverDue()).isEmpty
        } catch {
            throw ConsoleDeskError(error.message(language))
        }
    }
}
