import CertDeskTestSupport
import Testing
@testable import CertDeskCore

/// Property: folding the journal gives the same state however it is cut, and the same state
/// the live desk reached (../shared/DESIGN.md: replay and live use the one reducer).
@Suite("Folding the journal")
struct DeskFoldPropertyTests {
    static let names = ["林志明", "陳美玲", "Wang Da-Wei", "王\u{1B}[2J", "", "Mallory\u{202E}"]
    static let notes = ["09:20 致電機關聯絡人", "  ", "\u{1B}[2J cleared", "拔除網路線", "", "note \"quoted\"\n second line"]

    /// Drives a desk with `steps` pseudo-random commands, some of them refused, the clock
    /// moving forward across the Taipei new year.
    static func drive(seed: UInt64, steps: Int) -> DeskHarness {
        var rng = SplitMix64(seed: seed)
        let desk = DeskHarness(now: instant("2026-12-31T13:00:00Z"))
        for agency in DemoDesk.agencies.prefix(4) { _ = desk.refusal(.registerAgency(agency)) }
        var sources = 0
        for _ in 0..<steps {
            desk.now = desk.now.adding(milliseconds: Int64.random(in: 0...600_000, using: &rng))
            let ids = desk.state.incidents.keys.sorted()
            let id = ids.randomElement(using: &rng) ?? "TCN-2026-0001"
            let command: DeskCommand
            switch Int.random(in: 0..<100, using: &rng) {
            case 0..<25:
                // Mostly new sources, sometimes one sent again.
                let n: Int
                if sources > 0 && Int.random(in: 0..<10, using: &rng) == 0 {
                    n = Int.random(in: 1...sources, using: &rng)
                } else {
                    sources += 1
                    n = sources
                }
                let agency = [DemoDesk.agencies[0].name, DemoDesk.agencies[3].name, "不在名錄的機關"].randomElement(using: &rng)!
                command = .openIncident(draft(source: "SOC-\(n)", title: "事件 \(n)", level: IncidentLevel.allCases.randomElement(using: &rng),
                                              agency: agency, aware: desk.now.adding(seconds: -600)))
            case 25..<45:
                let basis = Bool.random(using: &rng) ? LevelBasis(
                    confidentiality: LevelBasis.Severity.allCases.randomElement(using: &rng)!,
                    integrity: LevelBasis.Severity.allCases.randomElement(using: &rng)!,
                    availability: LevelBasis.Availability.allCases.randomElement(using: &rng)!,
                    asset: LevelBasis.AssetClass.allCases.randomElement(using: &rng)!) : nil
                let level = Bool.random(using: &rng) ? IncidentLevel.allCases.randomElement(using: &rng) : nil
                command = .setLevel(incident: id, level: level, basis: basis, reason: ["初判", "", "依 C/I/A 判定"].randomElement(using: &rng)!)
            case 45..<65:
                command = .changePhase(incident: id, phase: IncidentPhase.allCases.randomElement(using: &rng)!)
            case 65..<85:
                command = .addNote(incident: id, text: notes.randomElement(using: &rng)!)
            default:
                command = .assign(incident: id, assignee: Bool.random(using: &rng) ? nil : names.randomElement(using: &rng))
            }
            _ = desk.refusal(command)
        }
        return desk
    }

    static let seeds: [UInt64] = [1, 2, 3, 0xC0FFEE, 20_260_302]

    @Test("folding from scratch gives the live state", arguments: seeds)
    func foldFromScratch(seed: UInt64) throws {
        let desk = Self.drive(seed: seed, steps: 400)
        #expect(desk.journal.count > 100)
        #expect(try fold(desk.journal) == desk.state)
    }

    @Test("folding in two halves gives the same state", arguments: seeds)
    func foldInTwoHalves(seed: UInt64) throws {
        let desk = Self.drive(seed: seed, steps: 400)
        let whole = try fold(desk.journal)
        for cut in [0, 1, desk.journal.count / 3, desk.journal.count / 2, desk.journal.count - 1, desk.journal.count] {
            let first = try fold(desk.journal.prefix(cut))
            let both = try fold(desk.journal.dropFirst(cut), from: first)
            #expect(both == whole, "cut at \(cut)")
        }
    }

    @Test("replaying the journal's text gives the same state", arguments: seeds)
    func replayThroughCanonicalText(seed: UInt64) throws {
        let desk = Self.drive(seed: seed, steps: 400)
        var replayed: [RecordedEvent] = []
        for recorded in desk.journal {
            let text = CanonicalJSON.string(recorded.event.body)
            let event = try DeskEvent(kind: recorded.event.kind, incident: recorded.event.incidentID, body: try JSONValue.parse(text))
            let at = try ISO8601.parse(ISO8601.utcMillisecondString(recorded.at))
            replayed.append(RecordedEvent(seq: recorded.seq, at: at, actor: recorded.actor, event: event))
        }
        #expect(replayed == desk.journal)
        #expect(try fold(replayed) == desk.state)
    }

    @Test("the folded state keeps its invariants", arguments: seeds)
    func invariants(seed: UInt64) throws {
        let desk = Self.drive(seed: seed, steps: 400)
        let state = desk.state
        // Every incident's counters match the events recorded for it.
        for (id, incident) in state.incidents {
            let own = desk.journal.filter { $0.event.incidentID == id }
            #expect(incident.noteCount == own.filter { $0.event.kind == "note-added" }.count)
            #expect(incident.lastSeq == own.last?.seq)
            #expect(incident.updatedAt == own.last?.at)
            #expect(incident.openedAt == own.first?.at)
            #expect(state.incidentBySource[incident.source.id] == id)
        }
        // Numbers per year are 1…n without gaps, and the counter is n.
        var byPrefix: [String: [Int]] = [:]
        for id in state.incidents.keys {
            let parsed = try #require(IncidentNumbering.parse(id))
            byPrefix[parsed.prefix, default: []].append(parsed.number)
        }
        #expect(Set(byPrefix.keys) == ["TCN-2026", "TCN-2027"], "the run crosses the Taipei new year")
        for (prefix, numbers) in byPrefix {
            #expect(numbers.sorted() == Array(1...numbers.count), "\(prefix)")
            #expect(state.lastIncidentNumber[prefix] == numbers.count)
        }
        // Seqs are 1…n in order.
        #expect(desk.journal.map(\.seq) == Array(1...Int64(desk.journal.count)))
    }

    @Test func differentSeedsExploreDifferentHistories() {
        let a = Self.drive(seed: 1, steps: 200).journal.map(\.event)
        let b = Self.drive(seed: 2, steps: 200).journal.map(\.event)
        #expect(a != b)
        #expect(Self.drive(seed: 1, steps: 200).journal.map(\.event) == a)
    }
}
