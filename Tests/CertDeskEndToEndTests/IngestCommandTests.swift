import Foundation
import Testing

@Suite("certdesk ingest")
struct IngestCommandTests {
    @Test func samplesArriveWithUTCTimes() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let tickets = CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path
        let stix = CLIRunner.samples.appendingPathComponent("stix/defacement-flash-report.json").path
        let first = try cli.run(["ingest", tickets, stix])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "ingested 4, duplicates 0\n")

        let incidents = try cli.listJSON()
        #expect(incidents.count == 4)
        let ransomware = try #require(incidents.first { $0["source_id"] as? String == "SOC-TC-20260302-0007" })
        #expect(ransomware["id"] as? String == "TCN-2026-0001")
        #expect(ransomware["aware_at"] as? String == "2026-03-02T01:05:00Z")
        #expect(ransomware["occurred_at"] as? String == "2026-03-02T00:40:00Z")
        #expect(ransomware["reported_at"] as? String == "2026-03-02T01:12:00Z")
        #expect(ransomware["level"] as? Int == 3)
        #expect(ransomware["category"] as? String == "ransomware")
        #expect(ransomware["agency"] as? String == "臺中市北屯區公所")
        #expect(ransomware["phase"] as? String == "preparation")
        #expect(ransomware["exercise"] as? Bool == false)
        let beacon = try #require(incidents.first { $0["source_id"] as? String == "SOC-TC-20260302-0015" })
        #expect(beacon["level"] is NSNull, "an unclassified incident has level null")
        let flash = try #require(incidents.first { $0["source_id"] as? String == "incident--c4954e22-7083-49a8-9a2c-51917fa3f099" })
        #expect(flash["level"] as? Int == 2)
        #expect(flash["tlp"] as? String == "green")
        for incident in incidents {
            for key in ["id", "source_id", "title", "level", "category", "agency", "phase", "exercise", "occurred_at", "aware_at", "reported_at"] {
                #expect(incident.keys.contains(key), "missing \(key)")
            }
        }

        let again = try cli.run(["ingest", tickets, stix])
        #expect(again.status == 0)
        #expect(again.stdout == "ingested 0, duplicates 4\n")
        #expect(try cli.listJSON().count == 4)
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func standardInputIsAFile() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let ticket = #"{"id":"T-1","title":"stdin ticket","category":"spam","agency":"彰化縣政府","aware_at":"2026-03-02T09:00:00+08:00"}"#
        let result = try cli.run(["ingest", "-"], stdin: ticket)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ingested 1, duplicates 0\n")
        let incident = try #require(try cli.listJSON().first)
        #expect(incident["source_id"] as? String == "T-1")
        #expect(incident["reported_at"] as? String == "2026-03-02T06:00:00Z", "reported_at defaults to now")
    }

    @Test func controlCharactersAreKeptAndNeutralisedOnlyOnScreen() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let ticket = #"{"id":"T-ESC","title":"evil \u001b[2J\u202etitle","category":"other","agency":"x\u0007y","aware_at":"2026-03-02T09:00:00+08:00","description":"line1\nline2\u001b]0;pwned\u0007"}"#
        #expect(try cli.run(["ingest", "-"], stdin: ticket).status == 0)
        let shown = try cli.showJSON("TCN-2026-0001")
        #expect(shown["title"] as? String == "evil \u{1B}[2J\u{202E}title")
        #expect(shown["agency"] as? String == "x\u{07}y")
        #expect(shown["description"] as? String == "line1\nline2\u{1B}]0;pwned\u{07}")

        for arguments in [["list"], ["show", "TCN-2026-0001"]] {
            let text = try cli.run(arguments).stdout
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E },
                    "\(arguments) printed a raw control character")
            #expect(text.contains("␛[2J"))
        }
    }

    @Test func aGoodAndABadFileInOneRun() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let good = try cli.file("good.jsonl", #"{"id":"G-1","title":"ok","category":"spam","agency":"A","aware_at":"2026-03-02T01:00:00Z"}"# + "\n")
        let bad = try cli.file("bad.jsonl", #"{"id":"B-1","title":"ok","category":"spam","agency":"A","aware_at":"2026-03-02T01:00:00Z"}"# + "\n{\"id\":\n")
        let result = try cli.run(["ingest", good, bad])
        #expect(result.status == 65)
        #expect(result.stdout.hasSuffix("ingested 1, duplicates 0\n"))
        #expect(result.stderr.contains("bad.jsonl:2"))
        let ids = try cli.listJSON().compactMap { $0["source_id"] as? String }
        #expect(ids == ["G-1"], "the bad file wrote nothing, the good one was kept")
    }

    @Test func missingFileAndFolder() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let missing = try cli.run(["ingest", cli.folder.appendingPathComponent("nope.json").path])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.json: no such file"))
        let folder = try cli.run(["ingest", cli.folder.path])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("is a folder"))
    }
}
