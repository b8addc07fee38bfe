import CertDeskCore
import Foundation
import Testing

/// The command line as officers who know git and kubectl use it: desk options before or after
/// the subcommand, a mistyped command answered with the nearest one, `--version`, `--lang`
/// refusing what it does not know, and `config show` saying where each setting came from.
@Suite("certdesk command line")
struct CommandLineTests {
    static let incident = "TCN-2026-0001"

    /// Every command, with arguments that work on a fresh demo desk (evidence E01 is added first).
    static let invocations: [[String]] = [
        ["list"], ["list", "--json"], ["show", incident], ["clocks"], ["steps", incident],
        ["classify", "-i", "minor", "--asset", "non-core"],
        ["level", "TCN-2026-0007", "2", "--reason", "個資外洩範圍未確認"],
        ["phase", "TCN-2026-0009", "detection-analysis", "--override", "垃圾郵件已確認來源"],
        ["note", incident, "已電話聯繫機關資安聯絡人"], ["assign", incident, "王小明"],
        ["meet", incident, "notify-agency-contact", "--at", "13:30"],
        ["waive", "TCN-2026-0002", "on-site", "--reason", "機關自行處理，不需到場"],
        ["step", incident, "rw-open-case", "done"], ["category", "TCN-2026-0004", "malware-outbreak"],
        ["playbook", "lint"], ["policy", "show"], ["config", "show"], ["verify"],
        ["evidence", "list"], ["evidence", "show", "TCN-2026-0001-E01"],
        ["evidence", "transfer", "TCN-2026-0001-E01", "--to", "陳美玲", "--purpose", "鑑識分析"],
        ["evidence", "hold", "TCN-2026-0001-E01", "--reason", "地檢署調閱"], ["evidence", "due"], ["evidence", "verify", "--all"],
        ["evidence", "tidy"],
    ]

    static func demoDesk() throws -> CLIRunner {
        var cli = CLIRunner()
        cli.environment["CERTDESK_DB"] = nil
        #expect(try cli.run(["demo", "--db", cli.database]).status == 0)
        let file = try cli.file("memory.img", "not really a memory image")
        let added = try cli.run(["evidence", "add", incident, file, "--kind", "memory-image", "--desc", "記憶體映像", "--db", cli.database])
        #expect(added.status == 0, "\(added.stderr)")
        return cli
    }

    /// `certdesk --db X list` does what `certdesk list --db X` does, for every command.
    @Test func deskOptionsWorkBeforeTheSubcommandAsAfterIt() throws {
        let before = try Self.demoDesk(), after = try Self.demoDesk()
        defer { before.remove(); after.remove() }
        for invocation in Self.invocations {
            let words = invocation.prefix { !$0.hasPrefix("-") && !$0.hasPrefix("TCN-") }
            let rest = invocation.dropFirst(words.count)
            let first = try before.run(["--db", before.database, "--actor", "林志明", "--lang", "en"] + invocation)
            let second = try after.run(Array(words) + ["--db", after.database, "--actor=林志明", "--lang", "en"] + rest)
            #expect(first.status == second.status, "\(invocation): \(first.stderr) / \(second.stderr)")
            #expect(first.status == 0, "\(invocation): \(first.stderr)")
            #expect(first.stdout.replacingOccurrences(of: before.folder.path, with: "DESK")
                == second.stdout.replacingOccurrences(of: after.folder.path, with: "DESK"), "\(invocation)")
            #expect(!first.stderr.contains("USAGE"), "\(invocation)")
        }
        // Between a group and its subcommand too.
        #expect(try before.run(["evidence", "--db", before.database, "list"]).status == 0)
    }

    @Test func aMistypedCommandIsAnsweredWithTheNearestOne() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let typo = try cli.run(["--db", cli.database, "lst"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "certdesk: \"lst\" is not a certdesk command; did you mean list? (certdesk --help lists them)\n")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
        let nested = try cli.run(["evidence", "ad"])
        #expect(nested.status == 64)
        #expect(nested.stderr.contains("not a certdesk evidence command; did you mean add?"))
        let chinese = try cli.run(["shw", "--lang", "zh-TW"])
        #expect(chinese.stderr.contains("不是 certdesk 的命令；是否要用 show？"))
        let nothing = try cli.run(["zzzzzz"])
        #expect(nothing.status == 64)
        #expect(!nothing.stderr.contains("did you mean"))
        // A hostile word reaches the terminal neutralised.
        let hostile = try cli.run(["\u{1B}]0;owned\u{07}"])
        #expect(!hostile.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// The argument parser's refusals quote what was typed; it reaches the terminal neutralised.
    @Test func aRefusedArgumentIsShownNeutralised() throws {
        let cli = try Self.demoDesk()
        defer { cli.remove() }
        for arguments in [["phase", Self.incident, "x\u{1B}[31m"], ["level", Self.incident, "\u{1B}[2J"], ["list", "--\u{1B}]0;OPT\u{07}"],
                          ["list", "--sort", "\u{9B}2J\u{202E}"], ["phase", Self.incident, "\u{2066}closed\u{2069}"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            let raw = result.stderr.unicodeScalars.filter { TextChecks.isUnsafe($0) && $0 != "\n" }
            #expect(raw.isEmpty, "\(arguments) printed \(raw.map { String($0.value, radix: 16) })")
            #expect(result.stderr.contains("Error") || result.stderr.contains("錯誤"), "still says what was wrong: \(result.stderr)")
        }
        // What was typed is still shown, as control pictures.
        #expect(try cli.run(["phase", Self.incident, "x\u{1B}[31m"]).stderr.contains("x\u{241B}[31m"))
    }

    @Test func versionAndLanguageChoice() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let version = try cli.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let french = try cli.run(["list", "--lang", "fr"])
        #expect(french.status == 64)
        #expect(french.stderr.contains("'zh-TW'") && french.stderr.contains("'en'"))
        #expect(try cli.run(["list", "--lang", "zh_TW"]).status == 64)
        // The tool's own help, in the language asked for before it, not the default command's.
        let help = try cli.run(["--lang", "zh-TW", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: 區域資安應變小組的值勤台"), "\(help.stdout.prefix(200))")
        #expect(help.stdout.contains("SUBCOMMANDS:"))
    }

    /// `config show` prints each setting with the option, variable, file line or default it
    /// came from; a mistake in the file names the file, the line and the key.
    @Test func configShowSaysWhereEachSettingCameFrom() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent(".config/certdesk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.yaml").path
        try Data("# the KHH watch\nregion: KHH\nlanguage: zh-TW\nbell: true\n".utf8).write(to: URL(fileURLWithPath: config))
        let shown = try cli.run(["config", "show", "--db", "/srv/desk.sqlite"], environment: ["CERTDESK_ACTOR": "陳美玲"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let rows = shown.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        func row(_ key: String) -> [String]? { rows.first { $0.first == key } }
        #expect(shown.stdout.hasPrefix("設定檔：\(config)\n"))
        #expect(row("database") == ["database", "/srv/desk.sqlite", "--db"])
        #expect(row("region") == ["region", "KHH", "\(config):2"])
        #expect(row("language") == ["language", "zh-TW", "\(config):3"])
        #expect(row("actor") == ["actor", "陳美玲", "$CERTDESK_ACTOR"])
        #expect(row("bell") == ["bell", "true", "\(config):4"])
        #expect(row("theme") == ["theme", "default", "內建"])
        #expect(row("playbooks")?.last == "內建")

        try Data("region: KHH\nregoin: TCN\n".utf8).write(to: URL(fileURLWithPath: config))
        let broken = try cli.run(["list", "--lang", "en"])
        #expect(broken.status == 64)
        #expect(broken.stderr.hasPrefix("certdesk: \(config):2: regoin: "))
        #expect(!FileManager.default.fileExists(atPath: cli.database))

        try Data("smtp:\n  password: hunter2\n".utf8).write(to: URL(fileURLWithPath: config))
        chmod(config, 0o644)
        let secret = try cli.run(["list", "--lang", "en"])
        #expect(secret.status == 64)
        #expect(secret.stderr.contains("\(config):2: smtp.password: holds a secret") && secret.stderr.contains("chmod 600"))
        #expect(!secret.stderr.contains("hunter2"))
    }

    /// With no folder anywhere, a lone binary uses the rules compiled into it; a playbooks
    /// folder in the configuration folder overrides them, and `policy show` says which is in force.
    @Test func aLoneBinaryFindsItsBuiltInRulesAndAConfigurationFolderOverridesThem() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let lone = cli.folder.appendingPathComponent("bin-elsewhere/certdesk").path
        try FileManager.default.createDirectory(atPath: cli.folder.appendingPathComponent("bin-elsewhere").path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLIRunner.binary, toPath: lone)
        func run(_ arguments: [String]) throws -> CLIRunner.Result {
            try CLIRunner.run(lone, arguments, environment: cli.environment, folder: "/")
        }
        #expect(try run(["demo"]).status == 0)
        let builtIn = try run(["policy", "show"])
        #expect(builtIn.status == 0, "\(builtIn.stderr)")
        #expect(builtIn.stdout.hasPrefix("rules: the copies built into certdesk "))
        #expect(builtIn.stdout.contains("(built in)/playbooks/policies/default.yaml"))
        let lint = try run(["playbook", "lint"])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.hasPrefix("rules: the copies built into certdesk "))

        // A copy of the playbooks in ~/.config/certdesk/playbooks, with the notification clock shortened.
        let configured = cli.folder.appendingPathComponent(".config/certdesk/playbooks")
        try FileManager.default.createDirectory(at: configured.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("playbooks"), to: configured)
        let policy = configured.appendingPathComponent("policies/default.yaml")
        let text = try String(contentsOf: policy, encoding: .utf8)
        #expect(text.contains("due_within: 1h"))
        try text.replacingOccurrences(of: "due_within: 1h", with: "due_within: 45m").write(to: policy, atomically: true, encoding: .utf8)
        let overridden = try run(["policy", "show"])
        #expect(overridden.stdout.hasPrefix("rules: \(configured.path) (found in the configuration folder)"))
        #expect(overridden.stdout.contains("45m"))
    }
}

