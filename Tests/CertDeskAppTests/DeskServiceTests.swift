@testable import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation
import Testing

/// The desk service as every front end uses it: opening, the upkeep in the command's own
/// transaction, rules read once, ingest, the desk at a moment, and the subscribers.
@Suite("Desk service")
struct DeskServiceTests {
    static let now = Instant(millisecondsSinceEpoch: 1_772_422_920_000)   // 2026-03-02 11:42 in Taipei
    static let playbooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("playbooks").path

    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    static func settings(_ folder: URL, rules: (any DeskRules)? = RuleReader(folder: playbooks), mayCreate: Bool = true,
                         clock: any Clock = FixedClock(now)) -> DeskSettings {
        DeskSettings(path: folder.appendingPathComponent("desk.sqlite").path, pathIsExplicit: true, mayCreate: mayCreate,
                     region: .taichung, regionIsExplicit: false, actor: "林志明", clock: clock, rules: rules)
    }

    static let tickets = Array("""
        {"id":"SOC-1","title":"檔案伺服器遭勒索軟體加密","category":"ransomware","level":4,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T11:00:00+08:00"}
        {"id":"SOC-2","title":"網站首頁遭置換","category":"defacement","level":2,"agency":"彰化縣衛生局","aware_at":"2026-03-02T09:00:00+08:00"}
        """.utf8)

    @Test func aNamedDeskThatIsNotThereIsRefusedUnlessItMayBeStarted() throws {
        try Self.withFolder { folder in
            #expect(throws: DeskError.self) { try Desk.open(Self.settings(folder, mayCreate: false)) }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("desk.sqlite").path))
            let desk = try Desk.open(Self.settings(folder))
            #expect(desk.started)
            #expect(try desk.region() == .taichung)
            #expect(try Desk.open(Self.settings(folder, mayCreate: false)).started == false)
        }
    }

    @Test func ingestRecordsTheFileAndItsUpkeepInOneTransaction() throws {
        try Self.withFolder { folder in
            let desk = try Desk.open(Self.settings(folder))
            let outcome = try desk.ingest(bytes: Self.tickets, label: "tickets.jsonl")
            #expect(outcome.ingested == 2 && outcome.duplicates == 0)
            let again = try desk.ingest(bytes: Self.tickets, label: "tickets.jsonl")
            #expect(again.ingested == 0 && again.duplicates == 2)
            let adopted = try desk.state(atSeq: .max).playbooks.count
            #expect(adopted >= 9, "the shipped playbooks were adopted by the upkeep")
            do {
                _ = try desk.ingest(bytes: Array(#"{"id":"SOC-3","title":"x","category":"spam","level":9,"agency":"a","aware_at":"2026-03-02T11:00:00+08:00"}"#.utf8),
                                    label: "bad.jsonl")
                Issue.record("a level of 9 was accepted")
            } catch let error as DeskError {
                #expect(error.kind == .badInput)
                #expect(error.reason.en.hasPrefix("bad.jsonl:1: level"))
            }
        }
    }

    @Test func aRefusedCommandWritesNothingNotEvenItsUpkeep() throws {
        try Self.withFolder { folder in
            let clock = MovableClock(Self.now)
            let desk = try Desk.open(Self.settings(folder, clock: clock))
            _ = try desk.ingest(bytes: Self.tickets, label: "t")
            clock.now = Self.now.adding(milliseconds: 3 * 3_600_000)    // every report clock is now past due
            let before = try desk.read { store throws(StoreError) in try store.journalLength() }
            #expect(throws: DeskError.self) { try desk.perform(.addNote(incident: "TCN-2026-0001", text: "   ")) }
            #expect(try desk.read { store throws(StoreError) in try store.journalLength() } == before, "the overdue sweep went with it")
            try desk.perform(.addNote(incident: "TCN-2026-0001", text: "called the agency"))
            let after = try desk.read { store throws(StoreError) in try store.timeline(of: "TCN-2026-0001") }
            #expect(after.contains { if case .obligationOverdue = $0.event { return $0.actor == Desk.systemActor } else { return false } })
        }
    }

    @Test func theRulesAreReadOnceAndAgainOnlyWhenAFileChanges() throws {
        try Self.withFolder { folder in
            let copy = folder.appendingPathComponent("playbooks")
            try FileManager.default.copyItem(atPath: Self.playbooks, toPath: copy.path)
            let rules = RuleReader(folder: copy.path)
            let desk = try Desk.open(Self.settings(folder, rules: rules))
            for n in 0..<5 { try desk.perform(.registerAgency(Agency(id: "AG-9\(n)", name: "測試機關 \(n)", region: .taichung,
                                                                     county: "臺中市", type: "公所", grade: .c, contacts: []))) }
            #expect(rules.reads == 2, "the policy and the playbooks, read once each")
            let generic = copy.appendingPathComponent("generic.yaml")
            let text = try String(contentsOf: generic, encoding: .utf8)
            try Data((text + "\n# reviewed\n").utf8).write(to: generic)
            try desk.perform(.registerAgency(Agency(id: "AG-99", name: "測試機關 9", region: .taichung, county: "臺中市", type: "公所",
                                                    grade: .c, contacts: [])))
            #expect(rules.reads == 3, "the playbooks again, the policy not")
        }
    }

    @Test func theDeskAtAMomentIsTheJournalFoldedUpToIt() throws {
        try Self.withFolder { folder in
            let clock = MovableClock(Self.now)
            let desk = try Desk.open(Self.settings(folder, clock: clock))
            _ = try desk.ingest(bytes: Self.tickets, label: "t")
            let seqBefore = try desk.read { store throws(StoreError) in try store.journalLength() }
            clock.now = Self.now.adding(milliseconds: 60_000)
            try desk.perform(.setLevel(incident: "TCN-2026-0002", level: .three, basis: nil, reason: "核心系統受影響"))
            let stored = try desk.read { store throws(StoreError) in try store.incidents(includeClosed: true) }
            #expect(Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) }) == (try desk.state(atSeq: .max)).incidents)
            #expect(try desk.state(atSeq: seqBefore).incidents["TCN-2026-0002"]?.level == .two)
            #expect(try desk.moment(at: Self.now, scope: .all).state.incidents["TCN-2026-0002"]?.level == .two, "as it stood at 11:42")
            #expect(try desk.moment(at: clock.now, scope: .all).state.incidents["TCN-2026-0002"]?.level == .three)
            #expect(try desk.moment(at: clock.now, scope: .incident("TCN-2026-0002")).state.incidents.keys.sorted() == ["TCN-2026-0002"])
            #expect(try desk.moment(at: Self.now.adding(milliseconds: -3_600_000), scope: .all).state.incidents.isEmpty)
            #expect(throws: DeskError.self, "a moment still to come") { try desk.moment(at: clock.now.adding(milliseconds: 1), scope: .open) }
        }
    }

    @Test func subscribersHearEveryCommitAndNothingRefused() throws {
        try Self.withFolder { folder in
            let desk = try Desk.open(Self.settings(folder))
            let heard = Heard()
            desk.subscribe { events in heard.add(events.map(\.event.kind)) }
            _ = try desk.ingest(bytes: Self.tickets, label: "t")
            #expect(heard.kinds.filter { $0 == "incident-opened" }.count == 2)
            #expect(heard.kinds.contains("policy-adopted"), "the upkeep is a commit too")
            let count = heard.kinds.count
            _ = try? desk.perform(.addNote(incident: "TCN-2026-0099", text: "n"))
            #expect(heard.kinds.count == count)
            try desk.perform(.addNote(incident: "TCN-2026-0001", text: "n"))
            #expect(heard.kinds.last == "note-added")
        }
    }
}

/// A clock the test moves.
final class MovableClock: Clock, @unchecked Sendable {
    var now: Instant
    init(_ now: Instant) { self.now = now }
}

final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ kinds: [String]) { lock.withLock { list += kinds } }
    var kinds: [String] { lock.withLock { list } }
}
