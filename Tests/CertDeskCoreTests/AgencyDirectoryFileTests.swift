import Foundation
import Testing
@testable import CertDeskCore

/// The agency directory read from CSV and YAML: the region's sample reads whole, both forms give
/// the same agencies, and a broken file names each problem's line and field and gives none.
@Suite("Agency directory files")
struct AgencyDirectoryFileTests {
    static func problems(_ text: String, _ form: AgencyDirectoryFile.Form) -> [String] {
        AgencyDirectoryFile.read(text, form: form).problems.map { $0.message(file: "d", language: .en) }
    }

    @Test func theRegionsSampleDirectoryReadsWhole() throws {
        let text = try String(contentsOfFile: samplesPath("directory/tcn-agencies.csv"), encoding: .utf8)
        let read = AgencyDirectoryFile.read(text, form: .csv)
        #expect(read.problems.isEmpty, "\(read.problems.map(\.reason.en))")
        // The sample is a spreadsheet export: CRLF line ends.
        #expect(text.contains("\r\n"))
        #expect(read.agencies.count == text.split(whereSeparator: \.isNewline).count - 1)
        let first = try #require(read.agencies.first)
        #expect(first.id == "AG-001" && first.name == "臺中市政府" && first.region == .taichung && first.grade == .a)
        #expect(first.contacts == [Agency.Contact(name: "劉冠宇（虛構）", phone: "04-0000-9916", fax: "04-0001-3136", sms: "0900-000-478",
                                                  email: "it001@agency.example", channels: [.phone])])
        // The demo desk's directory is taken from it, row for row.
        #expect(DemoDesk.agencies.count > 10)
        for agency in DemoDesk.agencies { #expect(read.agencies.contains(agency), "\(agency.id)") }
    }

    static let csv = """
        \u{FEFF}id,name,name_en,region,county,type,grade,contact_name,contact_role,phone,fax,sms,email,preferred_channel\r
        AG-101,臺中市北屯區公所,"Beitun District Office, Taichung",TCN,臺中市,township-office,C+,王小明（虛構）,資訊承辦,04-0000-1111,,0900-000-111,it101@agency.example,phone;email\r
        AG-101,臺中市北屯區公所,"Beitun District Office, Taichung",TCN,臺中市,township-office,C+,"陳大華（虛構）",主任秘書,04-0000-2222 #12,,,,phone\r
        AG-102,南投縣仁愛鄉公所,,tcn,南投縣,township-office,d,林美玲（虛構）,,,049-0001-0000,,,fax\r

        """

    static let yaml = """
        agencies:
          - id: AG-101
            name: 臺中市北屯區公所
            name_en: Beitun District Office, Taichung
            region: TCN
            county: 臺中市
            type: township-office
            grade: C+
            contacts:
              - name: 王小明（虛構）
                role: 資訊承辦
                phone: 04-0000-1111
                sms: 0900-000-111
                email: it101@agency.example
                channels: [phone, email]
              - name: 陳大華（虛構）
                role: 主任秘書
                phone: "04-0000-2222 #12"
                channels: phone
          - id: AG-102
            name: 南投縣仁愛鄉公所
            region: TCN
            county: 南投縣
            type: township-office
            grade: D
            contacts:
              - name: 林美玲（虛構）
                fax: 049-0001-0000
                channels: [fax]
        """

    @Test func csvAndYAMLGiveTheSameAgencies() throws {
        let fromCSV = AgencyDirectoryFile.read(Self.csv, form: .csv)
        let fromYAML = AgencyDirectoryFile.read(Self.yaml, form: .yaml)
        #expect(fromCSV.problems.isEmpty && fromYAML.problems.isEmpty, "\(fromCSV.problems) \(fromYAML.problems)")
        #expect(fromCSV.agencies == fromYAML.agencies)
        let office = try #require(fromCSV.agencies.first)
        #expect(office.nameEn == "Beitun District Office, Taichung" && office.grade == .cPlus)
        #expect(office.contacts.map(\.name) == ["王小明（虛構）", "陳大華（虛構）"])
        #expect(office.contacts[0].channels == [.phone, .email] && office.contacts[0].role == "資訊承辦")
        #expect(office.contacts[1].phone == "04-0000-2222 #12")
        #expect(fromCSV.agencies[1].grade == .d && fromCSV.agencies[1].region == .taichung && fromCSV.agencies[1].contacts[0].channels == [.fax])
    }

    @Test func aBrokenCSVNamesEveryProblemAndGivesNoAgency() {
        let text = """
            id,name,region,county,type,grade,contact_name,phone,email,preferred_channel,extension
            AG-1,甲機關,TCN,臺中市,police,B,甲,04-0000-0001,a@agency.example,phone,x
            """
        #expect(Self.problems(text, .csv) == [#"d:1: extension: column "extension" is not one of: "#
            + AgencyDirectoryFile.csvColumns.joined(separator: ", ")])
        let rows = """
            id,name,region,county,type,grade,contact_name,phone,email,preferred_channel
            AG-1,甲機關,TCN,臺中市,police,B,甲,04-0000-0001,a@agency.example,phone
            AG-2,乙機關,KHH,臺中市,police,E,乙,call me,b@,fax
            AG-1,甲機關,TCN,彰化縣,police,B,丙,04-0000-0003,,email
            AG-3,甲機關,TCN,臺中市,police,B,,04-0000-0004,,
            AG-4,丁機關,TCN,臺中市,police,B,丁
            """
        let read = AgencyDirectoryFile.read(rows, form: .csv)
        #expect(read.agencies.isEmpty)
        let messages = Self.problems(rows, .csv)
        // KHH is a region: the desk, not the file, refuses an agency of another region.
        #expect(!messages.contains { $0.contains("region") }, "\(messages)")
        #expect(messages.contains(#"d:3: grade: "E" is not one of: A, B, C+, C, D"#), "\(messages)")
        #expect(messages.contains(#"d:3: phone: "call me" is not a number to call: digits with + - ( ) # and spaces"#))
        #expect(messages.contains(#"d:3: email: "b@" is not an e-mail address (name@domain)"#))
        #expect(messages.contains("d:3: preferred_channel: fax is preferred but the contact has no fax address"))
        #expect(messages.contains("d:4: county: differs from AG-1's first row (line 2); a further contact repeats the agency's columns as they are"))
        #expect(messages.contains("d:4: preferred_channel: email is preferred but the contact has no email address"))
        #expect(messages.contains("d:5: contact_name: is required"), "\(messages)")
        #expect(messages.contains("d:6: 7 fields where the header has 10"))
        // Sorted by line, every problem at once.
        #expect(messages.map { $0.split(separator: ":")[1] } == messages.map { $0.split(separator: ":")[1] }.sorted { Int($0)! < Int($1)! })
    }

    @Test func twoAgenciesOfOneNameAreRefused() {
        let text = """
            id,name,region,county,type,grade,contact_name
            AG-1,甲機關,TCN,臺中市,police,B,甲
            AG-2,甲機關,TCN,臺中市,police,B,乙
            """
        #expect(Self.problems(text, .csv) == [
            #"d:3: name: "甲機關" is also the name of AG-1; incidents find their agency by name, so each name is one agency"#,
        ])
    }

    @Test func aBrokenYAMLNamesItsLinesAndPaths() {
        let text = """
            agencies:
              - id: AG-1
                name: 甲機關
                region: TCN
                county: 臺中市
                type: police
                grade: B
                contacts: []
              - id: AG-1
                name: 乙機關
                region: TCN
                county: 臺中市
                type: police
                grade: B
                contacts:
                  - name: 乙
                    email: "a b@agency.example"
                    channels: [email, pigeon]
            """
        let messages = Self.problems(text, .yaml)
        #expect(messages.contains("d:2: agencies[0].contacts: an agency needs at least one incident contact"), "\(messages)")
        #expect(messages.contains(#"d:16: agencies[1].contacts[0].email: "a b@agency.example" is not an e-mail address (name@domain)"#), "\(messages)")
        #expect(messages.contains(#"d:16: agencies[1].contacts[0].channels: "pigeon" is not one of: phone, fax, sms, email"#), "\(messages)")
        #expect(messages.contains("d:16: agencies[1].contacts[0].channels: email is preferred but the contact has no email address"), "\(messages)")
        #expect(messages.contains("d:9: agencies[1].id: AG-1 is listed already (line 2)"), "\(messages)")
    }

    @Test func aQuotedFieldLeftOpenIsNamedWhereItOpens() {
        let text = "id,name,region,county,type,grade,contact_name\nAG-1,\"甲機關,TCN,臺中市,police,B,甲\nAG-2,乙機關,TCN,臺中市,police,B,乙\n"
        #expect(Self.problems(text, .csv) == ["d:2: a quoted field opened on this line is never closed"])
    }

    @Test func anEmptyDirectoryIsAProblem() {
        #expect(Self.problems("", .csv) == ["d: the directory lists no agency"])
        #expect(Self.problems("id,name,region,county,type,grade,contact_name\n", .csv) == ["d: the directory lists no agency"])
    }
}
