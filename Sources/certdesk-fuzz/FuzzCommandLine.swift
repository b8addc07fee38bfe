import CertDeskFuzzing
import Foundation

/// What certdesk-fuzz was asked, the same whichever engine it was built with:
///
///     certdesk-fuzz [all] [--inputs=N] [--jobs=N] [--targets=A,B] [--timeout=S] [--seed=N]
///     certdesk-fuzz list
///     certdesk-fuzz TARGET [libFuzzer flags] [CORPUS-FOLDER | INPUT-FILE]...
///
/// `all` runs every target, each in a child process of its own (libFuzzer fuzzes one target
/// per process, and a crash must end only its own run). `TARGET` is that child, or a person
/// replaying a finding: `certdesk-fuzz ingest .build/fuzz-findings/ingest-crash-…`.
enum FuzzCommandLine {
    case all(AllTargets.Options)
    case list
    case one(target: String, arguments: [String])
    case usage(String)

    static let synopsis = """
        usage: certdesk-fuzz [all] [--inputs=N] [--jobs=N] [--targets=A,B] [--timeout=S] [--seed=N]
               certdesk-fuzz list
               certdesk-fuzz TARGET [-runs=N] [-seed=N] [-timeout=S] [-artifact_prefix=P] [FOLDER | FILE]...
        """

    /// `arguments` as the process got them, its own path first.
    init(_ arguments: [String]) {
        let rest = Array(arguments.dropFirst())
        switch rest.first {
        case nil, "all":
            self = Self.all(Array(rest.dropFirst()))
        case "list":
            self = .list
        case "-h", "--help", "help":
            self = .usage("")
        case let name? where name.hasPrefix("--"):
            self = Self.all(rest)
        case let name?:
            self = .one(target: name, arguments: Array(rest.dropFirst()))
        }
    }

    private static let counts: [String: WritableKeyPath<AllTargets.Options, Int> & Sendable] = [
        "--inputs": \.inputs, "--jobs": \.jobs, "--timeout": \.timeoutSeconds,
    ]

    private static func all(_ flags: [String]) -> FuzzCommandLine {
        var options = AllTargets.Options()
        for flag in flags {
            let parts = flag.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return .usage("certdesk-fuzz: \(flag): expected --NAME=VALUE") }
            let (name, value) = (parts[0], parts[1])
            if let count = counts[name] {
                guard let number = Int(value), number > 0 else { return .usage("certdesk-fuzz: \(flag): expected a positive number") }
                options[keyPath: count] = number
                continue
            }
            switch name {
            case "--seed":
                guard let seed = UInt64(value) else { return .usage("certdesk-fuzz: \(flag): expected a number") }
                options.seed = seed
            case "--targets":
                options.targets = value.split(separator: ",").map(String.init)
            default:
                return .usage("certdesk-fuzz: unknown option \(name)")
            }
        }
        return .all(options)
    }
}

extension FuzzCommandLine {
    /// Does what ends the process (`all`, `list`, a usage error); what is left is one target's
    /// run, for the engine's entry point.
    static func dispatch(_ arguments: [String]) -> (target: FuzzTarget, arguments: [String]) {
        switch FuzzCommandLine(arguments) {
        case .all(let options):
            exit(AllTargets.run(options))
        case .list:
            TargetSetup.list()
            exit(0)
        case .usage(let message):
            if message.isEmpty {
                print(synopsis)
                exit(0)
            }
            TargetSetup.fail(64, message + "\n" + synopsis)
        case .one(let name, let rest):
            return (TargetSetup.target(named: name), rest)
        }
    }
}
