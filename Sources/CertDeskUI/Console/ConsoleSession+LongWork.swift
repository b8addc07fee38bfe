import CertDeskCore

/// Long work (a copy into the vault, a large ingest) as the session follows it: polled at every
/// tick, ended with its result, cancelled with X, and settled before the console closes.
extension ConsoleSession {
    /// At each tick: how the long work goes, and when it ends, its result (or why not).
    func pollWork() {
        guard state.work != nil else { return }
        guard let work = desk.longWork() else {
            state.work = nil
            return
        }
        guard let ending = work.ending else {
            state.work = work
            return
        }
        state.work = nil
        reloadAll()
        switch ending {
        case .evidence(let item):
            // The evidence tab opens only when the item's incident is the one on screen.
            if state.incident?.id == item.incident { state.tab = .evidence }
            let hash = EvidenceText.shortHash(item), size = EvidenceText.size(item)
            state.message = StatusMessage(state.words.evidenceAdded(item.id, hash: hash, size: size))
        case .ingested(let text):
            state.message = StatusMessage(text)
        case .failed(let reason):
            state.message = StatusMessage(reason, isError: true)
        case .cancelled:
            state.message = StatusMessage(state.words.workCancelled(work.label(state.words)))
        }
    }

    /// The console is closing: what runs is cancelled and cleaned up first.
    public func close() {
        if state.work != nil { desk.endLongWork() }
        state.work = nil
    }
}
