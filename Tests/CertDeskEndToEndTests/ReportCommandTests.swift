import Foundation
import Testing

/// `certdesk report monthly` and `report incident` from the release of the command line: on the
/// demo desk (its past included), in both languages, in every form; the HTML opened and printed
/// in a real headless Chromium; bad input refused with nothing written.
@Suite("certdesk report")
struct ReportCommandTests {
    /// The demo's 13 incidents of the watch come first, then its closed ransomware case.
    static let ransomwareCase = "TCN-2026-0014"

    static func demo() throws -> CLIRunner {
        let cli = CLIRunner()
        #expect(try cli.run(["demo"]).status == 0)
        return cli
    }

    @Test func monthlyPrintsTheMonthWithChartsInBothLanguages() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        let en = try cli.run(["--lang", "en", "report", "monthly"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.hasPrefix("# Monthly incident report 2026-03 · TCN"))
        for heading in ["## Incidents by level", "## Incidents by category", "## Incidents by agency type", "## Incidents by county",
                        "## Legal clocks", "## Times from awareness", "## Most frequent indicators", "## Agencies with most incidents",
                        "## 12-month trend by level"] {
            #expect(en.stdout.contains(heading), "\(heading)")
        }
        #expect(en.stdout.contains("█"))
        // The demo's two drills: one today, one two days ago (in February).
        #expect(en.stdout.contains("1 exercise counted apart"))
        let zh = try cli.run(["--lang", "zh-TW", "report", "monthly", "--month", "2026-02"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.hasPrefix("# 資安事件月報 2026 年 2 月 · TCN 中彰投區域"))
        #expect(zh.stdout.contains("## 事件等級"))
        let plain = try cli.run(["--lang", "en", "report", "monthly"], environment: ["NO_COLOR": "1"])
        #expect(plain.stdout.contains("`#"))
        #expect(!plain.stdout.contains("█"))
    }

    @Test func jsonAndCSVCarryTheFigures() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        let json = try cli.run(["report", "monthly", "--month", "2026-02", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["month"] as? String == "2026-02")
        #expect(object["exercises_total"] as? Int == 1)
        // February: three older tickets and the ransomware case.
        #expect(object["incidents_total"] as? Int == 4)
        let byCategory = try #require(object["by_category"] as? [String: Any])
        #expect((byCategory["ransomware"] as? [String: Any])?["count"] as? Int ?? 0 >= 1)
        for section in ["by_level", "by_agency_type", "by_county", "clocks", "times", "top_indicators", "top_agencies", "trend"] {
            #expect(object[section] is [String: Any], "\(section)")
        }
        let csv = try cli.run(["report", "monthly", "--csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "section,key,measure,value")
        #expect(lines.contains("month,2026-03,incidents_total,11"))
        #expect(lines.contains("month,2026-03,exercises_total,1"))
    }

    @Test func theClosedRansomwareCaseGivesTheSevenItemsWithItsGapMarked() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        let en = try cli.run(["--lang", "en", "report", "incident", Self.ransomwareCase])
        #expect(en.status == 0, "\(en.stderr)")
        for (n, heading) in ["Times", "Scope and damage", "Damage control and recovery", "Investigation and handling", "Root cause",
                             "Measures against recurrence", "Schedule and tracking"].enumerated() {
            #expect(en.stdout.contains("## \(n + 1). \(heading)"), "\(heading)")
        }
        #expect(en.stdout.contains("- occurred: **not recorded**"))
        #expect(en.stdout.contains("- closed: 2026-03-02 14:00"))
        #expect(en.stdout.contains("暴力破解委外維護帳號"))                 // the root cause, from the analysis step
        #expect(en.stdout.contains("still to do: Turn the case into a de-identified teaching case"))
        let zh = try cli.run(["--lang", "zh-TW", "report", "incident", Self.ransomwareCase])
        #expect(zh.stdout.contains("## 5. 事件發生原因"))
        #expect(zh.stdout.contains("- 發生: **未填**"))
        let json = try cli.run(["report", "incident", Self.ransomwareCase, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let times = try #require(object["times"] as? [String: Any])
        #expect(times["occurred"] is NSNull)
        #expect(times["closed"] as? String == "2026-03-02T06:00:00Z")
        #expect(((object["root_cause"] as? [String: Any])?["steps"] as? [Any])?.count == 1)
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        let before = try cli.dump()
        let month = try cli.run(["report", "monthly", "--month", "2026-3"])
        #expect(month.status == 64)
        #expect(month.stderr.contains("--month \"2026-3\" is not a month: write it as YYYY-MM"), "\(month.stderr)")
        let hostile = try cli.run(["report", "monthly", "--month", "\u{1b}]0;x\u{07}"])
        #expect(hostile.status == 64)
        #expect(!hostile.stderr.contains("\u{1b}"))
        let both = try cli.run(["report", "monthly", "--json", "--csv"])
        #expect(both.status == 64)
        let unknown = try cli.run(["report", "incident", "TCN-2099-0001"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("TCN-2099-0001"))
        let nowhere = cli.folder.appendingPathComponent("no-such-folder/月報.html").path
        let unwritable = try cli.run(["report", "monthly", "--html", nowhere])
        #expect(unwritable.status == 73, "\(unwritable.stderr)")
        #expect(unwritable.stderr.contains("no-such-folder"))
        #expect(!FileManager.default.fileExists(atPath: nowhere))
        #expect(try cli.dump() == before)
    }

    /// A projection row edited behind the desk's back (a level no journal event gave) is named,
    /// never counted as another level.
    @Test func anEditedLevelIsNamedNotCounted() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        _ = try CLIRunner.sqlite(cli.database, "UPDATE incidents SET level = 9 WHERE id = 'TCN-2026-0020'")   // a ticket of January 2026
        for month in ["2026-03", "2026-02", "2026-01"] {   // in its trend, as the month before, as the month
            let report = try cli.run(["report", "monthly", "--month", month])
            #expect(report.status == 1, "\(month): \(report.stdout)")
            #expect(report.stderr.contains("TCN-2026-0020"), "\(month): \(report.stderr)")
        }
    }

    @Test func textFromOutsideIsNeutralisedInEveryForm() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let title = "<script>alert(1)</script>\u{1b}[31m紅字\u{202e}反轉"
        let ticket = #"{"id":"SOC-X","title":"\#(title.replacingOccurrences(of: "\u{1b}", with: "\\u001b").replacingOccurrences(of: "\u{202e}", with: "\\u202e"))","category":"phishing","level":1,"agency":"<b>機關</b>|x","aware_at":"2026-03-02T09:00:00+08:00"}"#
        #expect(try cli.run(["ingest", "-"], stdin: ticket).status == 0)
        let markdown = try cli.run(["report", "incident", "TCN-2026-0001"])
        #expect(!markdown.stdout.contains("\u{1b}") && !markdown.stdout.contains("\u{202e}"))
        let page = cli.folder.appendingPathComponent("incident.html").path
        #expect(try cli.run(["report", "incident", "TCN-2026-0001", "--html", page]).status == 0)
        let monthly = cli.folder.appendingPathComponent("monthly.html").path
        #expect(try cli.run(["report", "monthly", "--html", monthly]).status == 0)
        for path in [page, monthly] {
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<b>機關"), "\(path)")
            #expect(html.contains("&lt;b&gt;機關&lt;/b&gt;|x"), "\(path)")
            #expect(!html.contains("\u{1b}") && !html.contains("\u{202e}"), "\(path)")
        }
    }

    // MARK: - In a real browser

    static let browser = ProcessInfo.processInfo.environment["CERTDESK_TEST_BROWSER"] ?? "/usr/bin/chromium"

    /// Renders `page` in headless Chromium: a screenshot, the DOM as the browser built it, and
    /// what the page said on its console.
    static func render(_ page: String, in folder: URL) throws -> (png: Data, dom: String, log: String) {
        guard FileManager.default.isExecutableFile(atPath: browser) else {
            throw SMTPPeer.PeerMissing(what: "\(browser) (Debian's chromium): run make test, which installs it")
        }
        let profile = folder.appendingPathComponent("chromium-\(UUID().uuidString)").path
        let shot = folder.appendingPathComponent("shot-\(UUID().uuidString).png").path
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
                      "--enable-logging=stderr", "--v=0", "--window-size=900,1400"]
        let environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let screenshot = try CLIRunner.run(browser, common + ["--screenshot=\(shot)", "file://" + page], environment: environment)
        let dom = try CLIRunner.run(browser, common + ["--dump-dom", "file://" + page], environment: environment)
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        return (png, dom.stdout, screenshot.stderr + dom.stderr)
    }

    /// Prints `page` to PDF as the browser's print dialog would, and returns each page's size in points.
    static func printedPages(_ page: String, in folder: URL) throws -> [(width: Double, height: Double)] {
        let pdf = folder.appendingPathComponent("print-\(UUID().uuidString).pdf").path
        _ = try CLIRunner.run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                        "--user-data-dir=" + folder.appendingPathComponent("chromium-print").path,
                                        "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://" + page],
                              environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        return text.components(separatedBy: "/MediaBox [").dropFirst().compactMap { box in
            let numbers = box.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
            return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
        }
    }

    /// Width and height from a PNG's IHDR chunk.
    static func size(ofPNG data: Data) -> (width: Int, height: Int)? {
        guard data.count > 24, data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func int(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test func theHTMLRendersInABrowserWithItsChartsAndNoConsoleErrors() throws {
        let cli = try Self.demo()
        defer { cli.remove() }
        for (name, arguments, charts) in [("monthly", ["report", "monthly"], 8), ("incident", ["report", "incident", Self.ransomwareCase], 0)] {
            let page = cli.folder.appendingPathComponent("\(name).html").path
            let written = try cli.run(["--lang", "zh-TW"] + arguments + ["--html", page])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(written.stderr.contains(page))
            let (png, dom, log) = try Self.render(page, in: cli.folder)
            #expect(Self.size(ofPNG: png).map { $0.width == 900 && $0.height == 1400 } == true, "\(name)")
            // Not a blank page: a screenshot of text and charts compresses far less than white.
            #expect(png.count > 20_000, "\(name): \(png.count) bytes")
            #expect(dom.components(separatedBy: "<svg").count - 1 >= charts, "\(name)")
            #expect(dom.contains("<h1>"), "\(name)")
            #expect(dom.contains("<section>"), "\(name)")
            let consoleLines = log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Refused") }
            #expect(consoleLines.isEmpty, "\(name): \(consoleLines)")
            // Printed, every page is A4 (210 × 297 mm is 595 × 842 points).
            let pages = try Self.printedPages(page, in: cli.folder)
            #expect(!pages.isEmpty, "\(name)")
            #expect(pages.allSatisfy { abs($0.width - 595) < 2 && abs($0.height - 842) < 2 }, "\(name): \(pages)")
        }
    }
}
