import Testing
@testable import CertDeskCore

/// The reducer: the one place where state changes, live and on replay.
@Suite("Desk reducer")
struct DeskReducerTests {
    static let t1 = instant("2026-03-02T06:00:00Z")
    static let t2 = instant("2026-03-02T06:30:00.250Z")

    static func opening(_ id: String = "TCN-2026-0001", source: String = "SOC-1") -> IncidentOpening {
        IncidentOpening(id: id, agencyID: "AG-020", facts: IncidentDraft(
                        source: IncidentSource(kind: .socTicket, id: source, file: "f.jsonl"), title: "勒索軟體",
                        category: .ransomware, level: .two, agency: "臺中市北屯區公所",
                        occurredAt: instant("2026-03-02T00:40:00Z"), awareAt: instant("2026-03-02T01:05:00Z"),
                        reportedAt: instant("2026-03-02T01:12:00Z"), description: "d", exercise: true, tlp: .amber,
                        indicators: [Indicator(kind: .ipv4, value: "203.0.113.77")]))
    }

    /// A desk opened for TCN with one incident, at seq 1 and 2.
    static func deskWithIncident() throws -> DeskState {
        try fold([RecordedEvent(seq: 1, at: t1, actor: "system", event: .deskOpened(region: .taichung)),
                  RecordedEvent(seq: 2, at: t1, actor: "林志明", event: .incidentOpened(opening()))])
    }

    @Test func deskOpenedSetsTheRegion() throws {
        var state = DeskState()
        let changes = try DeskReducer.apply(RecordedEvent(seq: 1, at: Self.t1, actor: "a", event: .deskOpened(region: .kaohsiung)),
                                            to: &state)
        #expect(state.region == .kaohsiung)
        #expect(changes == [.desk])
    }

    @Test func aSecondDeskOpenedIsInconsistent() throws {
        var state = try Self.deskWithIncident()
        let before = state
        let error = #expect(throws: DeskReducer.InconsistencyError.self) {
            try DeskReducer.apply(RecordedEvent(seq: 3, at: Self.t2, actor: "a", event: .deskOpened(region: .taipei)), to: &state)
        }
        #expect(error?.seq == 3 && error?.reason.en == "the desk was already opened")
        #expect(state == before)
    }

    @Test func incidentOpenedCreatesTheIncidentFromTheOpeningAndTheRecord() throws {
        let state = try Self.deskWithIncident()
        let incident = try #require(state.incidents["TCN-2026-0001"])
        let opening = Self.opening()
        let o = opening.facts
        let expected = Incident(
            id: opening.id, source: o.source, title: o.title, category: o.category, level: .two, levelBasis: nil, levelReason: nil,
            agency: o.agency, agencyID: "AG-020", occurredAt: o.occurredAt, awareAt: o.awareAt, reportedAt: o.reportedAt,
            description: "d", phase: .preparation, assignee: nil, exercise: true, tlp: .amber, indicators: o.indicators,
            openedAt: Self.t1, openedBy: "林志明", updatedAt: Self.t1, noteCount: 0, lastSeq: 2)
        #expect(incident == expected)
        #expect(state.incidentBySource == ["SOC-1": "TCN-2026-0001"])
        #expect(state.lastIncidentNumber == ["TCN-2026": 1])
    }

    @Test func incidentOpenedReportsItsChanges() throws {
        var state = DeskState(region: .taichung)
        let changes = try DeskReducer.apply(RecordedEvent(seq: 5, at: Self.t1, actor: "a", event: .incidentOpened(Self.opening())),
                                            to: &state)
        #expect(changes == [.incidentCreated("TCN-2026-0001"), .incidentNumber("TCN-2026")])
        #expect(ProjectionChange.incidentNumber("TCN-2026").isCounter)
        #expect(!ProjectionChange.incidentCreated("TCN-2026-0001").isCounter)
    }

    @Test func theNumberCounterOnlyMovesForward() throws {
        var state = DeskState(region: .taichung)
        try DeskReducer.apply(RecordedEvent(seq: 1, at: Self.t1, actor: "a", event: .incidentOpened(Self.opening("TCN-2026-0042", source: "A"))),
                              to: &state)
        let lower = try DeskReducer.apply(
            RecordedEvent(seq: 2, at: Self.t1, actor: "a", event: .incidentOpened(Self.opening("TCN-2026-0007", source: "B"))), to: &state)
        #expect(state.lastIncidentNumber["TCN-2026"] == 42)
        #expect(lower == [.incidentCreated("TCN-2026-0007")])
        try DeskReducer.apply(RecordedEvent(seq: 3, at: Self.t1, actor: "a", event: .incidentOpened(Self.opening("TCN-2026-10000", source: "C"))),
                              to: &state)
        #expect(state.lastIncidentNumber["TCN-2026"] == 10_000)
        try DeskReducer.apply(RecordedEvent(seq: 4, at: Self.t1, actor: "a", event: .incidentOpened(Self.opening("TCN-2027-0001", source: "D"))),
                              to: &state)
        #expect(state.lastIncidentNumber == ["TCN-2026": 10_000, "TCN-2027": 1])
        // An id without a number leaves the counters alone.
        try DeskReducer.apply(RecordedEvent(seq: 5, at: Self.t1, actor: "a", event: .incidentOpened(Self.opening("IMPORTED", source: "E"))),
                              to: &state)
        #expect(state.lastIncidentNumber == ["TCN-2026": 10_000, "TCN-2027": 1])
        #expect(state.incidents.count == 5)
    }

    @Test func openingTheSameIdOrSourceTwiceIsInconsistent() throws {
        var state = try Self.deskWithIncident()
        let before = state
        let sameID = #expect(throws: DeskReducer.InconsistencyError.self) {
            try DeskReducer.apply(RecordedEvent(seq: 3, at: Self.t2, actor: "a", event: .incidentOpened(Self.opening(source: "SOC-2"))),
                                  to: &state)
        }
        #expect(sameID?.reason.en == "incident TCN-2026-0001 was opened twice")
        let sameSource = #expect(throws: DeskReducer.InconsistencyError.self) {
            try DeskReducer.apply(RecordedEvent(seq: 4, at: Self.t2, actor: "a", event: .incidentOpened(Self.opening("TCN-2026-0002"))),
                                  to: &state)
        }
        #expect(sameSource?.seq == 4 && sameSource?.reason.en == "source SOC-1 was opened twice")
        #expect(state == before)
    }

    static let updates: [(DeskEvent, String)] = [
        (.levelSet(incident: "TCN-2026-0099", change: LevelChange(level: .one, reason: "r", basis: nil)), "level-set"),
        (.phaseChanged(incident: "TCN-2026-0099", phase: .closed), "phase-changed"),
        (.noteAdded(incident: "TCN-2026-0099", text: "n"), "note-added"),
        (.assigned(incident: "TCN-2026-0099", assignee: "x"), "assigned"),
    ]

    @Test("an event on an unknown incident is inconsistent", arguments: updates)
    func unknownIncident(event: DeskEvent, kind: String) throws {
        var state = try Self.deskWithIncident()
        let before = state
        let error = #expect(throws: DeskReducer.InconsistencyError.self) {
            try DeskReducer.apply(RecordedEvent(seq: 9, at: Self.t2, actor: "a", event: event), to: &state)
        }
        #expect(error?.seq == 9 && error?.reason.en == "\(kind) for unknown incident TCN-2026-0099")
        #expect(state == before)
    }

    @Test func updatesFollowTheRecordedEvent() throws {
        var state = try Self.deskWithIncident()
        let id = "TCN-2026-0001"
        let basis = LevelBasis(availability: .notRestoredInTime, asset: .core)
        var changes = try DeskReducer.apply(RecordedEvent(seq: 3, at: Self.t2, actor: "陳值班",
                                                          event: .levelSet(incident: id, change: LevelChange(level: .three, reason: "未回復", basis: basis))),
                                            to: &state)
        #expect(changes == [.incident(id)])
        var incident = try #require(state.incidents[id])
        #expect(incident.level == .three)
        #expect(incident.levelReason == "未回復")
        #expect(incident.levelBasis == basis)
        #expect(incident.updatedAt == Self.t2)
        #expect(incident.lastSeq == 3)
        // The opener stays the opener.
        #expect(incident.openedBy == "林志明")
        #expect(incident.openedAt == Self.t1)

        let t3 = Self.t2.adding(seconds: 60)
        try DeskReducer.apply(RecordedEvent(seq: 4, at: t3, actor: "a", event: .phaseChanged(incident: id, phase: .detectionAnalysis)),
                              to: &state)
        try DeskReducer.apply(RecordedEvent(seq: 5, at: t3, actor: "a", event: .noteAdded(incident: id, text: "第一則")), to: &state)
        try DeskReducer.apply(RecordedEvent(seq: 6, at: t3, actor: "a", event: .noteAdded(incident: id, text: "第二則")), to: &state)
        changes = try DeskReducer.apply(RecordedEvent(seq: 7, at: t3.adding(milliseconds: 1), actor: "a",
                                                      event: .assigned(incident: id, assignee: "林志明")), to: &state)
        #expect(changes == [.incident(id)])
        incident = try #require(state.incidents[id])
        #expect(incident.phase == .detectionAnalysis)
        #expect(incident.noteCount == 2)
        #expect(incident.assignee == "林志明")
        #expect(incident.updatedAt == t3.adding(milliseconds: 1))
        #expect(incident.lastSeq == 7)

        try DeskReducer.apply(RecordedEvent(seq: 8, at: t3, actor: "a", event: .assigned(incident: id, assignee: nil)), to: &state)
        try DeskReducer.apply(RecordedEvent(seq: 9, at: t3, actor: "a",
                                            event: .levelSet(incident: id, change: LevelChange(level: .four, reason: "r", basis: nil))),
                              to: &state)
        incident = try #require(state.incidents[id])
        #expect(incident.assignee == nil)
        #expect(incident.level == .four)
        #expect(incident.levelBasis == nil)
        #expect(incident.lastSeq == 9)
        // Nothing else moved.
        #expect(incident.title == "勒索軟體")
        #expect(incident.indicators == [Indicator(kind: .ipv4, value: "203.0.113.77")])
    }

    @Test func agenciesAreKeptByIdAndReplaced() throws {
        var state = DeskState()
        let first = DemoDesk.agencies[0]
        var changes = try DeskReducer.apply(RecordedEvent(seq: 1, at: Self.t1, actor: "a", event: .agencyRegistered(first)), to: &state)
        #expect(changes == [.agency(first.id)])
        var renamed = first
        renamed.name = "新名稱"
        changes = try DeskReducer.apply(RecordedEvent(seq: 2, at: Self.t1, actor: "a", event: .agencyRegistered(renamed)), to: &state)
        #expect(state.agencies == [first.id: renamed])
        #expect(changes == [.agency(first.id)])
    }
}
