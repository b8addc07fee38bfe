@testable import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation
import Testing

/// The monthly report the desk reads from its projections (by reported time, through the store's
/// index) is the report of the journal folded whole: for the demo desk's every month, its past
/// included, and for a month of incidents reported just either side of midnight in Taipei.
@Suite("Monthly report from the store")
struct MonthlyReportServiceTests {
    @Test func theProjectionsGiveTheReportOfTheFoldedJournal() throws {
        try DeskServiceTests.withFolder { folder in
            let desk = try Desk.open(DeskServiceTests.settings(folder))
            try desk.fillWithDemo()
            let thisMonth = ReportMonth.containing(DeskServiceTests.now)
            // Reading a report keeps the clocks first; fold afterwards.
            _ = try desk.monthlyReport(thisMonth)
            let head = try desk.read { store throws(StoreError) in try store.journalLength() }
            let folded = try desk.state(atSeq: head)
            var counted = 0
            for back in 0...13 {
                let month = thisMonth.adding(months: -back)
                let stored = try desk.monthlyReport(month)
                #expect(stored == MonthlyReport.build(month: month, region: .taichung, asOf: DeskServiceTests.now, state: folded), "\(month)")
                counted += stored.incidentsTotal + stored.exercisesTotal
            }
            // Every demo incident falls in one of those months, and only there.
            #expect(counted == folded.incidents.count)
            let last = try desk.monthlyReport(thisMonth.adding(months: -1))
            #expect(last.incidentsTotal >= 3)
            #expect(try desk.monthlyReport(thisMonth).trend.filter { $0.total > 0 }.count >= 12)
        }
    }

    @Test func aTicketJustBeforeMidnightInTaipeiCountsInItsMonth() throws {
        try DeskServiceTests.withFolder { folder in
            let desk = try Desk.open(DeskServiceTests.settings(folder))
            let tickets = [("SOC-1", "2026-01-31T23:30:00+08:00"), ("SOC-2", "2026-02-01T00:30:00+08:00")].map { id, at in
                #"{"id":"\#(id)","title":"事件","category":"phishing","level":1,"agency":"臺中市政府","aware_at":"\#(at)","reported_at":"\#(at)"}"#
            }.joined(separator: "\n")
            _ = try desk.ingest(bytes: Array(tickets.utf8), label: "edge.jsonl")
            #expect(try desk.monthlyReport(ReportMonth(year: 2026, month: 1)!).incidentsTotal == 1)
            #expect(try desk.monthlyReport(ReportMonth(year: 2026, month: 2)!).incidentsTotal == 1)
            #expect(try desk.monthlyReport(ReportMonth(year: 2026, month: 2)!).previousTotal == 1)
        }
    }
}
