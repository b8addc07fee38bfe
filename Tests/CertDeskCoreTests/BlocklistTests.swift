import Testing
@testable import CertDeskCore

/// The blocking list: one written form per address and name, the special-purpose blocks
/// flagged, only confirmed real incidents, and closing as a false positive.
@Suite("Blocking list")
struct BlocklistTests {
    @Test(arguments: [
        // RFC 5952 §4: lower case, no leading zeros, the longest zero run compressed, a lone zero not.
        ("2001:0DB8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("2001:db8::0001", "2001:db8::1"),
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),
        ("::", "::"), ("::1", "::1"), ("fe80::1%eth0", "fe80::1"),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1"), ("0:0:0:0:0:ffff:c000:0201", "::ffff:192.0.2.1"),
        ("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"),
        ("203.0.113.7", "203.0.113.7"), ("0.0.0.0", "0.0.0.0"),
    ])
    func addressesHaveOneWrittenForm(_ text: String, _ canonical: String) throws {
        let address = try #require(IPAddress(text), "\(text)")
        #expect(address.text == canonical)
        #expect(IPAddress(canonical) == address, "the written form reads back as the same address")
    }

    @Test(arguments: ["", "1.2.3", "01.2.3.4", "256.1.1.1", "1:2:3", "1::2::3", "12345::", "example.com"])
    func notAnAddress(_ text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test(arguments: [
        ("10.1.2.3", IPAddress.SpecialUse.privateUse), ("172.31.255.255", .privateUse), ("192.168.0.1", .privateUse),
        ("100.64.0.1", .shared), ("127.0.0.1", .loopback), ("169.254.10.1", .linkLocal), ("192.0.2.1", .documentation),
        ("198.51.100.9", .documentation), ("203.0.113.250", .documentation), ("224.0.0.251", .multicast),
        ("255.255.255.255", .reserved), ("0.1.2.3", .unspecified), ("198.18.0.1", .reserved),
        ("2001:db8::1", .documentation), ("3fff::1", .documentation), ("fd00::1", .privateUse), ("fe80::1", .linkLocal),
        ("ff02::1", .multicast), ("::1", .loopback), ("::", .unspecified), ("::ffff:10.0.0.1", .privateUse),
    ])
    func specialBlocksAreKnown(_ text: String, _ use: IPAddress.SpecialUse) throws {
        #expect(try #require(IPAddress(text)).specialUse == use)
    }

    @Test(arguments: ["172.32.0.1", "100.128.0.1", "8.8.8.8", "163.29.1.1", "2400:cb00::1", "::ffff:8.8.8.8"])
    func ordinaryAddressesAreNotSpecial(_ text: String) throws {
        #expect(try #require(IPAddress(text)).specialUse == nil)
    }

    static func sighting(_ incident: String, _ kind: Indicator.Kind, _ value: String, aware: String = "2026-03-01T09:00:00+08:00",
                         level: IncidentLevel? = .two, phase: IncidentPhase = .detectionAnalysis, exercise: Bool = false,
                         falsePositive: Bool = false) -> Blocklist.Sighting {
        Blocklist.Sighting(incident: incident, awareAt: instant(aware), level: level, phase: phase, exercise: exercise,
                           falsePositive: falsePositive, indicator: Indicator(kind: kind, value: value))
    }

    @Test func theSameValueOnceWithItsFirstSighting() {
        let list = Blocklist([
            Self.sighting("TCN-2026-0003", .ipv4, "45.77.10.2", aware: "2026-03-01T10:00:00+08:00"),
            Self.sighting("TCN-2026-0001", .ipv4, "45.77.10.2", aware: "2026-03-01T08:00:00+08:00"),
            Self.sighting("TCN-2026-0002", .domain, "C2.Bad-Domain.NET.", aware: "2026-03-01T09:00:00+08:00"),
            Self.sighting("TCN-2026-0004", .domain, "c2.bad-domain.net"),
            Self.sighting("TCN-2026-0001", .ipv6, "2400:CB00:0000::0001"),
            Self.sighting("TCN-2026-0002", .ipv6, "2400:cb00::1"),
            Self.sighting("TCN-2026-0002", .sha256, String(repeating: "AB", count: 32)),
            Self.sighting("TCN-2026-0002", .md5, String(repeating: "Cd", count: 16)),
            Self.sighting("TCN-2026-0002", .url, "HTTP://Evil.Example-Cdn.COM:8080/Gate.php?id=1#frag"),
            Self.sighting("TCN-2026-0002", .email, "phish@bad-domain.net"),
        ])
        #expect(list.entries.map(\.kind) == [.ip, .ip, .domain, .url, .sha256, .md5], "kinds in order; an e-mail address is not blocked on")
        let ip = list.entries[1]
        #expect(ip.value == "45.77.10.2" && ip.incident == "TCN-2026-0001" && ip.incidents == 2 && ip.firstSeen == instant("2026-03-01T08:00:00+08:00"))
        #expect(list.entries[0].value == "2400:cb00::1" && list.entries[0].incidents == 2)
        #expect(list.entries[2].value == "c2.bad-domain.net" && list.entries[2].incidents == 2 && list.entries[2].incident == "TCN-2026-0002")
        #expect(list.entries[3].value == "http://evil.example-cdn.com:8080/Gate.php?id=1", "scheme and host in lower case, the path kept, no fragment")
        #expect(list.entries[4].value == String(repeating: "ab", count: 32))
        #expect(list.entries[5].value == String(repeating: "cd", count: 16))
        #expect(list.flagged.isEmpty)
    }

    @Test func onlyConfirmedRealIncidents() {
        let list = Blocklist([
            Self.sighting("TCN-2026-0001", .ipv4, "45.77.10.1"),
            Self.sighting("TCN-2026-0002", .ipv4, "45.77.10.2", level: nil, phase: .detectionAnalysis),
            Self.sighting("TCN-2026-0003", .ipv4, "45.77.10.3", level: nil, phase: .containmentEradicationRecovery),
            Self.sighting("TCN-2026-0004", .ipv4, "45.77.10.4", exercise: true),
            Self.sighting("TCN-2026-0005", .ipv4, "45.77.10.5", phase: .closed, falsePositive: true),
            Self.sighting("TCN-2026-0006", .ipv4, "45.77.10.6", level: nil, phase: .preparation),
        ])
        #expect(list.entries.map(\.value) == ["45.77.10.1", "45.77.10.3"],
                "classified or past analysis; not still suspected, not an exercise, not a false positive")
    }

    @Test func whatBlockingCouldHurtIsFlaggedNotListed() {
        let list = Blocklist([
            Self.sighting("TCN-2026-0001", .ipv4, "192.168.10.5"), Self.sighting("TCN-2026-0001", .ipv4, "198.51.100.23"),
            Self.sighting("TCN-2026-0001", .ipv6, "fd12:3456::1"), Self.sighting("TCN-2026-0001", .domain, "www.beitun.taichung.gov.tw"),
            Self.sighting("TCN-2026-0001", .domain, "phish.example"), Self.sighting("TCN-2026-0001", .domain, "printer.local"),
            Self.sighting("TCN-2026-0001", .url, "http://10.0.0.8/admin"), Self.sighting("TCN-2026-0001", .url, "https://[2001:db8::1]/x"),
            Self.sighting("TCN-2026-0001", .url, "https://www.moe.edu.tw/login"), Self.sighting("TCN-2026-0001", .domain, "update-check.net"),
        ])
        #expect(list.blocked.map(\.value) == ["update-check.net"])
        let flags = Dictionary(uniqueKeysWithValues: list.flagged.map { ($0.value, $0.flag!) })
        #expect(flags["192.168.10.5"] == .address(.privateUse))
        #expect(flags["198.51.100.23"] == .address(.documentation))
        #expect(flags["fd12:3456::1"] == .address(.privateUse))
        #expect(flags["www.beitun.taichung.gov.tw"] == .governmentName)
        #expect(flags["phish.example"] == .reservedName)
        #expect(flags["printer.local"] == .reservedName)
        #expect(flags["http://10.0.0.8/admin"] == .address(.privateUse))
        #expect(flags["https://[2001:db8::1]/x"] == .address(.documentation))
        #expect(flags["https://www.moe.edu.tw/login"] == .governmentName)
    }

    @Test func sinceKeepsWhatWasFirstSeenSinceThen() {
        let sightings = [
            Self.sighting("TCN-2026-0001", .ipv4, "45.77.10.1", aware: "2026-02-01T09:00:00+08:00"),
            Self.sighting("TCN-2026-0002", .ipv4, "45.77.10.1", aware: "2026-03-01T09:00:00+08:00"),
            Self.sighting("TCN-2026-0002", .ipv4, "45.77.10.2", aware: "2026-03-01T09:00:00+08:00"),
        ]
        #expect(Blocklist(sightings, since: instant("2026-02-15T00:00:00+08:00")).entries.map(\.value) == ["45.77.10.2"],
                "an entry first seen before --since is not new, though seen again since")
    }

    @Test func theStixFormIsOneIndicatorPerEntryToBlock() throws {
        let list = Blocklist([
            Self.sighting("TCN-2026-0001", .ipv4, "45.77.10.1"), Self.sighting("TCN-2026-0001", .ipv6, "2400:cb00::1"),
            Self.sighting("TCN-2026-0001", .url, "http://evil.test-cdn.net/a'b"), Self.sighting("TCN-2026-0001", .ipv4, "10.0.0.1"),
        ])
        let bundle = StixExport(region: .taichung, deskStartedAt: deskNow, now: deskNow, tlp: nil).blocklistBundle(list)
        let objects = try #require(bundle["objects"]?.arrayValue)
        let patterns = objects.compactMap { $0["pattern"]?.stringValue }
        #expect(patterns == ["[ipv6-addr:value = '2400:cb00::1']", "[ipv4-addr:value = '45.77.10.1']", "[url:value = 'http://evil.test-cdn.net/a\\'b']"])
        #expect(objects.first?["type"] == "identity")
        let again = StixExport(region: .taichung, deskStartedAt: deskNow, now: deskNow.adding(seconds: 300), tlp: nil).blocklistBundle(list)
        #expect(again["objects"] == bundle["objects"], "the same list gives the same indicators, whenever it is made")
    }

    // MARK: Closing as a false positive

    @Test func closingAsAFalsePositiveWaivesTheClocksAndSaysSo() throws {
        let (desk, id) = try PlaybookEngineTests.desk(level: .three)
        let running = desk.state.incidents[id]!.obligations.filter(\.isPending).count
        #expect(running > 0)
        #expect(desk.refusal(.closeAsFalsePositive(incident: id, reason: "  "))?.reason.en.contains("empty") == true)
        try desk.run(.closeAsFalsePositive(incident: id, reason: "SOC 確認為弱點掃描誤判"))
        let closed = try #require(desk.state.incidents[id])
        #expect(closed.phase == .closed && closed.falsePositive)
        #expect(closed.obligations.allSatisfy { !$0.isPending })
        guard case .phaseChanged(_, .closed, let override?) = desk.journal.last?.event else {
            Issue.record("no closing recorded"); return
        }
        #expect(override.falsePositive && override.reason == "SOC 確認為弱點掃描誤判")
        #expect(desk.journal.last?.event.body["override"]?["false_positive"] == .bool(true))
        #expect(desk.refusal(.closeAsFalsePositive(incident: id, reason: "again"))?.reason.en.contains("already") == true)
        // Reopened, it is an incident again; the fold through the journal's text agrees.
        try desk.run(.changePhase(incident: id, phase: .detectionAnalysis))
        #expect(desk.state.incidents[id]?.falsePositive == false)
        let rebuilt = try fold(desk.journal.map { entry in
            let body = try! JSONValue.parse(CanonicalJSON.string(entry.event.body))
            return RecordedEvent(seq: entry.seq, at: entry.at, actor: entry.actor,
                                 event: try! DeskEvent(kind: entry.event.kind, incident: entry.event.incidentID, body: body))
        })
        #expect(rebuilt == desk.state)
    }

    @Test func anOrdinaryClosingKeepsItsBodyAsBefore() {
        // Journals written before false positives existed hash the same bytes.
        #expect(CanonicalJSON.string(PhaseOverride(reason: "r", openSteps: ["a"]).json) == #"{"open_steps":["a"],"reason":"r"}"#)
    }
}
