import Foundation
import Testing

/// What `certdesk ingest` does with inputs that are not a plain file of tickets: empty ones,
/// endless streams, devices and named pipes, and inputs larger than the desk takes.
@Suite("certdesk ingest: empty, endless and odd inputs")
struct IngestInputTests {
    static func ticket(_ id: String) -> String {
        #"{"id":"\#(id)","title":"stream ticket","category":"spam","agency":"彰化縣政府","aware_at":"2026-03-02T09:00:00+08:00"}"#
    }

    @Test(arguments: [("", "is empty"), (" \n\t\n", "holds only spaces and line breaks"), ("[]\n", "is an empty array ([])")])
    func anInputWithNoIncidentIsSaidAndStrictFailsOnIt(_ text: String, _ said: String) throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let path = try cli.file("feed.json", text)
        let quiet = try cli.run(["ingest", path])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout == "ingested 0, duplicates 0\n")
        #expect(quiet.stderr.contains("feed.json: the file "), "\(quiet.stderr)")
        #expect(quiet.stderr.contains("\(said): no incident was ingested"), "\(quiet.stderr)")

        let strict = try cli.run(["ingest", "--strict", path])
        #expect(strict.status == 2, "\(strict.stderr)")
        #expect(strict.stdout == "ingested 0, duplicates 0\n")

        // With a file that does hold incidents beside it, --strict still names the empty one.
        let good = try cli.file("good.jsonl", Self.ticket("T-1"))
        let mixed = try cli.run(["ingest", "--strict", good, path])
        #expect(mixed.status == 2)
        #expect(mixed.stdout == "ingested 1, duplicates 0\n")
        #expect(try cli.run(["ingest", "--strict", try cli.file("more.jsonl", Self.ticket("T-2"))]).status == 0)

        let chinese = try cli.run(["ingest", "--lang", "zh-TW", path])
        #expect(chinese.stderr.contains("未匯入任何事件"), "\(chinese.stderr)")
        #expect(chinese.stdout == "ingested 0, duplicates 0\n", "the summary line is the same in every language, for scripts")
    }

    @Test func standardInputThatIsEmptyIsSaidToo() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["ingest", "--strict", "-"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>: the file is empty"), "\(result.stderr)")
    }

    /// `/dev/zero` never ends and a terminal waits for typing: a device is refused by name,
    /// not as "cannot be read (permissions?)".
    @Test func aDeviceIsRefusedForWhatItIs() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["ingest", "/dev/zero"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/dev/zero: is a device, not a file"), "\(result.stderr)")
        #expect(!result.stderr.contains("permissions?"))
        let missing = try cli.run(["ingest", cli.folder.appendingPathComponent("nope.jsonl").path])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.jsonl: no such file"), "\(missing.stderr)")
        let unreadable = try cli.file("locked.jsonl", Self.ticket("T-1"))
        chmod(unreadable, 0o000)
        if access(unreadable, R_OK) != 0 {   // root reads it anyway
            let denied = try cli.run(["ingest", unreadable])
            #expect(denied.status == 66)
            #expect(denied.stderr.contains("locked.jsonl: permission denied"), "\(denied.stderr)")
        }
    }

    /// A named pipe is read as it comes, like standard input (`ingest <(zcat tickets.gz)`).
    @Test func aNamedPipeIsReadAsAStream() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let fifo = cli.folder.appendingPathComponent("feed.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let lines = (1...200).map { Self.ticket("P-\($0)") }.joined(separator: "\n")
        let result = try CLIRunner.run("/bin/sh", ["-c", "printf '%s\\n' \"$LINES\" > \"$FIFO\" & exec \"$CERTDESK\" ingest \"$FIFO\""],
                                       environment: cli.environment.merging(["LINES": lines, "FIFO": fifo, "CERTDESK": CLIRunner.binary]) { _, new in new })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ingested 200, duplicates 0\n")
    }

    /// An endless or oversized stream is refused at the bound, with a message saying how to
    /// raise it, and writes nothing; a regular file over the bound is refused before it is read.
    @Test func inputBeyondTheBoundIsRefusedAndWritesNothing() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let lines = (1...20_000).map { Self.ticket("B-\($0)") }.joined(separator: "\n") + "\n"   // about 2.6 MB
        let path = try cli.file("big.jsonl", lines)
        let shell = "cat \"$FILE\" | exec \"$CERTDESK\" ingest \"$@\" -"
        let environment = cli.environment.merging(["FILE": path, "CERTDESK": CLIRunner.binary]) { _, new in new }

        let streamed = try CLIRunner.run("/bin/sh", ["-c", shell, "sh", "--max-input", "1M"], environment: environment)
        #expect(streamed.status == 65, "\(streamed.stderr)")
        #expect(streamed.stderr.contains("<stdin>: holds more than 1 MiB, the most one input may hold; nothing from it was recorded"),
                "\(streamed.stderr)")
        #expect(try cli.listJSON().isEmpty, "a refused input wrote nothing")

        let fromFile = try cli.run(["ingest", path], environment: ["CERTDESK_MAX_INPUT": "2M"])
        #expect(fromFile.status == 65)
        #expect(fromFile.stderr.contains("big.jsonl: holds more than 2 MiB"), "\(fromFile.stderr)")
        #expect(try cli.listJSON().isEmpty)

        let configFolder = cli.folder.appendingPathComponent("config/certdesk")
        try FileManager.default.createDirectory(at: configFolder, withIntermediateDirectories: true)
        try Data("max_input: 3M\n".utf8).write(to: configFolder.appendingPathComponent("config.yaml"))
        let withinBound = try cli.run(["ingest", path], environment: ["XDG_CONFIG_HOME": cli.folder.appendingPathComponent("config").path])
        #expect(withinBound.status == 0, "\(withinBound.stderr)")
        #expect(withinBound.stdout == "ingested 20000, duplicates 0\n")

        let badSetting = try cli.run(["ingest", path], environment: ["CERTDESK_MAX_INPUT": "lots"])
        #expect(badSetting.status == 64)
        #expect(badSetting.stderr.contains("CERTDESK_MAX_INPUT"), "\(badSetting.stderr)")
        #expect(badSetting.stderr.contains("\"lots\" is not a size"), "\(badSetting.stderr)")
    }

    /// Standard input that is not JSON is refused at its first bytes (`ingest - < /dev/zero`;
    /// the reader's own tests show it refuses before the stream ends).
    @Test func standardInputThatIsNotJSONIsRefusedAtOnce() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let result = try CLIRunner.run("/bin/sh", ["-c", "exec \"$CERTDESK\" ingest - < /dev/zero"],
                                       environment: cli.environment.merging(["CERTDESK": CLIRunner.binary]) { _, new in new })
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("<stdin>:1:1: not a JSON object, array or JSON Lines file"), "\(result.stderr)")
    }
}
