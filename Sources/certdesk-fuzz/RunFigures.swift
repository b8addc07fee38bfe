import CertDeskFuzzing

/// The line a child prints last, for its parent to read from the child's log: one line of
/// `key=value` words, so that the log stays readable to a person too.
///
///     certdesk-fuzz figures: target=ingest inputs=1000000 accepted=5120 refused=994880 kinds=212 seconds=301.2
struct RunFigures {
    static let marker = "certdesk-fuzz figures:"

    var target: String
    var inputs: Int
    var accepted: Int
    var refused: Int
    var refusalKinds: Int
    var seconds: Double

    init(target: String, tally: FuzzTally, seconds: Double) {
        self.target = target
        inputs = tally.inputs
        accepted = tally.accepted
        refused = tally.refused
        refusalKinds = tally.refusalKinds
        self.seconds = seconds
    }

    var line: String {
        "\(Self.marker) target=\(target) inputs=\(inputs) accepted=\(accepted) refused=\(refused) kinds=\(refusalKinds) "
            + "seconds=\((seconds * 10).rounded() / 10)"
    }

    /// The last figures line in `log`, if the child lived to print one.
    init?(lastIn log: String) {
        guard let line = log.split(separator: "\n").last(where: { $0.hasPrefix(Self.marker) }) else { return nil }
        var fields: [Substring: Substring] = [:]
        for word in line.dropFirst(Self.marker.count).split(separator: " ") {
            let pair = word.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        guard let target = fields["target"], let inputs = fields["inputs"].flatMap({ Int($0) }),
              let accepted = fields["accepted"].flatMap({ Int($0) }), let refused = fields["refused"].flatMap({ Int($0) }),
              let kinds = fields["kinds"].flatMap({ Int($0) }), let seconds = fields["seconds"].flatMap({ Double($0) })
        else { return nil }
        self.target = String(target)
        self.inputs = inputs
        self.accepted = accepted
        self.refused = refused
        refusalKinds = kinds
        self.seconds = seconds
    }
}
