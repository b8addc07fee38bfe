import Testing
@testable import CertDeskCore

/// Journal bodies: every event is written as (kind, incident, body) and read back unchanged.
@Suite("Event coding")
struct EventCodingTests {
    static let fullOpening = IncidentOpening(id: "TCN-2026-0042", agencyID: "AG-020", facts: IncidentDraft(
        source: IncidentSource(kind: .socTicket, id: "SOC-TC-20260302-0007", file: "soc-tickets.jsonl"),
        title: "主機疑似勒索軟體加密\u{1B}[2J", category: .ransomware, level: .four, agency: "臺中市北屯區公所",
        occurredAt: Instant(millisecondsSinceEpoch: 1_772_412_000_123),
        awareAt: Instant(millisecondsSinceEpoch: 1_772_413_500_000), reportedAt: Instant(millisecondsSinceEpoch: 1_772_413_920_999),
        description: "SMB 大量改名 .lockbit\n\u{202E}\u{0}", exercise: true, tlp: .amberStrict,
        indicators: [Indicator(kind: .ipv4, value: "203.0.113.77"), Indicator(kind: .stixPattern, value: "[file:name = 'x']"),
                     Indicator(kind: .url, value: "http://198.51.100.23/shell.php")]))

    static let minimalOpening = IncidentOpening(id: "KHH-2027-10000", facts: IncidentDraft(
        source: IncidentSource(kind: .manual, id: "desk-1"), title: "", category: .other, level: nil,
        agency: "", occurredAt: nil, awareAt: Instant(millisecondsSinceEpoch: -1), reportedAt: Instant(millisecondsSinceEpoch: 0),
        description: "", exercise: false, tlp: nil, indicators: []))

    static let fullAgency = Agency(
        id: "AG-999", name: "測試機關", nameEn: "Test Agency", region: .tainan, county: "嘉義市", type: "township-office", grade: .cPlus,
        contacts: [Agency.Contact(name: "王小明（虛構）", role: "資訊室主任", phone: "05-0000-0000", fax: "05-0000-0001", sms: "0900-000-000",
                                  email: "it@agency.example", channels: [.fax, .email, .phone]),
                   Agency.Contact(name: "陳大華（虛構）")])

    static let events: [DeskEvent] = Region.allCases.map { DeskEvent.deskOpened(region: $0) }
        + DemoDesk.agencies.prefix(3).map { DeskEvent.agencyRegistered($0) }
        + [
            .agencyRegistered(fullAgency),
            .agencyRegistered(Agency(id: "AG-0", name: "n", region: .taipei, county: "臺北市", type: "t", grade: .d, contacts: [])),
            .incidentOpened(fullOpening),
            .incidentOpened(minimalOpening),
            .levelSet(incident: "TCN-2026-0042", change: LevelChange(level: .three, reason: "檔案伺服器加密，未於時限內回復", basis: nil)),
            .levelSet(incident: "TCN-2026-0042", change: LevelChange(
                level: .four, reason: "reason \"quoted\" \u{7}",
                basis: LevelBasis(confidentiality: .serious, integrity: .minor, availability: .notRestoredInTime, asset: .coreCI))),
            .levelSet(incident: "TCN-2026-0042", change: LevelChange(level: .one, reason: "", basis: LevelBasis(asset: .nonCore))),
        ]
        + IncidentPhase.allCases.map { DeskEvent.phaseChanged(incident: "TCN-2026-0042", phase: $0) }
        + [
            .noteAdded(incident: "TCN-2026-0042", text: "09:20 致電機關聯絡人\n\u{1B}[2J\u{9B}\u{202E}"),
            .noteAdded(incident: "TCN-2026-0042", text: ""),
            .notificationRecorded(NotificationRecord(
                incident: "TCN-2026-0042", number: 1, template: .agencyContact, channel: .phone, recipient: "林雅婷（虛構）",
                subject: "【TCN CERT】資安事件通知", message: "電話告知：拔除網路線但保持開機", sentAt: Instant(millisecondsSinceEpoch: 1_772_416_800_000),
                outcome: .confirmed)),
            .notificationRecorded(NotificationRecord(
                incident: "TCN-2026-0042", number: 2, template: nil, channel: .other, recipient: "N-CERT 值班（傳真不通改以 LINE 群組）",
                subject: "", message: "", sentAt: Instant(millisecondsSinceEpoch: 1_772_417_000_000), outcome: .failed,
                failure: "傳真機忙線", fallbackReason: "通報應變網站維護中")),
            .assigned(incident: "TCN-2026-0042", assignee: "林志明"),
            .assigned(incident: "TCN-2026-0042", assignee: nil),
        ]

    @Test("kind, incident and body read back to the same event", arguments: events)
    func roundTrip(_ event: DeskEvent) throws {
        let decoded = try DeskEvent(kind: event.kind, incident: event.incidentID, body: event.body)
        #expect(decoded == event)
    }

    @Test("the body survives canonical text unchanged", arguments: events)
    func bodyThroughCanonicalText(_ event: DeskEvent) throws {
        let text = CanonicalJSON.string(event.body)
        let reparsed = try JSONValue.parse(text)
        #expect(reparsed == event.body)
        #expect(CanonicalJSON.string(reparsed) == text)
        #expect(try DeskEvent(kind: event.kind, incident: event.incidentID, body: reparsed) == event)
    }

    @Test func everyCaseIsCovered() {
        let kinds = Set(Self.events.map(\.kind))
        #expect(kinds == ["desk-opened", "agency-registered", "incident-opened", "level-set", "phase-changed", "note-added", "assigned",
                          "notification-recorded"])
    }

    @Test func kindsAndIncidentColumns() {
        #expect(DeskEvent.deskOpened(region: .taichung).kind == "desk-opened")
        #expect(DeskEvent.deskOpened(region: .taichung).incidentID == nil)
        #expect(DeskEvent.agencyRegistered(Self.fullAgency).incidentID == nil)
        #expect(DeskEvent.incidentOpened(Self.fullOpening).incidentID == "TCN-2026-0042")
        #expect(DeskEvent.noteAdded(incident: "X-1", text: "t").incidentID == "X-1")
        #expect(DeskEvent.assigned(incident: "X-2", assignee: nil).incidentID == "X-2")
    }

    // MARK: The journal's format (these shapes must not change in place)

    @Test func bodyShapes() {
        #expect(CanonicalJSON.string(DeskEvent.deskOpened(region: .taichung).body) == #"{"region":"TCN"}"#)
        #expect(CanonicalJSON.string(DeskEvent.phaseChanged(incident: "X", phase: .detectionAnalysis).body)
            == #"{"phase":"detection-analysis"}"#)
        #expect(CanonicalJSON.string(DeskEvent.assigned(incident: "X", assignee: nil).body) == #"{"assignee":null}"#)
        #expect(CanonicalJSON.string(DeskEvent.noteAdded(incident: "X", text: "a\u{1B}b").body) == #"{"text":"a\u001bb"}"#)
        let level = DeskEvent.levelSet(incident: "X", change: LevelChange(
            level: .three, reason: "r", basis: LevelBasis(availability: .notRestoredInTime, asset: .core)))
        #expect(CanonicalJSON.string(level.body)
            == #"{"basis":{"asset":"core","availability":"not-restored-in-time","confidentiality":"none","integrity":"none"},"level":3,"reason":"r"}"#)
        #expect(CanonicalJSON.string(DeskEvent.incidentOpened(Self.minimalOpening).body)
            == #"{"agency":"","aware_at":"1969-12-31T23:59:59.999Z","category":"other","description":"","exercise":false,"indicators":[],"reported_at":"1970-01-01T00:00:00.000Z","source":{"id":"desk-1","kind":"manual"},"title":""}"#)
    }

    @Test func fullOpeningBodyHasEveryKey() throws {
        let body = try #require(DeskEvent.incidentOpened(Self.fullOpening).body.objectValue)
        #expect(Set(body.keys) == ["source", "title", "category", "level", "agency", "agency_id", "occurred_at", "aware_at",
                                   "reported_at", "description", "exercise", "tlp", "indicators"])
        #expect(body["occurred_at"] == "2026-03-02T00:40:00.123Z")
        #expect(body["reported_at"] == "2026-03-02T01:12:00.999Z")
        #expect(body["level"] == 4)
        #expect(body["tlp"] == "amber+strict")
        #expect(body["source"] == ["kind": "soc-ticket", "id": "SOC-TC-20260302-0007", "file": "soc-tickets.jsonl"])
        #expect(body["indicators"]?.arrayValue?.first == ["type": "ipv4", "value": "203.0.113.77"])
    }

    // MARK: Refusals

    @Test func unknownKindIsRefused() {
        let error = #expect(throws: DeskEvent.DecodingError.self) {
            try DeskEvent(kind: "incident-deleted", incident: "TCN-2026-0001", body: [:])
        }
        #expect(error?.reason.en == "unknown event kind \"incident-deleted\"")
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        let name: String
        let kind: String
        let incident: String?
        let body: JSONValue
        let reason: String
        var testDescription: String { name }
    }

    static let openingBody = DeskEvent.incidentOpened(fullOpening).body

    static let malformed: [Malformed] = [
        .init(name: "body not an object", kind: "desk-opened", incident: nil, body: ["TCN"],
              reason: "desk-opened body: (top level): expected an object, found an array"),
        .init(name: "unknown region", kind: "desk-opened", incident: nil, body: ["region": "XXX"],
              reason: "desk-opened body: region: \"XXX\" is not one of: TPE, NTP, TYC, TCN, TNN, KHH"),
        .init(name: "level 5", kind: "level-set", incident: "T-1", body: ["level": 5, "reason": "r"],
              reason: "level-set body: level: level 5 is not 1–4"),
        .init(name: "level missing", kind: "level-set", incident: "T-1", body: ["reason": "r"],
              reason: "level-set body: level: is required"),
        .init(name: "level as text", kind: "level-set", incident: "T-1", body: ["level": "3", "reason": "r"],
              reason: "level-set body: level: expected a whole number, found a string"),
        .init(name: "reason missing", kind: "level-set", incident: "T-1", body: ["level": 3],
              reason: "level-set body: reason: is required"),
        .init(name: "basis without asset", kind: "level-set", incident: "T-1",
              body: ["level": 3, "reason": "r", "basis": ["confidentiality": "minor"]],
              reason: "level-set body: basis.asset: is required"),
        .init(name: "basis with an unknown severity", kind: "level-set", incident: "T-1",
              body: ["level": 3, "reason": "r", "basis": ["confidentiality": "huge", "asset": "core"]],
              reason: "level-set body: basis.confidentiality: \"huge\" is not one of: none, minor, serious"),
        .init(name: "level-set without incident", kind: "level-set", incident: nil, body: ["level": 3, "reason": "r"],
              reason: "level-set has no incident"),
        .init(name: "unknown phase", kind: "phase-changed", incident: "T-1", body: ["phase": "done"],
              reason: "phase-changed body: phase: \"done\" is not one of"),
        .init(name: "note as a number", kind: "note-added", incident: "T-1", body: ["text": 5],
              reason: "note-added body: text: expected a string, found a number"),
        .init(name: "note missing", kind: "note-added", incident: "T-1", body: [:], reason: "note-added body: text: is required"),
        .init(name: "assignee as a number", kind: "assigned", incident: "T-1", body: ["assignee": 5],
              reason: "assigned body: assignee: expected a string, found a number"),
        .init(name: "agency without name", kind: "agency-registered", incident: nil,
              body: ["id": "AG-1", "region": "TCN", "county": "臺中市", "type": "t", "grade": "A"],
              reason: "agency-registered body: name: is required"),
        .init(name: "agency contact without name", kind: "agency-registered", incident: nil,
              body: ["id": "AG-1", "name": "n", "region": "TCN", "county": "臺中市", "type": "t", "grade": "A", "contacts": [["phone": "1"]]],
              reason: "agency-registered body: contacts[0].name: is required"),
        .init(name: "opening without aware_at", kind: "incident-opened", incident: "TCN-2026-0042",
              body: editing(openingBody, ["aware_at": nil]), reason: "incident-opened body: aware_at: is required"),
        .init(name: "opening with a bad time", kind: "incident-opened", incident: "TCN-2026-0042",
              body: editing(openingBody, ["reported_at": "2026-03-02T01:12:00"]), reason: "incident-opened body: reported_at: "),
        .init(name: "opening with level 0", kind: "incident-opened", incident: "TCN-2026-0042",
              body: editing(openingBody, ["level": 0]), reason: "incident-opened body: level: level 0 is not 1–4"),
        .init(name: "opening without source", kind: "incident-opened", incident: "TCN-2026-0042",
              body: editing(openingBody, ["source": nil]), reason: "incident-opened body: source: is required"),
        .init(name: "opening with a bad indicator", kind: "incident-opened", incident: "TCN-2026-0042",
              body: editing(openingBody, ["indicators": [["type": "bogus", "value": "x"]]]),
              reason: "incident-opened body: indicators[0].type: \"bogus\" is not one of"),
        .init(name: "opening without incident", kind: "incident-opened", incident: nil, body: openingBody,
              reason: "incident-opened has no incident"),
    ]

    @Test("malformed bodies are refused with the field and reason", arguments: malformed)
    func malformedBody(_ row: Malformed) {
        let error = #expect(throws: DeskEvent.DecodingError.self) {
            try DeskEvent(kind: row.kind, incident: row.incident, body: row.body)
        }
        #expect(error?.reason.en.hasPrefix(row.reason) == true, "reason was: \(error?.reason.en ?? "-")")
    }

    /// Whatever the decider turns into an event must be readable from the journal again;
    /// otherwise the desk records a row that `verify` and replay cannot read.
    @Test func everyEventTheDeciderAcceptsReadsBack() throws {
        let desk = DeskHarness()
        let agency = Agency(id: "AG-777", name: "某機關", region: .taichung, county: "", type: "", grade: .c,
                            contacts: [Agency.Contact(name: " ")])
        _ = desk.refusal(.registerAgency(agency))
        var handTyped = draft(source: "SOC-1")
        handTyped.source = IncidentSource(kind: .manual, id: " ")
        _ = desk.refusal(.openIncident(handTyped))
        for recorded in desk.journal {
            let event = recorded.event
            let body = try JSONValue.parse(CanonicalJSON.string(event.body))
            switch decodeEvent(event.kind, event.incidentID, body) {
            case .success(let decoded):
                #expect(decoded == event)
            case .failure(let error):
                Issue.record("seq \(recorded.seq) (\(event.kind)) was recorded but cannot be read back: \(error.reason)")
            }
        }
    }

    @Test func demoDeskEventsReadBack() throws {
        let desk = DeskHarness()
        for agency in DemoDesk.agencies { try desk.run(.registerAgency(agency)) }
        for draft in DemoDesk.incidents(now: deskNow) { try desk.run(.openIncident(draft)) }
        #expect(desk.journal.count == 1 + DemoDesk.agencies.count + DemoDesk.incidents(now: deskNow).count)
        for recorded in desk.journal {
            let body = try JSONValue.parse(CanonicalJSON.string(recorded.event.body))
            #expect(try DeskEvent(kind: recorded.event.kind, incident: recorded.event.incidentID, body: body) == recorded.event)
        }
    }
}
