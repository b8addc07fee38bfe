/// The fuzzer this binary was built with. `make fuzz` links libFuzzer (`--sanitize fuzzer`,
/// with `-DCERTDESK_LIBFUZZER`): coverage-guided, its own crash, timeout and memory handling.
/// Any other build (a plain `swift build`, or a toolchain without libFuzzer, such as Xcode's)
/// gets the seeded engine: the same targets and mutations, guided only by the verdicts.
enum Engine {
    case libFuzzer, seeded

    static var built: Engine {
        #if CERTDESK_LIBFUZZER
        .libFuzzer
        #else
        .seeded
        #endif
    }

    var name: String {
        switch self {
        case .libFuzzer: "libFuzzer"
        case .seeded: "seeded mutations"
        }
    }
}
