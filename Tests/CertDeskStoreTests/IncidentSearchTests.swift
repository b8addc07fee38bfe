import CertDeskCore
import Foundation
@testable import CertDeskStore
import GRDB
import Testing

/// The queue filter's trigram index (`IncidentSearch`): a filter of three characters or more is
/// looked up in it, a shorter one scans; either way the queue shows exactly the incidents the
/// replay console's in-memory filter (`QueueQuery.admits`) shows.
@Suite("Incident search")
struct IncidentSearchTests {
    static let titles = ["主機疑似勒索軟體加密", "Web 伺服器遭置換首頁 (Defacement)", "公文系統帳號異常登入 \"admin\"",
                         "DDoS 100% 頻寬滿載", "釣魚郵件 under_score 測試", "VPN 閘道 CVE-2024-3400 利用嘗試"]
    static let agencies = ["臺中市北屯區公所", "彰化縣衛生局", "南投縣政府稅務局"]

    private static func fill(_ desk: TestDesk) throws -> [Incident] {
        try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
        _ = try desk.perform((0..<12).map { n in
            .openIncident(Drafts.ticket(n, title: titles[n % titles.count] + " #\(n)", agency: agencies[n % agencies.count],
                                        indicators: [Indicator(kind: .domain, value: "c2-\(n).example.net"),
                                                     Indicator(kind: .ipv4, value: "203.0.113.\(n + 10)")]))
        })
        // Closed ones leave the open queue's count (the index's queue column follows), and a
        // reopened one comes back.
        for id in ["TCN-2026-0002", "TCN-2026-0005", "TCN-2026-0007"] {
            try desk.perform(.changePhase(incident: id, phase: .closed, override: "handled outside the desk"))
        }
        try desk.perform(.changePhase(incident: "TCN-2026-0005", phase: .detectionAnalysis, override: "reopened: the host beaconed again"))
        return try desk.store.incidents(includeClosed: true)
    }

    static let patterns = ["勒索軟體", "勒索", "彰化縣衛生局", "衛生", "北屯區", "ddos", "DDoS", "defacement", "DEFACE", "100%", "0%",
                           "under_score", "r_s", "\"admin\"", "\"", "c2-1", "c2-11.example.net", "203.0.113.2", "TCN-2026-0003",
                           "tcn-2026-001", "#1", "CVE-2024", "不存在的字串", "a\"b", "   北屯   ", "open", "closed", "queue"]

    @Test(arguments: patterns)
    func theIndexShowsWhatTheInMemoryFilterShows(pattern: String) throws {
        try withTestDesk { desk in
            let incidents = try Self.fill(desk)
            #expect(incidents.filter { $0.phase == .closed }.count == 2)
            for includeClosed in [true, false] {
                let query = QueueQuery(filter: pattern, includeClosed: includeClosed, order: .id)
                let expected = incidents.filter(query.admits).map(\.id).sorted()
                #expect(try desk.store.queue(query, offset: 0, limit: 100, now: watchTime).map(\.id) == expected, "\(includeClosed)")
                #expect(try desk.store.queueCount(query) == expected.count, "\(includeClosed)")
                let urgent = QueueQuery(filter: pattern, includeClosed: includeClosed)
                #expect(Set(try desk.store.queue(urgent, from: .start, limit: 100, now: watchTime).map(\.id)) == Set(expected))
            }
            // Matches listed for the query to be driven from, or checked row by row: the same rows.
            let text = TextChecks.trimmed(pattern)
            guard IncidentSearch.indexes(text) else { return }
            let all = incidents.filter(QueueQuery(filter: pattern, includeClosed: true).admits).map(\.id).sorted()
            for listing in [0, IncidentSearch.listedMatches] {
                let found = try desk.store.read { db in
                    let search = try IncidentSearch.condition(text, db, listing: listing)
                    #expect(search.listed == (listing > 0 || all.isEmpty))
                    return try String.fetchAll(db, sql: "SELECT id FROM incidents WHERE \(search.clause) ORDER BY id", arguments: search.arguments)
                }
                #expect(found == all, "listing \(listing)")
            }
        }
    }

    @Test func aLongFilterIsALookupAndAShortOneAScan() throws {
        try withTestDesk { desk in
            _ = try Self.fill(desk)
            func plan(_ text: String) throws -> String {
                return try desk.store.read { db in
                    let (clause, arguments, _) = try QueueSQL.filter(QueueQuery(filter: text), db)
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM incidents WHERE \(clause)", arguments: arguments)
                        .map { $0["detail"] as String }.joined(separator: "\n")
                }
            }
            #expect(try plan("勒索軟體").contains("VIRTUAL TABLE INDEX"), "looked up in incident_search")
            #expect(try !plan("勒索").contains("VIRTUAL TABLE"), "two characters: no trigram, the scan")
        }
    }

    @Test func aDeskFromBeforeTheIndexHasItFilled() throws {
        try withTestDesk { desk in
            _ = try Self.fill(desk)
            // As a desk from before the index: empty it, run the migration's fill again.
            try desk.store.write { db in
                try db.execute(sql: "DELETE FROM incident_search")
            }
            #expect(try desk.store.queueCount(QueueQuery(filter: "勒索軟體")) == 0)
            try desk.store.write { db in try IncidentSearch.fill(db) }
            #expect(try desk.store.queueCount(QueueQuery(filter: "勒索軟體")) == 1, "TCN-2026-0007 is closed")
            #expect(try desk.store.queueCount(QueueQuery(filter: "勒索軟體", includeClosed: true)) == 2)
            #expect(try desk.store.queueCount(QueueQuery(filter: "c2-7.example")) == 1)
        }
    }
}
