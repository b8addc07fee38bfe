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

let environment = ProcessInfo.processInfo.environment
let runs = Int(environment["BENCH_RUNS"] ?? "") ?? 5

/// Each benchmark configured once, from its environment variables, whichever way it is run.
func handover() -> HandoverBenchmark {
    HandoverBenchmark(certdesk: certdesk, incidents: Int(environment["BENCH_HANDOVER_INCIDENTS"] ?? "") ?? 100_000,
                      runs: runs, open: Int(environment["BENCH_HANDOVER_OPEN"] ?? "") ?? 1_000)
}

func asOf() -> AsOfBenchmark {
    AsOfBenchmark(certdesk: certdesk, incidents: Int(environment["BENCH_ASOF_INCIDENTS"] ?? "") ?? 100_000, runs: max(runs, 10))
}

func evidence() -> EvidenceBenchmark {
    EvidenceBenchmark(certdesk: certdesk, mebibytes: Int(environment["BENCH_EVIDENCE_MIB"] ?? "") ?? 1024, runs: runs)
}

func backlog() -> BacklogBenchmark {
    BacklogBenchmark(certdesk: certdesk, imported: Int(environment["BENCH_IMPORT_TICKETS"] ?? "") ?? 30_000,
                     incidents: Int(environment["BENCH_BACKLOG_INCIDENTS"] ?? "") ?? 100_000,
                     keys: Int(environment["BENCH_KEYS"] ?? "") ?? 2_000, runs: runs)
}

func report() -> ReportBenchmark {
    ReportBenchmark(certdesk: certdesk, incidents: Int(environment["BENCH_REPORT_INCIDENTS"] ?? "") ?? 100_000,
                    journalRows: Int(environment["BENCH_REPORT_ROWS"] ?? "") ?? 1_000_000, runs: runs)
}

switch which {
case "handover":
    handover().run()
case "as-of":
    asOf().run()
case "evidence":
    evidence().run()
case "report":
    report().run()
case "backlog":
    backlog().run()
case "ingest", "console", "all":
    if which != "console" {
        IngestBenchmark(certdesk: certdesk, count: Int(environment["BENCH_TICKETS"] ?? "") ?? 100_000, runs: runs).run()
    }
    if which != "ingest" {
        ConsoleBenchmark(certdesk: certdesk, keys: Int(environment["BENCH_KEYS"] ?? "") ?? 2_000).run()
    }
    if which == "all" {
        handover().run()
        asOf().run()
        evidence().run()
        report().run()
        backlog().run()
    }
default:
    FileHandle.standardError.write(Data("usage: certdesk-bench [all|ingest|console|handover|as-of|evidence|report|backlog]\n".utf8))
    exit(64)
}
