import CertDeskCore
import Foundation
@testable import CertDeskStore
import GRDB
import Testing

/// The queue filter's two ways of finding its matches — the trigram index (`IncidentSearch`),
/// for a one-off filter of three characters or more, and the text a console holds in memory
/// (`IncidentSearchText`), for everything else — and the pages the held text hands the queue:
/// the queue shows exactly the incidents the replay console's in-memory filter
/// (`QueueQuery.admits`) shows, in Core's urgency order, whichever way they were found.
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
                           "tcn-2026-001", "#1", "CVE-2024", "不存在的字串", "a\"b", "   北屯   ", "open", "closed", "queue", "1", "勒",
                           "\n", "\u{0}"]

    enum Way: String, CaseIterable, CustomTestStringConvertible {
        case index, held
        var testDescription: String { rawValue }
    }

    @Test(arguments: patterns, Way.allCases)
    func bothWaysShowWhatTheInMemoryFilterShows(pattern: String, way: Way) throws {
        try withTestDesk { desk in
            let incidents = try Self.fill(desk)
            #expect(incidents.filter { $0.phase == .closed }.count == 2)
            if way == .held { try desk.store.holdSearchText() }
            let text = TextChecks.trimmed(pattern)
            for includeClosed in [true, false] {
                let query = QueueQuery(filter: pattern, includeClosed: includeClosed, order: .id)
                let admitted = incidents.filter(query.admits)
                let expected = admitted.map(\.id).sorted()
                #expect(try desk.store.queue(query, offset: 0, limit: 100, now: watchTime).map(\.id) == expected, "\(includeClosed)")
                #expect(try desk.store.queueCount(query) == expected.count, "\(includeClosed)")
                let urgent = QueueQuery(filter: pattern, includeClosed: includeClosed)
                let shown = try desk.store.queue(urgent, from: .start, limit: 100, now: watchTime).map(\.id)
                #expect(shown == QueueUrgency.sorted(admitted, at: watchTime).map(\.id), "\(includeClosed): Core's order")
            }
            // Which way answered: a one-off long filter the index; anything else the held text.
            #expect(desk.store.searchText.isHeld == (way == .held || (!text.isEmpty && !IncidentSearch.indexes(text))))
            // Matches listed for the query to be driven from, or checked row by row: the same rows.
            guard !text.isEmpty else { return }
            let all = incidents.filter(QueueQuery(filter: pattern, includeClosed: true).admits).map(\.id).sorted()
            for listing in [0, IncidentSearch.listedMatches] {
                let found = try desk.store.read { db in
                    let search = try IncidentSearch.condition(text, db, held: desk.store.searchText, listing: listing)
                    #expect(search.listed == (listing > 0 || all.isEmpty))
                    return try String.fetchAll(db, sql: "SELECT id FROM incidents WHERE \(search.clause) ORDER BY id", arguments: search.arguments)
                }
                #expect(found == all, "listing \(listing)")
            }
        }
    }

    @Test func aOneOffLongFilterIsALookupAndAnythingElseIsSearchedInMemory() throws {
        try withTestDesk { desk in
            _ = try Self.fill(desk)
            // Which statements a filter runs, as SQLite traces them.
            final class Seen: @unchecked Sendable { var statements: [String] = [] }
            func lookedUp(_ text: String) throws -> Bool {
                try desk.store.read { db in
                    let seen = Seen()
                    db.trace { seen.statements.append("\($0)") }
                    defer { db.trace(options: [], nil) }
                    _ = try QueueSQL.filter(QueueQuery(filter: text), db, held: desk.store.searchText)
                    return seen.statements.contains { $0.contains("MATCH") }
                }
            }
            #expect(try lookedUp("勒索軟體"), "looked up in incident_search")
            #expect(!desk.store.searchText.isHeld)
            #expect(try !lookedUp("勒索"), "two characters: searched in memory")
            #expect(desk.store.searchText.isHeld, "and the text is now held")
            #expect(try !lookedUp("勒索軟體的"), "held: every filter is answered from memory")
        }
    }

    /// Typing lengthens the filter (each search narrows the last one's matches) and erasing
    /// shortens it: every step shows what a fresh search shows.
    @Test func typingAndErasingShowWhatAFreshFilterShows() throws {
        try withTestDesk { desk in
            let incidents = try Self.fill(desk)
            try desk.store.holdSearchText()
            let typed = "c2-11.example.net"
            let prefixes = (1...typed.count).map { String(typed.prefix($0)) }
            for text in prefixes + prefixes.reversed() + ["203.0.113.2", "203.0.113.", "勒索", "勒索軟體"] {
                let query = QueueQuery(filter: text, includeClosed: true, order: .id)
                let expected = incidents.filter(query.admits).map(\.id).sorted()
                #expect(try desk.store.queue(query, offset: 0, limit: 100, now: watchTime).map(\.id) == expected, "\(text)")
                #expect(try desk.store.queueCount(query) == expected.count, "\(text)")
            }
        }
    }

    /// The held text follows the journal: this store's own commands and another process's.
    @Test func theHeldTextFollowsEveryChange() throws {
        try withTestDesk { desk in
            _ = try Self.fill(desk)
            try desk.store.holdSearchText()
            let store = desk.store
            func ids(_ text: String, closed: Bool = false) throws -> [String] {
                try store.queue(QueueQuery(filter: text, includeClosed: closed), from: .start, limit: 100, now: watchTime).map(\.id)
            }
            #expect(try ids("c2-90.example").isEmpty)
            let opened = try desk.open(Drafts.ticket(90, title: "新進工單 VPN 異常", indicators: [Indicator(kind: .domain, value: "c2-90.example.net")]))
            #expect(try ids("c2-90.example") == [opened])
            #expect(try store.queueCount(QueueQuery(filter: "")) == 11, "the open queue's count, held")
            try desk.perform(.changePhase(incident: opened, phase: .closed, override: "誤報"))
            #expect(try ids("c2-90.example").isEmpty, "closed: out of the open queue")
            #expect(try ids("c2-90.example", closed: true) == [opened])
            #expect(try store.queueCount(QueueQuery(filter: "")) == 10)
            // A level set moves an incident up the queue: the held order follows.
            try desk.perform(.setLevel(incident: "TCN-2026-0011", level: .four, basis: nil, reason: "核心系統遭加密"))
            let all = try store.incidents(includeClosed: false)
            #expect(try ids("TCN-2026") == QueueUrgency.sorted(all, at: watchTime).map(\.id))
            #expect(try ids("TCN-2026").first == "TCN-2026-0011")
            // Another process's ticket, through its own store on the same file.
            let other = try DeskStore(path: desk.path)
            _ = try other.perform(.openIncident(Drafts.ticket(91, title: "外部來的工單", indicators: [])), actor: officer, clock: desk.clock)
            #expect(try ids("外部來的").count == 1)
            #expect(try store.queueCount(QueueQuery(filter: "外部來的")) == 1)
        }
    }

    /// A reader that began before another's commit must not be answered from text newer than
    /// what it reads; it finds its own matches.
    @Test func aReaderOlderThanTheHeldTextIsNotAnsweredFromIt() throws {
        try withTestDesk { desk in
            let incidents = try Self.fill(desk)
            let held = IncidentSearchText()
            try desk.store.read { db in
                let head = try IncidentSearch.journalHead(db)
                #expect(try held.matches("c2-1", at: head, db)?.rowids.count == 3, "c2-1, c2-10, c2-11")
                #expect(try held.matches("c2-1", at: head - 1, db) == nil)
                #expect(try held.count("c2-1", at: head - 1, db) == nil)
                #expect(try held.page("c2-1", at: head - 1, db, now: watchTime, includeClosed: false, from: nil, forward: true, limit: 5) == nil)
            }
            #expect(incidents.filter(QueueQuery(filter: "c2-1", includeClosed: true).admits).count == 3)
        }
    }

    /// Pages of a filter's matches, forwards from the top and backwards from the end, each from
    /// the last one's edge: together the whole of Core's order, once each.
    @Test func pagesOfTheMatchesKeepTheQueueOrder() throws {
        try withTestDesk { desk in
            try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
            let levels: [IncidentLevel?] = [nil, .one, .two, .three, .four]
            _ = try desk.perform((0..<40).map { n in
                .openIncident(Drafts.ticket(n, title: "網頁置換 #\(n)", level: levels[n % levels.count],
                                            agency: Self.agencies[n % Self.agencies.count]))
            })
            for drill in 40..<44 {
                var draft = Drafts.ticket(drill, title: "演練 網頁置換 #\(drill)", level: .three)
                draft.exercise = true
                try desk.perform(.openIncident(draft))
            }
            try desk.store.holdSearchText()
            let query = QueueQuery(filter: "網頁置換")
            let expected = QueueUrgency.sorted(try desk.store.incidents(includeClosed: false).filter(query.admits), at: watchTime).map(\.id)
            #expect(expected.count == 44)
            var forward: [QueueRow] = try desk.store.queue(query, from: .start, limit: 7, now: watchTime)
            while let last = forward.last, forward.count < 60 {
                let next = try desk.store.queue(query, from: .after(last), limit: 7, now: watchTime)
                if next.isEmpty { break }
                forward += next
            }
            #expect(forward.map(\.id) == expected)
            var backward: [QueueRow] = try desk.store.queue(query, from: .end, limit: 7, now: watchTime)
            while let first = backward.first, backward.count < 60 {
                let earlier = try desk.store.queue(query, from: .before(first), limit: 7, now: watchTime)
                if earlier.isEmpty { break }
                backward = earlier + backward
            }
            #expect(backward.map(\.id) == expected)
        }
    }

    /// Letters with a case beyond A–Z fold as FTS5's trigram tokenizer folds them, so the index
    /// and the held text find the same incidents.
    @Test(arguments: ["ärger", "ÄRGER", "σοφια", "ΣΟΦΙΑ", "дом", "ДОМ", "ａｂｃ", "ＡＢＣ", "école", "ÉCOLE"], Way.allCases)
    func caseBeyondASCIIFoldsAsTheIndexFolds(pattern: String, way: Way) throws {
        try withTestDesk { desk in
            try desk.perform(.adoptPolicy(try shippedDefaultPolicy()))
            let id = try desk.open(Drafts.ticket(1, title: "Ärger ΣΟΦΙΑ Дом ＡＢＣ École 告警"))
            _ = try desk.open(Drafts.ticket(2, title: "無關的工單"))
            if way == .held { try desk.store.holdSearchText() }
            #expect(try desk.store.queue(QueueQuery(filter: pattern), from: .start, limit: 10, now: watchTime).map(\.id) == [id])
            #expect(try desk.store.incidents(includeClosed: true).filter(QueueQuery(filter: pattern).admits).map(\.id) == [id])
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
