import Testing
@testable import CertDeskCore

/// One SOC ticket / agency report → one incident draft (README, "Tickets and agency reports").
@Suite("Ticket decoding")
struct TicketDecodingTests {
    // MARK: The real sample file

    @Test func sampleTicketsFileGivesThreeDrafts() throws {
        let path = samplesPath("tickets/soc-tickets.jsonl")
        let bytes = try #require(readFile(path), "cannot read \(path)")
        let batch = try #require(ingest(bytes, label: "soc-tickets.jsonl").value)
        #expect(batch.remarks.isEmpty)
        try #require(batch.drafts.count == 3)

        let source = { (id: String) in IncidentSource(kind: .socTicket, id: id, file: "soc-tickets.jsonl") }
        let expected = [
            IncidentDraft(
                source: source("SOC-TC-20260302-0007"), title: "臺中市某區公所主機疑似勒索軟體加密", category: .ransomware,
                level: .three, agency: "臺中市北屯區公所",
                occurredAt: epochSeconds(1_772_412_000),        // 2026-03-02T00:40:00Z = 08:40 +08:00
                awareAt: epochSeconds(1_772_413_500),           // 01:05Z
                reportedAt: epochSeconds(1_772_413_920),        // 01:12Z
                description: "一線 SOC 偵測到 SMB 大量檔案改名為 .lockbit，兩台承辦人電腦無法開啟公文附件。",
                exercise: false, tlp: nil,
                indicators: [Indicator(kind: .ipv4, value: "203.0.113.77"),
                             Indicator(kind: .sha256, value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]),
            IncidentDraft(
                source: source("SOC-TC-20260302-0011"), title: "彰化縣衛生局網站首頁遭置換", category: .defacement,
                level: .two, agency: "彰化縣衛生局",
                occurredAt: epochSeconds(1_772_416_920),        // 02:02Z
                awareAt: epochSeconds(1_772_417_700),           // 02:15Z
                reportedAt: epochSeconds(1_772_418_000),        // 02:20Z
                description: "民眾來電反映首頁出現不明圖片與文字，WAF 記錄顯示可疑上傳請求。",
                exercise: false, tlp: nil,
                indicators: [Indicator(kind: .url, value: "http://198.51.100.23/shell.php"),
                             Indicator(kind: .ipv4, value: "198.51.100.23")]),
            IncidentDraft(
                source: source("SOC-TC-20260302-0015"), title: "Nantou county tax office workstation beaconing to known C2",
                category: .c2Beacon, level: nil, agency: "南投縣政府稅務局",
                occurredAt: epochSeconds(1_772_429_400),        // 05:30Z
                awareAt: epochSeconds(1_772_430_060),           // 05:41Z
                reportedAt: epochSeconds(1_772_430_600),        // 05:50Z
                description: "DDI alert: periodic HTTPS beacon every 300 s to a domain on the ISAC malicious C2 list.",
                exercise: false, tlp: nil,
                indicators: [Indicator(kind: .domain, value: "update-check.example.net")]),
        ]
        for (got, want) in zip(batch.drafts, expected) {
            #expect(got == want)
        }
        #expect(ISO8601.utcString(batch.drafts[0].awareAt) == "2026-03-02T01:05:00Z")
    }

    // MARK: Fields

    @Test func aFullTicketMapsEveryField() throws {
        let value = editing(validTicket, [
            "source": "agency-report", "tlp": "amber+strict", "exercise": true, "unknown_key": ["ignored": 1],
        ])
        let draft = try #require(decodeTicket(value).value)
        #expect(draft.source == IncidentSource(kind: .agencyReport, id: "SOC-TC-TEST-0001", file: "test.json"))
        #expect(draft.title == "測試事件單")
        #expect(draft.category == .ransomware)
        #expect(draft.level == .three)
        #expect(draft.agency == "臺中市北屯區公所")
        #expect(draft.occurredAt == instant("2026-03-02T00:40:00Z"))
        #expect(draft.awareAt == instant("2026-03-02T01:05:00Z"))
        #expect(draft.reportedAt == instant("2026-03-02T01:12:00Z"))
        #expect(draft.description == "描述")
        #expect(draft.exercise)
        #expect(draft.tlp == .amberStrict)
        #expect(draft.indicators == [Indicator(kind: .ipv4, value: "203.0.113.77")])
    }

    @Test func optionalFieldsHaveDefaults() throws {
        let minimal: JSONValue = [
            "id": "T-1", "title": "t", "category": "other", "agency": "a", "aware_at": "2026-03-02T09:05:00+08:00",
        ]
        let draft = try #require(decodeTicket(minimal).value)
        #expect(draft.source.kind == .socTicket)
        #expect(draft.level == nil)
        #expect(draft.occurredAt == nil)
        #expect(draft.reportedAt == deskNow)           // "defaults to now"
        #expect(draft.description == "")
        #expect(draft.exercise == false)
        #expect(draft.tlp == nil)
        #expect(draft.indicators.isEmpty)
        // null is the same as absent.
        let nulls = editing(minimal, ["level": .null, "occurred_at": .null, "tlp": .null, "indicators": .null, "description": .null])
        #expect(decodeTicket(nulls).value == draft)
    }

    @Test(arguments: IncidentCategory.allCases)
    func everyCategoryIsAccepted(category: IncidentCategory) throws {
        let draft = try #require(decodeTicket(editing(validTicket, ["category": .string(category.rawValue)])).value)
        #expect(draft.category == category)
    }

    @Test(arguments: [1, 2, 3, 4])
    func everyLevelIsAccepted(level: Int) throws {
        let draft = try #require(decodeTicket(editing(validTicket, ["level": .int(Int64(level))])).value)
        #expect(draft.level?.rawValue == level)
    }

    @Test(arguments: TrafficLightProtocol.allCases)
    func everyTLPIsAccepted(tlp: TrafficLightProtocol) throws {
        let draft = try #require(decodeTicket(editing(validTicket, ["tlp": .string(tlp.rawValue)])).value)
        #expect(draft.tlp == tlp)
    }

    // MARK: Refusals

    struct Refused: Sendable, CustomTestStringConvertible {
        let name: String
        let changes: [String: JSONValue?]
        let path: String
        let reason: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        .init(name: "title as a number", changes: ["title": 42], path: "title", reason: "expected a string, found a number"),
        .init(name: "title missing", changes: ["title": nil], path: "title", reason: "is required"),
        .init(name: "title blank", changes: ["title": " \t\u{3000}"], path: "title", reason: "is empty"),
        .init(name: "agency missing", changes: ["agency": nil], path: "agency", reason: "is required"),
        .init(name: "agency as an array", changes: ["agency": ["a"]], path: "agency", reason: "expected a string, found an array"),
        .init(name: "exercise as \"yes\"", changes: ["exercise": "yes"], path: "exercise", reason: "expected true or false, found a string"),
        .init(name: "exercise as 1", changes: ["exercise": 1], path: "exercise", reason: "expected true or false, found a number"),
        .init(name: "indicators as an object", changes: ["indicators": ["type": "ipv4"]], path: "indicators",
              reason: "expected an array, found an object"),
        .init(name: "indicator as a string", changes: ["indicators": ["1.2.3.4"]], path: "indicators[0]",
              reason: "expected an object, found a string"),
        .init(name: "level 0", changes: ["level": 0], path: "level",
              reason: "level 0 is out of range; use 1–4, or leave it out while unclassified"),
        .init(name: "level 5", changes: ["level": 5], path: "level", reason: "level 5 is out of range"),
        .init(name: "level -1", changes: ["level": -1], path: "level", reason: "level -1 is out of range"),
        .init(name: "level \"3\"", changes: ["level": "3"], path: "level", reason: "expected a whole number, found a string"),
        .init(name: "level 3.5", changes: ["level": .double(3.5)], path: "level", reason: "expected a whole number, found a number"),
        .init(name: "level 3.0", changes: ["level": .double(3.0)], path: "level", reason: "expected a whole number"),
        .init(name: "unknown category", changes: ["category": "worm"], path: "category",
              reason: "\"worm\" is not one of: ransomware, ddos, defacement, data-leak, unauthorized-access, malware-outbreak, c2-beacon, phishing, spam, other"),
        .init(name: "category missing", changes: ["category": nil], path: "category", reason: "is required"),
        .init(name: "category in capitals", changes: ["category": "Ransomware"], path: "category", reason: "is not one of"),
        .init(name: "aware_at missing", changes: ["aware_at": nil], path: "aware_at",
              reason: "is required: the 1-hour notification clock starts at awareness (知悉)"),
        .init(name: "aware_at null", changes: ["aware_at": .null], path: "aware_at", reason: "is required"),
        .init(name: "aware_at without offset", changes: ["aware_at": "2026-03-02T09:05:00"], path: "aware_at",
              reason: "\"2026-03-02T09:05:00\" has no UTC offset"),
        .init(name: "aware_at on Feb 30", changes: ["aware_at": "2026-02-30T09:05:00+08:00"], path: "aware_at",
              reason: "has no day 30 in 2026-02"),
        .init(name: "aware_at garbage", changes: ["aware_at": "yesterday"], path: "aware_at",
              reason: "\"yesterday\" is not an ISO 8601 time"),
        .init(name: "aware_at as a number", changes: ["aware_at": 1_772_413_500], path: "aware_at",
              reason: "expected a string, found a number"),
        .init(name: "occurred_at without offset", changes: ["occurred_at": "2026-03-02 08:40"], path: "occurred_at",
              reason: "has no UTC offset"),
        .init(name: "reported_at date only", changes: ["reported_at": "2026-03-02"], path: "reported_at",
              reason: "has a date but no time of day"),
        .init(name: "occurred after aware", changes: ["occurred_at": "2026-03-02T09:06:00+08:00"], path: "aware_at",
              reason: "awareness cannot come before the incident occurred (occurred_at)"),
        .init(name: "occurred after reported", changes: ["reported_at": "2026-03-02T09:00:00+08:00",
                                                         "occurred_at": "2026-03-02T09:01:00+08:00"],
              path: "reported_at", reason: "the report cannot come before the incident occurred (occurred_at)"),
        .init(name: "aware_at in the future", changes: ["aware_at": "2026-03-02T14:05:01+08:00", "reported_at": nil],
              path: "aware_at", reason: "2026-03-02 14:05:01 +08:00 is in the future (desk time 2026-03-02 14:00:00 +08:00)"),
        .init(name: "reported_at in the future", changes: ["reported_at": "2026-03-03T09:00:00+08:00"],
              path: "reported_at", reason: "is in the future"),
        .init(name: "occurred_at in the future", changes: ["occurred_at": "2027-01-01T00:00:00Z"],
              path: "occurred_at", reason: "is in the future"),
        .init(name: "id missing", changes: ["id": nil], path: "id", reason: "is required"),
        .init(name: "id blank", changes: ["id": "  "], path: "id", reason: "is empty"),
        .init(name: "id as a number", changes: ["id": 7], path: "id", reason: "expected a string, found a number"),
        .init(name: "id with ESC", changes: ["id": "SOC-\u{1B}[2J"], path: "id", reason: "a ticket id cannot hold U+001B"),
        .init(name: "id with NUL", changes: ["id": "SOC-\u{0}"], path: "id", reason: "cannot hold U+0000"),
        .init(name: "id with newline", changes: ["id": "SOC-1\nSOC-2"], path: "id", reason: "cannot hold U+000A"),
        .init(name: "id with DEL", changes: ["id": "SOC-\u{7F}"], path: "id", reason: "cannot hold U+007F"),
        .init(name: "id with C1 CSI", changes: ["id": "SOC-\u{9B}2J"], path: "id", reason: "cannot hold U+009B"),
        .init(name: "id with a bidi override", changes: ["id": "SOC-\u{202E}1000"], path: "id", reason: "cannot hold U+202E"),
        .init(name: "id with a zero-width space", changes: ["id": "SOC-\u{200B}1"], path: "id", reason: "cannot hold U+200B"),
        .init(name: "id too long", changes: ["id": .string(String(repeating: "單", count: 129))], path: "id",
              reason: "is 129 characters long; the limit is 128"),
        .init(name: "source stix", changes: ["source": "stix"], path: "source", reason: "a ticket's source is soc-ticket or agency-report"),
        .init(name: "source manual", changes: ["source": "manual"], path: "source", reason: "soc-ticket or agency-report"),
        .init(name: "source unknown", changes: ["source": "email"], path: "source", reason: "\"email\" is not one of"),
        .init(name: "tlp unknown", changes: ["tlp": "orange"], path: "tlp", reason: "\"orange\" is not one of: clear, white, green, amber, amber+strict, red"),
        .init(name: "description as an object", changes: ["description": [:]], path: "description",
              reason: "expected a string, found an object"),
        .init(name: "unknown indicator type", changes: ["indicators": [["type": "cidr", "value": "10.0.0.0/8"]]],
              path: "indicators[0].type", reason: "one of: ipv4, ipv6, domain, url, sha256, md5, email"),
        .init(name: "stix-pattern in a ticket", changes: ["indicators": [["type": "stix-pattern", "value": "[x:y = 'z']"]]],
              path: "indicators[0].type", reason: "is not one of: ipv4, ipv6, domain, url, sha256, md5, email"),
        .init(name: "indicator type missing", changes: ["indicators": [["value": "1.2.3.4"]]],
              path: "indicators[0].type", reason: "is required"),
        .init(name: "invalid indicator value", changes: ["indicators": [["type": "ipv4", "value": "1.2.3.4"], ["type": "ipv4", "value": "01.2.3.4"]]],
              path: "indicators[1].value", reason: "\"01.2.3.4\" is not a valid ipv4 value"),
        .init(name: "invalid hash", changes: ["indicators": [["type": "sha256", "value": "abc"]]],
              path: "indicators[0].value", reason: "\"abc\" is not a valid sha256 value"),
        .init(name: "indicator value missing", changes: ["indicators": [["type": "domain"]]],
              path: "indicators[0].value", reason: "is required"),
        .init(name: "indicator value as a number", changes: ["indicators": [["type": "ipv4", "value": 1]]],
              path: "indicators[0].value", reason: "expected a string, found a number"),
    ]

    @Test("refusals name the field and the reason", arguments: refused)
    func refusal(_ row: Refused) throws {
        let error = try #require(decodeTicket(editing(validTicket, row.changes)).failure)
        #expect(error.path.description == row.path)
        #expect(error.reason.en.contains(row.reason), "reason was: \(error.reason.en)")
        #expect(!error.reason.zh.isEmpty && error.reason.zh != error.reason.en)
    }

    /// `stix-pattern` is refused in a ticket, so no message may offer it as a choice.
    @Test(arguments: ["cidr", "stix-pattern", "IPv4"])
    func indicatorTypeMessagesOfferOnlyTicketKinds(type: String) throws {
        let value = editing(validTicket, ["indicators": [["type": .string(type), "value": "10.0.0.1"]]])
        let error = try #require(decodeTicket(value).failure)
        #expect(error.path.description == "indicators[0].type")
        #expect(error.reason.en.contains("ipv4, ipv6, domain, url, sha256, md5, email"))
        #expect(error.reason.en.hasSuffix("is not one of: ipv4, ipv6, domain, url, sha256, md5, email"),
                "reason was: \(error.reason.en)")
    }

    @Test func notAnObject() throws {
        let error = try #require(decodeTicket(["id", "title"]).failure)
        #expect(error.path.description == "(top level)")
        #expect(error.reason.en == "expected an object, found an array")
    }

    @Test func aTimeExactlyAtTheClockSkewAllowanceIsAccepted() throws {
        #expect(TicketDecoder.clockSkewAllowance == 300_000)
        let edge = deskNow.adding(milliseconds: TicketDecoder.clockSkewAllowance)
        let atEdge = editing(validTicket, ["aware_at": .string(ISO8601.utcString(edge)), "reported_at": nil])
        let draft = try #require(decodeTicket(atEdge).value)
        #expect(draft.awareAt == edge)
        let pastEdge = editing(atEdge, ["aware_at": .string(ISO8601.utcString(edge.adding(milliseconds: 1)))])
        #expect(decodeTicket(pastEdge).failure?.path.description == "aware_at")
    }

    @Test func equalTimesAreAllowed() throws {
        let t = "2026-03-02T09:05:00+08:00"
        let draft = try #require(decodeTicket(editing(validTicket, ["occurred_at": .string(t), "aware_at": .string(t),
                                                                    "reported_at": .string(t)])).value)
        #expect(draft.occurredAt == draft.awareAt && draft.awareAt == draft.reportedAt)
    }

    // MARK: Limits (FieldLimits, README)

    struct Limit: Sendable, CustomTestStringConvertible {
        let field: String
        let limit: Int
        /// Builds a valid value of exactly `length` characters.
        let make: @Sendable (Int) -> JSONValue
        /// Where the error is reported.
        let path: String
        var testDescription: String { field }
    }

    static let limits: [Limit] = [
        .init(field: "title", limit: FieldLimits.title, make: { .string(String(repeating: "臺", count: $0)) }, path: "title"),
        .init(field: "agency", limit: FieldLimits.agency, make: { .string(String(repeating: "機", count: $0)) }, path: "agency"),
        .init(field: "description", limit: FieldLimits.description,
              make: { .string(String(repeating: "d", count: $0)) }, path: "description"),
        .init(field: "id", limit: FieldLimits.sourceID, make: { .string("S" + String(repeating: "0", count: $0 - 1)) }, path: "id"),
        .init(field: "indicators", limit: FieldLimits.indicatorValue,
              make: { .array([["type": "url", "value": .string("http://e.example/" + String(repeating: "a", count: $0 - 17))]]) },
              path: "indicators[0].value"),
    ]

    @Test("a field exactly at its limit is accepted, one more is refused", arguments: limits)
    func fieldLimit(_ row: Limit) throws {
        let atLimit = editing(validTicket, [row.field: row.make(row.limit)])
        #expect(decodeTicket(atLimit).value != nil)
        let over = editing(validTicket, [row.field: row.make(row.limit + 1)])
        let error = try #require(decodeTicket(over).failure)
        #expect(error.path.description == row.path)
        #expect(error.reason.en == "is \(row.limit + 1) characters long; the limit is \(row.limit)")
        #expect(error.reason.zh == "長度 \(row.limit + 1) 字元，超過上限 \(row.limit)")
    }

    @Test func limitsAreTheDocumentedOnes() {
        #expect(FieldLimits.sourceID == 128)
        #expect(FieldLimits.title == 500)
        #expect(FieldLimits.agency == 200)
        #expect(FieldLimits.description == 20_000)
        #expect(FieldLimits.indicatorValue == 2_048)
        #expect(FieldLimits.indicatorsPerIncident == 1_000)
    }

    @Test func limitsCountCharactersNotBytes() throws {
        // 500 characters of three UTF-8 bytes each is 1 500 bytes, and still within the limit.
        let title = String(repeating: "臺", count: 500)
        #expect(title.utf8.count == 1_500)
        #expect(try #require(decodeTicket(editing(validTicket, ["title": .string(title)])).value).title == title)
        // A base letter with a combining accent is one character.
        let accented = String(repeating: "e\u{301}", count: 500)
        #expect(decodeTicket(editing(validTicket, ["title": .string(accented)])).value != nil)
    }

    @Test func indicatorCountLimit() throws {
        let one: JSONValue = ["type": "ipv4", "value": "192.0.2.1"]
        let atLimit = editing(validTicket, ["indicators": .array(Array(repeating: one, count: 1_000))])
        #expect(try #require(decodeTicket(atLimit).value).indicators.count == 1_000)
        let over = editing(validTicket, ["indicators": .array(Array(repeating: one, count: 1_001))])
        let error = try #require(decodeTicket(over).failure)
        #expect(error.path.description == "indicators")
        #expect(error.reason.en == "has 1001 entries; the limit is 1000")
    }

    // MARK: Text is evidence: kept exactly

    @Test func controlCharactersAndEscapeSequencesInTextAreKeptExactly() throws {
        let title = "\u{1B}[2J\u{1B}]0;pwned\u{7}警告 \u{202E}gpj.exe"
        let description = "line 1\r\nline 2\u{0}\u{85}\u{9B}31m\u{7F}\t\u{200B}\u{FEFF}"
        let agency = "臺中市\u{202D}北屯區公所"
        let draft = try #require(decodeTicket(editing(validTicket, ["title": .string(title), "description": .string(description),
                                                                    "agency": .string(agency)])).value)
        #expect(draft.title == title)
        #expect(draft.description == description)
        #expect(draft.agency == agency)
        #expect(draft.title.unicodeScalars.map(\.value) == title.unicodeScalars.map(\.value))
        #expect(draft.description.utf8.elementsEqual(description.utf8))
    }

    @Test func escapedControlCharactersInAFileAreKeptExactly() throws {
        let text = #"{"id":"T-ESC","title":"\u001b[2J\u202e","category":"other","agency":"a","aware_at":"2026-03-02T09:05:00+08:00","description":"a\u0000b\u0007"}"#
        let batch = try #require(ingest(text).value)
        #expect(batch.drafts.first?.title == "\u{1B}[2J\u{202E}")
        #expect(batch.drafts.first?.description == "a\u{0}b\u{7}")
    }

    @Test func indicatorValuesAreKeptAsReceived() throws {
        let draft = try #require(decodeTicket(editing(validTicket, ["indicators": [
            ["type": "domain", "value": "EXAMPLE.com."],
            ["type": "sha256", "value": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"],
            ["type": "email", "value": "承辦人@機關.台灣"],
        ]])).value)
        #expect(draft.indicators.map(\.value) == ["EXAMPLE.com.", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                                                 "承辦人@機關.台灣"])
        #expect(draft.indicators.map(\.kind) == [.domain, .sha256, .email])
    }

    @Test func errorsUseThePathTheyAreGiven() throws {
        let error = try #require(decodeTicket(editing(validTicket, ["level": 9]), at: JSONPath([.index(4)])).failure)
        #expect(error.path.description == "[4].level")
    }
}
