import CertDeskUI
import Foundation

/// Progress of long byte work (copying or re-hashing evidence) on stderr, only when stderr is a
/// terminal and at most twice a second, rewriting one line.
final class ProgressMeter {
    private let label: String
    private let enabled = Output.stderrIsTerminal
    private var last = Date.distantPast
    private var shown = false

    init(label: String) {
        self.label = label
    }

    func report(_ done: Int64, _ total: Int64) {
        guard enabled, Date().timeIntervalSince(last) >= 0.5 else { return }
        last = Date()
        let percent = total > 0 ? " (\(done * 100 / total)%)" : ""
        let line = "\r\(label): \(EvidenceText.humanSize(done)) / \(EvidenceText.humanSize(total))\(percent)…\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
