import CertDeskTestSupport
import CertDeskCore
@testable import CertDeskStore
import Testing

/// Projections are written by the one reducer in the same transaction as the event, so folding
/// the journal again must give exactly the stored projections (../shared/DESIGN.md, rules of the house).
@Suite("Projection rebuild")
struct ProjectionRebuildTests {
    private let basis = LevelBasis(confidentiality: .serious, integrity: .minor, availability: .notRestoredInTime,
                                   asset: .core)

    /// Agencies, incidents with and without indicators, and every kind of update.
    private func mixedWorkload(_ desk: TestDesk) throws -> [String] {
        try desk.perform(DemoDesk.agencies.filter { ["AG-001", "AG-002", "AG-020"].contains($0.id) }.map { .registerAgency($0) })
        let a = try desk.open(Drafts.ticket(1, level: .two))
        let b = try desk.open(Drafts.ticket(2, category: .ddos, agency: "彰化縣政府", indicators: []))
        let c = try desk.open(Drafts.ticket(3, category: .phishing, agency: "不在名錄的機關", indicators: [
            Indicator(kind: .domain, value: "login.example.com"), Indicator(kind: .email, value: "ceo@example.org"),
        ]))
        try desk.perform(.setLevel(incident: a, level: nil, basis: basis, reason: "核心系統資料遭竄改"))
        try desk.perform(.setLevel(incident: b, level: .three, basis: nil, reason: "對外服務中斷"))
        try desk.perform(.changePhase(incident: a, phase: .detectionAnalysis))
        try desk.perform(.changePhase(incident: a, phase: .containmentEradicationRecovery))
        try desk.perform(.changePhase(incident: c, phase: .closed, override: "closed for the test")) 
        try desk.perform(.addNote(incident: a, text: "保全記憶體映像"))
        try desk.perform(.addNote(incident: a, text: "line one\nline two\t\"quoted\" \\ backslash"))
        try desk.perform(.assign(incident: b, assignee: "陳怡君"))
        try desk.perform(.assign(incident: b, assignee: nil))
        try desk.perform(.assign(incident: a, assignee: "王大明"))
        return [a, b, c]
    }

    @Test func rebuildEqualsLive() throws {
        try withTestDesk { desk in
            let ids = try mixedWorkload(desk)
            #expect(ids == ["TCN-2026-0001", "TCN-2026-0002", "TCN-2026-0003"])
            let report = try desk.store.verify()
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.rows == 1 + 3 + 3 + 10)
            #expect(report.incidents == 3)

            let folded = try foldJournal(in: desk.path)
            let stored = try desk.storedState()
            #expect(folded == stored)
            #expect(stored.region == .taichung)
            #expect(stored.agencies.count == 3)
            #expect(stored.lastIncidentNumber == ["TCN-2026": 3])
            #expect(stored.incidentBySource.count == 3)

            let a = try #require(stored.incidents["TCN-2026-0001"])
            #expect(a.level == .three)      // serious tampering of a core (non-CI) system
            #expect(a.levelBasis == basis)
            #expect(a.phase == .containmentEradicationRecovery)
            #expect(a.noteCount == 2)
            #expect(a.assignee == "王大明")
            #expect(a.agencyID == "AG-020")
            #expect(a.lastSeq == 17)
            let b = try #require(stored.incidents["TCN-2026-0002"])
            #expect(b.assignee == nil)
            #expect(b.level == .three)
            #expect(b.agencyID == "AG-002")
            #expect(b.indicators == [])
            let c = try #require(stored.incidents["TCN-2026-0003"])
            #expect(c.phase == .closed)
            #expect(c.agencyID == nil)
            #expect(c.indicators.map(\.value) == ["login.example.com", "ceo@example.org"])
        }
    }

    /// Notifications are projected with their incident: read back as folded, `verify` intact,
    /// and an edited notification row is named.
    @Test func notificationsAreProjectedAndVerified() throws {
        try withTestDesk { desk in
            let ids = try mixedWorkload(desk)
            let b = ids[1]
            try desk.perform(.notify(NotificationRequest(incident: b, template: .agencyContact, channel: .phone, recipient: "周建宏（虛構）",
                                                         subject: "【TCN CERT】資安事件通知", message: "已請機關啟動清洗服務")))
            try desk.perform(.notify(NotificationRequest(incident: b, template: .ncert, channel: .email, recipient: "n-cert@example.org",
                                                         subject: "陳報", message: "第 3 級事件陳報", outcome: .failed, failure: "550 relay denied",
                                                         fallbackReason: "通報應變網站維護中")))
            let folded = try foldJournal(in: desk.path)
            let stored = try #require(try desk.store.incident(b))
            #expect(stored.notifications.count == 2 && stored == folded.incidents[b])
            #expect(stored.notifications[1].fallbackReason == "通報應變網站維護中" && stored.notifications[1].failure == "550 relay denied")
            #expect(try desk.store.verify().isIntact)
            try desk.sqlite("UPDATE incident_notifications SET body = replace(body, '周建宏', '王小明') WHERE number = 1")
            #expect(!(try desk.store.verify().isIntact), "an edited notification row is found")
        }
    }

    @Test func liveQueriesAgreeWithTheFold() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            let folded = try foldJournal(in: desk.path)
            let all = try desk.store.incidents(includeClosed: true)
            #expect(Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) }) == folded.incidents)
            #expect(try desk.store.incidents().map(\.id).sorted() == ["TCN-2026-0001", "TCN-2026-0002"])
            #expect(Dictionary(uniqueKeysWithValues: try desk.store.agencies().map { ($0.id, $0) }) == folded.agencies)
            #expect(try desk.store.timeline(of: "TCN-2026-0001").map(\.event.kind)
                == ["incident-opened", "level-set", "phase-changed", "phase-changed", "note-added", "note-added", "assigned"])
        }
    }

    @Test(arguments: 0..<30)
    func randomWorkloadStaysVerifiable(seed: Int) throws {
        try withTestDesk { desk in
            var generator = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9 &+ 17)
            var model = WorkloadModel()
            let steps = 25 + Int(generator.next() % 20)
            for step in 0..<steps {
                let batchSize = generator.next() % 4 == 0 ? 2 + Int(generator.next() % 3) : 1
                var commands: [DeskCommand] = []
                var expected: [WorkloadModel.Expectation] = []
                var trial = model
                for _ in 0..<batchSize {
                    let (command, expectation) = trial.nextCommand(&generator)
                    commands.append(command)
                    expected.append(expectation)
                    if expectation == .records { trial.apply(command) }
                }
                let lengthBefore = try desk.store.journalLength()
                if expected.contains(.refused) {
                    _ = expectRefusal { () throws(StoreError) in try desk.perform(commands) }
                    let lengthAfter = try desk.store.journalLength()
                    #expect(lengthAfter == lengthBefore, "seed \(seed) step \(step): a refused batch wrote")
                    if lengthAfter != lengthBefore { return }
                } else {
                    let outcomes = try desk.perform(commands)
                    try #require(outcomes.count == commands.count)
                    for (outcome, expectation) in zip(outcomes, expected) {
                        switch expectation {
                        case .duplicate(let id): #expect(outcome == .duplicate(of: id), "seed \(seed) step \(step)")
                        default: #expect(outcome.duplicateOf == nil, "seed \(seed) step \(step)")
                        }
                    }
                    model = trial
                }
                let report = try desk.store.verify()
                #expect(report.isIntact, "seed \(seed) step \(step): \(report.problems)")
                #expect(report.rows == model.journalLength, "seed \(seed) step \(step)")
                // Past the first divergence every later step would only repeat it.
                if !report.isIntact || report.rows != model.journalLength { return }
            }
            let stored = try desk.storedState()
            #expect(stored.incidents.count == model.incidents.count)
            for (id, expected) in model.incidents {
                let incident = try #require(stored.incidents[id], "seed \(seed): \(id) missing")
                #expect(incident.phase == expected.phase, "seed \(seed) \(id)")
                #expect(incident.level == expected.level, "seed \(seed) \(id)")
                #expect(incident.assignee == expected.assignee, "seed \(seed) \(id)")
                #expect(incident.noteCount == expected.notes, "seed \(seed) \(id)")
                #expect(incident.agencyID == expected.agencyID, "seed \(seed) \(id)")
            }
            #expect(try foldJournal(in: desk.path) == stored)
        }
    }

    @Test func editedIncidentRowIsNamedWithItsField() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            let result = try desk.sqlite("UPDATE incidents SET title = 'x' WHERE id = 'TCN-2026-0002'")
            try #require(result.status == 0, "\(result.stderr)")
            let report = try desk.store.verify()
            #expect(report.problems.count == 1)
            let problem = try #require(report.problems.first)
            #expect(problem.seq == nil)
            #expect(problem.reason.en.contains("TCN-2026-0002"))
            #expect(problem.reason.en.contains("title"))
            #expect(!problem.reason.en.contains("description"))
            #expect(!problem.reason.en.contains("TCN-2026-0001"))
        }
    }

    @Test func deletedIndicatorRowIsNamedWithItsIncident() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            let result = try desk.sqlite("DELETE FROM indicators WHERE incident = 'TCN-2026-0003' AND position = 1")
            try #require(result.status == 0, "\(result.stderr)")
            #expect(try desk.sqlite("SELECT COUNT(*) FROM indicators WHERE incident = 'TCN-2026-0003'").output == "1")
            let report = try desk.store.verify()
            #expect(report.problems.count == 1)
            let problem = try #require(report.problems.first)
            #expect(problem.seq == nil)
            #expect(problem.reason.en.contains("TCN-2026-0003"))
            #expect(problem.reason.en.contains("indicators"))
        }
    }

    @Test func editedAgencyRowIsNamed() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            try desk.sqlite("UPDATE agencies SET grade = 'D' WHERE id = 'AG-002'")
            let report = try desk.store.verify()
            #expect(report.problems.map(\.reason.en) == ["agency AG-002: stored row differs from the journal"])
        }
    }

    @Test func editedNumberingIsNamed() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            try desk.sqlite("UPDATE incident_numbers SET last = 1 WHERE prefix = 'TCN-2026'")
            let report = try desk.store.verify()
            #expect(report.problems.count == 1)
            #expect(report.problems.first?.reason.en.contains("numbering") == true)
        }
    }

    @Test func strayIncidentRowIsNamed() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            // Copied column by column, so the forgery keeps up with the table's shape.
            try desk.sqlite("""
                CREATE TEMP TABLE forged AS SELECT * FROM incidents WHERE id = 'TCN-2026-0001';
                UPDATE forged SET id = 'TCN-2026-0099', source_id = 'FORGED-1';
                ALTER TABLE forged DROP COLUMN queue_level;
                INSERT INTO incidents SELECT * FROM forged;
                """)
            let report = try desk.store.verify()
            #expect(report.problems.count == 1)
            #expect(report.problems.first?.reason.en.contains("TCN-2026-0099") == true)
            #expect(report.problems.first?.reason.en.contains("not in the journal") == true)
        }
    }

    /// An indicator row for an incident that does not exist is an edit to the indicator
    /// projection like any other, and `verify` promises to report every such edit.
    @Test func orphanIndicatorRowIsReported() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            let result = try desk.sqlite("INSERT INTO indicators (incident, position, type, value) VALUES ('TCN-2026-0099', 0, 'ipv4', '192.0.2.1')")
            try #require(result.status == 0, "\(result.stderr)")
            let report = try desk.store.verify()
            #expect(!report.isIntact, "an indicator row that no journal event produced went unreported")
            #expect(report.problems.contains { $0.reason.en.contains("TCN-2026-0099") })
        }
    }

    @Test func strayStepAndCustodyRowsAreReported() throws {
        try withTestDesk { desk in
            _ = try mixedWorkload(desk)
            for sql in [
                "INSERT INTO incident_steps (incident, position, step, status, at, recorded_at, by, text) VALUES ('TCN-2026-0098', 0, 'rw-isolate', 'done', 0, 0, 'mallory', NULL)",
                "INSERT INTO custody (evidence, position, action, from_holder, to_holder, at, recorded_at, by, purpose, location) VALUES ('TCN-2026-0001-E09', 0, 'transferred', NULL, 'mallory', 0, 0, 'mallory', NULL, NULL)",
            ] {
                let result = try desk.sqlite(sql)
                try #require(result.status == 0, "\(result.stderr)")
            }
            let reasons = try desk.store.verify().problems.map(\.reason.en)
            #expect(reasons.contains("incident_steps stored for TCN-2026-0098, which the journal never opened"), "\(reasons)")
            #expect(reasons.contains("custody stored for TCN-2026-0001-E09, which the journal never registered"), "\(reasons)")
        }
    }

    /// "é" written as one scalar or as "e" and a combining accent is equal to Swift's `==`; an
    /// edit of the stored row that only changes that must still be named.
    @Test func aStoredTextThatOnlyChangesItsNormalisationIsNamed() throws {
        try withTestDesk { desk in
            let id = try desk.open(Drafts.ticket(7, title: "Caf\u{E9} 網站遭置換"))
            #expect(try desk.store.verify().isIntact)
            let result = try desk.sqlite("UPDATE incidents SET title = 'Cafe' || char(769) || ' 網站遭置換' WHERE id = '\(id)'")
            try #require(result.status == 0, "\(result.stderr)")
            let stored = try #require(try desk.store.incident(id))
            #expect(stored.title == "Caf\u{E9} 網站遭置換", "Swift calls them equal")
            #expect(try desk.store.verify().problems.map(\.reason.en) == ["incident \(id): stored title differ from the journal"])
        }
    }
}

/// What the random workload expects of each incident.
struct ExpectedIncident {
    var phase: IncidentPhase = .preparation
    var level: IncidentLevel?
    var assignee: String?
    var notes = 0
    var agencyID: String?
}

/// A tiny model of the desk that knows which commands the decider accepts, so that the random
/// workload can check the store both ways: accepted commands are recorded, refused ones are not.
struct WorkloadModel {
    var incidents: [String: ExpectedIncident] = [:]
    var agencies: [String: String] = [:]       // name -> id
    var registered: [String: Agency] = [:]
    var nextNumber = 1
    var nextSource = 1
    var journalLength: Int64 = 1

    static let agencyPool = Array(DemoDesk.agencies.prefix(6))
    static let people = ["林志明", "陳怡君", "王大明", "Alice O'Neil"]
    static let noteTexts = ["已通知", "EDR 隔離完成", "call back at 09:00", "含\"引號\"與\\反斜線", "多行\n備註", "🔒 emoji"]

    /// What the desk should make of a command.
    enum Expectation: Equatable {
        case records
        /// A re-sent ticket: accepted, nothing recorded, the incident it already opened named.
        case duplicate(of: String)
        case refused
    }

    var incidentBySource: [Int: String] = [:]

    mutating func apply(_ command: DeskCommand) {
        journalLength += 1
        switch command {
        case .openDesk: break
        case .registerAgency(let agency):
            // The same agency again changes nothing and records nothing.
            if registered[agency.id] == agency { journalLength -= 1 }
            registered[agency.id] = agency
            agencies[agency.name] = agency.id
        case .openIncident(let draft):
            let id = IncidentNumbering.id(prefix: "TCN-2026", number: nextNumber)
            nextNumber += 1
            incidents[id] = ExpectedIncident(level: draft.level, agencyID: agencies[draft.agency])
            if let n = Int(draft.source.id.split(separator: "-").last ?? "") { incidentBySource[n] = id }
        case .setLevel(let id, let level, _, _):
            incidents[id]?.level = level
        case .changePhase(let id, let phase, _):
            incidents[id]?.phase = phase
        case .addNote(let id, _):
            incidents[id]?.notes += 1
        case .assign(let id, let assignee):
            incidents[id]?.assignee = assignee
        case .adoptPolicy, .meet, .waive, .recordOverdue, .changeCategory, .adoptPlaybook, .completeStep, .skipStep,
             .addEvidence, .custody, .disposeEvidence, .startShift, .endShift, .remarkHandover, .offerHandover, .acceptHandover, .notify,
             .confirmNotification, .closeAsFalsePositive:
            // Clocks, playbooks, evidence and shifts have their own tests; this model never sends them.
            break
        }
    }

    /// A command and what the desk should make of it.
    mutating func nextCommand(_ g: inout SplitMix64) -> (DeskCommand, Expectation) {
        let ids = incidents.keys.sorted()
        func pickID() -> String {
            if ids.isEmpty || g.next() % 10 == 0 { return "TCN-2026-\(9000 + Int(g.next() % 100))" }
            return ids[Int(g.next() % UInt64(ids.count))]
        }
        func expect(_ valid: Bool) -> Expectation { valid ? .records : .refused }
        switch g.next() % 6 {
        case 0:
            let agency = Self.agencyPool[Int(g.next() % UInt64(Self.agencyPool.count))]
            return (.registerAgency(agency), .records)
        case 1:
            let agency = g.next() % 3 == 0 ? "名錄外機關" : Self.agencyPool[Int(g.next() % UInt64(Self.agencyPool.count))].name
            let reuse = nextSource > 1 && g.next() % 8 == 0
            let n = reuse ? 1 + Int(g.next() % UInt64(nextSource - 1)) : nextSource
            if !reuse { nextSource += 1 }
            let level = IncidentLevel(rawValue: Int(g.next() % 5))
            let category = IncidentCategory.allCases[Int(g.next() % UInt64(IncidentCategory.allCases.count))]
            let draft = Drafts.ticket(n, category: category, level: level, agency: agency,
                                      indicators: (0..<Int(g.next() % 3)).map { Indicator(kind: .ipv4, value: "192.0.2.\($0 + 1)") })
            if let existing = incidentBySource[n] { return (.openIncident(draft), .duplicate(of: existing)) }
            return (.openIncident(draft), .records)
        case 2:
            let id = pickID()
            let level = IncidentLevel(rawValue: 1 + Int(g.next() % 4))!
            return (.setLevel(incident: id, level: level, basis: nil, reason: "研判 \(level.rawValue)"),
                    expect(incidents[id].map { $0.level != level && $0.phase != .closed } ?? false))
        case 3:
            let id = pickID()
            let phase = IncidentPhase.allCases[Int(g.next() % UInt64(IncidentPhase.allCases.count))]
            return (.changePhase(incident: id, phase: phase), expect(incidents[id].map { $0.phase != phase } ?? false))
        case 4:
            let id = pickID()
            let text = Self.noteTexts[Int(g.next() % UInt64(Self.noteTexts.count))]
            return (.addNote(incident: id, text: text), expect(incidents[id] != nil))
        default:
            let id = pickID()
            let assignee: String? = g.next() % 4 == 0 ? nil : Self.people[Int(g.next() % UInt64(Self.people.count))]
            return (.assign(incident: id, assignee: assignee), expect(incidents[id].map { $0.assignee != assignee } ?? false))
        }
    }
}
