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

/// `certdesk export blocklist` and `export case` on the demo desk.
@Suite("certdesk export blocklist and case")
struct BlocklistAndCaseCommandTests {
    static let blockable = """
        {"id":"SOC-BL-1","title":"內部主機連線 C2","category":"c2-beacon","level":2,"agency":"臺中市北屯區公所",
         "aware_at":"2026-03-02T09:00:00+08:00","reported_at":"2026-03-02T09:10:00+08:00","description":"SOC 偵測內部主機連線中繼站",
         "indicators":[{"type":"ipv4","value":"45.77.10.2"},{"type":"domain","value":"Update-Check.NET."},
                       {"type":"ipv4","value":"10.20.30.40"},{"type":"url","value":"HTTP://Update-Check.net/gate.php#x"}]}
        {"id":"SOC-BL-2","title":"弱點掃描告警","category":"other","level":1,"agency":"彰化縣政府",
         "aware_at":"2026-03-02T10:00:00+08:00","reported_at":"2026-03-02T10:05:00+08:00","description":"疑似掃描",
         "indicators":[{"type":"ipv4","value":"45.77.10.9"}]}
        """

    @Test func theBlocklistOfConfirmedIncidentsInEachForm() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let ingested = try cli.run(["ingest", "-"], stdin: Self.blockable)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let ids = try cli.listJSON(["--all"]).filter { ($0["source_id"] as? String ?? "").hasPrefix("SOC-BL-") }.compactMap { $0["id"] as? String }.sorted()
        #expect(ids.count == 2)

        let plain = try cli.run(["export", "blocklist"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let lines = plain.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("45.77.10.2") && lines.contains("update-check.net") && lines.contains("http://update-check.net/gate.php"), "\(lines)")
        #expect(lines.contains("45.77.10.9"))
        #expect(!lines.contains("10.20.30.40"), "a private address is for review, not blocking")
        #expect(Set(lines).count == lines.count, "each value once")
        #expect(plain.stderr.contains("left out for review"), "\(plain.stderr)")

        // Closed as a false positive, its indicators leave the list; the closing is in show --json.
        let closed = try cli.run(["phase", ids[1], "closed", "--false-positive", "SOC 確認為授權之弱點掃描"])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stdout.contains("closed as a false positive"))
        #expect(try cli.showJSON(ids[1])["false_positive"] as? Bool == true)
        #expect(!(try cli.run(["export", "blocklist"])).stdout.contains("45.77.10.9"))
        let badFlag = try cli.run(["phase", ids[0], "containment-eradication-recovery", "--false-positive", "x"])
        #expect(badFlag.status == 64)

        let csv = try cli.run(["export", "blocklist", "--format", "csv"])
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.first == "kind,value,action,reason,first_seen,incident,incidents")
        #expect(rows.contains("ip,10.20.30.40,review,private,2026-03-02T01:00:00.000Z,\(ids[0]),1"), "\(rows)")
        #expect(rows.contains("ip,45.77.10.2,block,,2026-03-02T01:00:00.000Z,\(ids[0]),1"), "\(rows)")
        #expect(rows.contains { $0.hasPrefix("ip,192.0.2.45,review,documentation,") }, "the demo's documentation addresses are flagged")

        let addresses = try cli.run(["export", "blocklist", "--kind", "ip"]).stdout.split(separator: "\n").map(String.init)
        #expect(addresses == ["45.77.10.2"], "the one address to block; the demo's are documentation ones: \(addresses)")
        let since = try cli.run(["export", "blocklist", "--since", "2026-03-02 09:30"])
        #expect(since.status == 0)
        #expect(!since.stdout.contains("45.77.10.2") && since.stdout.split(separator: "\n").count < lines.count,
                "first seen at 09:00, before --since: \(since.stdout)")

        let stix = try cli.run(["export", "blocklist", "--format", "stix"])
        #expect(stix.status == 0)
        let file = try cli.file("blocklist.json", stix.stdout)
        let report = try ExportCommandTests.validate([file])
        #expect(report.status == 0 && !report.stdout.contains("Warning"), "\(report.stdout)\(report.stderr)")
        let indicators = try ExportCommandTests.objects(stix.stdout).filter { ($0["type"] as? String) == "indicator" }
        #expect(indicators.count == lines.count - 1, "the stix form holds what the plain form lists, less the false positive")
    }

    @Test func aDeidentifiedCaseNamesNoOneTheDeskKnows() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let raw = try cli.run(["export", "case", "TCN-2026-0014"])
        #expect(raw.status == 0, "\(raw.stderr)")
        let agencies = try JSONSerialization.jsonObject(with: Data(try cli.run(["agencies", "list", "--json"]).stdout.utf8)) as? [[String: Any]] ?? []
        #expect(agencies.count > 10)
        var names = agencies.compactMap { $0["name"] as? String }
        for agency in agencies {
            for contact in agency["contacts"] as? [[String: Any]] ?? [] {
                names += [contact["name"], contact["phone"], contact["email"]].compactMap { $0 as? String }
            }
        }
        // Directory names carry remarks (`（虛構）`); notes write the name alone.
        names += names.map { String($0.prefix { $0 != "（" && $0 != "(" }).trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 2 }
        names += ["林志明", "張怡君", "FS01", "TCN-2026-0014", "西屯戶政事務所"]
        let found = names.filter { raw.stdout.contains($0) }
        #expect(found.count >= 4, "the plain case names them: \(found)")
        for language in ["zh-TW", "en"] {
            for form in [[], ["--markdown"]] {
                let told = try cli.run(["--lang", language, "export", "case", "TCN-2026-0014", "--deidentify"] + form)
                #expect(told.status == 0, "\(told.stderr)")
                for name in names where !name.isEmpty { #expect(!told.stdout.contains(name), "\(language) \(form): \(name) survives") }
                #expect(told.stdout.contains("198.51.100.23"), "the attacker's address is what the case teaches with")
                #expect(told.stdout.contains("T+0:00"))
                #expect(!told.stdout.contains("2026-03-") && !told.stdout.contains("09:12"), "dates are cut to the month")
            }
        }
        let zh = try cli.run(["--lang", "zh-TW", "export", "case", "TCN-2026-0014", "--deidentify"])
        #expect(zh.stdout.contains("〔人員A〕") && zh.stdout.contains("〔主機A〕"), "\(zh.stdout)")
        #expect(try cli.run(["export", "case", "TCN-2099-0001"]).status == 65)
    }
}
