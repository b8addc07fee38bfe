/// One reader of outside input, as the fuzzers drive it: bytes in, a verdict out. A crash, a
/// hang or memory without bound inside `run` is the bug being looked for; `broken` is one too.
public struct FuzzTarget: Sendable {
    /// The name on the command line and of the corpus folder (`Tests/Fuzz/corpus/<name>/`).
    public let name: String
    /// What it reads, for `certdesk-fuzz list`.
    public let reads: String
    /// The largest input to try: room for a few steps, rows or objects of its kind — every
    /// structure the reader checks — and small enough that a million tries take minutes on
    /// two cores. Longer seeds are cut to it by libFuzzer (the committed ones are read whole in
    /// `make test`). Ingest's bound on real input, 256M, is the caller's, not the reader's.
    public let maxLength: Int
    let check: @Sendable ([UInt8]) -> FuzzVerdict

    init(name: String, reads: String, maxLength: Int, check: @escaping @Sendable ([UInt8]) -> FuzzVerdict) {
        self.name = name
        self.reads = reads
        self.maxLength = maxLength
        self.check = check
    }

    public func run(_ input: [UInt8]) -> FuzzVerdict { check(input) }

    /// The text readers take a `String`; the desk makes it the way it does from a file.
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
