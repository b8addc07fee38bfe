import CertDeskCore
import Foundation

/// Issue goal: 100,000 tickets as JSON Lines into an empty desk, next to the time the sqlite3
/// CLI takes to insert the same rows into a table of the same shape in one transaction.
/// Goal: certdesk at most 2x sqlite3.
struct IngestBenchmark {
    let certdesk: String
    let count: Int
    let runs: Int

    func run() {
        let folder = scratchFolder("ingest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tickets = folder.appendingPathComponent("tickets.jsonl").path
        let sql = folder.appendingPathComponent("same-rows.sql").path
        let now = "2026-03-03T00:00:00Z"
        print("ingest: \(count) tickets, \(runs) runs each (release build)")
        writeTickets(to: tickets)

        // The table shape is taken from a desk certdesk created, so the comparison cannot drift.
        let template = folder.appendingPathComponent("template.sqlite").path
        timed(certdesk, ["list", "--create", "--db", template], environment: ["CERTDESK_NOW": now])
        let schema = folder.appendingPathComponent("schema.sql").path
        timed("/usr/bin/sqlite3", [template, ".schema incidents"], stdout: schema)
        writeInserts(schemaFile: schema, to: sql)

        var sqliteTimes: [Double] = [], certdeskTimes: [Double] = []
        for n in 0..<runs {
            let plain = folder.appendingPathComponent("plain-\(n).sqlite").path
            sqliteTimes.append(timed("/usr/bin/sqlite3", [plain], stdin: sql))
            let desk = folder.appendingPathComponent("desk-\(n).sqlite").path
            timed(certdesk, ["list", "--create", "--db", desk], environment: ["CERTDESK_NOW": now])   // empty desk, created
            certdeskTimes.append(timed(certdesk, ["ingest", "--db", desk, tickets], environment: ["CERTDESK_NOW": now]))
        }
        // A second reference: sqlite3 replaying every row certdesk wrote (journal, incidents,
        // indicators, ...) in WAL mode, i.e. SQLite's own floor for the data this design keeps.
        let everything = folder.appendingPathComponent("all-rows.sql").path
        timed("/usr/bin/sqlite3", [folder.appendingPathComponent("desk-0.sqlite").path, ".dump"], stdout: everything + ".body")
        let body = (try? Data(contentsOf: URL(fileURLWithPath: everything + ".body"))) ?? Data()
        _ = FileManager.default.createFile(atPath: everything, contents: Data("PRAGMA journal_mode=WAL;\n".utf8) + body)
        var replayTimes: [Double] = []
        for n in 0..<runs {
            replayTimes.append(timed("/usr/bin/sqlite3", [folder.appendingPathComponent("replay-\(n).sqlite").path],
                                     stdin: everything))
        }
        let s = Sample(values: sqliteTimes), c = Sample(values: certdeskTimes), r = Sample(values: replayTimes)
        print("  sqlite3 CLI, same incident rows, one table, one transaction: min \(format(s.min)) s, median \(format(s.median)) s")
        print("  sqlite3 CLI, every row certdesk writes, WAL, one transaction: min \(format(r.min)) s, median \(format(r.median)) s")
        print("  certdesk ingest (parse, validate, hash chain, journal + projections): min \(format(c.min)) s,"
            + " median \(format(c.median)) s = \(Int(Double(count) / c.median)) incidents/s")
        print("  ratio certdesk / sqlite3 one table (median): \(format(c.median / s.median, 2))x  (goal: at most 2x)")
        print("  ratio certdesk / sqlite3 same rows   (median): \(format(c.median / r.median, 2))x")
    }

    private func ticket(_ n: Int) -> (id: String, title: String, category: String, level: Int?, agency: String,
                                      aware: String, indicators: [(String, String)]) {
        let categories = ["ransomware", "ddos", "defacement", "data-leak", "unauthorized-access", "malware-outbreak",
                          "c2-beacon", "phishing", "spam", "other"]
        let agencies = ["臺中市北屯區公所", "彰化縣衛生局", "南投縣政府稅務局", "臺中市政府警察局", "彰化縣政府"]
        let minute = n % 1440
        let aware = "2026-03-02T\(Digits.two(minute / 60)):\(Digits.two(minute % 60)):00+08:00"
        return ("SOC-BENCH-\(n)", "事件單 \(n)：主機連線至已知惡意中繼站 host-\(n % 997)", categories[n % categories.count],
                n % 5 == 0 ? nil : n % 4 + 1, agencies[n % agencies.count], aware,
                [("ipv4", "203.0.113.\(n % 250 + 1)"), ("domain", "c2-\(n % 9973).example.net")])
    }

    private func writeTickets(to path: String) {
        var out = ""
        out.reserveCapacity(count * 400)
        for n in 0..<count {
            let t = ticket(n)
            let level = t.level.map(String.init) ?? "null"
            let indicators = t.indicators.map { #"{"type":"\#($0.0)","value":"\#($0.1)"}"# }.joined(separator: ",")
            out += #"{"id":"\#(t.id)","title":"\#(t.title)","category":"\#(t.category)","level":\#(level),"agency":"\#(t.agency)","occurred_at":"\#(t.aware)","aware_at":"\#(t.aware)","reported_at":"\#(t.aware)","description":"DDI 告警：週期性 HTTPS 連線至 ISAC 惡意中繼站清單網域。","indicators":[\#(indicators)],"exercise":false}"#
            out += "\n"
        }
        _ = FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
    }

    private func writeInserts(schemaFile: String, to path: String) {
        let schema = (try? String(contentsOfFile: schemaFile, encoding: .utf8)) ?? ""
        var out = schema + "\nBEGIN;\n"
        out.reserveCapacity(count * 500)
        for n in 0..<count {
            let t = ticket(n)
            let id = "TCN-2026-" + String(n + 1)
            let ms = 1_772_380_800_000 + Int64(n % 1440) * 60_000
            // Every column certdesk fills, the queue's deadline key included (report-platform: aware + 1 h).
            out += "INSERT INTO incidents (id, source_kind, source_id, source_file, title, category, level, level_basis, level_reason, "
                + "agency, agency_id, occurred_at, aware_at, reported_at, description, phase, assignee, exercise, tlp, opened_at, "
                + "opened_by, updated_at, note_count, last_seq, next_due_at, next_due_kind, next_warn_at) "
                + "VALUES('\(id)','soc-ticket','\(t.id)','tickets.jsonl','\(t.title)','\(t.category)',"
                + "\(t.level.map(String.init) ?? "NULL"),NULL,NULL,'\(t.agency)',NULL,\(ms),\(ms),\(ms),"
                + "'DDI 告警：週期性 HTTPS 連線至 ISAC 惡意中繼站清單網域。','preparation',NULL,0,NULL,\(ms),'bench',\(ms),0,\(n + 2),"
                + "\(ms + 3_600_000),'report-platform',\(ms + 2_700_000));\n"
        }
        out += "COMMIT;\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
    }

}
