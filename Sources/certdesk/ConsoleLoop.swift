import CertDeskCore
import CertDeskStore
import CertDeskTerminal
import CertDeskUI
import Foundation

/// The console's run loop on one thread (curses is not thread-safe): read a key or time out
/// every 250 ms, hand it to the session, draw. The terminal is restored on every way out.
struct ConsoleLoop {
    let context: DeskContext
    let theme: Theme
    let bell: Bool
    let environment: [String: String]

    /// How often the loop wakes without a key: clocks redraw and other writers' rows appear
    /// well within a second.
    static let tickMilliseconds: Int32 = 250

    func run() throws {
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession.onTerminal(term: environment["TERM"], environment: environment)
        } catch {
            throw CommandFailure(.failure, error.message)
        }
        TerminalSignals.install()
        defer {
            terminal.close()
            TerminalSignals.uninstall()
        }
        terminal.apply(theme: theme.reduced(to: terminal.colourDepth))
        terminal.hideCursor()
        let size = terminal.size
        let session = ConsoleSession(desk: StoreConsoleDesk(context: context), rows: size.rows, columns: size.columns,
                                     language: context.language, actor: context.actor, region: try context.query { store throws(StoreError) in try store.region() },
                                     time: context.time, bellOnBreach: bell)
        terminal.draw(ConsoleRenderer.render(session.state, time: context.time))
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
            terminal.draw(ConsoleRenderer.render(session.state, time: context.time))
        }
    }
}
