import Foundation
import Testing

/// Terminal safety over a corpus of what hostile input carries: escape sequences of every kind
/// (CSI, OSC — title, clipboard, hyperlink —, DCS, APC, each in its 7-bit and its C1 form), C0
/// and C1 controls, bidirectional overrides and invisible characters. Put in every free-text
/// field a ticket or an officer fills, they must come out of every text output and the console
/// neutralised — the raw bytes hold none of them — while names and ids refuse them outright,
/// with a message that is itself neutralised.
@Suite("terminal safety corpus", .serialized)
struct TerminalSafetyCorpusTests {
    static let corpus: [String] = [
        "\u{1B}[2J", "\u{1B}[31;1m", "\u{1B}[?1049h", "\u{9B}2J",                     // CSI
        "\u{1B}]0;PWNED\u{07}", "\u{9D}0;PWNED\u{9C}", "\u{1B}]52;c;cHduZWQ=\u{07}",    // OSC: title, clipboard
        "\u{1B}]8;;https://evil.example/\u{1B}\\here\u{1B}]8;;\u{1B}\\",               // OSC 8 hyperlink
        "\u{1B}P+q544e\u{1B}\\", "\u{90}1$r\u{9C}",                                    // DCS
        "\u{1B}_apc\u{1B}\\", "\u{9F}apc\u{9C}", "\u{1B}^pm\u{1B}\\",                   // APC, PM
        "\u{00}", "\u{07}", "\u{08}\u{08}", "\r", "\u{0B}", "\u{0C}", "\u{7F}", "\u{85}", // C0, DEL, C1
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{061C}",         // bidi
        "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{E0041}", "\u{2028}", // invisible, separators
    ]
    /// Every corpus entry, each between visible words so a reader can find where it was.
    static let hostile = corpus.enumerated().map { "段\($0.offset)\($0.element)" }.joined()
    /// A ticket carrying the corpus in its title and description, and in its agency as far as
    /// an agency's 200 characters go (entries a few at a time, so each is there in one field or another).
    static let ticket: String = {
        let agency = corpus.enumerated().filter { $0.offset % 3 == 0 }.map { "段\($0.element)" }.joined()
        return #"{"id":"SOC-CORPUS-1","title":\#(json("標題" + hostile)),"category":"ransomware","level":3,"#
            + #""agency":\#(json("彰化縣政府" + agency)),"aware_at":"2026-03-02T09:00:00+08:00","description":\#(json(hostile))}"#
    }()

    /// The scalars none of certdesk's text output may hold (a line feed ends lines; nothing else below U+0020).
    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.compactMap { scalar -> String? in
            let v = scalar.value
            let unsafe = (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x00AD, 0x180E, 0xFEFF].contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || (0x200B...0x200D).contains(v)
                || (0x2060...0x2064).contains(v) || (0xE0000...0xE007F).contains(v)
            return unsafe ? String(format: "U+%04X", v) : nil
        }
    }

    static func json(_ value: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [value], options: [])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }

    @Test func everyTextOutputShowsTheCorpusNeutralised() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let ingested = try cli.run(["ingest", "-"], stdin: Self.ticket)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let id = "TCN-2026-0001"
        // Stored exactly as received (it may be evidence).
        #expect(try cli.showJSON(id)["title"] as? String == "標題" + Self.hostile)
        let log = try cli.file("auth.log", "sshd: Failed password for root\n")
        for (command, field) in [(["note", id, Self.hostile], "note"), (["level", id, "4", "--reason", Self.hostile], "level reason"),
                                 (["meet", id, "report-platform", "--note", Self.hostile], "meet note"),
                                 (["evidence", "add", id, log, "--kind", "log", "--desc", Self.hostile], "evidence description"),
                                 (["notify", id, "--channel", "phone", "--to", "林雅婷", "--message", Self.hostile], "notice message")] {
            let recorded = try cli.run(command)
            #expect(recorded.status == 0, "\(field): \(recorded.stderr)")
            #expect(Self.unsafeScalars(recorded.stdout + recorded.stderr).isEmpty, "\(field) echoed: \(Self.unsafeScalars(recorded.stdout))")
        }

        for arguments in [["list"], ["show", id], ["clocks"], ["steps", id], ["notifications", id], ["evidence", "list"],
                          ["evidence", "show", "\(id)-E01"], ["list", "--filter", "標題"], ["list", "--as-of", "2026-03-02T14:00:00+08:00"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let output = result.stdout + result.stderr
            #expect(Self.unsafeScalars(output).isEmpty, "\(arguments) printed \(Self.unsafeScalars(output).prefix(8))")
            // Where the title, the agency or a corpus-bearing text is shown at all, it shows neutral glyphs.
            if arguments.first == "list" || arguments.first == "show" {
                #expect(output.contains("␛[2J") || output.contains("␛"), "\(arguments) did not show the field at all")
            }
        }
    }

    /// Names and ids refuse the corpus, and the refusal — which quotes what was given — is
    /// itself neutralised.
    @Test func namesRefuseTheCorpusAndSaySoSafely() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path]).status == 0)
        for entry in Self.corpus where entry != "\u{00}" {
            let name = "王\(entry)明"
            for command in [["assign", "TCN-2026-0001", name], ["shift", "start", "--officer", name],
                            ["notify", "TCN-2026-0001", "--channel", "phone", "--to", name]] {
                let refused = try cli.run(command)
                #expect(refused.status == 65, "\(command.prefix(2)) with \(Self.unsafeScalars(entry)): \(refused.stderr)")
                #expect(Self.unsafeScalars(refused.stdout + refused.stderr).isEmpty, "\(command.prefix(2)): \(Self.unsafeScalars(refused.stderr))")
            }
            let ticket = #"{"id":\#(Self.json("SOC-" + entry)),"title":"t","category":"spam","agency":"a","aware_at":"2026-03-02T09:00:00+08:00"}"#
            let ingest = try cli.run(["ingest", "-"], stdin: ticket)
            #expect(ingest.status == 65, "ticket id with \(Self.unsafeScalars(entry)): \(ingest.stderr)")
            #expect(Self.unsafeScalars(ingest.stderr).isEmpty)
            let actor = try cli.run(["note", "TCN-2026-0001", "x"], environment: ["CERTDESK_ACTOR": name])
            #expect(actor.status == 64, "actor with \(Self.unsafeScalars(entry)): \(actor.stderr)")
            #expect(Self.unsafeScalars(actor.stderr).isEmpty)
        }
    }

    /// The console at both layouts and in both languages: the screen shows the corpus as
    /// neutral glyphs, and none of it acted on the terminal (the pane's title is not PWNED).
    @Test(arguments: [(80, 24, "en"), (140, 40, "zh-TW")])
    func theConsoleShowsTheCorpusNeutralised(_ columns: Int, _ rows: Int, _ language: String) throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let ingested = try cli.run(["ingest", "-"], stdin: Self.ticket)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(try cli.run(["note", "TCN-2026-0001", Self.hostile]).status == 0)
        let environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder.path, "CERTDESK_DB": cli.database, "CERTDESK_ACTOR": "林志明",
                           "CERTDESK_NOW": "2026-03-02T14:00:00+08:00", "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let terminal = try TmuxTerminal(columns: columns, rows: rows, environment: environment)
        try terminal.run(CLIRunner.binary + " --lang " + language)
        let opened = try #require(try terminal.waitFor(timeout: 15) { $0.contains("TCN-2026-0001") }, "\(terminal.shown)")
        #expect(Self.unsafeScalars(opened.screen).isEmpty, "\(Self.unsafeScalars(opened.screen))")
        // The detail, the timeline (the note) and the description.
        try terminal.keys("Enter")
        for tab in 0..<4 {
            let screen = try terminal.screen()
            #expect(Self.unsafeScalars(screen).isEmpty, "tab \(tab): \(Self.unsafeScalars(screen))")
            #expect(screen.contains("␛") || screen.contains("�"), "tab \(tab) shows the fields: \(screen)")
            try terminal.keys("Tab")
            usleep(300_000)
        }
        let title = try terminal.tmux(["display-message", "-p", "#{pane_title}"])
        #expect(!title.contains("PWNED"), "an OSC in a field retitled the terminal: \(title)")
        try terminal.keys("Escape", "q")
    }
}
