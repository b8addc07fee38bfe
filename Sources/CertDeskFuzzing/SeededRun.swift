/// A seeded run of one target: its seeds, then mutations, each verdict counted and the inputs
/// that got further kept for more. `make test` runs a few thousand in process; certdesk-fuzz
/// runs millions where libFuzzer is not linked.
public struct SeededRun {
    public let target: FuzzTarget
    public private(set) var tally = FuzzTally()
    private var inputs: SeededInputs
    private let seedCount: Int

    public init(target: FuzzTarget, corpus: SeedCorpus, seed: UInt64) {
        self.target = target
        let mutator = Mutator(tokens: SeededInputs.tokens(for: corpus), maxLength: target.maxLength)
        inputs = SeededInputs(seeds: corpus.inputs, mutator: mutator, seed: seed)
        seedCount = corpus.files.count
    }

    /// The next input, read. `willRead` sees it first: the executable keeps it where a crash
    /// handler can write it out, and starts the watchdog.
    public mutating func step(willRead: ([UInt8]) -> Void = { _ in }) -> (input: [UInt8], verdict: FuzzVerdict) {
        let input = inputs.nextInput()
        willRead(input)
        let verdict = target.run(input)
        let newKind = tally.count(verdict)
        if tally.inputs > seedCount && (newKind || verdict == .accepted) { inputs.keep(input) }
        return (input, verdict)
    }
}
