import Testing
@testable import CertDeskCore

/// Whole input files: the formats a file may take, and where a bad one is reported.
@Suite("Ingest reader")
struct IngestReaderTests {
    static let lines = (1...5).map { line(ticket(id: "T-\($0)")) }

    // MARK: The real STIX sample

    @Test func sampleStixBundleGivesOneDraft() throws {
        let path = samplesPath("stix/defacement-flash-report.json")
        let bytes = try #require(readFile(path), "cannot read \(path)")
        let batch = try #require(ingest(bytes, label: "defacement-flash-report.json").value)
        #expect(batch.remarks.isEmpty, "remarks: \(batch.remarks.map(\.en))")
        let draft = try #require(batch.drafts.first)
        #expect(batch.drafts.count == 1)
        #expect(draft.source == IncidentSource(kind: .stix, id: "incident--c4954e22-7083-49a8-9a2c-51917fa3f099",
                                               file: "defacement-flash-report.json"))
        #expect(draft.title == "Township office web defacement (TW level 2, provisional)")
        #expect(draft.level == .two)                                      // criticality 40
        #expect(draft.tlp == .green)                                      // TLP 1.0 GREEN marking id
        #expect(draft.category == .unauthorizedAccess)                    // incident_types
        #expect(draft.indicators == [Indicator(kind: .ipv4, value: "203.0.113.5")])
        #expect(draft.awareAt == instant("2026-03-02T01:10:00Z"))         // the incident's created
        #expect(draft.reportedAt == instant("2026-03-02T02:00:00Z"))      // the report's published
        #expect(draft.occurredAt == instant("2026-03-01T22:14:07Z"))      // observed-data first_observed
        #expect(draft.agency == "Example Regional CERT")                  // created_by_ref identity
        #expect(draft.description == "")
        #expect(draft.exercise == false)
    }

    // MARK: Formats

    @Test func singleObject() throws {
        let batch = try #require(ingest(Self.lines[0]).value)
        #expect(batch.drafts.map(\.source.id) == ["T-1"])
    }

    @Test func jsonArray() throws {
        let text = "[" + Self.lines.prefix(3).joined(separator: ",") + "]"
        #expect(try #require(ingest(text).value).drafts.map(\.source.id) == ["T-1", "T-2", "T-3"])
        let spaced = "[\n  " + Self.lines.prefix(3).joined(separator: ",\n  ") + "\n]\n"
        #expect(try #require(ingest(spaced).value).drafts.map(\.source.id) == ["T-1", "T-2", "T-3"])
    }

    @Test func jsonLines() throws {
        let text = Self.lines.joined(separator: "\n") + "\n"
        #expect(try #require(ingest(text).value).drafts.map(\.source.id) == ["T-1", "T-2", "T-3", "T-4", "T-5"])
        // No final newline, CRLF endings, blank lines between records.
        #expect(try #require(ingest(Self.lines.joined(separator: "\n")).value).drafts.count == 5)
        #expect(try #require(ingest(Self.lines.joined(separator: "\r\n") + "\r\n").value).drafts.count == 5)
        #expect(try #require(ingest(Self.lines.joined(separator: "\n\n  \n")).value).drafts.count == 5)
    }

    @Test func prettyPrintedObjects() throws {
        let pretty = """
            {
              "id": "T-PRETTY",
              "title": "多行",
              "category": "phishing",
              "agency": "臺中市政府警察局",
              "aware_at": "2026-03-02T09:05:00+08:00",
              "indicators": [
                {"type": "email", "value": "service@nhi-refund.example"}
              ]
            }

            """
        let batch = try #require(ingest(pretty).value)
        #expect(batch.drafts.map(\.source.id) == ["T-PRETTY"])
        #expect(batch.drafts.first?.indicators == [Indicator(kind: .email, value: "service@nhi-refund.example")])
        // Two pretty-printed objects one after the other.
        let two = pretty + pretty.replacing("T-PRETTY", with: "T-PRETTY-2")
        #expect(try #require(ingest(two).value).drafts.map(\.source.id) == ["T-PRETTY", "T-PRETTY-2"])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try #require(ingest(bom + Array(Self.lines.joined(separator: "\n").utf8)).value).drafts.count == 5)
        #expect(try #require(ingest(bom + Array(("[" + Self.lines[0] + "]").utf8)).value).drafts.count == 1)
        #expect(try #require(ingest(bom).value).drafts.isEmpty)
    }

    @Test(arguments: ["", " ", "\n\n", " \t\r\n"])
    func emptyFileGivesNoDrafts(text: String) throws {
        let batch = try #require(ingest(text).value)
        #expect(batch.drafts.isEmpty)
        #expect(batch.remarks.isEmpty)
        #expect(batch.emptiness == (text.isEmpty ? .noBytes : .whitespaceOnly))
    }

    @Test func emptyArrayGivesNoDrafts() throws {
        let batch = try #require(ingest("[]").value)
        #expect(batch.drafts.isEmpty)
        #expect(batch.emptiness == .emptyArray)
    }

    /// Every way a file can hold no incident says which; a file with incidents says nothing.
    @Test func whyAFileHeldNoIncidentIsKnown() throws {
        #expect(try #require(ingest([0xEF, 0xBB, 0xBF]).value).emptiness == .noBytes)
        #expect(try #require(ingest(" [ ]\n").value).emptiness == .emptyArray)
        let onlyIndicators: JSONValue = ["type": "bundle", "id": "bundle--1", "objects": [
            ["type": "identity", "spec_version": "2.1", "id": "identity--1", "created": "2026-03-02T01:00:00Z",
             "modified": "2026-03-02T01:00:00Z", "name": "SOC"],
        ]]
        #expect(try #require(ingest(line(onlyIndicators)).value).emptiness == .noIncidents)
        #expect(try #require(ingest(Self.lines[0]).value).emptiness == nil)
    }

    // MARK: Streamed reading

    /// Standard input is read as it comes: what is not JSON at all is refused at its first
    /// chunk, and a bad line as soon as it has arrived, without waiting for the stream to end.
    @Test func aStreamIsRefusedAsSoonAsItGoesWrong() throws {
        var reader = IngestReader(now: deskNow, fileLabel: "-")
        let zeros = [UInt8](repeating: 0, count: 4_096)
        #expect(throws: FileProblem.self) { try zeros.withUnsafeBufferPointer { buffer throws(FileProblem) in try reader.feed(buffer) } }

        var lines = IngestReader(now: deskNow, fileLabel: "-")
        let good = Array((Self.lines[0...2].joined(separator: "\n") + "\n").utf8)
        try good.withUnsafeBufferPointer { buffer throws(FileProblem) in try lines.feed(buffer) }
        let bad = Array((line(ticket(id: "T-4", ["level": 9])) + "\n" + Self.lines[4]).utf8)
        do {
            try bad.withUnsafeBufferPointer { buffer throws(FileProblem) in try lines.feed(buffer) }
            Issue.record("the fourth line was not refused as it arrived")
        } catch {
            #expect(error.line == 4)
            #expect(error.path == "level")
        }
    }

    /// JSON Lines are let go of as they are read, so a problem's line and column count from the
    /// file's start however far into the stream it comes.
    @Test func linesFarIntoAStreamAreNumberedFromTheFileStart() throws {
        let many = (1...3_000).map { line(ticket(id: "T-\($0)")) }
        let text = many.joined(separator: "\n") + "\n  {\"id\": 7}\n"
        let problem = try #require(ingest(text).failure)
        #expect(problem.line == 3_001)
        #expect(try #require(ingest(many.joined(separator: "\n")).value).drafts.count == 3_000)

        let twoOnALine = many[0...1].joined(separator: "\n") + " " + many[2]
        let crowded = try #require(ingest(twoOnALine).failure)
        #expect(crowded.line == 2)
        #expect(crowded.column == many[1].count + 2)
    }
    @Test func anArrayMayMixTicketsAndBundles() throws {
        let bundle: JSONValue = ["type": "bundle", "id": "bundle--1", "objects": [
            ["type": "incident", "spec_version": "2.1", "id": "incident--1", "created": "2026-03-02T01:00:00Z",
             "modified": "2026-03-02T01:00:00Z", "name": "from STIX"],
        ]]
        let text = "[" + Self.lines[0] + "," + CanonicalJSON.string(bundle) + "]"
        let batch = try #require(ingest(text).value)
        #expect(batch.drafts.map(\.source.id) == ["T-1", "incident--1"])
        #expect(batch.drafts.map(\.source.kind) == [.socTicket, .stix])
    }

    @Test func theFileLabelIsKeptOnEveryDraft() throws {
        let batch = try #require(ingest(Self.lines.joined(separator: "\n"), label: "-").value)
        #expect(batch.drafts.allSatisfy { $0.source.file == "-" })
    }

    // MARK: Malformed files

    struct Bad: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let column: Int?
        let path: String?
        let reason: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        .init(name: "truncated JSON", text: #"{"id":"T-1","title":"t""#, line: 1, column: 24, path: nil,
              reason: "the JSON ends too early (truncated?)"),
        .init(name: "truncated Chinese text", text: "{\"id\":\"T-1\",\"title\":\"臺中市\",", line: 1, column: 27, path: nil,
              reason: "the JSON ends too early"),
        .init(name: "truncated last line", text: lines[0] + "\n" + lines[1] + "\n" + String(lines[2].prefix(21)) + "\n", line: 3,
              column: 22, path: nil, reason: "the JSON ends too early"),
        .init(name: "not JSON at all", text: "hello", line: 1, column: 1, path: nil,
              reason: "not a JSON object, array or JSON Lines file (is this JSON at all?)"),
        .init(name: "a bare number", text: "\n\n  42", line: 3, column: 3, path: nil, reason: "not a JSON object, array or JSON Lines file"),
        .init(name: "a bare string", text: #""T-1""#, line: 1, column: 1, path: nil, reason: "not a JSON object, array or JSON Lines file"),
        .init(name: "two objects on one line", text: lines[0] + " " + lines[1], line: 1, column: lines[0].count + 2, path: nil,
              reason: "another value starts on the same line; JSON Lines needs one object per line"),
        .init(name: "two objects on line 2", text: lines[0] + "\n" + lines[1] + lines[2], line: 2, column: lines[1].count + 1, path: nil,
              reason: "another value starts on the same line"),
        .init(name: "an array after JSON Lines", text: lines[0] + "\n[" + lines[1] + "]", line: 2, column: 1, path: nil,
              reason: "expected a JSON object at the start of this line"),
        .init(name: "text after an array", text: "[" + lines[0] + "]\nx", line: 2, column: 1, path: nil,
              reason: "unexpected text after the end of the JSON"),
        .init(name: "syntax error on line 4 of 5", text: lines[0...2].joined(separator: "\n") + "\n{\"id\": T-4}\n" + lines[4],
              line: 4, column: 8, path: nil, reason: "unexpected 'T'"),
        .init(name: "bad field on line 3 of 5", text: [lines[0], lines[1], line(ticket(id: "T-3", ["level": 9])), lines[3], lines[4]]
            .joined(separator: "\n"), line: 3, column: nil, path: "level",
              reason: "level 9 is out of range; use 1–4, or leave it out while unclassified"),
        .init(name: "missing aware_at on line 2", text: lines[0] + "\n" + line(ticket(id: "T-2", ["aware_at": nil])), line: 2,
              column: nil, path: "aware_at", reason: "is required"),
        .init(name: "bad item 2 of an array", text: "[\n" + lines[0] + ",\n" + line(ticket(id: "T-2", ["category": "nope"])) + "\n]",
              line: 3, column: nil, path: "[1].category", reason: "\"nope\" is not one of"),
        .init(name: "not an object in an array", text: "[\n" + lines[0] + ",\n 7\n]", line: 3, column: nil, path: "[1]",
              reason: "expected an object, found a number"),
        .init(name: "bad indicator in a pretty object", text: """
            {
              "id": "T-1", "title": "t", "category": "other", "agency": "a",
              "aware_at": "2026-03-02T09:05:00+08:00",
              "indicators": [
                {"type": "ipv4", "value": "192.0.2.1"},
                {"type": "ipv4", "value": "192.0.2.256"}
              ]
            }
            """, line: 6, column: nil, path: "indicators[1].value", reason: "\"192.0.2.256\" is not a valid ipv4 value"),
        .init(name: "duplicate key", text: #"{"id":"T-1","id":"T-2"}"#, line: 1, column: 13, path: nil,
              reason: "the key \"id\" appears twice in one object"),
        .init(name: "raw control character in a string", text: "{\"id\":\"T\u{1B}1\"}", line: 1, column: 9, path: nil,
              reason: "a raw control character U+001B inside a string"),
    ]

    @Test("malformed files are reported where they go wrong", arguments: bad)
    func malformed(_ row: Bad) throws {
        let problem = try #require(ingest(row.text).failure)
        #expect(problem.line == row.line)
        #expect(problem.column == row.column)
        #expect(problem.path?.description == row.path)
        #expect(problem.reason.en.contains(row.reason), "reason was: \(problem.reason.en)")
        #expect(!problem.reason.zh.isEmpty)
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        let bytes = Array((Self.lines[0] + "\n{\"id\":\"").utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        let problem = try #require(ingest(bytes).failure)
        #expect(problem.line == 2)
        #expect(problem.column == 7)
        #expect(problem.reason.en == "the text is not valid UTF-8")
    }

    /// The byte-order mark is not text the officer can see: the first visible character of a
    /// file is at column 1 whether or not the file starts with a BOM.
    @Test func columnsAfterAByteOrderMarkStartAtOne() throws {
        let problem = try #require(ingest([0xEF, 0xBB, 0xBF] + Array("hello".utf8)).failure)
        #expect(problem.line == 1)
        #expect(problem.column == 1)
    }

    @Test func aBadFileYieldsNothing() throws {
        // Four good records and one bad one: the whole file is refused.
        let text = Self.lines[0...3].joined(separator: "\n") + "\n" + line(ticket(id: "T-5", ["title": 5]))
        let problem = try #require(ingest(text).failure)
        #expect(problem.line == 5)
        #expect(problem.path?.description == "title")
    }

    // MARK: Messages

    @Test func problemMessagesNameFileLineColumnPathAndReason() {
        let reason = BilingualText(en: "level 9 is out of range", zh: "等級 9 超出範圍")
        let full = FileProblem(line: 3, column: 17, path: JSONPath([.key("level")]), reason: reason)
        #expect(full.message(file: "tickets.jsonl", language: .en) == "tickets.jsonl:3:17: level: level 9 is out of range")
        #expect(full.message(file: "tickets.jsonl", language: .zhTW) == "tickets.jsonl:3:17: level: 等級 9 超出範圍")
        let noColumn = FileProblem(line: 3, path: JSONPath([.index(1), .key("indicators"), .index(0), .key("value")]), reason: reason)
        #expect(noColumn.message(file: "a.json", language: .en) == "a.json:3: [1].indicators[0].value: level 9 is out of range")
        let nothing = FileProblem(line: nil, path: nil, reason: reason)
        #expect(nothing.message(file: "-", language: .en) == "-: level 9 is out of range")
    }
}
