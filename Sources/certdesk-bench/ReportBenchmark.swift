import CertDeskApp
import CertDeskConsole
import CertDeskCore
import CertDeskStore
import CertDeskTerminal
import CertDeskUI
import Foundation

/// Issue goal: the monthly report over a desk of 100,000 incidents and 1,000,000 journal rows
/// in under 200 ms on a release build (goal: 50 ms), and the console's month view redrawn within
/// one frame. The desk is a year's backlog (`DeskFiller`): about 8,300 incidents a month, most of
/// their clocks long overdue.
struct ReportBenchmark {
    let certdesk: String
    let incidents: Int
    let journalRows: Int
    let runs: Int

    func run() {
        let folder = scratchFolder("report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = ProcessInfo.processInfo.environment["BENCH_DESK"].flatMap { $0.isEmpty ? nil : $0 }
            ?? folder.appendingPathComponent("desk.sqlite").path
        print("report: the monthly report and the investigation report (release build)")
        if !FileManager.default.fileExists(atPath: path) {
            let start = Date()
            DeskFiller(certdesk: certdesk, path: path).fill(incidents: incidents, journalRows: journalRows)
            print("  desk of \(incidents) incidents over \(DeskFiller.backlogDays) days, \(journalRows) journal rows (built in \(format(Date().timeIntervalSince(start), 1)) s)")
        }
        guard let store = try? DeskStore(path: path) else { return }
        let desk = Desk(store: store, clock: FixedClock(BenchDesk.now), actor: "bench", rules: nil)
        let month = ReportMonth.containing(BenchDesk.now).adding(months: -1)
        // The upkeep records a year of breached clocks once; the console or any command would have.
        let upkeep = Date()
        try? desk.keepClocks()
        print("    (upkeep of the backlog's breached clocks first: \(format(Date().timeIntervalSince(upkeep), 1)) s, once)")
        var counted = 0
        reportTimes("monthly report of \(month) (desk service, projections)", runs: max(runs, 10), goal: "under 200 ms, goal 50 ms") { _ in
            counted = (try? desk.monthlyReport(month))?.incidentsTotal ?? 0
        }
        print("      \(counted) incidents in the month, 12 months of trend")
        if let report = try? desk.monthlyReport(month) {
            let time = LocalTimeFormatter(zone: nil)
            reportTimes("  of which Markdown", runs: runs, goal: "") { _ in _ = MonthlyReportMarkdown.text(report, language: .zhTW, time: time) }
            reportTimes("  of which HTML", runs: runs, goal: "") { _ in _ = MonthlyReportHTML.text(report, language: .zhTW, time: time) }
        }
        reportTimes("  of which the upkeep (clocks past due)", runs: runs, goal: "") { _ in try? desk.keepClocks() }
        reportTimes("  of which the month's incidents", runs: runs, goal: "") { _ in
            _ = try? store.reportIncidents(region: .taichung, from: month.start, to: month.end)
        }
        reportTimes("  of which the year's tallies", runs: runs, goal: "") { _ in
            _ = try? store.incidentTallies(region: .taichung, from: month.adding(months: -11).start, to: month.end,
                                           byCategoryFrom: month.adding(months: -1).start, byCategoryTo: month.start)
        }
        let html = folder.appendingPathComponent("month.html").path
        let seconds = (0..<runs).map { _ in
            timed(certdesk, ["report", "monthly", "--db", path, "--month", month.description, "--html", html],
                  environment: ["CERTDESK_NOW": "2026-03-02T03:42:00Z", "CERTDESK_ACTOR": "bench"])
        }
        print("    certdesk report monthly --html, whole command: median \(format(Sample(values: seconds).median * 1000, 1)) ms")
        reportTimes("investigation report of TCN-2026-0001 (desk service)", runs: runs, goal: "") { _ in
            _ = try? desk.investigationReport("TCN-2026-0001")
        }
        consoleFrames(path)
    }

    /// `M` opens the month (a read of the desk), then each scroll key is a frame: handled,
    /// rendered and drawn into a headless terminal at 140×40.
    private func consoleFrames(_ path: String) {
        guard let terminal = try? TerminalSession.headless(rows: 40, columns: 140), let desk = try? BenchDesk.open(path) else { return }
        defer { terminal.close() }
        let time = LocalTimeFormatter(zone: nil)
        let session = ConsoleSession(desk: desk, rows: 40, columns: 140, language: .zhTW, actor: "bench", region: .taichung, time: time)
        reportTimes("console M (read the month and lay it out)", runs: runs, goal: "") { _ in
            session.handle(.key(.character("M")))
            terminal.draw(ConsoleRenderer.render(session.state, time: time))
            session.handle(.key(.escape))
        }
        session.handle(.key(.character("M")))
        var frames: [Double] = []
        let keys: [KeyPress] = [.character("j"), .character("j"), .pageDown, .character("k"), .pageUp, .character("G"), .character("g")]
        for n in 0..<1_000 {
            let start = DispatchTime.now().uptimeNanoseconds
            session.handle(.key(keys[n % keys.count]))
            terminal.draw(ConsoleRenderer.render(session.state, time: time))
            frames.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let sorted = frames.sorted()
        print("    console month view, scroll keypress-to-frame: p50 \(format(sorted[sorted.count / 2], 2)) ms, p99 \(format(sorted[sorted.count * 99 / 100], 2)) ms (one frame: 1,000 ms tick)")
        var months: [Double] = []
        for n in 0..<max(runs, 10) {
            let start = DispatchTime.now().uptimeNanoseconds
            session.handle(.key(.character(n % 2 == 0 ? "[" : "]")))
            terminal.draw(ConsoleRenderer.render(session.state, time: time))
            months.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let month = Sample(values: months)
        print("    console [ / ] to another month: min \(format(month.min, 1)) ms, median \(format(month.median, 1)) ms")
    }
}
