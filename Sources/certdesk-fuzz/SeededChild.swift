import CertDeskFuzzing
import Foundation

/// One target's run by the seeded engine, on the command line libFuzzer would take: `-runs`,
/// `-seed`, `-timeout`, `-rss_limit_mb` and `-artifact_prefix` mean what they mean there (other
/// flags are libFuzzer's alone and are passed over); folders are seed corpora, files are inputs
/// to replay.
struct SeededChild {
    let target: FuzzTarget
    var runs = 1_000_000
    var seed: UInt64 = 1
    var timeoutSeconds = 5
    var rssLimitMegabytes = 2048
    var artifactPrefix = "./"
    var folders: [String] = []
    var replays: [String] = []

    init(target: FuzzTarget, arguments: [String]) {
        self.target = target
        for argument in arguments {
            let value = argument.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            switch argument.split(separator: "=").first {
            case "-runs": runs = Int(value) ?? runs
            case "-seed": seed = UInt64(value) ?? seed
            case "-timeout": timeoutSeconds = Int(value) ?? timeoutSeconds
            case "-rss_limit_mb": rssLimitMegabytes = Int(value) ?? rssLimitMegabytes
            case "-artifact_prefix": artifactPrefix = value
            case let flag? where flag.hasPrefix("-"): continue
            default:
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
                    folders.append(argument)
                } else {
                    replays.append(argument)
                }
            }
        }
    }

    func run() -> Int32 {
        let corpus: SeedCorpus
        do {
            corpus = SeedCorpus(files: try folders.flatMap { try SeedCorpus(folder: URL(fileURLWithPath: $0)).files })
        } catch {
            TargetSetup.fail(66, "\(target.name): cannot read the corpus: \(error)")
        }
        let capacity = max(target.maxLength, corpus.inputs.map(\.count).max() ?? 0, 1 << 20)
        CrashCapture.install(prefix: artifactPrefix, capacity: capacity, timeoutSeconds: timeoutSeconds)
        return replays.isEmpty ? fuzz(corpus) : replay()
    }

    /// Reads each file given once, and says what the reader made of it.
    func replay() -> Int32 {
        var status: Int32 = 0
        for path in replays {
            guard let data = FileManager.default.contents(atPath: path) else { TargetSetup.fail(66, "cannot read \(path)") }
            let input = Array(data)
            CrashCapture.hold(input)
            let verdict = target.run(input)
            CrashCapture.release()
            print("\(path): \(verdict)")
            if case .broken = verdict { status = 1 }
        }
        return status
    }

    func fuzz(_ corpus: SeedCorpus) -> Int32 {
        var run = SeededRun(target: target, corpus: corpus, seed: seed)
        let started = Date()
        for n in 1...max(runs, 1) {
            let (input, verdict) = run.step(willRead: CrashCapture.hold)
            CrashCapture.release()
            if case .broken(let why) = verdict { return saveFinding("broken", input, why) }
            // The peak only grows, so the first input past the bound is the one that took it there.
            if Self.peakMegabytes() > rssLimitMegabytes {
                return saveFinding("oom", input, "memory past \(rssLimitMegabytes) MB")
            }
            if n % 100_000 == 0 {
                let tally = run.tally
                print("#\(n) accepted \(tally.accepted) refused \(tally.refused) kinds \(tally.refusalKinds) "
                      + "\(Int(Double(n) / Date().timeIntervalSince(started)))/s")
            }
        }
        let figures = RunFigures(target: target.name, tally: run.tally, seconds: Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data((figures.line + "\n").utf8))
        return 0
    }

    /// A finding that did not kill the process, saved as libFuzzer names its artifacts.
    func saveFinding(_ kind: String, _ input: [UInt8], _ why: String) -> Int32 {
        let path = artifactPrefix + kind + "-" + String(InputFingerprint.of(input), radix: 16)
        _ = FileManager.default.createFile(atPath: path, contents: Data(input))
        FileHandle.standardError.write(Data("certdesk-fuzz: \(target.name): \(why); input saved as \(path)\n".utf8))
        return 1
    }

    /// The process's largest resident size so far (getrusage gives kilobytes on Linux, bytes on macOS).
    static func peakMegabytes() -> Int {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / (1 << 20)
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / (1 << 10)
        #endif
    }
}
