import CertDeskCore
@testable import CertDeskStore
import Testing

/// `certdesk --demo` must show a living console: every category, every agency resolved.
@Suite("Demo desk")
struct DemoDeskTests {
    private func openDemo(_ desk: TestDesk) throws -> [DeskStore.Outcome] {
        try desk.perform(DemoDesk.agencies.map { .registerAgency($0) } + DemoDesk.incidents(now: watchTime).map { .openIncident($0) })
    }

    @Test func demoBatchFillsTheDesk() throws {
        try withTestDesk(region: DemoDesk.region) { desk in
            let drafts = DemoDesk.incidents(now: watchTime)
            let outcomes = try openDemo(desk)
            #expect(outcomes.count == DemoDesk.agencies.count + drafts.count)
            #expect(outcomes.allSatisfy { $0.duplicateOf == nil })
            #expect(outcomes.flatMap(\.openedIDs) == (1...drafts.count).map { IncidentNumbering.id(prefix: "TCN-2026", number: $0) })

            let incidents = try desk.store.incidents(includeClosed: true)
            #expect(incidents.count == drafts.count)
            #expect(Set(incidents.map(\.category)) == Set(IncidentCategory.allCases))
            #expect(Set(incidents.map(\.source.id)) == Set(drafts.map(\.source.id)))

            let agencies = try desk.store.agencies()
            #expect(agencies.count == DemoDesk.agencies.count)
            let byID = Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0) })
            for incident in incidents {
                let id = try #require(incident.agencyID, "\(incident.id) \(incident.agency) has no agency id")
                #expect(byID[id]?.name == incident.agency, "\(incident.id)")
            }

            let report = try desk.store.verify()
            #expect(report.isIntact, "\(report.problems)")
            #expect(report.rows == Int64(1 + DemoDesk.agencies.count + drafts.count))
            #expect(report.incidents == drafts.count)
        }
    }

    @Test func demoAgenciesMatchTheDirectoryRegion() throws {
        #expect(Set(DemoDesk.agencies.map(\.id)).count == DemoDesk.agencies.count)
        #expect(Set(DemoDesk.agencies.map(\.name)).count == DemoDesk.agencies.count)
        for agency in DemoDesk.agencies {
            #expect(agency.region == .taichung, "\(agency.id)")
            #expect(Region.containing(county: agency.county) == .taichung, "\(agency.id)")
            #expect(!agency.contacts.isEmpty, "\(agency.id)")
        }
        let names = Set(DemoDesk.agencies.map(\.name))
        for draft in DemoDesk.incidents(now: watchTime) {
            #expect(names.contains(draft.agency), "\(draft.source.id): \(draft.agency)")
        }
    }

    @Test func openingTheDemoTwiceAddsNothing() throws {
        try withTestDesk(region: DemoDesk.region) { desk in
            _ = try openDemo(desk)
            let length = try desk.store.journalLength()
            let again = try desk.perform(DemoDesk.incidents(now: watchTime).map { .openIncident($0) })
            #expect(again.allSatisfy { $0.duplicateOf != nil })
            #expect(again.compactMap(\.duplicateOf) == (1...again.count).map { IncidentNumbering.id(prefix: "TCN-2026", number: $0) })
            #expect(try desk.store.journalLength() == length)
        }
    }
}
