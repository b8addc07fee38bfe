import CertDeskTestSupport

/// The inputs of a seeded run: every seed as it is, then mutations without end, each of a seed
/// or of an earlier input that got further (taken, or refused in a way not seen before — the
/// poor man's coverage where libFuzzer's is not linked). The same seed gives the same inputs
/// for the same answers, so a failure found once is found again.
public struct SeededInputs {
    public let mutator: Mutator
    private let seeds: [[UInt8]]
    private var generator: SplitMix64
    private var next = 0
    /// Inputs that got further, to mutate again; bounded, so a long run keeps a steady size.
    private var promising: [[UInt8]] = []
    static let promisingLimit = 256

    public init(seeds: [[UInt8]], mutator: Mutator, seed: UInt64) {
        self.seeds = seeds.isEmpty ? [[]] : seeds
        self.mutator = mutator
        generator = SplitMix64(seed: seed)
    }

    /// The tokens a target's mutations insert: the interesting ones and its seeds' own words.
    public static func tokens(for corpus: SeedCorpus) -> [[UInt8]] {
        InterestingTokens.all + corpus.words()
    }

    public mutating func nextInput() -> [UInt8] {
        defer { next += 1 }
        if next < seeds.count { return seeds[next] }
        let base = !promising.isEmpty && Bool.random(using: &generator)
            ? promising.randomElement(using: &generator)! : seeds.randomElement(using: &generator)!
        return mutator.mutate(base, other: seeds.randomElement(using: &generator)!, using: &generator)
    }

    /// `input` got further than its base did: mutate it again later.
    public mutating func keep(_ input: [UInt8]) {
        if promising.count < Self.promisingLimit {
            promising.append(input)
        } else {
            promising[Int.random(in: 0..<promising.count, using: &generator)] = input
        }
    }
}
