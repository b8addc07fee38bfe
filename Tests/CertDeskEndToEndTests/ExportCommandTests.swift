import Foundation
import Testing

/// `certdesk export stix` from the command line: every bundle of the demo desk passes the OASIS
/// STIX 2.1 validator with no error and no warning; the same incident gives the same ids; a
/// bundle exported and ingested into an empty desk gives the same incidents and indicators, and
/// exported again the same STIX ids.
@Suite("certdesk export stix")
struct ExportCommandTests {
    static let validator = URL(fileURLWithPath: SMTPPeer.python).deletingLastPathComponent().appendingPathComponent("stix2_validator").path

    /// Runs the OASIS validator on `files`; its report and exit status.
    static func validate(_ files: [String]) throws -> CLIRunner.Result {
        guard FileManager.default.isExecutableFile(atPath: validator) else {
            throw SMTPPeer.PeerMissing(what: "\(validator) (stix2-validator): run make test, which installs it")
        }
        return try CLIRunner.run(validator, ["--strict"] + files, environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    }

    static func objects(_ json: String) throws -> [[String: Any]] {
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(bundle["objects"] as? [[String: Any]])
    }

    /// What a round trip must keep of each incident, by title: level, category, agency, times,
    /// TLP, exercise, and the indicators (a bundle does not fix their order).
    static func facts(_ cli: CLIRunner, only: [String]? = nil) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for incident in try cli.listJSON(["--all"]) {
            let id = try #require(incident["id"] as? String)
            if let only, !only.contains(id) { continue }
            let shown = try cli.showJSON(id)
            let indicators = (shown["indicators"] as? [[String: Any]] ?? []).map { "\($0["type"] ?? "")=\($0["value"] ?? "")" }.sorted()
            let keys = ["level", "category", "agency", "occurred_at", "aware_at", "reported_at", "tlp", "exercise"]
            out[try #require(incident["title"] as? String)] = keys.map { "\($0)=\(shown[$0] ?? "nil")" } + indicators
        }
        return out
    }

    @Test func everyBundleOfTheDemoDeskPassesTheValidator() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        var files: [String] = []
        for n in 1...50 {
            let id = "TCN-2026-" + String(format: "%04d", n)
            let out = try cli.run(["export", "stix", id])
            #expect(out.status == 0, "\(id): \(out.stderr)")
            files.append(try cli.file("\(id).json", out.stdout))
        }
        let everything = try cli.run(["export", "stix", "--since", "2000-01-01T00:00:00Z", "--tlp", "amber"])
        #expect(everything.status == 0)
        files.append(try cli.file("all.json", everything.stdout))
        let report = try Self.validate(files)
        #expect(report.status == 0, "\(report.stdout)\(report.stderr)")
        #expect(!report.stdout.contains("[X]") && !report.stdout.contains("Warning"), "\(report.stdout)")
        #expect(report.stdout.components(separatedBy: "STIX JSON: Valid").count - 1 == files.count)
        // --tlp marks every object of the bundle with it.
        let marked = try Self.objects(everything.stdout).filter { ($0["type"] as? String) == "incident" }
        #expect(marked.count == 50)
        #expect(marked.allSatisfy { ($0["object_marking_refs"] as? [String]) == ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"] })
    }

    @Test func theSameIncidentGivesTheSameIds() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let first = try Self.objects(try cli.run(["export", "stix", "TCN-2026-0014"]).stdout).compactMap { $0["id"] as? String }
        #expect(try cli.run(["note", "TCN-2026-0014", "補充：已完成案例宣導稿"], environment: ["CERTDESK_NOW": "2026-03-02T15:00:00+08:00"]).status == 0)
        let again = try Self.objects(try cli.run(["export", "stix", "TCN-2026-0014"], environment: ["CERTDESK_NOW": "2026-03-02T15:00:00+08:00"]).stdout)
        #expect(again.compactMap { $0["id"] as? String } == first)
        let incident = try #require(again.first { ($0["type"] as? String) == "incident" })
        #expect((incident["modified"] as? String ?? "") > (incident["created"] as? String ?? "~"))
    }

    @Test func aBundleIngestedIntoAnEmptyDeskGivesTheSameIncidentsAndIds() throws {
        let origin = CLIRunner(), receiver = CLIRunner()
        defer { origin.remove(); receiver.remove() }
        #expect(try origin.run(["demo"]).status == 0)
        let ids = (1...14).map { "TCN-2026-" + String(format: "%04d", $0) }
        let exported = try origin.run(["export", "stix"] + ids)
        #expect(exported.status == 0, "\(exported.stderr)")
        let ingested = try receiver.run(["ingest", "-"], stdin: exported.stdout)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(ingested.stdout.contains("ingested 14"), "\(ingested.stdout)")
        let sent = try Self.facts(origin, only: ids)
        #expect(sent.count == 14)
        #expect(try Self.facts(receiver) == sent)
        // Exported again from the desk that received them, the incidents and their indicators keep their STIX ids.
        let receiverIDs = try receiver.listJSON(["--all"]).compactMap { $0["id"] as? String }
        let back = try receiver.run(["export", "stix"] + receiverIDs)
        func stixIDs(_ json: String, _ types: Set<String>) throws -> Set<String> {
            Set(try Self.objects(json).filter { types.contains($0["type"] as? String ?? "") }.compactMap { $0["id"] as? String })
        }
        let kept: Set<String> = ["incident", "indicator", "ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", "file", "sighting", "observed-data"]
        #expect(try stixIDs(back.stdout, kept) == stixIDs(exported.stdout, kept))
    }

    @Test func refusalsPrintNoBundle() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let unknown = try cli.run(["export", "stix", "TCN-2026-0001", "TCN-2099-0001"])
        #expect(unknown.status == 65)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("TCN-2099-0001"))
        let nothing = try cli.run(["export", "stix"])
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("--since"))
        let badTLP = try cli.run(["export", "stix", "TCN-2026-0001", "--tlp", "purple"])
        #expect(badTLP.status == 64)
    }
}
