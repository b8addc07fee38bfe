import Testing
@testable import CertDeskCore

/// The decider: commands checked against the state, turned into events or refused.
@Suite("Desk decider")
struct DeskDeciderTests {
    /// The events of an accepted decision.
    private func events(_ decision: DeskDecider.Decision?) -> [DeskEvent] {
        if case .events(let events)? = decision { return events }
        return []
    }

    // MARK: The desk

    @Test func openingTheDeskOnce() throws {
        let desk = DeskHarness(region: nil)
        #expect(events(try desk.run(.openDesk(.taichung))) == [.deskOpened(region: .taichung)])
        #expect(desk.state.region == .taichung)
        let refusal = try #require(desk.refusal(.openDesk(.kaohsiung)))
        #expect(refusal.kind == .invalid)
        #expect(refusal.reason.en == "the desk is already open for TCN")
        #expect(refusal.reason.zh == "此值勤台已設定為 TCN")
    }

    @Test func anIncidentNeedsADeskRegion() throws {
        let desk = DeskHarness(region: nil)
        let refusal = try #require(desk.refusal(.openIncident(draft(source: "SOC-1"))))
        #expect(refusal.reason.en == "the desk has no region yet")
        #expect(desk.journal.isEmpty)
    }

    // MARK: Numbering

    @Test func incidentsAreNumberedInOrder() throws {
        let desk = DeskHarness()
        #expect(desk.open(draft(source: "SOC-1")) == "TCN-2026-0001")
        #expect(desk.open(draft(source: "SOC-2")) == "TCN-2026-0002")
        #expect(desk.open(draft(source: "SOC-3")) == "TCN-2026-0003")
        #expect(desk.state.lastIncidentNumber == ["TCN-2026": 3])
    }

    @Test(arguments: [
        ("2026-12-31T15:59:59.999Z", "TCN-2026-0001"),      // 23:59:59.999 in Taipei
        ("2026-12-31T16:00:00Z", "TCN-2027-0001"),          // midnight in Taipei
        ("2026-12-31T16:30:00Z", "TCN-2027-0001"),
        ("2027-01-01T00:00:00+08:00", "TCN-2027-0001"),
        ("2026-01-01T00:00:00+08:00", "TCN-2026-0001"),
        ("2025-12-31T23:59:00+08:00", "TCN-2025-0001"),
    ])
    func theYearIsTaipeiTime(now: String, id: String) {
        let desk = DeskHarness(now: instant(now))
        #expect(desk.open(draft(source: "SOC-1")) == id)
    }

    @Test func numberingContinuesFromTheLastNumberPerYear() {
        let desk = DeskHarness()
        desk.state.lastIncidentNumber = ["TCN-2026": 41, "TCN-2025": 900]
        #expect(desk.open(draft(source: "SOC-1")) == "TCN-2026-0042")
        desk.now = instant("2027-01-01T00:00:00+08:00")
        #expect(desk.open(draft(source: "SOC-2")) == "TCN-2027-0001")
        #expect(desk.state.lastIncidentNumber == ["TCN-2026": 42, "TCN-2025": 900, "TCN-2027": 1])
    }

    @Test func numbersGrowToFiveDigitsAfter9999() {
        let desk = DeskHarness()
        desk.state.lastIncidentNumber = ["TCN-2026": 9_998]
        #expect(desk.open(draft(source: "SOC-1")) == "TCN-2026-9999")
        #expect(desk.open(draft(source: "SOC-2")) == "TCN-2026-10000")
        #expect(desk.open(draft(source: "SOC-3")) == "TCN-2026-10001")
        #expect(desk.state.lastIncidentNumber["TCN-2026"] == 10_001)
    }

    @Test func theRegionPrefixesTheId() {
        let desk = DeskHarness(region: .kaohsiung)
        #expect(desk.open(draft(source: "SOC-1")) == "KHH-2026-0001")
    }

    @Test func incidentNumberingHelpers() {
        #expect(IncidentNumbering.id(prefix: "TCN-2026", number: 42) == "TCN-2026-0042")
        #expect(IncidentNumbering.id(prefix: "TCN-2026", number: 12_345) == "TCN-2026-12345")
        #expect(IncidentNumbering.parse("TCN-2026-0042")?.prefix == "TCN-2026")
        #expect(IncidentNumbering.parse("TCN-2026-0042")?.number == 42)
        #expect(IncidentNumbering.parse("TCN-2026-10000")?.number == 10_000)
        #expect(IncidentNumbering.parse("TCN-2026-0000") == nil)
        #expect(IncidentNumbering.parse("TCN-2026-x") == nil)
        #expect(IncidentNumbering.parse("nodash") == nil)
        #expect(IncidentNumbering.prefix(region: .taichung, openedAt: instant("2026-12-31T16:30:00Z")) == "TCN-2027")
    }

    // MARK: Opening incidents

    @Test func theOpeningCarriesTheDraftAndTheKnownAgency() throws {
        let desk = DeskHarness()
        try desk.run(.registerAgency(DemoDesk.agencies[11]))          // 臺中市北屯區公所, AG-020
        var d = draft(source: "SOC-TC-20260302-0007", title: "勒索軟體", level: .three)
        d.indicators = [Indicator(kind: .ipv4, value: "203.0.113.77")]
        d.tlp = .red
        d.exercise = true
        d.occurredAt = instant("2026-03-02T08:40:00+08:00")
        d.description = "說明\u{1B}[2J"
        let decided = events(try desk.run(.openIncident(d)))
        let expected = IncidentOpening(id: "TCN-2026-0001", agencyID: "AG-020", facts: IncidentDraft(
            source: d.source, title: "勒索軟體", category: .ransomware, level: .three, agency: "臺中市北屯區公所",
            occurredAt: d.occurredAt, awareAt: d.awareAt, reportedAt: d.reportedAt, description: "說明\u{1B}[2J",
            exercise: true, tlp: .red, indicators: d.indicators))
        #expect(decided == [.incidentOpened(expected)])
        #expect(desk.state.incidents["TCN-2026-0001"]?.agencyID == "AG-020")
        // An agency the directory does not know keeps no id.
        let unknown = try #require(desk.open(draft(source: "SOC-2", agency: "不存在的機關")))
        #expect(desk.state.incidents[unknown]?.agencyID == nil)
        #expect(desk.state.incidents[unknown]?.agency == "不存在的機關")
    }

    @Test func aSourceAlreadyOnTheDeskIsADuplicate() throws {
        let desk = DeskHarness()
        #expect(desk.open(draft(source: "SOC-1")) == "TCN-2026-0001")
        let seq = desk.seq
        let decision = try desk.run(.openIncident(draft(source: "SOC-1", title: "resent")))
        #expect(decision == .duplicate(of: "TCN-2026-0001"))
        #expect(desk.seq == seq)
        #expect(desk.state.incidents.count == 1)
        #expect(desk.state.incidents["TCN-2026-0001"]?.title == "事件")
    }

    @Test func newIncidentsStartInPreparation() {
        let desk = DeskHarness()
        let id = desk.open(draft(source: "SOC-1")) ?? ""
        let incident = desk.state.incidents[id]
        #expect(incident?.phase == .preparation)
        #expect(incident?.openedBy == "林志明")
        #expect(incident?.openedAt == deskNow)
        #expect(incident?.noteCount == 0)
        #expect(incident?.assignee == nil)
    }

    // MARK: Level

    @Test func anExplicitLevel() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let decided = events(try desk.run(.setLevel(incident: id, level: .two, basis: nil, reason: "初判")))
        #expect(decided == [.levelSet(incident: id, change: LevelChange(level: .two, reason: "初判", basis: nil))])
        #expect(desk.state.incidents[id]?.level == .two)
    }

    @Test func aBasisAloneGivesTheLevel() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let basis = LevelBasis(confidentiality: .serious, asset: .core)
        let decided = events(try desk.run(.setLevel(incident: id, level: nil, basis: basis, reason: "外洩個資")))
        #expect(decided == [.levelSet(incident: id, change: LevelChange(level: .three, reason: "外洩個資", basis: basis))])
        #expect(desk.state.incidents[id]?.level == .three)
        #expect(desk.state.incidents[id]?.levelBasis == basis)
    }

    @Test func anExplicitLevelIsRecordedEvenWhenTheBasisDisagrees() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let basis = LevelBasis(availability: .notRestoredInTime, asset: .coreCI)         // level 4
        let decided = events(try desk.run(.setLevel(incident: id, level: .two, basis: basis, reason: "officer's call")))
        #expect(decided == [.levelSet(incident: id, change: LevelChange(level: .two, reason: "officer's call", basis: basis))])
    }

    @Test func aBasisWithNoImpactIsRefused() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let refusal = try #require(desk.refusal(.setLevel(incident: id, level: nil, basis: LevelBasis(asset: .coreCI), reason: "r")))
        #expect(refusal.kind == .invalid)
        #expect(refusal.reason.en == "the C/I/A facts given show no impact, so they give no level; give a level 1–4")
        let neither = try #require(desk.refusal(.setLevel(incident: id, level: nil, basis: nil, reason: "r")))
        #expect(neither.reason.en == "give a level 1–4 or the C/I/A impact and asset class")
        #expect(desk.state.incidents[id]?.level == nil)
    }

    @Test func theSameLevelAndBasisAgainIsRefused() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1", level: .two)))
        // The ticket's level with no basis: nothing new.
        let same = try #require(desk.refusal(.setLevel(incident: id, level: .two, basis: nil, reason: "r")))
        #expect(same.reason.en == "\(id) is already level 2")
        #expect(same.reason.zh == "\(id) 已是第 2 級")

        let basis = LevelBasis(integrity: .minor, asset: .core)                          // level 2
        try desk.run(.setLevel(incident: id, level: nil, basis: basis, reason: "補上依據"))   // same level, new basis: accepted
        #expect(desk.refusal(.setLevel(incident: id, level: nil, basis: basis, reason: "again")) != nil)
        #expect(desk.refusal(.setLevel(incident: id, level: .two, basis: basis, reason: "again")) != nil)
        // Another basis with the same level, or another level: accepted.
        #expect(desk.refusal(.setLevel(incident: id, level: nil, basis: LevelBasis(availability: .restoredInTime, asset: .core),
                                       reason: "改依可用性")) == nil)
        #expect(desk.refusal(.setLevel(incident: id, level: .four, basis: nil, reason: "升級")) == nil)
        #expect(desk.state.incidents[id]?.level == .four)
    }

    @Test func aLevelNeedsAReason() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        for blank in ["", "   ", "\n\t", "\u{3000}"] {
            let refusal = try #require(desk.refusal(.setLevel(incident: id, level: .one, basis: nil, reason: blank)))
            #expect(refusal.reason.en == "the reason cannot be empty")
            #expect(refusal.reason.zh == "理由不可為空白")
        }
        let long = try #require(desk.refusal(.setLevel(incident: id, level: .one, basis: nil,
                                                       reason: String(repeating: "理", count: FieldLimits.reason + 1))))
        #expect(long.reason.en == "the reason is limited to 2000 characters")
        #expect(desk.refusal(.setLevel(incident: id, level: .one, basis: nil, reason: String(repeating: "理", count: FieldLimits.reason))) == nil)
    }

    // MARK: Unknown incidents

    static let onUnknown: [DeskCommand] = [
        .setLevel(incident: "TCN-2026-0099", level: .one, basis: nil, reason: "r"),
        .changePhase(incident: "TCN-2026-0099", phase: .closed),
        .addNote(incident: "TCN-2026-0099", text: "n"),
        .assign(incident: "TCN-2026-0099", assignee: "林志明"),
    ]

    @Test("commands on an unknown incident are refused as not found", arguments: onUnknown)
    func unknownIncident(command: DeskCommand) throws {
        let desk = DeskHarness()
        _ = desk.open(draft(source: "SOC-1"))
        let refusal = try #require(desk.refusal(command))
        #expect(refusal.kind == .notFound)
        #expect(refusal.reason.en == "no incident TCN-2026-0099 on this desk")
        #expect(refusal.reason.zh == "此值勤台沒有事件 TCN-2026-0099")
        #expect(desk.seq == 2)
    }

    // MARK: Phase

    @Test func phaseChanges() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let same = try #require(desk.refusal(.changePhase(incident: id, phase: .preparation)))
        #expect(same.kind == .invalid)
        #expect(same.reason.en == "\(id) is already in preparation")
        #expect(same.reason.zh == "\(id) 已在「準備」階段")
        for phase in [IncidentPhase.detectionAnalysis, .containmentEradicationRecovery, .postIncident, .closed] {
            #expect(events(try desk.run(.changePhase(incident: id, phase: phase))) == [.phaseChanged(incident: id, phase: phase)])
            #expect(desk.state.incidents[id]?.phase == phase)
        }
        #expect(desk.refusal(.changePhase(incident: id, phase: .closed))?.reason.en == "\(id) is already in closed")
    }

    // MARK: Notes

    @Test func notesAreKeptExactly() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let text = "09:20 致電聯絡人\n\u{1B}[2J\u{202E}"
        #expect(events(try desk.run(.addNote(incident: id, text: text))) == [.noteAdded(incident: id, text: text)])
        try desk.run(.addNote(incident: id, text: "x"))
        #expect(desk.state.incidents[id]?.noteCount == 2)
        #expect(desk.state.incidents[id]?.lastSeq == desk.seq)
    }

    @Test(arguments: ["", " ", "\n\n", "\t \r\n", "\u{3000}", "\u{A0}\u{2003}"])
    func blankNotesAreRefused(text: String) throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let refusal = try #require(desk.refusal(.addNote(incident: id, text: text)))
        #expect(refusal.kind == .invalid)
        #expect(refusal.reason.en == "the note cannot be empty")
        #expect(refusal.reason.zh == "備註不可為空白")
        #expect(desk.state.incidents[id]?.noteCount == 0)
    }

    @Test func notesAreLimited() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let refusal = try #require(desk.refusal(.addNote(incident: id, text: String(repeating: "記", count: FieldLimits.note + 1))))
        #expect(refusal.reason.en == "the note is limited to 20000 characters")
        #expect(refusal.reason.zh == "備註上限 20000 字元")
        #expect(desk.refusal(.addNote(incident: id, text: String(repeating: "記", count: FieldLimits.note))) == nil)
    }

    // MARK: Assignment

    @Test func assignAndUnassign() throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        #expect(events(try desk.run(.assign(incident: id, assignee: "林志明"))) == [.assigned(incident: id, assignee: "林志明")])
        #expect(desk.state.incidents[id]?.assignee == "林志明")
        let again = try #require(desk.refusal(.assign(incident: id, assignee: "林志明")))
        #expect(again.reason.en == "\(id) is already assigned to 林志明")
        #expect(events(try desk.run(.assign(incident: id, assignee: "Chen Mei-Ling"))) == [.assigned(incident: id, assignee: "Chen Mei-Ling")])
        #expect(events(try desk.run(.assign(incident: id, assignee: nil))) == [.assigned(incident: id, assignee: nil)])
        #expect(desk.state.incidents[id]?.assignee == nil)
        let nobody = try #require(desk.refusal(.assign(incident: id, assignee: nil)))
        #expect(nobody.reason.en == "\(id) is already assigned to nobody")
        #expect(nobody.reason.zh == "\(id) 已指派給 無人")
    }

    @Test(arguments: [
        ("", "a name cannot be empty"),
        ("   ", "a name cannot be empty"),
        ("\u{3000}", "a name cannot be empty"),
        ("林志明\u{1B}", "a name cannot hold U+001B: control, bidirectional and invisible formatting characters make it read as something else"),
        ("林志明\u{0}", "a name cannot hold U+0000: control"),
        ("林\n志明", "a name cannot hold U+000A: control"),
        ("Mallory\u{202E}nimda", "a name cannot hold U+202E: control"),
        ("a\u{200B}b", "a name cannot hold U+200B: control"),
        ("x\u{85}", "a name cannot hold U+0085: control"),
        (String(repeating: "名", count: 101), "a name is limited to 100 characters (this one has 101)"),
    ])
    func invalidNamesAreRefused(name: String, reason: String) throws {
        let desk = DeskHarness()
        let id = try #require(desk.open(draft(source: "SOC-1")))
        let refusal = try #require(desk.refusal(.assign(incident: id, assignee: name)))
        #expect(refusal.kind == .invalid)
        #expect(refusal.reason.en.hasPrefix(reason), "\(refusal.reason.en)")
        #expect(PersonName.problem(name) == refusal.reason)
        #expect(desk.state.incidents[id]?.assignee == nil)
    }

    @Test(arguments: ["林志明", "Chen Mei-Ling", "O'Brien", String(repeating: "名", count: 100), "陳 大文"])
    func validNames(name: String) {
        #expect(PersonName.problem(name) == nil)
    }

    // MARK: Scope

    @Test func commandsSayWhatTheyNeedLoaded() {
        let d = draft(source: "SOC-9", agency: "彰化縣衛生局")
        #expect(DeskCommand.openIncident(d).scope(region: .taichung, now: instant("2026-12-31T16:30:00Z"))
            == StateScope(sourceIDs: ["SOC-9"], numberPrefixes: ["TCN-2027"], agencyNames: ["彰化縣衛生局"]))
        #expect(DeskCommand.openIncident(d).scope(region: nil, now: deskNow)
            == StateScope(sourceIDs: ["SOC-9"], numberPrefixes: [], agencyNames: ["彰化縣衛生局"]))
        #expect(DeskCommand.addNote(incident: "X-1", text: "t").scope(region: .taichung, now: deskNow) == StateScope(incidentIDs: ["X-1"]))
        #expect(DeskCommand.registerAgency(DemoDesk.agencies[0]).scope(region: nil, now: deskNow) == StateScope(agencyIDs: ["AG-001"]))
        #expect(DeskCommand.openDesk(.taichung).scope(region: nil, now: deskNow) == StateScope())
    }
}
