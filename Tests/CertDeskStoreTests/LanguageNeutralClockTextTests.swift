import Foundation
import GRDB
import Testing
import CertDeskCore
@testable import CertDeskStore

/// Clock text the desk derives is kept as facts (`level_waiver`, `met_by_step`,
/// `waived_on_close`), so the projection says the same whatever language reads it; a desk
/// written before keeps its meaning through the `v7` migration.
@Suite("Language-neutral clock text")
struct LanguageNeutralClockTextTests {
    /// Every sentence the desk ever wrote for a level waiver reads back to its facts.
    @Test func everyLevelWaiverSentenceReadsBack() {
        let levels: [IncidentLevel?] = [nil, .one, .two, .three, .four]
        let all = LevelBand.allCases
        for mask in 1..<(1 << all.count) {
            let bands = Set(all.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            for from in levels {
                for to in levels {
                    let waiver = LevelWaiver(from: from, to: to, appliesTo: bands)
                    let clock = Obligation(kind: .damageControl, startsAt: Instant(millisecondsSinceEpoch: 0),
                                           dueAt: Instant(millisecondsSinceEpoch: 0), warnAt: Instant(millisecondsSinceEpoch: 0),
                                           state: .waived, levelWaiver: waiver)
                    let sentence = InterfaceLanguage.en.words.waiverReason(of: clock)
                    #expect(LevelWaiverText.parse(sentence) == waiver, "\(sentence)")
                }
            }
        }
        #expect(LevelWaiverText.parse("no longer needed") == nil)
        #expect(LevelWaiverText.parse("level changed 9 → 2; on-site applies to level 3–4") == nil)
    }

    /// A desk at the schema before: the English sentence becomes the facts, the officer's own
    /// reasons stay as written, and the old column is gone.
    @Test func theMigrationTurnsStoredSentencesIntoFacts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-v7-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("desk.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try DeskSchema.migrator.migrate(queue, upTo: "v6-urgency-order")
        try queue.write { db in
            for (kind, reason, forLevel) in [("on-site", "level changed 4 → 2; on-site applies to level 3–4", 1),
                                             ("review", "機關自行處理", 0), ("damage-control", "edited by hand", 1)] {
                try db.execute(sql: """
                    INSERT INTO obligations (incident, kind, ordinal, starts_at, due_at, warn_at, state, waived_reason, waived_for_level)
                    VALUES ('TCN-2026-0001', ?, 1, 0, 0, 0, 'waived', ?, ?)
                    """, arguments: [kind, reason, forLevel])
            }
        }
        try DeskSchema.migrator.migrate(queue)
        try queue.read { db in
            let columns = try db.columns(in: "obligations").map(\.name)
            #expect(!columns.contains("waived_for_level"))
            #expect(columns.contains("level_waiver") && columns.contains("met_by_step") && columns.contains("waived_on_close"))
            let rows = try Row.fetchAll(db, sql: "SELECT kind, waived_reason, level_waiver FROM obligations ORDER BY kind")
            let byKind = Dictionary(uniqueKeysWithValues: rows.map { (String($0[0] as String), ($0[1] as String?, $0[2] as String?)) })
            #expect(byKind["on-site"]?.0 == nil)
            #expect(byKind["on-site"]?.1 == CanonicalJSON.string(LevelWaiver(from: .four, to: .two, appliesTo: [.three, .four]).json))
            #expect(byKind["review"]?.0 == "機關自行處理")
            #expect(byKind["review"]?.1 == nil)
            // A sentence that does not read back stays, for verify to name.
            #expect(byKind["damage-control"]?.0 == "edited by hand")
        }
    }
}
