import CertDeskFuzzing
import Foundation

/// `certdesk-fuzz all`: every target in a child process of its own, `jobs` at a time, then one
/// table of the figures. A crash or hang ends only its own child; its input is already in the
/// findings folder (libFuzzer's artifact, or the seeded engine's signal handler) and is named here.
enum AllTargets {
    struct Options {
        var inputs = 1_000_000
        var jobs = 2
        var targets: [String]? = nil
        var timeoutSeconds = 5
        var seed: UInt64 = 1
        var corpus = "Tests/Fuzz/corpus"
        /// libFuzzer's growing corpus (the committed seeds are never written to), dictionaries, logs.
        var work = ".build/fuzz-work"
        var findings = ".build/fuzz-findings"
    }

    /// One target's run as the table shows it.
    struct Outcome {
        let target: FuzzTarget
        let ending: ChildProcess.Ending
        let figures: RunFigures?
        let coverage: String?
        /// libFuzzer's own count, for a run that crashed before it could print its figures.
        let executed: String?
        let findings: [String]
        let seconds: Double
    }

    /// The process's exit status: 0 when every target ran to the end without a finding.
    static func run(_ options: Options) -> Int32 {
        let targets: [FuzzTarget]
        do {
            targets = try chosenTargets(options)
        } catch {
            FileHandle.standardError.write(Data("certdesk-fuzz: \(error)\n".utf8))
            return 66
        }
        let engine = Engine.built
        say("certdesk-fuzz: \(engine.name), \(options.inputs) inputs per target, \(targets.count) targets, \(options.jobs) at a time")
        try? FileManager.default.createDirectory(atPath: options.findings, withIntermediateDirectories: true)
        let myself = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let environment = childEnvironment(engine)

        var waiting = targets[...]
        var running: [pid_t: (target: FuzzTarget, started: Date, before: Set<String>)] = [:]
        var outcomes: [String: Outcome] = [:]
        while !waiting.isEmpty || !running.isEmpty {
            while running.count < options.jobs, let target = waiting.popFirst() {
                let before = findings(of: target, in: options.findings)
                do {
                    let child = try ChildProcess(path: myself, arguments: try childArguments(target, myself, options),
                                                 environment: environment, log: logPath(target, options))
                    running[child.pid] = (target, Date(), before)
                } catch {
                    FileHandle.standardError.write(Data("certdesk-fuzz: \(target.name): \(error)\n".utf8))
                    return 71
                }
            }
            // No child left to wait for would be a bug here; stop rather than spin.
            guard let (pid, ending) = ChildProcess.waitForAny() else { break }
            guard let run = running.removeValue(forKey: pid) else { continue }
            let log = (try? String(contentsOfFile: logPath(run.target, options), encoding: .utf8)) ?? ""
            let outcome = Outcome(target: run.target, ending: ending, figures: RunFigures(lastIn: log),
                                  coverage: libFuzzerCoverage(log), executed: libFuzzerStat("number_of_executed_units", log),
                                  findings: findings(of: run.target, in: options.findings).subtracting(run.before).sorted(),
                                  seconds: Date().timeIntervalSince(run.started))
            outcomes[run.target.name] = outcome
            report(outcome, options)
        }
        let ordered = targets.compactMap { outcomes[$0.name] }
        say(table(ordered))
        return ordered.allSatisfy { $0.ending.isClean && $0.findings.isEmpty } ? 0 : 1
    }

    /// A short environment of the caller's: Yams reads the whole environment on every parse
    /// (for its default encoding), which in a million-input run of a YAML reader costs a tenth
    /// of the time when the environment is long.
    static func childEnvironment(_ engine: Engine) -> [String: String] {
        let kept: Set<String> = ["PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "ASAN_OPTIONS", "LSAN_OPTIONS"]
        var environment = ProcessInfo.processInfo.environment.filter { kept.contains($0.key) }
        // Swift's own backtracer would take the crash signals from libFuzzer and the seeded
        // engine's handler (and wait on a terminal no one watches); a finding replays with it on.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        // No allocation stacks (unwinding at every allocation is a seventh of a YAML reader's
        // time) and a smaller quarantine: a finding replayed without ASAN_OPTIONS shows them.
        // An AddressSanitizer report ends in abort(), which the seeded engine's handler catches.
        environment["ASAN_OPTIONS"] = environment["ASAN_OPTIONS"]
            ?? "malloc_context_size=0:quarantine_size_mb=16" + (engine == .seeded ? ":abort_on_error=1" : "")
        return environment
    }

    /// Written at once, unbuffered even into a pipe or a file: each line says a target is done.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func chosenTargets(_ options: Options) throws -> [FuzzTarget] {
        let all = try TargetSetup.targets()
        guard let names = options.targets else { return all }
        return try names.map { name in
            guard let target = all.first(where: { $0.name == name }) else {
                throw ChildProblem(description: "no target \(name); targets: \(all.map(\.name).joined(separator: ", "))")
            }
            return target
        }
    }

    static func logPath(_ target: FuzzTarget, _ options: Options) -> String { "\(options.work)/\(target.name).log" }

    /// The child's command line: libFuzzer's flags, which the seeded engine reads too (it
    /// ignores those it has no use for). The first folder is where libFuzzer keeps the inputs
    /// that found new code; the committed seeds come second, read only.
    static func childArguments(_ target: FuzzTarget, _ myself: String, _ options: Options) throws -> [String] {
        let growing = "\(options.work)/corpus/\(target.name)"
        try FileManager.default.createDirectory(atPath: growing, withIntermediateDirectories: true)
        let dictionary = "\(options.work)/\(target.name).dict"
        let corpus = try SeedCorpus(folder: URL(fileURLWithPath: "\(options.corpus)/\(target.name)"))
        try LibFuzzerDictionary.text(SeededInputs.tokens(for: corpus)).write(toFile: dictionary, atomically: true, encoding: .utf8)
        return [
            myself, target.name,
            "-runs=\(options.inputs)", "-seed=\(options.seed)", "-timeout=\(options.timeoutSeconds)", "-max_len=\(target.maxLength)",
            // Memory without bound is a finding: one allocation past 1 GiB, or 2 GiB in all.
            "-malloc_limit_mb=1024", "-rss_limit_mb=2048",
            "-artifact_prefix=\(options.findings)/\(target.name)-", "-dict=\(dictionary)", "-print_final_stats=1",
            growing, "\(options.corpus)/\(target.name)",
        ]
    }

    static func findings(of target: FuzzTarget, in folder: String) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Set(names.filter { $0.hasPrefix(target.name + "-") }.map { "\(folder)/\($0)" })
    }

    /// libFuzzer's last word on coverage: `#1000000 DONE cov: 2143 ft: 9870 corp: …`.
    static func libFuzzerCoverage(_ log: String) -> String? {
        guard let done = log.split(separator: "\n").last(where: { $0.contains("DONE ") }),
              let cov = done.range(of: "cov: ") else { return nil }
        return String(done[cov.upperBound...].prefix { $0 != " " })
    }

    /// One of libFuzzer's final statistics (`-print_final_stats=1`): `stat::NAME: VALUE`.
    static func libFuzzerStat(_ name: String, _ log: String) -> String? {
        let prefix = "stat::\(name):"
        guard let line = log.split(separator: "\n").last(where: { $0.hasPrefix(prefix) }) else { return nil }
        return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }

    static func report(_ outcome: Outcome, _ options: Options) {
        let name = outcome.target.name
        if outcome.ending.isClean && outcome.findings.isEmpty, let figures = outcome.figures {
            say("certdesk-fuzz: \(name): \(figures.inputs) inputs in \(Int(outcome.seconds.rounded())) s, no finding")
            return
        }
        say("certdesk-fuzz: \(name): FINDING — the run ended with \(outcome.ending.description); log \(logPath(outcome.target, options))")
        for file in outcome.findings {
            say("  input saved: \(file)  (replay: \(CommandLine.arguments[0]) \(name) \(file))")
        }
    }

    static func table(_ outcomes: [Outcome]) -> String {
        let header = ["target", "inputs", "accepted", "refused", "kinds", "cov", "seconds", "inputs/s", "findings"]
        var rows = [header]
        for outcome in outcomes {
            let f = outcome.figures
            rows.append([
                outcome.target.name, f.map { "\($0.inputs)" } ?? outcome.executed ?? "?", f.map { "\($0.accepted)" } ?? "?",
                f.map { "\($0.refused)" } ?? "?", f.map { "\($0.refusalKinds)" } ?? "?", outcome.coverage ?? "-",
                String(format: "%.1f", outcome.seconds),
                f.map { String(format: "%.0f", Double($0.inputs) / max(outcome.seconds, 0.001)) } ?? "?",
                outcome.findings.isEmpty && outcome.ending.isClean ? "0" : "\(max(outcome.findings.count, 1))",
            ])
        }
        let total = outcomes.compactMap(\.figures).reduce(0) { $0 + $1.inputs }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max()! }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return (lines + ["total: \(total) inputs"]).joined(separator: "\n")
    }
}
