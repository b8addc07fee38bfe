import Testing
@testable import CertDeskCore

/// One rule for names and ids (`NameRule`): a ticket's id, an agency's id, a person's name and
/// a notice's recipient refuse the same characters for the same reason — a ticket id holding
/// U+202E is not let in while `assign` refuses the same character.
@Suite("Names and ids: one rule")
struct NameRuleTests {
    static let hostile: [(String, String)] = [
        ("AG-\u{202E}100", "U+202E"),   // right-to-left override: reads as another id
        ("AG-\u{2066}1", "U+2066"),     // left-to-right isolate
        ("AG-\u{200B}1", "U+200B"),     // zero-width space: two ids that look the same
        ("AG-\u{00AD}1", "U+00AD"),     // soft hyphen
        ("AG-\u{1B}[31m", "U+001B"),
        ("AG-\u{9B}1", "U+009B"),
        ("AG-\u{2028}1", "U+2028"),
    ]

    @Test(arguments: hostile)
    func everyNameAndIdRefusesTheSameCharacter(_ text: String, _ code: String) throws {
        #expect(NameRule.problem(text, limit: 128) == .hidden(text.unicodeScalars.first(where: TextChecks.isHidden)!))

        let ticket = try #require(decodeTicket(ticket(id: text, [:])).failure)
        #expect(ticket.path.description == "id")
        #expect(ticket.reason.en == "a ticket id cannot hold \(code): control, bidirectional and invisible formatting characters make it read as something else")
        #expect(ticket.reason.zh.contains(code))

        let person = try #require(PersonName.problem(text))
        #expect(person.en == "a name cannot hold \(code): control, bidirectional and invisible formatting characters make it read as something else")

        let csv = "id,name,region,county,type,grade,contact_name,phone,preferred_channel\n\(text),臺中市北屯區公所,TCN,臺中市,township-office,C,王小明,04-0000-1111,phone\n"
        let directory = AgencyDirectoryFile.read(csv, form: .csv)
        #expect(directory.agencies.isEmpty)
        #expect(directory.problems.map(\.reason.en) == ["an agency id cannot hold \(code): control, bidirectional and invisible formatting characters make it read as something else"])
    }

    @Test func printableNamesAndIdsPass() {
        for text in ["SOC-TC-20260302-0007", "林志明", "O'Brien", "陳 大文", "incident--c4954e22-7083-49a8-9a2c-51917fa3f099", "AG-101"] {
            #expect(NameRule.problem(text, limit: 128) == nil, "\(text)")
        }
        #expect(NameRule.problem(" \t", limit: 10) == .blank)
        #expect(NameRule.problem("abcdef", limit: 5) == .tooLong(6, limit: 5))
    }
}
