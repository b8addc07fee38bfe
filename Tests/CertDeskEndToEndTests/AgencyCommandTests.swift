import Foundation
import Testing

/// `certdesk agencies import | list | show`: the region's directory imported in one
/// transaction, imported again without duplicates, a broken file refused whole, and an
/// incident finding its agency by name.
@Suite("certdesk agencies")
struct AgencyCommandTests {
    static let sample = CLIRunner.samples.appendingPathComponent("directory/tcn-agencies.csv")

    @Test func theDirectoryIsImportedOnceAndUpdatedInPlace() throws {
        let cli = CLIRunner(now: "2026-03-02T09:00:00+08:00")
        defer { cli.remove() }
        let rows = try String(contentsOf: Self.sample, encoding: .utf8).split(whereSeparator: \.isNewline).count - 1
        let first = try cli.run(["agencies", "import", Self.sample.path, "--create", "--region", "TCN"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "directory imported: \(rows) added, 0 updated, 0 unchanged\n")
        let journal = try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal WHERE kind = 'agency-registered'")
        #expect(journal == "\(rows)\n")

        // Again, unchanged: nothing recorded.
        let again = try cli.run(["agencies", "import", Self.sample.path])
        #expect(again.stdout == "directory imported: 0 added, 0 updated, \(rows) unchanged\n")
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal WHERE kind = 'agency-registered'") == journal)

        // One contact changed and a second one added: one agency updated, recorded once more.
        let changed = cli.folder.appendingPathComponent("changed.yaml")
        try """
            agencies:
              - id: AG-001
                name: 臺中市政府
                region: TCN
                county: 臺中市
                type: county-government
                grade: A
                contacts:
                  - name: 劉冠宇（虛構）
                    role: 資訊中心科長
                    phone: 04-0000-9916
                    email: it001@agency.example
                    channels: [email, phone]
                  - name: 值班室（虛構）
                    phone: 04-0000-0000
            """.write(to: changed, atomically: true, encoding: .utf8)
        let updated = try cli.run(["--lang", "zh-TW", "agencies", "import", changed.path])
        #expect(updated.stdout == "名冊已匯入：新增 0、更新 1、未變更 0 個機關\n", "\(updated.stderr)")
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM agencies") == "\(rows)\n")
        let shown = try cli.run(["agencies", "show", "ag-001"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("1. 劉冠宇（虛構） · 資訊中心科長"))
        // Each address under its channel and rank, the addresses in one column.
        #expect(shown.stdout.contains("     e-mail (1)  it001@agency.example\n     phone (2)   04-0000-9916\n"), "\(shown.stdout)")
        #expect(shown.stdout.contains("e-mail, then phone  it001@agency.example"))
        #expect(shown.stdout.contains("2. 值班室（虛構）") && shown.stdout.contains("no channel given"))
        let json = try cli.run(["agencies", "show", "AG-001", "--json"])
        #expect(json.stdout.contains(#""fallback_channels":["phone"]"#) && json.stdout.contains(#""preferred_channel":"email""#))
        #expect(try cli.run(["verify"]).stdout == "ok\n")

        let listed = try cli.run(["agencies", "list"])
        #expect(listed.stdout.split(separator: "\n").count == rows + 1)
        #expect(listed.stdout.contains("AG-092"))
        let list = try cli.run(["agencies", "list", "--json"])
        #expect(list.stdout.hasPrefix("[{") && list.stdout.contains(#""id":"AG-092""#))
        let missing = try cli.run(["agencies", "show", "AG-999"])
        #expect(missing.status == 65 && missing.stderr.contains("no agency \"AG-999\" in the directory"))
    }

    @Test func aBrokenDirectoryImportsNothing() throws {
        let cli = CLIRunner(now: "2026-03-02T09:00:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["list", "--create", "--region", "TCN"]).status == 0)
        let before = try CLIRunner.sqlite(cli.database, ".dump")
        let broken = cli.folder.appendingPathComponent("broken.csv")
        try """
            id,name,region,county,type,grade,contact_name,phone,email,preferred_channel
            AG-1,甲機關,TCN,臺中市,police,B,甲,04-0000-0001,a@agency.example,phone
            AG-2,乙機關,TCN,臺中市,police,B,乙\u{1B}[31m,04-0000-0002,,email
            """.write(to: broken, atomically: true, encoding: .utf8)
        let refused = try cli.run(["agencies", "import", broken.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("broken.csv:3: contact_name: control characters are not allowed"), "\(refused.stderr)")
        #expect(refused.stderr.contains("broken.csv:3: preferred_channel: email is preferred but the contact has no email address"))
        #expect(!refused.stderr.contains("\u{1B}"))
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == before, "a refused directory writes nothing")

        // Big5 from an old spreadsheet is named as such.
        let big5 = cli.folder.appendingPathComponent("big5.csv")
        try Data([0x69, 0x64, 0x0A, 0xA5, 0x78, 0xA4, 0xA4]).write(to: big5)
        let notUTF8 = try cli.run(["agencies", "import", big5.path])
        #expect(notUTF8.status == 65 && notUTF8.stderr.contains("save the directory as CSV UTF-8"), "\(notUTF8.stderr)")
        // Another region's agency is not this desk's.
        let other = cli.folder.appendingPathComponent("khh.csv")
        try "id,name,region,county,type,grade,contact_name\nAG-9,高雄市政府,KHH,高雄市,county-government,A,甲\n"
            .write(to: other, atomically: true, encoding: .utf8)
        let foreign = try cli.run(["agencies", "import", other.path])
        #expect(foreign.status == 65 && foreign.stderr.contains("AG-9 belongs to region KHH; this desk is TCN's"), "\(foreign.stderr)")
        let unnamed = try cli.run(["agencies", "import", "-"], stdin: "")
        #expect(unnamed.status == 64 && unnamed.stderr.contains("--format"), "\(unnamed.stderr)")
        #expect(try CLIRunner.sqlite(cli.database, ".dump") == before)
    }

    @Test func anIncidentFindsItsAgencyByName() throws {
        let cli = CLIRunner(now: "2026-03-02T09:00:00+08:00")
        defer { cli.remove() }
        #expect(try cli.run(["agencies", "import", Self.sample.path, "--create", "--region", "TCN"]).status == 0)
        let ticket = #"{"id":"SOC-1","title":"北屯區公所檔案伺服器遭勒索軟體加密","category":"ransomware","level":3,"agency":"臺中市北屯區公所","aware_at":"2026-03-02T08:55:00+08:00"}"#
        #expect(try cli.run(["ingest", "-"], stdin: ticket).status == 0)
        let agencyID = try CLIRunner.sqlite(cli.database, "SELECT agency_id FROM incidents")
        let expected = try CLIRunner.sqlite(cli.database, "SELECT id FROM agencies WHERE name = '臺中市北屯區公所'")
        #expect(!expected.isEmpty && agencyID == expected)
        // `show` says whom to notify and how, in both languages.
        let contact = try CLIRunner.sqlite(cli.database, "SELECT json_extract(contacts, '$[0].name') FROM agencies WHERE name = '臺中市北屯區公所'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = try cli.run(["show", "TCN-2026-0001"])
        #expect(shown.stdout.contains("Contact     \(contact)"), "\(shown.stdout)")
        let chinese = try cli.run(["--lang", "zh-TW", "show", "TCN-2026-0001"])
        #expect(chinese.stdout.contains("聯絡人員    \(contact)"), "\(chinese.stdout)")
    }
}
