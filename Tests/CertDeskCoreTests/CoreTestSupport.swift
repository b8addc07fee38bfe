import Testing
@testable import CertDeskCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Shared helpers for the CertDeskCore tests. Nothing here asserts on its own except where a
// helper is handed a literal that must be valid (a bad literal is a broken test, and says so).

/// The desk clock most tests run at: 2026-03-02T06:00:00Z (14:00 in Taipei), after every time
/// in the sample files.
let deskNow = Instant(millisecondsSinceEpoch: 1_772_431_200_000)

/// Parses a time literal written in a test. A typo in a test is reported, not crashed on.
func instant(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Instant {
    do {
        return try ISO8601.parse(text)
    } catch {
        Issue.record("test literal \"\(text)\" is not a valid time: \(error.reason.en)", sourceLocation: sourceLocation)
        return Instant(millisecondsSinceEpoch: 0)
    }
}

/// Seconds since the epoch, written out by hand, as an `Instant`.
func epochSeconds(_ seconds: Int64, ms: Int64 = 0) -> Instant {
    Instant(millisecondsSinceEpoch: seconds * 1000 + ms)
}


// MARK: - JSON

/// Parses JSON text written in a test; a malformed literal is recorded as an issue.
func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue {
    do {
        return try JSONValue.parse(text)
    } catch {
        Issue.record("test literal is not valid JSON at \(error.offset): \(error.reason.en)", sourceLocation: sourceLocation)
        return .null
    }
}

/// The syntax error `JSONValue.parse` gives for `text`, or nil when it parses.
func syntaxError(_ text: String) -> JSONParser.SyntaxError? {
    do {
        _ = try JSONValue.parse(text)
        return nil
    } catch {
        return error
    }
}

/// Parses raw bytes (which need not be valid UTF-8) as one JSON value.
func parseBytes(_ bytes: [UInt8]) -> Result<JSONValue, JSONParser.SyntaxError> {
    bytes.withUnsafeBufferPointer { buffer in
        var parser = JSONParser(bytes: buffer)
        do throws(JSONParser.SyntaxError) {
            return .success(try parser.parseValue())
        } catch {
            return .failure(error)
        }
    }
}

/// The same object with some members replaced or (with `nil`) removed.
func editing(_ value: JSONValue, _ changes: [String: JSONValue?]) -> JSONValue {
    guard case .object(var members) = value else { return value }
    for (key, change) in changes {
        if let change { members[key] = change } else { members.removeValue(forKey: key) }
    }
    return .object(members)
}

/// One JSON Lines line (canonical JSON has no line breaks).
func line(_ value: JSONValue) -> String { CanonicalJSON.string(value) }

// MARK: - Tickets and ingest

/// A valid ticket with every field, times in Taipei time, all before `deskNow`.
let validTicket: JSONValue = [
    "id": "SOC-TC-TEST-0001",
    "title": "測試事件單",
    "category": "ransomware",
    "level": 3,
    "agency": "臺中市北屯區公所",
    "occurred_at": "2026-03-02T08:40:00+08:00",
    "aware_at": "2026-03-02T09:05:00+08:00",
    "reported_at": "2026-03-02T09:12:00+08:00",
    "description": "描述",
    "indicators": [["type": "ipv4", "value": "203.0.113.77"]],
    "exercise": false,
]

/// A valid ticket with a given id, for multi-record files.
func ticket(id: String, _ changes: [String: JSONValue?] = [:]) -> JSONValue {
    editing(editing(validTicket, ["id": .string(id)]), changes)
}

/// Decodes one ticket value, returning the draft or the field error.
func decodeTicket(_ value: JSONValue, at path: JSONPath = JSONPath(), now: Instant = deskNow)
    -> Result<IncidentDraft, JSONFieldReader.FieldError>
{
    do {
        return .success(try TicketDecoder(now: now, fileLabel: "test.json").decode(value, at: path))
    } catch {
        return .failure(error)
    }
}

/// Reads a whole file's bytes.
/// Reads `bytes` whole, and also fed a byte at a time and in chunks of 7 and 4,096 (as standard
/// input arrives): every reading must come to the same batch or the same problem, so each
/// reader test also proves the streamed reading.
func ingest(_ bytes: [UInt8], now: Instant = deskNow, label: String = "test.jsonl") -> Result<IngestBatch, FileProblem> {
    func reading(_ chunk: Int?) -> Result<IngestBatch, FileProblem> {
        do throws(FileProblem) {
            var reader = IngestReader(now: now, fileLabel: label)
            guard let chunk else { return .success(try reader.read(bytes)) }
            var start = 0
            while start < bytes.count {
                let part = Array(bytes[start..<min(bytes.count, start + chunk)])
                try part.withUnsafeBufferPointer { buffer throws(FileProblem) in try reader.feed(buffer) }
                start += chunk
            }
            return .success(try reader.finish())
        } catch {
            return .failure(error)
        }
    }
    let whole = reading(nil)
    for chunk in bytes.count > 20_000 ? [4_096] : [1, 7, 4_096] {
        let streamed = reading(chunk)
        #expect(streamed == whole, "fed \(chunk) bytes at a time, the reading differs")
    }
    return whole
}

func ingest(_ text: String, now: Instant = deskNow, label: String = "test.jsonl") -> Result<IngestBatch, FileProblem> {
    ingest(Array(text.utf8), now: now, label: label)
}

extension Result {
    /// The success value, or nil (the caller then fails with `#require`).
    var value: Success? { if case .success(let v) = self { return v } else { return nil } }
    var failure: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}

/// The folder of shared sample inputs: `<package root>/../shared/samples`.
func samplesPath(_ relative: String, filePath: String = #filePath) -> String {
    // #filePath = <root>/Tests/CertDeskCoreTests/<file>.swift
    var components = filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    components.removeLast(3)
    return components.joined(separator: "/") + "/../shared/samples/" + relative
}

/// Reads a file without Foundation (Core and its tests stay Foundation-free).
func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if n == 0 { break }
        out.append(contentsOf: chunk[0..<n])
    }
    return out
}

// MARK: - Desk

/// A desk driven the way the app drives it: decide a command, record its events with the next
/// seq, and fold them with the reducer. A class, so that calls can sit inside `#expect`.
final class DeskHarness {
    var state = DeskState()
    var seq: Int64 = 0
    var now: Instant = deskNow
    var actor = "林志明"
    private(set) var journal: [RecordedEvent] = []

    init(region: Region? = .taichung, now: Instant = deskNow) {
        self.now = now
        if let region {
            do {
                _ = try run(.openDesk(region))
            } catch {
                Issue.record("opening the desk failed: \(error.reason.en)")
            }
        }
    }

    @discardableResult
    func run(_ command: DeskCommand) throws(DeskDecider.Refusal) -> DeskDecider.Decision {
        let decision = try DeskDecider.decide(command, state: state, now: now, actor: actor)
        if case .events(let events) = decision {
            for event in events { record(event) }
        }
        return decision
    }

    func record(_ event: DeskEvent) {
        seq += 1
        let recorded = RecordedEvent(seq: seq, at: now, actor: actor, event: event)
        do {
            try DeskReducer.apply(recorded, to: &state)
        } catch {
            Issue.record("reducer refused a decided event: \(error.reason)")
        }
        journal.append(recorded)
    }

    /// Opens an incident from a draft and returns its desk id.
    func open(_ draft: IncidentDraft) -> String? {
        do {
            let decision = try run(.openIncident(draft))
            switch decision {
            case .events(let events):
                if case .incidentOpened(let opening) = events.first { return opening.id }
                return nil
            case .duplicate(let id):
                return id
            }
        } catch {
            Issue.record("opening \(draft.source.id) was refused: \(error.reason.en)")
            return nil
        }
    }

    /// The refusal `command` meets, or nil when it is accepted (then it is also recorded).
    func refusal(_ command: DeskCommand) -> DeskDecider.Refusal? {
        do {
            _ = try run(command)
            return nil
        } catch {
            return error
        }
    }
}

/// A minimal draft for desk tests.
func draft(source id: String, title: String = "事件", level: IncidentLevel? = nil,
           agency: String = "臺中市北屯區公所", aware: Instant = instant("2026-03-02T09:05:00+08:00")) -> IncidentDraft {
    IncidentDraft(source: IncidentSource(kind: .socTicket, id: id, file: "t.jsonl"), title: title, category: .ransomware,
                  level: level, agency: agency, occurredAt: nil, awareAt: aware, reportedAt: aware, description: "",
                  exercise: false, tlp: nil, indicators: [])
}

/// Reads an event back from its journal columns.
func decodeEvent(_ kind: String, _ incident: String?, _ body: JSONValue) -> Result<DeskEvent, DeskEvent.DecodingError> {
    do {
        return .success(try DeskEvent(kind: kind, incident: incident, body: body))
    } catch {
        return .failure(error)
    }
}

/// Folds recorded events into a state, starting from `state`.
func fold(_ events: some Sequence<RecordedEvent>, from state: DeskState = DeskState()) throws(DeskReducer.InconsistencyError)
    -> DeskState
{
    var state = state
    for event in events { try DeskReducer.apply(event, to: &state) }
    return state
}
