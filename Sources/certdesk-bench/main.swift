import Foundation

// certdesk benchmarks, run by `make bench` on release builds. They print figures; they never
// pass or fail, because timings depend on the machine and what else it is doing.

let arguments = Array(CommandLine.arguments.dropFirst())
let which = arguments.first ?? "all"
let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let certdesk = binDir.appendingPathComponent("certdesk").path

guard FileManager.default.isExecutableFile(atPath: certdesk) else {
    FileHandle.standardError.write(Data("certdesk-bench: \(certdesk) not found; run `swift build -c release` first\n".utf8))
    exit(66)
}

switch which {
case "handover":
    let environment = ProcessInfo.processInfo.environment
    HandoverBenchmark(certdesk: certdesk, incidents: Int(environment["BENCH_HANDOVER_INCIDENTS"] ?? "") ?? 100_000,
                      runs: Int(environment["BENCH_RUNS"] ?? "") ?? 5).run()
case "evidence":
    let environment = ProcessInfo.processInfo.environment
    EvidenceBenchmark(certdesk: certdesk, mebibytes: Int(environment["BENCH_EVIDENCE_MIB"] ?? "") ?? 1024,
                      runs: Int(environment["BENCH_RUNS"] ?? "") ?? 5).run()
case "ingest", "console", "all":
    let environment = ProcessInfo.processInfo.environment
    if which != "console" {
        IngestBenchmark(certdesk: certdesk, count: Int(environment["BENCH_TICKETS"] ?? "") ?? 100_000,
                        runs: Int(environment["BENCH_RUNS"] ?? "") ?? 5).run()
    }
    if which != "ingest" {
        ConsoleBenchmark(certdesk: certdesk, keys: Int(environment["BENCH_KEYS"] ?? "") ?? 2_000).run()
    }
    if which == "all" {
        HandoverBenchmark(certdesk: certdesk, incidents: Int(environment["BENCH_HANDOVER_INCIDENTS"] ?? "") ?? 100_000,
                          runs: Int(environment["BENCH_RUNS"] ?? "") ?? 5).run()
        EvidenceBenchmark(certdesk: certdesk, mebibytes: Int(environment["BENCH_EVIDENCE_MIB"] ?? "") ?? 1024,
                          runs: Int(environment["BENCH_RUNS"] ?? "") ?? 5).run()
    }
default:
    FileHandle.standardError.write(Data("usage: certdesk-bench [all|ingest|console|handover|evidence]\n".utf8))
    exit(64)
}
