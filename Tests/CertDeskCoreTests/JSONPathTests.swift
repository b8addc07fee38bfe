import Testing
@testable import CertDeskCore

/// How a field's place is written in error messages.
@Suite("JSON paths")
struct JSONPathTests {
    @Test(arguments: [
        (JSONPath(), "(top level)"),
        (JSONPath([.key("level")]), "level"),
        (JSONPath([.key("indicators"), .index(0), .key("value")]), "indicators[0].value"),
        (JSONPath([.index(3), .key("title")]), "[3].title"),
        (JSONPath([.key("objects"), .index(1), .key("extensions"), .key("extension-definition--ef765651"), .key("criticality")]),
         "objects[1].extensions.extension-definition--ef765651.criticality"),
        (JSONPath([.key("x_twcert_level")]), "x_twcert_level"),
        (JSONPath([.key("a b")]), #"["a b"]"#),
        (JSONPath([.key("a.b")]), #"["a.b"]"#),
        (JSONPath([.key("")]), #"[""]"#),
        (JSONPath([.key("標題")]), #"["標題"]"#),
        (JSONPath([.key("x"), .key("\u{1B}[2J\"")]), #"x["\u{1B}[2J\""]"#),
        (JSONPath([.key("a"), .index(0), .index(2)]), "a[0][2]"),
    ])
    func description(path: JSONPath, text: String) {
        #expect(path.description == text)
    }

    @Test func appendingBuildsComponents() {
        let path = JSONPath().appending("objects").appending(2).appending("name")
        #expect(path.components == [.key("objects"), .index(2), .key("name")])
        #expect(path == JSONPath([.key("objects"), .index(2), .key("name")]))
        #expect(JSONPath().appending("a") != JSONPath().appending(0))
    }
}
