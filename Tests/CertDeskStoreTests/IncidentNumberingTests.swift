import CertDeskCore
@testable import CertDeskStore
import Testing

/// Incident ids count per region and Asia/Taipei year (`TCN-2026-0042`), kept in the
/// `incident_numbers` projection and rebuilt from the journal by `verify`.
@Suite("Incident numbering")
struct IncidentNumberingTests {
    /// 2026-12-31 15:59:59.999 UTC is still 2026 in Taipei; one millisecond later it is 2027.
    private let lastMomentOf2026 = Instant(millisecondsSinceEpoch: 1_798_732_799_999)

    @Test func numberingRestartsWithTheTaipeiYear() throws {
        try withTestDesk { desk in
            var late = desk
            late.clock = FixedClock(lastMomentOf2026)
            #expect(try late.open(Drafts.ticket(1)) == "TCN-2026-0001")
            #expect(try late.open(Drafts.ticket(2)) == "TCN-2026-0002")

            var newYear = desk
            newYear.clock = FixedClock(lastMomentOf2026.adding(milliseconds: 1))
            let batch = try newYear.perform([.openIncident(Drafts.ticket(3)), .openIncident(Drafts.ticket(4))])
            #expect(batch.flatMap(\.openedIDs) == ["TCN-2027-0001", "TCN-2027-0002"])

            #expect(try desk.sqlite("SELECT prefix || '=' || last FROM incident_numbers ORDER BY prefix").output
                == "TCN-2026=2\nTCN-2027=2")
            let report = try desk.store.verify()
            #expect(report.isIntact, "\(report.problems)")
            #expect(try desk.storedState().lastIncidentNumber == ["TCN-2026": 2, "TCN-2027": 2])
        }
    }

    @Test func regionCodePrefixesTheId() throws {
        try withTestDesk(region: .tainan) { desk in
            let id = try desk.open(Drafts.ticket(1))
            #expect(id == "TNN-2026-0001")
            #expect(try desk.store.verify().isIntact)
        }
    }
}
