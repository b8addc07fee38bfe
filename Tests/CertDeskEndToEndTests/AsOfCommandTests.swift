import CertDeskTestSupport
import Foundation
import Testing

/// `--as-of TIME`: the desk as the journal stood then. What `list`, `clocks` and `show`
/// printed at a moment, they print again byte for byte when asked later `--as-of` that moment,
/// and asking writes nothing.
@Suite("certdesk --as-of")
struct AsOfCommandTests {
    static let tickets = [
        #"{"id":"SOC-1","title":"北屯區公所檔案伺服器遭勒索軟體加密","category":"ransomware","level":3,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T08:05:00+08:00","reported_at":"2026-03-02T08:12:00+08:00"}"#,
        #"{"id":"SOC-2","title":"彰化縣政府網站首頁遭置換","category":"defacement","level":2,"agency":"彰化縣政府","aware_at":"2026-03-02T08:40:00+08:00","reported_at":"2026-03-02T08:41:00+08:00"}"#,
        #"{"id":"SOC-3","title":"南投縣衛生局人員點擊釣魚郵件","category":"phishing","level":1,"agency":"南投縣政府衛生局","aware_at":"2026-03-02T09:30:00+08:00","reported_at":"2026-03-02T09:32:00+08:00"}"#,
    ]

    /// What a watch does, one command per step, drawn from a seeded generator so that every run
    /// checks the same varied sequence: tickets arrive, levels change, clocks are met, notes,
    /// phases, a closing.
    static func command(_ step: Int, _ random: inout SplitMix64) -> (arguments: [String], stdin: String?) {
        if step < Self.tickets.count { return (["ingest", "-"], Self.tickets[step]) }
        let incident = "TCN-2026-000\(random.next(3) + 1)"
        switch random.next(6) {
        case 0: return (["level", incident, "\(random.next(4) + 1)", "--reason", "影響範圍再評估"], nil)
        case 1: return (["meet", incident, "report-platform", "--note", "已於通報平台完成通報"], nil)
        case 2: return (["note", incident, "機關聯絡人回電：備份尚在確認"], nil)
        case 3: return (["phase", incident, "containment"], nil)
        case 4: return (["assign", incident, "王大明"], nil)
        default: return (["meet", incident, "notify-agency-contact"], nil)
        }
    }

    /// What the officer looked at, each in both languages where it is text.
    static let readings: [[String]] = [
        ["list", "--json"], ["list", "--all", "--json"], ["clocks", "--json"], ["clocks", "--all", "--json"],
        ["show", "TCN-2026-0001", "--json"], ["--lang", "zh-TW", "list"], ["--lang", "en", "clocks", "--all"],
        ["--lang", "zh-TW", "show", "TCN-2026-0001"],
    ]

    @Test func whatWasPrintedThenIsPrintedAgainAsOfThen() throws {
        let cli = CLIRunner(now: "2026-03-02T08:45:00+08:00")
        defer { cli.remove() }
        var random = SplitMix64(seed: 2026)
        var printed: [(now: String, arguments: [String], result: CLIRunner.Result)] = []
        var minute = 0
        for step in 0..<14 {
            minute += 7 + random.next(40)
            let now = Self.time(minutesAfterStart: minute)
            let (arguments, stdin) = Self.command(step, &random)
            // A refusal (a clock already met, a phase not allowed) is part of a real watch too.
            _ = try cli.run(arguments, stdin: stdin, environment: ["CERTDESK_NOW": now])
            if step >= 1 && step % 2 == 1 {
                for reading in Self.readings {
                    printed.append((now, reading, try cli.run(reading, environment: ["CERTDESK_NOW": now])))
                }
            }
        }
        #expect(printed.contains { $0.arguments == ["show", "TCN-2026-0001", "--json"] && $0.result.stdout.contains("obligation-overdue") },
                "the watch ran long enough for breaches to be recorded")

        // The next day, every reading again, as of its moment.
        let dump = try CLIRunner.sqlite(cli.database, ".dump")
        let later = ["CERTDESK_NOW": "2026-03-03T10:00:00+08:00"]
        for (now, arguments, result) in printed {
            let again = try cli.run(arguments + ["--as-of", now], environment: later)
            #expect(again.status == result.status, "\(arguments) as of \(now): \(again.stderr)")
            #expect(again.stdout == result.stdout, "\(arguments) as of \(now) prints what it printed then")
        }
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == dump, "reading the desk as it was writes nothing")
        #expect(try cli.run(["verify"], environment: later).stdout == "ok\n")
    }

    @Test func aMomentToComeOrBeforeTheIncidentIsAClearError() throws {
        let cli = CLIRunner(now: "2026-03-02T09:00:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["ingest", "-"], stdin: Self.tickets[0]).status == 0)
        let dump = try CLIRunner.sqlite(cli.database, ".dump")

        let future = try cli.run(["list", "--json", "--as-of", "2026-03-02 10:00"])
        #expect(future.status == 64)
        #expect(future.stderr == "certdesk: --as-of 2026-03-02 10:00:00 +08:00 is in the future (desk time 2026-03-02 09:00:00 +08:00)\n")
        let before = try cli.run(["--lang", "zh-TW", "show", "TCN-2026-0001", "--as-of", "2026-03-02 08:30"])
        #expect(before.status == 65)
        #expect(before.stderr == "certdesk: 截至 2026-03-02 08:30:00 +08:00，此值勤台尚無事件 TCN-2026-0001\n")
        let unreadable = try cli.run(["clocks", "--as-of", "yesterday"])
        #expect(unreadable.status == 64)
        #expect(unreadable.stderr.hasPrefix("certdesk: --as-of "), "\(unreadable.stderr)")
        // Before the first row the desk was empty.
        #expect(try cli.run(["list", "--json", "--as-of", "2026-03-01 09:00"]).stdout == "[]\n")
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == dump, "nothing refused wrote anything")
    }

    static func time(minutesAfterStart minutes: Int) -> String {
        let start = ISO8601DateFormatter().date(from: "2026-03-02T00:45:00Z")!
        return ISO8601DateFormatter().string(from: start.addingTimeInterval(TimeInterval(minutes * 60)))
    }
}

extension SplitMix64 {
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
