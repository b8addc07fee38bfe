import CertDeskApp
import CertDeskCore
import CertDeskTerminal
import CertDeskUI
import Foundation

/// The console's run loop on one thread (curses is not thread-safe): read a key or time out
/// every 250 ms, hand it to the session, draw. The terminal is restored on every way out.
public struct ConsoleLoop {
    let desk: Desk
    /// What the console shows: the live desk (nil), a replay, or a drill's desk with its clock.
    let shown: Shown?
    let language: InterfaceLanguage
    let time: LocalTimeFormatter
    let theme: Theme
    let bell: Bool
    let environment: [String: String]
    /// How notices leave the desk (the mail server, the SMS gateway), for the notify form.
    let notifications: NotificationSettings

    /// How often the loop wakes without a key: clocks redraw and other writers' rows appear
    /// well within a second.
    static let tickMilliseconds: Int32 = 250

    /// A console other than the live desk's: its desk, its mode, and its played time.
    public struct Shown {
        let desk: any ConsoleDesk
        let mode: ConsoleMode
        let playback: any ConsolePlayback

        public init(desk: any ConsoleDesk, mode: ConsoleMode, playback: any ConsolePlayback) {
            self.desk = desk
            self.mode = mode
            self.playback = playback
        }
    }

    public init(desk: Desk, shown: Shown? = nil, language: InterfaceLanguage, time: LocalTimeFormatter, theme: Theme, bell: Bool,
                environment: [String: String], notifications: NotificationSettings = .unconfigured) {
        self.desk = desk
        self.notifications = notifications
        self.shown = shown
        self.language = language
        self.time = time
        self.theme = theme
        self.bell = bell
        self.environment = environment
    }

    /// Why the console could not start (no terminal, an unknown `TERM`), in the officer's words.
    public struct NoTerminal: Error {
        public let message: String
    }

    public func run() throws {
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession.onTerminal(term: environment["TERM"], environment: environment)
        } catch {
            throw NoTerminal(message: error.message(language.words))
        }
        TerminalSignals.install()
        defer {
            terminal.close()
            TerminalSignals.uninstall()
        }
        terminal.apply(theme: theme.reduced(to: terminal.colourDepth))
        terminal.hideCursor()
        let size = terminal.size
        let session = ConsoleSession(desk: shown?.desk ?? LiveConsoleDesk(desk: desk, language: language, notifications: notifications),
                                     rows: size.rows,
                                     columns: size.columns, language: language, actor: desk.actor, region: try? desk.region(), time: time,
                                     bellOnBreach: bell, mode: shown?.mode ?? .live, playback: shown?.playback,
                                     plainCharts: terminal.colourDepth == .none || theme.name == Theme.monochromeFallback.name)
        terminal.draw(ConsoleRenderer.render(session.state, time: time))
        if shown == nil {
            // The filter's text read into memory off the console's thread once the first frame
            // is up (0.15–0.3 s at 100,000 incidents), so the first filter keystroke finds it
            // there (`DeskStore.holdSearchText`).
            let store = desk.store
            DispatchQueue.global(qos: .utility).async { try? store.holdSearchText() }
        }
        while !terminal.interrupted && !session.isFinished {
            switch terminal.readKey(timeoutMilliseconds: Self.tickMilliseconds) {
            case .key(let key)?: session.handle(.key(key))
            case .resize(let rows, let columns)?: session.handle(.resize(rows: rows, columns: columns))
            case nil: session.handle(.tick)
            }
            if session.bellPending {
                terminal.bell()
                session.bellPending = false
            }
            if session.isFinished { break }
            if session.state.repaintRequested {
                terminal.repaintAll()
                session.repaintDone()
            }
            terminal.draw(ConsoleRenderer.render(session.state, time: time))
        }
        session.close()
    }
}
