import CertDeskApp
import CertDeskCore
import CertDeskStore
import Foundation

/// Issue goal: on a 1,000,000-event journal, `list --json --as-of` at an arbitrary time under
/// 1 s. The desk is a year recorded as it happened, each row at its own time: every morning the
/// day's tickets arrive (`BENCH_ASOF_INCIDENTS` in the year, default 100,000), the next day
/// each is classified, noted through the day and its platform clock met, and three days
/// later it is closed: about ten rows per incident. Then moments drawn across the year are read
/// as they were, in process and as whole `certdesk` runs.
struct AsOfBenchmark {
    let certdesk: String
    let incidents: Int
    let runs: Int

    static let day: Int64 = 86_400_000
    /// 2026-03-02 08:00 +08:00, the first morning of the year.
    static let start = Instant(millisecondsSinceEpoch: 1_772_409_600_000)

    func run() {
        let folder = scratchFolder("as-of")
        let keep = ProcessInfo.processInfo.environment["BENCH_KEEP"] == "1"
        defer { if keep { print("    kept \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        // `BENCH_ASOF_DESK=PATH` measures a desk this benchmark built and kept (`BENCH_KEEP=1`)
        // instead of building the year again.
        let kept = ProcessInfo.processInfo.environment["BENCH_ASOF_DESK"].flatMap { $0.isEmpty ? nil : $0 }
        let path = kept ?? folder.appendingPathComponent("desk.sqlite").path
        let began = Date()
        // The ids the desk gave each day's arrivals (the numbering starts again in January).
        var openedOn: [[String]] = []
        func ids(_ day: Int) -> [String] { day >= 0 && day < openedOn.count ? openedOn[day] : [] }
        let store: DeskStore
        if kept != nil {
            guard let existing = try? DeskStore(path: path), let all = try? existing.incidents(includeClosed: true) else {
                print("as-of: cannot open \(path)")
                return
            }
            store = existing
            openedOn = Array(repeating: [], count: 365)
            for incident in all.sorted(by: { $0.openedAt < $1.openedAt }) {
                let day = Int(Self.start.milliseconds(until: incident.openedAt) / Self.day)
                if day >= 0, day < 365 { openedOn[day].append(incident.id) }
            }
        } else {
            guard let built = build(path) else { return }
            store = built.store
            openedOn = built.openedOn
        }
        let rows = (try? store.journalLength()) ?? 0
        let end = Self.start.adding(milliseconds: 365 * Self.day)
        print("as-of: a year recorded as it happened, \(openedOn.reduce(0) { $0 + $1.count }) incidents, \(rows) journal rows "
              + "(\(kept == nil ? "built" : "read") in \(format(Date().timeIntervalSince(began), 1)) s)")

        // Moments drawn across the year, the same every run of the benchmark.
        let moments = (0..<max(runs, 1)).map { n -> Instant in
            let day = Int64((n * 7_919 + 1_234) % 365), second = Int64((n * 104_729) % 86_400)
            return Self.start.adding(milliseconds: day * Self.day + second * 1_000)
        }
        let desk = Desk(store: store, clock: FixedClock(end), actor: "bench", rules: nil)
        let goal = "limit 1 s"
        reportTimes("the desk open at a moment (in process)", runs: moments.count, goal: goal) {
            _ = try? desk.moment(at: moments[$0], scope: .open).incidents(includeClosed: false)
        }
        reportTimes("its running clocks (in process)", runs: moments.count, goal: goal) {
            _ = try? desk.moment(at: moments[$0], scope: .pendingClocks).clocks(includeSettled: false)
        }
        let environment = ["CERTDESK_NOW": ISO8601.utcMillisecondString(end), "CERTDESK_DB": path]
        for arguments in [["list", "--json"], ["clocks", "--json"], ["show", "ID", "--json"]] {
            reportTimes("certdesk \(arguments.joined(separator: " ")) --as-of (whole process)", runs: moments.count, goal: goal) {
                // `show` reads the first incident that arrived the day before the moment.
                let day = Int(Self.start.milliseconds(until: moments[$0]) / Self.day)
                let shown = arguments.map { $0 == "ID" ? ids(max(0, day - 1)).first ?? "" : $0 }
                timed(certdesk, shown + ["--as-of", ISO8601.utcMillisecondString(moments[$0])], environment: environment)
            }
        }
        ReplayBenchmark(store: store, start: Self.start, end: end, jumps: max(runs * 20, 200)).run()
    }

    /// The year, recorded a day at a time; the ids each day's arrivals were given.
    func build(_ path: String) -> (store: DeskStore, openedOn: [[String]])? {
        timed(certdesk, ["--db", path, "--region", "TCN", "--create", "list"], environment: ["CERTDESK_NOW": ISO8601.utcMillisecondString(Self.start)])
        guard let store = try? DeskStore(path: path) else { return nil }
        let perDay = max(1, incidents / 365)
        var opened = 0
        var openedOn: [[String]] = []
        func ids(_ day: Int) -> [String] { day >= 0 && day < openedOn.count ? openedOn[day] : [] }
        for day in 0..<365 {
            let morning = Self.start.adding(milliseconds: Int64(day) * Self.day)
            let decoder = TicketDecoder(now: morning, fileLabel: "bench")
            var arrivals: [DeskCommand] = []
            for _ in 0..<perDay where opened < incidents {
                opened += 1
                guard let json = try? JSONValue.parse(Self.ticket(opened, aware: morning.adding(milliseconds: -600_000))),
                      let draft = try? decoder.decode(json, at: JSONPath()) else { continue }
                arrivals.append(.openIncident(draft))
            }
            let outcomes = (try? store.perform(arrivals, actor: "bench", clock: FixedClock(morning))) ?? []
            openedOn.append(outcomes.compactMap { outcome in
                if case .recorded(let events) = outcome { return events.first?.event.incidentID }
                return nil
            })
            // Yesterday's arrivals are classified and worked through the day.
            let yesterday = ids(day - 1)
            _ = try? store.perform(yesterday.flatMap { id -> [DeskCommand] in
                [.setLevel(incident: id, level: .two, basis: nil, reason: "機關確認影響範圍：單一業務系統"),
                 .meet(incident: id, kind: .reportPlatform, at: nil, note: "已於通報平台完成通報")]
            }, actor: "bench", clock: FixedClock(morning.adding(milliseconds: 3_600_000)))
            for hour in 2..<8 {
                _ = try? store.perform(yesterday.map { .addNote(incident: $0, text: "值班紀錄：已電話聯繫機關聯絡人，處置第 \(hour) 小時") },
                                       actor: "bench", clock: FixedClock(morning.adding(milliseconds: Int64(hour) * 3_600_000)))
            }
            _ = try? store.perform(ids(day - 4).map {
                .changePhase(incident: $0, phase: .closed, override: "結案：機關已完成復原並回報")
            }, actor: "bench", clock: FixedClock(morning.adding(milliseconds: 9 * 3_600_000)))
        }
        return (store, openedOn)
    }

    static func ticket(_ n: Int, aware: Instant) -> String {
        let agencies = ["臺中市北屯區公所", "彰化縣政府", "南投縣政府衛生局", "臺中市政府環境保護局"]
        return #"{"id":"SOC-\#(n)","title":"主機連線至已知惡意中繼站 host-\#(n)","category":"c2-beacon","level":1,"agency":"\#(agencies[n % 4])","aware_at":"\#(ISO8601.utcMillisecondString(aware))","indicators":[{"type":"ipv4","value":"203.0.113.\#(n % 250 + 1)"}]}"#
    }
}
