import Foundation

/// Issue goal: adding a 1 GiB file to the evidence vault, in MB/s, next to `sha256sum` on the
/// same file in the same run. Goal: at least 3x `sha256sum`, and memory that does not grow
/// with the file's size (max RSS of a 1 GiB add against a 1 MiB add).
///
/// The page cache is synced before every measured run, so neither side inherits the other's
/// dirty pages; the source file is in the page cache for both (it was just written).
struct EvidenceBenchmark {
    let certdesk: String
    let mebibytes: Int
    let runs: Int

    func run() {
        let folder = scratchFolder("evidence")
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("image.raw").path
        let small = folder.appendingPathComponent("small.log").path
        let desk = folder.appendingPathComponent("desk.sqlite").path
        let vault = folder.appendingPathComponent("desk.vault").path
        print("evidence: adding a \(mebibytes) MiB file, \(runs) runs each (release build)")
        writeRandom(to: big, bytes: mebibytes << 20, seed: 1)
        writeRandom(to: small, bytes: 1 << 20, seed: 2)
        let environment = ["CERTDESK_DB": desk, "CERTDESK_ACTOR": "bench"]
        timed(certdesk, ["demo"], environment: environment)

        var hashTimes: [Double] = [], addTimes: [Double] = [], addMemory: [Int] = []
        for _ in 0..<runs {
            sync()
            hashTimes.append(measured("/usr/bin/sha256sum", [big], environment: environment).seconds)
            try? FileManager.default.removeItem(atPath: vault)
            sync()
            let add = measured(certdesk, ["evidence", "add", "TCN-2026-0001", big, "--kind", "disk-image", "--desc", "benchmark image"],
                               environment: environment)
            addTimes.append(add.seconds)
            addMemory.append(add.maxResidentKiB)
        }
        let smallAdd = measured(certdesk, ["evidence", "add", "TCN-2026-0001", small, "--kind", "log", "--desc", "benchmark log"],
                                environment: environment)
        let megabytes = Double(mebibytes << 20) / 1e6
        let h = Sample(values: hashTimes), a = Sample(values: addTimes)
        print("  sha256sum:             min \(format(h.min)) s, median \(format(h.median)) s = \(Int(megabytes / h.median)) MB/s")
        print("  certdesk evidence add: min \(format(a.min)) s, median \(format(a.median)) s = \(Int(megabytes / a.median)) MB/s"
            + " (read, SHA-256, copy, fsync, journal)")
        print("  ratio certdesk / sha256sum throughput (median): \(format(h.median / a.median, 2))x  (goal: at least 3x)")
        print("  max RSS: \(addMemory.max() ?? 0) KiB adding \(mebibytes) MiB, \(smallAdd.maxResidentKiB) KiB adding 1 MiB")
    }

    /// Deterministic bytes that do not compress or dedupe, written in 1 MiB blocks.
    private func writeRandom(to path: String, bytes: Int, seed: UInt64) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { fatalError("cannot write \(path)") }
        var state = seed
        var block = [UInt64](repeating: 0, count: (1 << 20) / 8)
        for _ in 0..<(bytes >> 20) {
            for i in block.indices {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                block[i] = z ^ (z >> 31)
            }
            block.withUnsafeBytes { handle.write(Data($0)) }
        }
        try? handle.close()
    }
}

/// Runs a program, returning its wall time and its own peak memory (wait4's rusage, which
/// covers exactly that child).
func measured(_ path: String, _ arguments: [String], environment: [String: String]) -> (seconds: Double, maxResidentKiB: Int) {
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        env.forEach { free($0) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pid = pid_t()
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, env) == 0 else {
        FileHandle.standardError.write(Data("certdesk-bench: cannot run \(path)\n".utf8))
        exit(70)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard status == 0 else {
        FileHandle.standardError.write(Data("certdesk-bench: \(path) \(arguments.joined(separator: " ")) failed (\(status))\n".utf8))
        exit(70)
    }
    return (seconds, Int(usage.ru_maxrss))
}
