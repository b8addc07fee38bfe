import CertDeskCore
@testable import CertDeskStore
import Testing

/// Whatever the store accepts, it must read back exactly — through its projections and through
/// `verify` — or refuse up front. Incident text may be evidence and is kept as received
/// (CanonicalJSON: "control characters included").
@Suite("Round trip of accepted input")
struct RoundTripTests {
    @Test func unusualButPrintableTextRoundTrips() throws {
        try withTestDesk { desk in
            let title = "臺中市 \"quoted\" \\ back\\slash 🔒 e\u{301} \u{2028} 'single'"
            let id = try desk.open(Drafts.ticket(1, title: title, description: "line1\nline2\r\n\ttab",
                                                 indicators: [Indicator(kind: .url, value: "http://198.51.100.9:8080/gate.php?a=1&b='2'")]))
            try desk.perform(.setLevel(incident: id, level: .two, basis: nil, reason: "理由：\"C/I/A\" 皆輕微\n第二行"))
            let stored = try #require(try desk.store.incident(id))
            #expect(stored.title == title)
            #expect(stored.description == "line1\nline2\r\n\ttab")
            #expect(stored.levelReason == "理由：\"C/I/A\" 皆輕微\n第二行")
            #expect(stored.indicators.map(\.value) == ["http://198.51.100.9:8080/gate.php?a=1&b='2'"])
            #expect(try desk.store.verify().isIntact)
        }
    }

    /// A ticket may carry `\u0000` in its title or description (the ingest checks only blank and
    /// length there). The journal keeps it escaped; the projection must keep it too.
    @Test func textWithNULRoundTripsThroughTheProjection() throws {
        try withTestDesk { desk in
            let id = try desk.open(Drafts.ticket(1, title: "before\u{0}after", description: "log excerpt: \u{0}\u{1}\u{1F}"))
            try desk.perform(.setLevel(incident: id, level: .one, basis: nil, reason: "reason\u{0}tail"))
            let body = try desk.sqlite("SELECT body FROM journal WHERE seq = 2").output
            #expect(body.contains(#"before\u0000after"#))

            let stored = try #require(try desk.store.incident(id))
            #expect(stored.title == "before\u{0}after")
            #expect(stored.description == "log excerpt: \u{0}\u{1}\u{1F}")
            #expect(stored.levelReason == "reason\u{0}tail")
            let report = try desk.store.verify()
            #expect(report.isIntact, "\(report.problems)")
        }
    }

    /// `registerAgency` records whatever it is given, but the journal reader insists on a
    /// non-blank agency name: the desk would record an event that its own `verify` calls corrupt.
    @Test func blankAgencyNameIsRefusedOrVerifies() throws {
        try withTestDesk { desk in
            let blank = Agency(id: "AG-900", name: " ", region: .taichung, county: "臺中市", type: "police", grade: .c,
                               contacts: [Agency.Contact(name: "王小明（虛構）", phone: "04-0000-0000")])
            do throws(StoreError) {
                try desk.perform(.registerAgency(blank))
            } catch {
                guard case .refused = error else { Issue.record("expected a refusal, got \(error)"); return }
                #expect(try desk.store.journalLength() == 1)
                return
            }
            let report = try desk.store.verify()
            #expect(report.isIntact, "recorded, then reported as corrupt: \(report.problems)")
        }
    }

    /// The same for an agency contact without a name.
    @Test func blankContactNameIsRefusedOrVerifies() throws {
        try withTestDesk { desk in
            let agency = Agency(id: "AG-901", name: "臺中市測試機關", region: .taichung, county: "臺中市", type: "police",
                                grade: .c, contacts: [Agency.Contact(name: "", email: "it@agency.example")])
            do throws(StoreError) {
                try desk.perform(.registerAgency(agency))
            } catch {
                guard case .refused = error else { Issue.record("expected a refusal, got \(error)"); return }
                return
            }
            let report = try desk.store.verify()
            #expect(report.isIntact, "recorded, then reported as corrupt: \(report.problems)")
        }
    }

    /// And for a draft whose source id is blank.
    @Test func blankSourceIDIsRefusedOrVerifies() throws {
        try withTestDesk { desk in
            var draft = Drafts.ticket(1)
            draft.source = IncidentSource(kind: .manual, id: "")
            do throws(StoreError) {
                try desk.perform(.openIncident(draft))
            } catch {
                guard case .refused = error else { Issue.record("expected a refusal, got \(error)"); return }
                return
            }
            let report = try desk.store.verify()
            #expect(report.isIntact, "recorded, then reported as corrupt: \(report.problems)")
        }
    }
}
