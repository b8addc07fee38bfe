import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// 2026-03-02 11:42 in Taipei (03:42 UTC): the watch the tests pretend to be on.
let watchTime = Instant(millisecondsSinceEpoch: 1_772_422_920_000)
let officer = "林志明"

/// A fresh folder under the system temp folder, removed when `body` returns or throws.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// A desk database of its own in a temp folder, opened for the TCN region unless told otherwise.
struct TestDesk {
    let folder: URL
    let path: String
    let store: DeskStore
    var clock: FixedClock
    var actor = officer

    init(folder: URL, region: Region? = .taichung, clock: FixedClock = FixedClock(watchTime)) throws {
        self.folder = folder
        self.path = folder.appendingPathComponent("desk.sqlite").path
        self.store = try DeskStore(path: path)
        self.clock = clock
        if let region { try perform(.openDesk(region)) }
    }

    @discardableResult
    func perform(_ command: DeskCommand) throws(StoreError) -> DeskStore.Outcome {
        try store.perform(command, actor: actor, clock: clock)
    }

    @discardableResult
    func perform(_ commands: [DeskCommand]) throws(StoreError) -> [DeskStore.Outcome] {
        try store.perform(commands, actor: actor, clock: clock)
    }

    /// Opens an incident and returns the id the desk gave it.
    func open(_ draft: IncidentDraft) throws -> String {
        let outcome = try perform(.openIncident(draft))
        guard let id = outcome.openedIDs.first else {
            throw TestFailure("expected \(draft.source.id) to open an incident, got \(outcome)")
        }
        return id
    }

    /// Runs SQL on the file with the sqlite3 tool, as someone holding the file could.
    @discardableResult
    func sqlite(_ sql: String) throws -> SQLiteResult { try SQLiteTool.run(path, sql) }

    /// The whole database as SQL text.
    func dump() throws -> String {
        let result = try sqlite(".dump")
        try #require(result.status == 0, "sqlite3 .dump failed: \(result.stderr)")
        return result.stdout
    }

    /// The stored projections, read by the store's own loader.
    func storedState() throws -> DeskState {
        try store.read { db in try Projections.loadAll(db) }
    }
}

/// Runs `body` with a fresh desk in a fresh temp folder and removes the folder afterwards.
func withTestDesk<T>(region: Region? = .taichung, _ body: (TestDesk) throws -> T) throws -> T {
    try withTemporaryFolder { folder in
        let desk = try TestDesk(folder: folder, region: region)
        return try withExtendedLifetime(desk) { try body(desk) }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension DeskStore.Outcome {
    /// The ids of incidents this outcome opened.
    var openedIDs: [String] {
        guard case .recorded(let events) = self else { return [] }
        return events.compactMap { recorded in
            if case .incidentOpened(let opening) = recorded.event { return opening.id }
            return nil
        }
    }

    var duplicateOf: String? {
        if case .duplicate(let id) = self { return id }
        return nil
    }
}

/// Builds ticket drafts with sensible defaults; `n` makes the source id unique.
enum Drafts {
    static func ticket(_ n: Int, title: String? = nil, category: IncidentCategory = .ransomware,
                       level: IncidentLevel? = nil, agency: String = "臺中市北屯區公所",
                       description: String = "EDR 告警：檔案伺服器疑遭加密",
                       indicators: [Indicator] = [Indicator(kind: .ipv4, value: "203.0.113.77")]) -> IncidentDraft {
        IncidentDraft(
            source: IncidentSource(kind: .socTicket, id: "SOC-TC-20260302-\(String(format: "%05d", n))"),
            title: title ?? "主機疑似勒索軟體加密 #\(n)", category: category, level: level, agency: agency,
            occurredAt: watchTime.adding(seconds: -3_600), awareAt: watchTime.adding(seconds: -1_800),
            reportedAt: watchTime.adding(seconds: -1_500), description: description, exercise: false, tlp: .amber,
            indicators: indicators)
    }
}

struct SQLiteResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard output without the final line break.
    var output: String { stdout.trimmingCharacters(in: .newlines) }
}

/// The sqlite3 command-line tool, for raw SQL on a desk file from outside the store.
enum SQLiteTool {
    static let executable = "/usr/bin/sqlite3"

    static func run(_ database: String, _ sql: String, options: [String] = []) throws -> SQLiteResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-bail"] + options + [database, sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so that a large output cannot stall the child.
        let group = DispatchGroup()
        let errBox = DataBox()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return SQLiteResult(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                            stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    /// A SQL string literal.
    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// One journal row as stored, read with sqlite3 rather than through the store.
struct RawJournalRow {
    let seq: Int64
    let at: String
    let actor: String
    let incident: String?
    let kind: String
    let body: String
    let prevHash: String
    let hash: String

    /// Every journal row in order.
    static func all(in database: String) throws -> [RawJournalRow] {
        let result = try SQLiteTool.run(database, "SELECT seq, at, actor, incident, kind, body, prev_hash, hash FROM journal ORDER BY seq",
                                        options: ["-json"])
        try #require(result.status == 0, "sqlite3 failed: \(result.stderr)")
        guard !result.output.isEmpty else { return [] }
        guard case .array(let items) = try JSONValue.parse(result.stdout) else { throw TestFailure("sqlite3 -json gave no array") }
        return try items.map { item in
            guard let seq = item["seq"]?.intValue, let at = item["at"]?.stringValue, let actor = item["actor"]?.stringValue,
                  let kind = item["kind"]?.stringValue, let body = item["body"]?.stringValue,
                  let prevHash = item["prev_hash"]?.stringValue, let hash = item["hash"]?.stringValue else {
                throw TestFailure("unexpected journal row \(item)")
            }
            return RawJournalRow(seq: seq, at: at, actor: actor, incident: item["incident"]?.stringValue, kind: kind,
                                 body: body, prevHash: prevHash, hash: hash)
        }
    }

    /// The event this row records, decoded by Core without the store's reader.
    func recorded() throws -> RecordedEvent {
        RecordedEvent(seq: seq, at: try ISO8601.parse(at), actor: actor,
                      event: try DeskEvent(kind: kind, incident: incident, body: try JSONValue.parse(body)))
    }
}

/// The desk folded from the journal rows with the one reducer, as a replay would.
func foldJournal(in database: String) throws -> DeskState {
    var state = DeskState()
    for row in try RawJournalRow.all(in: database) {
        try DeskReducer.apply(try row.recorded(), to: &state)
    }
    return state
}

/// POSIX permission bits of a file or folder, as FileManager reports them.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    guard let mode = attributes[.posixPermissions] as? NSNumber else { throw TestFailure("no permissions for \(path)") }
    return mode.intValue & 0o777
}

/// Expects `body` to throw a refusal and returns it.
func expectRefusal<T>(_ body: () throws(StoreError) -> T, sourceLocation: SourceLocation = #_sourceLocation) -> DeskDecider.Refusal? {
    do {
        let value = try body()
        Issue.record("expected a refusal, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch {
        guard case .refused(let refusal) = error else {
            Issue.record("expected a refusal, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
        return refusal
    }
}
