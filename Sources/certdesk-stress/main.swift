import Foundation

// certdesk-stress: the reliability harness of `make stress` (and, briefly, of `make test`).
// It drives a certdesk binary from the outside, as officers and scripts do, on a desk of its
// own in a scratch folder:
//
//   certdesk-stress kills [--kills N] [--seed S] [--certdesk PATH]
//       writers of every kind killed with SIGKILL at random moments (KillRounds)
//   certdesk-stress load [--backlog N] [--seconds S] [--no-consoles] [--certdesk PATH]
//       a bulk ingest of a year's backlog, then an ingest loop, two writers, a reader and two
//       consoles on one desk at once (LoadRun)
//
// It prints its figures and exits 0 when every check held, 1 with what failed otherwise.

let usage = """
    usage: certdesk-stress kills [--kills N] [--seed S] [--certdesk PATH]
           certdesk-stress load [--backlog N] [--seconds S] [--no-consoles] [--certdesk PATH]
    """

let given = Array(CommandLine.arguments.dropFirst())
guard let mode = given.first, ["kills", "load"].contains(mode) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
let arguments = Array(given.dropFirst())

func option(_ name: String, in arguments: [String] = arguments) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func number(_ name: String, _ fallback: Int, in arguments: [String] = arguments) -> Int {
    guard let text = option(name, in: arguments) else { return fallback }
    guard let value = Int(text), value > 0 else {
        FileHandle.standardError.write(Data("certdesk-stress: \(name) takes a whole number from 1 up, not \(text)\n".utf8))
        exit(64)
    }
    return value
}

/// The certdesk binary beside this one (the same build), unless named.
let binary = option("--certdesk") ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("certdesk").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    FileHandle.standardError.write(Data("certdesk-stress: no certdesk binary at \(binary) (build it, or give --certdesk PATH)\n".utf8))
    exit(66)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-stress-\(mode)-\(getpid())")
try? FileManager.default.removeItem(at: folder)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
let database = folder.appendingPathComponent("desk.sqlite").path
let certdesk = CertdeskProcess(binary: binary, database: database, extra: ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"])
let inspection = DeskInspection(database: database)
let started = Date()
var failures: [String]

switch mode {
case "kills":
    let wanted = number("--kills", 1_000)
    let seed = UInt64(number("--seed", Int(UInt32.random(in: 1...UInt32.max))))
    say("certdesk-stress kills: \(wanted) SIGKILLs across every kind of write (seed \(seed); \(binary))")
    var rounds = KillRounds(certdesk: certdesk, inspection: inspection, folder: folder, wantedKills: wanted, seed: seed)
    rounds.run(maximumRounds: wanted * 4)
    failures = rounds.failures
    let total = rounds.kills.values.reduce(0, +)
    say("  \(rounds.rounds) rounds, \(total) killed mid-run ("
          + KillRounds.Kind.allCases.map { "\($0.rawValue) \(rounds.kills[$0] ?? 0)" }.joined(separator: ", ")
          + "), \(rounds.acknowledged) acknowledged writes")
    say("  after every round: integrity_check ok, verify --anchor ok, every acknowledged write present: \(failures.isEmpty ? "held" : "FAILED")")
    if failures.isEmpty && total < wanted { failures.append("only \(total) of \(wanted) kills landed mid-run in \(rounds.rounds) rounds") }
default:
    let backlog = number("--backlog", 30_000), seconds = number("--seconds", 60)
    say("certdesk-stress load: \(backlog) old tickets, then \(seconds) s of an ingest loop, two writers, a reader"
          + (arguments.contains("--no-consoles") ? "" : " and two consoles") + " (\(binary))")
    var load = LoadRun(certdesk: certdesk, inspection: inspection, folder: folder, backlog: backlog, seconds: Double(seconds),
                       consoles: !arguments.contains("--no-consoles"))
    load.run()
    failures = load.failures
    say("  lock errors seen by anyone: \(failures.filter { $0.contains("lock error") }.count)")
}

say("  \(format(Date().timeIntervalSince(started), 0)) s in all")
if failures.isEmpty {
    try? FileManager.default.removeItem(at: folder)
    say("ok")
    exit(0)
}
for failure in failures { say("FAIL: \(failure)") }
say("the desk is kept for a look: \(database)")
exit(1)
