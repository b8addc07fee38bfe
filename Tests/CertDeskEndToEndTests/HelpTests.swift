import CertDeskCore
import Foundation
import Testing

/// Every command's `--help`, as an officer reads it at 03:00 and pastes from it: in English and
/// in Traditional Chinese (by `--lang`, by the locale, by the configuration file), paragraphs that
/// flow instead of breaking mid-sentence, and examples that run exactly as written on a demo desk.
@Suite("certdesk help")
struct HelpTests {
    /// Wide enough that the parser wraps few lines of prose; `hardBreaks` tells the ones it
    /// does wrap from the breaks the text wrote.
    static let columns = 200

    /// Every command, `certdesk` first, as the catalogue names them.
    static let commands = HelpCommand.allCases

    static func help(_ command: HelpCommand, _ extra: [String] = [], environment: [String: String] = [:],
                     cli: CLIRunner) throws -> CLIRunner.Result {
        try cli.run(command.path + ["--help"] + extra, environment: ["COLUMNS": "\(columns)"].merging(environment) { _, new in new })
    }

    // MARK: - Reading a help page

    /// The lines before `USAGE:`: the abstract, the discussion and its examples.
    static func overview(_ help: String) -> [String] {
        Array(help.components(separatedBy: "\n").prefix { !$0.hasPrefix("USAGE:") })
    }

    /// The abstract: the first paragraph, after `OVERVIEW: `.
    static func abstract(_ help: String) -> String {
        let first = overview(help).prefix { !$0.isEmpty }.joined(separator: " ")
        return first.hasPrefix("OVERVIEW: ") ? String(first.dropFirst("OVERVIEW: ".count)) : first
    }

    /// The command lines under the examples heading, without their indent.
    static func examples(_ help: String, heading: String) -> [String] {
        let lines = overview(help)
        guard let start = lines.firstIndex(of: heading) else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    /// Line breaks the text itself made between two lines of flowing prose. The parser wraps a
    /// paragraph at the last space that fits in `width`; a break after which the next word would
    /// still have fitted was therefore written into the text, and the parser then breaks the
    /// sentence again around it (a hard-wrapped paragraph reads "…but not before the\nclock
    /// started"). Indented lines (examples, lists) are laid out by hand and not prose.
    static func hardBreaks(_ lines: [String], width: Int) -> [(String, String)] {
        var found: [(String, String)] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard !line.isEmpty, !next.isEmpty, !line.hasPrefix(" "), !next.hasPrefix(" ") else { continue }
            let word = next.prefix { $0 != " " }
            let wrapped = line.count + 1 + word.count >= width
            // A line that ends a sentence may still be a deliberate line of its own (a heading);
            // one that stops mid-sentence before a lower-case word or a Chinese character never is.
            let midSentence = !(line.last.map { ".:;!?。：；！？".contains($0) } ?? true)
                || next.first.map { $0.isLowercase || isHan($0) } == true
            if !wrapped && midSentence { found.append((line, next)) }
        }
        return found
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains { (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Chinese characters, and the full-width punctuation that only comes with them.
    static func hasChinese(_ text: String) -> Bool {
        text.contains(where: isHan) || text.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    // MARK: - Both languages

    /// The three ways to ask for Traditional Chinese, and English by default (`LANG=C.UTF-8`).
    enum Asked: String, CaseIterable {
        case english, langOption, locale, configurationFile
    }

    static func help(_ command: HelpCommand, asked: Asked, cli: CLIRunner) throws -> CLIRunner.Result {
        switch asked {
        case .english: try help(command, cli: cli)
        // At the top level the desk options belong to the default command, so `certdesk --help
        // --lang zh-TW` shows the console's help; in Chinese, which is what is checked here.
        case .langOption: try help(command, ["--lang", "zh-TW"], cli: cli)
        case .locale: try help(command, environment: ["LANG": "zh_TW.UTF-8"], cli: cli)
        case .configurationFile: try help(command, environment: ["XDG_CONFIG_HOME": cli.folder.appendingPathComponent("config").path], cli: cli)
        }
    }

    @Test(arguments: Asked.allCases)
    func everyCommandHasHelpInTheLanguageAskedFor(_ asked: Asked) throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent("config/certdesk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("language: zh-TW\n".utf8).write(to: folder.appendingPathComponent("config.yaml"))
        let chinese = asked != .english
        for command in Self.commands {
            let result = try Self.help(command, asked: asked, cli: cli)
            #expect(result.status == 0, "\(command.rawValue) \(asked): \(result.stderr)")
            let abstract = Self.abstract(result.stdout)
            #expect(!abstract.isEmpty, "\(command.rawValue) \(asked)")
            if chinese {
                #expect(abstract.contains(where: Self.isHan), "\(command.rawValue) \(asked): \(abstract)")
            } else {
                #expect(!Self.hasChinese(abstract), "\(command.rawValue): \(abstract)")
            }
            let examples = Self.examples(result.stdout, heading: chinese ? "範例：" : "Examples:")
            #expect(!examples.isEmpty, "\(command.rawValue) \(asked) has no examples:\n\(result.stdout)")
            #expect(examples.allSatisfy { $0.hasPrefix("certdesk ") }, "\(command.rawValue) \(asked): \(examples)")
            // The examples close the discussion: nothing but usage and options follows them.
            let overview = Self.overview(result.stdout)
            #expect(overview.last(where: { !$0.isEmpty }).map { $0.hasPrefix("  certdesk ") } == true, "\(command.rawValue) \(asked)")
        }
    }

    /// The same command lines in both languages, only the prose around them translated, and
    /// whole on an 80-column terminal (the console's smallest): the parser breaks a line that
    /// does not fit with a real newline, and a pasted half of a command is a different command.
    @Test func examplesAreTheSameInBothLanguagesAndWholeAt80Columns() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        for command in Self.commands {
            let narrow = ["COLUMNS": "80"]
            let english = Self.examples(try Self.help(command, environment: narrow, cli: cli).stdout, heading: "Examples:")
            let chinese = Self.examples(try Self.help(command, environment: narrow.merging(["LANG": "zh_TW.UTF-8"]) { $1 }, cli: cli).stdout,
                                        heading: "範例：")
            #expect(english == command.examples, "\(command.rawValue)")
            #expect(chinese == command.examples, "\(command.rawValue)")
        }
    }

    /// The help names every command there is, the catalogue has help for each of them, and every
    /// option's help in the catalogue is shown by some command.
    @Test func theCatalogueCoversEveryCommand() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        var found: [[String]] = []
        var groups: [[String]] = [[]]
        var pages = ""
        while let path = groups.popLast() {
            found.append(path)
            // So wide that no option's help is wrapped and each can be found whole.
            let result = try cli.run(path + ["--help"], environment: ["COLUMNS": "1000"])
            #expect(result.status == 0, "\(path): \(result.stderr)")
            pages += result.stdout
            let lines = result.stdout.components(separatedBy: "\n")
            guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { continue }
            for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
                guard let name = line.split(separator: " ").first else { continue }
                groups.append(path + [String(name)])
            }
        }
        #expect(Set(found) == Set(Self.commands.map(\.path)))
        let english = InterfaceLanguage.en.words
        for option in HelpOption.allCases {
            #expect(pages.contains(english.help(option)), "no command shows the help of \(option)")
        }
    }

    /// Every text is said in each language, the English one in English, and no paragraph holds a
    /// line break of its own.
    @Test func everyTextIsSaidInBothLanguages() {
        let english = InterfaceLanguage.en.words, chinese = InterfaceLanguage.zhTW.words
        for option in HelpOption.allCases {
            #expect(!english.help(option).isEmpty && !Self.hasChinese(english.help(option)), "\(option)")
            #expect(chinese.help(option).contains(where: Self.isHan), "\(option)")
        }
        for command in HelpCommand.allCases {
            #expect(chinese.abstract(command).contains(where: Self.isHan), "\(command.rawValue)")
            #expect(english.examplesHeading == "Examples:" && chinese.examplesHeading == "範例：")
            for words in [english, chinese] {
                let texts = [words.abstract(command)] + words.paragraphs(command)
                #expect(words.paragraphs(command).count >= 1, "\(command.rawValue)")
                #expect(texts.allSatisfy { !$0.isEmpty && !$0.contains("\n") }, "\(command.rawValue) in \(words.language)")
            }
            #expect(!command.examples.isEmpty && command.examples.count <= 2, "\(command.rawValue)")
        }
    }

    // MARK: - Paragraphs

    @Test(arguments: [false, true])
    func noParagraphIsBrokenMidSentence(chinese: Bool) throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        for command in Self.commands {
            let environment = chinese ? ["LANG": "zh_TW.UTF-8"] : [:]
            let help = try Self.help(command, environment: environment, cli: cli).stdout
            for (line, next) in Self.hardBreaks(Self.overview(help), width: Self.columns) {
                Issue.record("\(command.rawValue): a line break inside a paragraph:\n\(line)\n\(next)")
            }
        }
    }

    /// The check above finds the hard-wrapped paragraphs the help used to have.
    @Test func theParagraphCheckFindsAHardWrappedText() {
        let old = """
            OVERVIEW: Record that a legal clock was met, and when it really happened.

            --at records when it really happened (ISO 8601), which may be earlier than now but not before the
            clock started; the journal keeps both times. Example:
              certdesk meet TCN-2026-0001 notify-agency-contact --at 09:20
            """
        #expect(Self.hardBreaks(old.components(separatedBy: "\n"), width: Self.columns).count == 1)
        // As the parser wraps: at the last space among the first `columns` characters.
        let long = String(repeating: "a word ", count: 40)
        let space = long.prefix(Self.columns).lastIndex(of: " ")!
        let wrapped = String(long[..<space]), rest = String(long[long.index(after: space)...])
        #expect(Self.hardBreaks([wrapped, rest], width: Self.columns).isEmpty, "the parser's own wrap is not a hard break")
        #expect(Self.hardBreaks(["第一段沒有結束", "第二行"], width: Self.columns).count == 1)
        #expect(Self.hardBreaks(["Examples:", "  certdesk list", "  certdesk clocks"], width: Self.columns).isEmpty)
    }

    // MARK: - Examples run as written

    /// The words of a command line as a POSIX shell splits them: blanks separate words, quotes
    /// and backslashes keep them together. Anything else a shell would interpret (pipes,
    /// redirections, variables, globs) has no place in an example meant to be pasted as a command,
    /// and makes this return nil.
    static func shellWords(_ line: String) -> [String]? {
        var words: [String] = [], word = "", inWord = false
        var quote: Character? = nil
        var characters = line.makeIterator()
        while let c = characters.next() {
            if let open = quote {
                if c == open {
                    quote = nil
                } else if open == "\"", c == "\\" {
                    guard let escaped = characters.next() else { return nil }
                    if !"\"\\$`".contains(escaped) { word.append(c) }
                    word.append(escaped)
                } else if open == "\"", "$`".contains(c) {
                    return nil
                } else {
                    word.append(c)
                }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else if c == "\\" {
                guard let escaped = characters.next() else { return nil }
                word.append(escaped)
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if "|&;<>()$`*?[]".contains(c) || (!inWord && "#~".contains(c)) {
                return nil
            } else {
                word.append(c)
                inWord = true
            }
        }
        guard quote == nil else { return nil }
        if inWord { words.append(word) }
        return words
    }

    @Test func theSplitterSplitsAsAShellDoes() {
        #expect(Self.shellWords(#"certdesk note TCN-2026-0001 "14:05 已電話通知""#) == ["certdesk", "note", "TCN-2026-0001", "14:05 已電話通知"])
        #expect(Self.shellWords(#"certdesk evidence due --within '3 months'"#) == ["certdesk", "evidence", "due", "--within", "3 months"])
        #expect(Self.shellWords(#"certdesk assign TCN-2026-0002 "陳怡君 (ISAC)""#) == ["certdesk", "assign", "TCN-2026-0002", "陳怡君 (ISAC)"])
        #expect(Self.shellWords(#"certdesk note X a\ b "say \"hi\"""#) == ["certdesk", "note", "X", "a b", #"say "hi""#])
        #expect(Self.shellWords("certdesk list | head") == nil)
        #expect(Self.shellWords("certdesk ingest - < tickets.json") == nil)
        #expect(Self.shellWords(#"certdesk note X "unclosed"#) == nil)
    }

    /// The desk options, which may stand before the command's name.
    static let valuedDeskOptions: Set<String> = ["--db", "--actor", "--lang", "--playbooks", "--region"]

    /// The words that name the command, once the desk options are set aside.
    static func commandWords(_ words: [String]) -> [String] {
        var rest = Array(words.dropFirst())
        while let first = rest.first {
            if valuedDeskOptions.contains(first) { rest.removeFirst(min(2, rest.count)) }
            else if first == "--create" || valuedDeskOptions.contains(where: { first.hasPrefix($0 + "=") }) { rest.removeFirst() }
            else { break }
        }
        return rest
    }

    /// `certdesk` alone (or with options only) and `certdesk console` open the full-screen console.
    static func opensConsole(_ words: [String]) -> Bool {
        let rest = commandWords(words)
        return rest.first.map { $0 == "console" || $0 == "replay" || $0.hasPrefix("-") } ?? true
    }

    /// Words an example may not hold: the usage placeholders an officer would have to replace.
    static let placeholders: Set<String> = ["ID", "EVID", "FILE", "PATH", "TEXT", "KIND", "STEP", "TIME", "NAME", "REASON",
                                            "DURATION", "CATEGORY", "PHASE", "LEVEL", "N", "..."]

    /// The files the examples name, as an officer would have them in the current folder: the
    /// shared sample tickets and STIX bundle, a memory image, a playbook being edited.
    static func fixtures() throws -> [String: Data] {
        let samples = CLIRunner.samples
        return [
            "soc-tickets.jsonl": try Data(contentsOf: samples.appendingPathComponent("tickets/soc-tickets.jsonl")),
            "defacement-flash-report.json": try Data(contentsOf: samples.appendingPathComponent("stix/defacement-flash-report.json")),
            "fs01.raw": Data((0..<65_536).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }),
            "ransomware.yaml": try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("playbooks/ransomware.yaml")),
            "tcn-agencies.csv": try Data(contentsOf: samples.appendingPathComponent("directory/tcn-agencies.csv")),
        ]
    }

    /// What the desk must hold before a command's example can do what it shows: an item checked
    /// out to check in, a hold to release, and for disposal an incident closed more than its
    /// 3 years of TCN retention ago (the example runs that much later).
    static let onWatch = ["shift", "start", "--officer", "林志明"]

    static func preparation(for command: HelpCommand) -> (commands: [[String]], now: String?) {
        switch command {
        case .evidenceCheckin: ([["evidence", "checkout", "TCN-2026-0001-E01", "--to", "王大明", "--purpose", "時間軸分析"]], nil)
        case .evidenceRelease: ([["evidence", "hold", "TCN-2026-0001-E01", "--reason", "臺中地檢署函請保全"]], nil)
        case .evidenceDispose: ([["phase", "TCN-2026-0001", "closed", "--override", "已完成調查報告"]], "2029-03-03T14:00:00+08:00")
        // The shift on watch, its offer, and its handover: what each step of the change of watch needs.
        case .shiftEnd, .handover, .handoverRemark, .handoverShow, .handoverOffer: ([onWatch], nil)
        case .handoverAccept: ([onWatch, ["handover", "offer"]], nil)
        case .shiftShow: ([onWatch, ["handover", "offer"], ["handover", "accept", "--officer", "王大明"]], nil)
        // A run to report on.
        case .drillReport: ([["drill", "run", "mass-defacement", "--headless"]], nil)
        // A report made another way, whose re-entry on the platform is owed.
        case .reentry: ([["notify", "TCN-2026-0001", "--channel", "fax", "--to", "N-CERT 02-0000-0000", "--template", "ncert",
                          "--fallback-reason", "通報應變網站維護中"]], nil)
        default: ([], nil)
        }
    }

    /// A demo desk, and one with evidence TCN-2026-0001-E01, made once and copied for each
    /// example (a copy costs a few milliseconds, `certdesk demo` half a second).
    struct Templates {
        let demo: CLIRunner
        let evidence: CLIRunner

        init() throws {
            demo = CLIRunner()
            let filled = try demo.run(["demo"])
            #expect(filled.status == 0, "\(filled.stderr)")
            evidence = CLIRunner()
            try Self.copyDesk(from: demo, to: evidence)
            let file = try evidence.file("fs01-mem.raw", "FS01 memory image")
            let added = try evidence.run(["evidence", "add", "TCN-2026-0001", file, "--kind", "memory-image", "--desc", "FS01 記憶體映像"])
            #expect(added.status == 0 && added.stdout.hasPrefix("TCN-2026-0001-E01"), "\(added.stdout) \(added.stderr)")
        }

        func remove() {
            demo.remove()
            evidence.remove()
        }

        /// The database with its WAL files and its evidence vault (`desk.vault`).
        static func copyDesk(from source: CLIRunner, to target: CLIRunner) throws {
            let files = FileManager.default
            for name in try files.contentsOfDirectory(atPath: source.folder.path) where name.hasPrefix("desk.") {
                try files.copyItem(at: source.folder.appendingPathComponent(name), to: target.folder.appendingPathComponent(name))
            }
        }
    }

    struct Example: CustomStringConvertible {
        let command: HelpCommand
        let line: String
        var description: String { line }
    }

    /// Every example line of every command's English help.
    static func collectExamples() throws -> [Example] {
        let cli = CLIRunner()
        defer { cli.remove() }
        return try commands.flatMap { command in
            examples(try help(command, cli: cli).stdout, heading: "Examples:").map { Example(command: command, line: $0) }
        }
    }

    @Test func everyExampleRunsAsWritten() throws {
        let examples = try Self.collectExamples()
        #expect(examples.count >= Self.commands.count)
        let templates = try Templates()
        defer { templates.remove() }
        let fixtures = try Self.fixtures()
        for example in examples { try Self.run(example, templates: templates, fixtures: fixtures) }
    }

    static func run(_ example: Example, templates: Templates, fixtures: [String: Data]) throws {
        guard let words = shellWords(example.line) else {
            Issue.record("\(example.command.rawValue): not a plain command line: \(example.line)")
            return
        }
        #expect(words.first == "certdesk", "\(example)")
        let unfilled = words.filter { Self.placeholders.contains($0) }
        #expect(unfilled.isEmpty, "\(example): placeholders \(unfilled)")
        #expect(commandWords(words).starts(with: example.command.path), "\(example) is not an example of \(example.command.rawValue)")

        var cli = CLIRunner()
        defer { cli.remove() }
        let evidence = example.command.rawValue.hasPrefix("evidence")
        try Templates.copyDesk(from: evidence ? templates.evidence : templates.demo, to: cli)
        for (name, data) in fixtures { try data.write(to: cli.folder.appendingPathComponent(name)) }
        let preparation = preparation(for: example.command)
        for step in preparation.commands {
            let prepared = try cli.run(step)
            #expect(prepared.status == 0, "\(example): preparing with \(step): \(prepared.stderr)")
        }
        if let now = preparation.now { cli.environment["CERTDESK_NOW"] = now }

        let exchanges = commandWords(words).first == "taxii"
        // The examples' server (`isac.example`, a name that never resolves: RFC 2606) is asked
        // for with a short timeout.
        if exchanges { cli.environment["CERTDESK_TAXII_TIMEOUT"] = "5" }
        let result = try cli.run(inFolder: Array(words.dropFirst()))
        if exchanges {
            // No TAXII server answers here: the command line was taken and the server asked for
            // (the exchange itself runs against a real server in TaxiiCommandTests).
            #expect(result.status == 69, "\(example): exit \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("https://isac.example/taxii2/"), "\(example): \(result.stderr)")
        } else if opensConsole(words) {
            // Without a terminal the console says so and exits 69 (README, "Errors"): the command
            // line was taken, which is all that can be checked here.
            #expect(result.status == 69, "\(example): \(result.stderr)")
            #expect(result.stderr.contains("terminal"), "\(example): \(result.stderr)")
        } else {
            #expect(result.status == 0, "\(example): exit \(result.status)\n\(result.stderr)")
        }
    }
}

extension CLIRunner {
    /// Runs in the desk's own folder, where an example's relative paths (a ticket file, an
    /// evidence file, `demo.sqlite`) are, as they are in the officer's current folder.
    func run(inFolder arguments: [String]) throws -> Result {
        try Self.run(Self.binary, arguments, environment: environment, folder: folder.path)
    }
}
