import CertDeskCore

/// Work that takes longer than a frame — a copy into the evidence vault, a large ingest —
/// running off the console's loop while the screen keeps drawing and the clocks keep ticking:
/// what it is, how far it has come, and how it ended. The desk hands a fresh one at every
/// tick; an ended one once.
public struct LongWork: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case copying(file: String)
        case ingesting(file: String)
    }

    public enum Ending: Sendable, Equatable {
        case evidence(EvidenceItem)
        case ingested(String)
        case failed(String)
        case cancelled
    }

    public var kind: Kind
    /// Bytes (a copy) or incidents (an ingest) done, and in all (0 while not known).
    public var done: Int64
    public var total: Int64
    /// Seconds since it began, for the rate and the time left.
    public var elapsed: Double
    public var cancelling: Bool
    public var ending: Ending?

    public init(kind: Kind, done: Int64 = 0, total: Int64 = 0, elapsed: Double = 0, cancelling: Bool = false, ending: Ending? = nil) {
        self.kind = kind
        self.done = done
        self.total = total
        self.elapsed = elapsed
        self.cancelling = cancelling
        self.ending = ending
    }

    /// `copying fs01.raw`, in the officer's words.
    public func label(_ words: any Words) -> String {
        switch kind {
        case .copying(let file): words.workCopying(SafeText.singleLine(Self.name(file)))
        case .ingesting(let file): words.workIngesting(SafeText.singleLine(Self.name(file)))
        }
    }

    static func name(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// The progress line: what, how much of how much, a bar, the rate and the time left.
    /// `plain`: ASCII only (NO_COLOR, a monochrome theme).
    public func line(_ words: any Words, plain: Bool, width: Int) -> String {
        // Cancelling comes first: on a narrow bar the end of the line is cut.
        var parts = [(plain ? "* " : "⟳ ") + label(words) + (cancelling ? " · " + words.workCancelling : "")]
        let amount: String
        switch kind {
        case .copying: amount = EvidenceText.humanSize(done) + " / " + EvidenceText.humanSize(total)
        case .ingesting: amount = words.workRecords(done, of: total)
        }
        if total > 0 || done > 0 { parts.append(amount) }
        if total > 0 {
            let share = min(1, Double(done) / Double(total))
            let cells = 10, filled = Int((share * Double(cells)).rounded(.down))
            let bar = plain ? "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled) + "]"
                : "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled) + "▏"
            parts.append(bar + " \(Int(share * 100))%")
        }
        if elapsed >= 0.5, done > 0 {
            let rate = Double(done) / elapsed
            switch kind {
            case .copying: parts.append(words.workRate(bytesPerSecond: EvidenceText.humanSize(Int64(rate))))
            case .ingesting: parts.append(words.workRecordRate(Int64(rate)))
            }
            if total > done, rate > 0 { parts.append(words.workLeft(seconds: Int64((Double(total - done) / rate).rounded(.up)))) }
        }
        let text = parts.joined(separator: "  ")
        return DisplayWidth.width(of: text) <= width ? text : DisplayWidth.truncate(text, toWidth: width)
    }
}
