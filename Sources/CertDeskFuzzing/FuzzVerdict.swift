import CertDeskCore

/// What a reader made of one input. Refusing an input is as good an answer as reading it; only
/// `broken` is a bug short of a crash: the reader answered, but its answer breaks its own
/// contract (a result with neither a value nor a problem, streamed reading that disagrees with
/// whole reading).
public enum FuzzVerdict: Equatable, Sendable {
    case accepted
    /// The reader's own error, in English (for counting kinds of refusal, not for showing).
    case refused(String)
    case broken(String)

    static func refused(_ problem: FileProblem) -> FuzzVerdict { .refused(problem.reason.en) }

    /// A lint-style result: a value, or at least one problem — never both, never neither.
    static func lint(hasValue: Bool, problems: [FileProblem], reader: String) -> FuzzVerdict {
        switch (hasValue, problems.first) {
        case (true, nil): return .accepted
        case (false, let first?): return .refused(first)
        case (true, _?): return .broken("\(reader) gave a value and problems")
        case (false, nil): return .broken("\(reader) gave neither a value nor a problem")
        }
    }
}
