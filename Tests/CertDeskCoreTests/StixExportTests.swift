import Foundation
import Testing
@testable import CertDeskCore

/// Identifiers and patterns of the STIX export: the observable ids the standard fixes, stable
/// version 4 ids for the rest, and patterns that say exactly the value kept.
@Suite("STIX export")
struct StixExportTests {
    /// STIX 2.1 §2.9's worked case, as ../shared/domain/regulations-and-standards.md §3 gives it.
    @Test func observableIdsAreTheStandardsUUIDv5() {
        #expect(StixIdentifier.observable("ipv4-addr", ["value": "203.0.113.5"]) == "ipv4-addr--826fe3cb-56b0-5620-9d30-4c17ed7b24e3")
    }

    @Test func objectIdsAreStableVersion4UUIDs() {
        let a = StixIdentifier.object("incident", name: "TCN/TCN-2026-0001/incident")
        #expect(a == StixIdentifier.object("incident", name: "TCN/TCN-2026-0001/incident"))
        #expect(a != StixIdentifier.object("incident", name: "TCN/TCN-2026-0002/incident"))
        #expect(a != StixIdentifier.object("incident", name: "KHH/TCN-2026-0001/incident"))
        let uuid = String(a.dropFirst("incident--".count))
        #expect(uuid.count == 36)
        #expect(Array(uuid)[14] == "4")
        #expect("89ab".contains(Array(uuid)[19]))
    }

    @Test func patternsEscapeQuotesAndBackslashesAndReadBack() {
        let odd = Indicator(kind: .url, value: #"http://x.example/a'b\c"#)
        let pattern = StixExport.pattern(odd)
        #expect(pattern == #"[url:value = 'http://x.example/a\'b\\c']"#)
        #expect(StixPattern.indicators(in: pattern) == [odd])
        for indicator in [Indicator(kind: .sha256, value: String(repeating: "ab", count: 32)), Indicator(kind: .md5, value: String(repeating: "c", count: 32)),
                          Indicator(kind: .ipv6, value: "2001:db8::1"), Indicator(kind: .email, value: "a@b.example")] {
            #expect(StixPattern.indicators(in: StixExport.pattern(indicator)) == [indicator], "\(indicator)")
        }
    }

    @Test func levelsKeepTheirBandOfCriticality() {
        for level in IncidentLevel.allCases {
            let criticality = StixExport.criticality(level)
            #expect((0...100).contains(criticality))
            #expect(Int(criticality) / 25 + 1 == level.rawValue)
        }
    }
}
