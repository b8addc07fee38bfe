import CertDeskCore
@testable import CertDeskUI
import Testing

/// A desk after a year: clocks overdue by most of a year and ids past 9,999 are shown whole in
/// the queue at every width, so the officer never reads `-29d 23:08:1` or `TCN-2026-1234`.
@Suite("Console on a backlog")
struct ConsoleBacklogTests {
    @Test(arguments: ConsoleTrustTests.layouts, [InterfaceLanguage.en, .zhTW])
    func aYearOverdueAndAFiveDigitIdAreShownWhole(layout: (rows: Int, columns: Int), language: InterfaceLanguage) throws {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        // Aware 999 days, 23 hours and 7 minutes ago: the report is due an hour after, so it is
        // overdue by 999d 22:07 — the longest countdown the column holds.
        let old = desk.open("去年積壓的事件單", level: .two, awareMinutesAgo: 999 * 1440 + 23 * 60 + 7)
        desk.numberNext(12_345)
        let big = desk.open("第一萬兩千三百四十五件", level: .three, awareMinutesAgo: 30 * 1440)
        #expect(big == "TCN-2026-12345")
        let session = ConsoleTrustTests.session(desk, layout, language: language)
        let rows = ConsoleTrustTests.rows(session)
        for id in [old, big] {
            let incident = try #require(desk.state.incidents[id])
            let due = Countdown.due(incident.nextDue?.dueAt, warnAt: incident.nextDue?.warnAt, now: ConsoleSnapshotTests.now).text
            let row = try #require(rows.first { $0.contains(id + " ") }, "\(id) shown whole: \(rows)")
            #expect(row.contains(due + " "), "\(due) whole in \(row)")
        }
        #expect(rows.contains { $0.contains("-999d 22:07:00 ") })
    }

    @Test func aCountdownPastAThousandDaysIsInDays() {
        #expect(Countdown.text(milliseconds: 999 * 86_400_000 + 86_399_000) == "999d 23:59:59")
        #expect(Countdown.text(milliseconds: -1_000 * 86_400_000 - 5_000) == "1000d")
        #expect(Countdown.text(milliseconds: 1_204 * 86_400_000) == "1204d")
        #expect(("-" + Countdown.text(milliseconds: 999 * 86_400_000 + 86_399_000)).count == Countdown.longest)
    }
}
