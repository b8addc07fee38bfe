import Foundation
import Testing

/// A short run of `make stress`'s harness on the debug build: writers killed with SIGKILL
/// mid-write must leave a desk that holds together with every acknowledged write in it, and a
/// bulk ingest of old tickets must not lock out the writers, reader and consoles that follow.
/// `make stress` runs the same with 1,000 kills and a 30,000-ticket backlog for 60 seconds.
@Suite("stress harness, short run", .serialized)
struct StressHarnessTests {
    static let harness = URL(fileURLWithPath: CLIRunner.binary).deletingLastPathComponent().appendingPathComponent("certdesk-stress").path

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(harness, arguments + ["--certdesk", CLIRunner.binary],
                          environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": NSTemporaryDirectory()])
    }

    @Test func killedWritersLoseNothingAcknowledged() throws {
        let result = try Self.run(["kills", "--kills", "40", "--seed", "18"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("every acknowledged write present: held"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("ok\n"))
    }

    @Test func aBulkIngestDoesNotLockOutWhatFollows() throws {
        let result = try Self.run(["load", "--backlog", "5000", "--seconds", "8"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("lock errors seen by anyone: 0"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("ok\n"))
    }
}
