import CertDeskCore

/// Draws the console state into a `Screen`. Pure: the same state gives the same screen, which is
/// what the snapshot tests read. Only what is on screen is drawn, so a frame costs the same on a
/// desk of a thousand incidents or a hundred thousand.
public enum ConsoleRenderer {
    public static func render(_ state: ConsoleState, time: LocalTimeFormatter) -> Screen {
        var screen = Screen(width: state.columns, height: state.rows)
        guard !state.isTooSmall else {
            drawTooSmall(state, &screen)
            return screen
        }
        BarsView.drawTitle(state, time: time, into: &screen)
        if let playback = state.playback { BarsView.drawPlayback(playback, state, time: time, into: &screen) }
        if let banner = state.banner { BarsView.drawBanner(banner, state, into: &screen) }
        let bodyTop = state.bodyTop, bodyHeight = state.bodyHeight
        if state.view == .handover || state.view == .shiftReport {
            HandoverView.draw(state, top: bodyTop, height: bodyHeight, time: time, into: &screen)
        } else if state.view == .monthly || state.view == .investigation {
            ReportView.draw(state, top: bodyTop, height: bodyHeight, time: time, into: &screen)
        } else if state.view == .shifts {
            ShiftReviewView.draw(state, top: bodyTop, height: bodyHeight, time: time, into: &screen)
        } else if state.isSplit {
            let queueHeight = state.queueHeight
            QueueView.draw(state, top: bodyTop, height: queueHeight, time: time, into: &screen)
            DetailView.draw(state, top: bodyTop + queueHeight, height: bodyHeight - queueHeight, time: time, into: &screen)
        } else if state.view == .detail {
            DetailView.draw(state, top: bodyTop, height: bodyHeight, time: time, into: &screen)
        } else {
            QueueView.draw(state, top: bodyTop, height: bodyHeight, time: time, into: &screen)
        }
        BarsView.drawStatus(state, time: time, into: &screen)
        if let overlay = state.overlay { OverlayView.draw(overlay, state, time: time, into: &screen) }
        return screen
    }

    static func drawTooSmall(_ state: ConsoleState, _ screen: inout Screen) {
        let lines = TextWrap.lines(state.words.tooSmall(rows: state.rows, columns: state.columns), width: max(1, state.columns - 2))
        let first = max(0, (state.rows - lines.count) / 2)
        for (n, line) in lines.enumerated() {
            let column = max(0, (state.columns - DisplayWidth.width(of: line)) / 2)
            screen.put(line, row: first + n, column: column, role: .warning)
        }
    }
}
