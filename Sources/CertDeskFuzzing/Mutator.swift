/// Makes a new input out of an old one, the same way for the same generator state: a seed
/// replays a run exactly, so what fails in `make test` fails again on every machine.
///
/// Each operation is one way outside input goes wrong: a bit or byte damaged in transit, a
/// token in the wrong place, a field cut short or repeated, a value far past its limit, deep
/// nesting, a huge string, another system's line ends, two files run together.
public struct Mutator: Sendable {
    /// What `insertToken` and `overwriteToken` insert: `InterestingTokens.all` and the words of
    /// the target's own seeds (its keys and values), which a mutation of bytes alone rarely spells.
    public let tokens: [[UInt8]]
    public let maxLength: Int

    public init(tokens: [[UInt8]], maxLength: Int) {
        precondition(!tokens.isEmpty && maxLength > 0, "a mutator needs tokens and room")
        self.tokens = tokens
        self.maxLength = maxLength
    }

    enum Operation: CaseIterable {
        case flipBit, setByte, insertToken, overwriteToken, erase, duplicate, repeatRun, nest, longNumber,
             replaceNumber, splice, truncate, lineEnds
    }

    /// Bytes with a meaning in one of the formats, or none in any.
    static let interestingBytes: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x23, 0x27, 0x2C, 0x2D, 0x3A, 0x5B, 0x5C,
                                            0x5D, 0x7B, 0x7D, 0x7F, 0x80, 0xC0, 0xFF]
    /// Openers that nest when repeated (JSON arrays and objects, YAML block and flow collections),
    /// each with what closes it (nil: YAML block nesting closes by itself).
    static let nesting: [(open: [UInt8], close: [UInt8]?)] = [
        (Array("[".utf8), Array("]".utf8)), (Array("{\"a\":".utf8), Array("}".utf8)),
        (Array("- ".utf8), nil), (Array("{a: ".utf8), Array("}".utf8)), (Array("[{\"objects\":".utf8), Array("}]".utf8)),
    ]
    static let lineEnds: [[UInt8]] = [[0x0D, 0x0A], [0x0D], [0x20], [0x0A, 0x0A]]

    /// `input` changed one to four times over; `other` is a second input to splice with.
    public func mutate(_ input: [UInt8], other: [UInt8], using g: inout some RandomNumberGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &g) {
            apply(Operation.allCases.randomElement(using: &g)!, to: &bytes, other: other, using: &g)
            if bytes.count > maxLength { bytes.removeLast(bytes.count - maxLength) }
        }
        return bytes
    }

    func apply(_ operation: Operation, to bytes: inout [UInt8], other: [UInt8], using g: inout some RandomNumberGenerator) {
        let at = Int.random(in: 0...bytes.count, using: &g)
        let token = tokens.randomElement(using: &g)!
        switch operation {
        case .flipBit:
            guard at < bytes.count else { return }
            bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &g)
        case .setByte:
            guard at < bytes.count else { return }
            bytes[at] = Bool.random(using: &g) ? Self.interestingBytes.randomElement(using: &g)! : UInt8.random(in: 0...255, using: &g)
        case .insertToken:
            bytes.insert(contentsOf: token, at: at)
        case .overwriteToken:
            bytes.replaceSubrange(at..<min(at + token.count, bytes.count), with: token)
        case .erase:
            guard at < bytes.count else { return }
            bytes.removeSubrange(at..<at + length(upTo: bytes.count - at, using: &g))
        case .duplicate:
            guard at < bytes.count else { return }
            let slice = bytes[at..<at + length(upTo: bytes.count - at, using: &g)]
            bytes.insert(contentsOf: slice, at: Int.random(in: 0...bytes.count, using: &g))
        case .repeatRun:
            // A huge string or key: one byte or token over and over.
            let unit = Bool.random(using: &g) ? [Self.interestingBytes.randomElement(using: &g)!] : token
            let times = max(1, length(upTo: maxLength, using: &g) / unit.count)
            bytes.insert(contentsOf: repeatElement(unit, count: times).joined(), at: at)
        case .nest:
            let (open, close) = Self.nesting.randomElement(using: &g)!
            let depth = length(upTo: maxLength / (open.count + (close?.count ?? 0)), using: &g)
            var run = Array(repeatElement(open, count: depth).joined())
            if let close, Bool.random(using: &g) { run += Array(repeatElement(close, count: depth).joined()) }
            bytes.insert(contentsOf: run, at: at)
        case .longNumber:
            let digits = (0..<length(upTo: 2048, using: &g)).map { _ in UInt8.random(in: 0x30...0x39, using: &g) }
            bytes.insert(contentsOf: (Bool.random(using: &g) ? [0x2D] : []) + digits, at: at)
        case .replaceNumber:
            // A number the file gave (a level, a duration, a time) swapped for one past a limit.
            guard let start = bytes[at...].firstIndex(where: Self.isDigit) ?? bytes[..<at].firstIndex(where: Self.isDigit) else {
                return
            }
            var end = start
            while end < bytes.count && Self.isDigit(bytes[end]) { end += 1 }
            bytes.replaceSubrange(start..<end, with: Array(InterestingTokens.numbers.randomElement(using: &g)!.utf8))
        case .splice:
            let from = Int.random(in: 0...other.count, using: &g)
            bytes = Array(bytes[..<at]) + other[from...]
        case .truncate:
            bytes.removeSubrange(at...)
        case .lineEnds:
            let end = Self.lineEnds.randomElement(using: &g)!
            bytes = Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).joined(separator: end))
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// A length from 1 to `limit`, short ones far more often (the size of a typo), long ones now
    /// and then (the size of an attack): a power of two picked evenly, then a length below it.
    func length(upTo limit: Int, using g: inout some RandomNumberGenerator) -> Int {
        guard limit > 1 else { return 1 }
        let bits = Int.bitWidth - (limit - 1).leadingZeroBitCount
        let ceiling = min(limit, 1 << Int.random(in: 0...bits, using: &g))
        return Int.random(in: 1...ceiling, using: &g)
    }
}
