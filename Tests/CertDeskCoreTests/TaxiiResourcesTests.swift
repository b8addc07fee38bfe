import Testing
@testable import CertDeskCore

/// The TAXII 2.1 resources as the client reads them: strictly, so that what is not TAXII is
/// named, never used.
@Suite("TAXII 2.1 resources")
struct TaxiiResourcesTests {
    @Test func discoveryAPIRootAndCollections() throws {
        let discovery = try TaxiiResources.discovery(json(#"""
            {"title":"ISAC","default":"https://isac.example/api1/","api_roots":["https://isac.example/api1/","/api2/"]}
            """#))
        #expect(discovery == .init(title: "ISAC", defaultRoot: "https://isac.example/api1/", apiRoots: ["https://isac.example/api1/", "/api2/"]))
        let root = try TaxiiResources.apiRoot(json(#"{"title":"api1","versions":["application/taxii+json;version=2.1"]}"#))
        #expect(TaxiiResources.speaks21(root))
        #expect(!TaxiiResources.speaks21(try TaxiiResources.apiRoot(json(#"{"title":"old","versions":["application/vnd.oasis.taxii+json; version=2.0"]}"#))))
        let collections = try TaxiiResources.collections(json(#"""
            {"collections":[{"id":"c1","title":"incidents","can_read":true,"can_write":false}]}
            """#))
        #expect(collections == [.init(id: "c1", title: "incidents", canRead: true, canWrite: false)])
    }

    @Test func anEnvelopeAndItsPaging() throws {
        let page = try TaxiiResources.envelope(json(#"{"more":true,"next":"abc","objects":[{"type":"indicator","id":"indicator--1"}]}"#))
        #expect(page.more && page.next == "abc" && page.objects.count == 1)
        let empty = try TaxiiResources.envelope(json("{}"))
        #expect(!empty.more && empty.objects.isEmpty, "an empty collection answers an empty envelope")
        #expect(throws: JSONFieldReader.FieldError.self) { try TaxiiResources.envelope(json(#"{"more":true,"objects":[]}"#)) }
        #expect(throws: JSONFieldReader.FieldError.self) { try TaxiiResources.envelope(json(#"{"objects":[1]}"#)) }
        #expect(throws: JSONFieldReader.FieldError.self) { try TaxiiResources.envelope(json(#"["not","an","envelope"]"#)) }
    }

    @Test func theStatusOfAnAdd() throws {
        let status = try TaxiiResources.status(json(#"""
            {"id":"s1","status":"complete","success_count":3,"failure_count":1,"pending_count":0,
             "failures":[{"id":"indicator--9","message":"Unable to process object"}]}
            """#))
        #expect(status.complete && status.successes == 3 && status.pending == 0)
        #expect(status.failures == [.init(id: "indicator--9", message: "Unable to process object")])
    }

    @Test func aServersErrorMessageOrNothing() {
        #expect(TaxiiResources.errorMessage(json(#"{"title":"Unauthorized","description":"no account"}"#)) == .init(title: "Unauthorized", description: "no account"))
        #expect(TaxiiResources.errorMessage(json(#"{"error":"x"}"#)) == nil)
    }

    @Test(arguments: [("2026-12-07T01:10:56.761649Z", true), ("2026-12-07T01:10:56Z", true), ("2026-12-07T01:10:56+08:00", false),
                      ("yesterday", false), ("2026-12-07T01:10:56.761649Z&limit=1", false), ("", false)])
    func aBookmarkIsAUTCTimeAsTheServerWroteIt(_ text: String, _ kept: Bool) {
        #expect(TaxiiResources.isTimestamp(text) == kept)
    }

    @Test func anObjectsVersion() {
        #expect(TaxiiResources.version(of: json(#"{"created":"2026-03-01T00:00:00.000Z","modified":"2026-03-02T00:00:00.000Z"}"#))
                == instant("2026-03-02T00:00:00Z"))
        #expect(TaxiiResources.version(of: json(#"{"type":"ipv4-addr","value":"45.77.10.1"}"#)) == nil)
    }
}
