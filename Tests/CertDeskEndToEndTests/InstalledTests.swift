import Foundation
import Testing

/// What `make install` lays out, run as an officer would after installing: from another folder,
/// with nothing of the source tree in reach. `make test` installs into a DESTDIR first and
/// names it in `CERTDESK_INSTALLED` (the `<DESTDIR><PREFIX>` folder).
@Suite("make install", .enabled(if: ProcessInfo.processInfo.environment["CERTDESK_INSTALLED"] != nil,
                                  "make test installs into a DESTDIR and sets CERTDESK_INSTALLED"))
struct InstalledTests {
    static let prefix = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CERTDESK_INSTALLED"] ?? "/nonexistent")

    static func path(_ relative: String) -> String { prefix.appendingPathComponent(relative).path }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> CLIRunner.Result {
        try CLIRunner.run(executable, arguments, environment: environment, folder: "/")
    }

    @Test func theInstallationHoldsTheBinaryTheRulesTheManualAndTheCompletions() throws {
        for file in ["bin/certdesk", "share/certdesk/playbooks/ransomware.yaml", "share/certdesk/playbooks/policies/default.yaml",
                     "share/certdesk/themes/default.yaml", "share/man/man1/certdesk.1",
                     "share/bash-completion/completions/certdesk", "share/zsh/site-functions/_certdesk",
                     "share/fish/vendor_completions.d/certdesk.fish"] {
            #expect(FileManager.default.fileExists(atPath: Self.path(file)), "\(file) is not installed")
        }
        let manual = try String(contentsOfFile: Self.path("share/man/man1/certdesk.1"), encoding: .utf8)
        #expect(manual.contains(".Dt CERTDESK 1") || manual.contains(".TH CERTDESK"))
        #expect(manual.contains("evidence"))
        #expect(try String(contentsOfFile: Self.path("share/zsh/site-functions/_certdesk"), encoding: .utf8).hasPrefix("#compdef certdesk"))
        #expect(try String(contentsOfFile: Self.path("share/fish/vendor_completions.d/certdesk.fish"), encoding: .utf8).contains("certdesk"))
    }

    /// The installed binary, run from `/`, finds the installed rules (not the source tree's).
    @Test func theInstalledBinaryRunsFromAnywhere() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-installed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["PATH": Self.path("bin") + ":/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8",
                           "CERTDESK_NOW": "2026-03-02T14:00:00+08:00"]
        let database = home.appendingPathComponent("x.sqlite").path
        let binary = Self.path("bin/certdesk")
        let demo = try Self.run(binary, ["--db", database, "demo"], environment: environment)
        #expect(demo.status == 0, "\(demo.stderr)")
        let list = try Self.run(binary, ["--db", database, "list"], environment: environment)
        #expect(list.status == 0)
        #expect(list.stdout.contains("TCN-2026-0001"))
        let policy = try Self.run(binary, ["--db", database, "policy", "show"], environment: environment)
        #expect(policy.stdout.hasPrefix("rules: \(Self.path("share/certdesk/playbooks")) (the installation)"), "\(policy.stdout)")
    }

    /// Tab completion in bash offers the commands, from the installed script alone.
    @Test func bashCompletesTheCommands() throws {
        let script = Self.path("share/bash-completion/completions/certdesk")
        let probe = """
            source '\(script)'
            COMP_WORDS=(certdesk li); COMP_CWORD=1; COMP_LINE='certdesk li'; COMP_POINT=${#COMP_LINE}
            $(complete -p certdesk | sed -E 's/.*-F ([^ ]+).*/\\1/') certdesk li certdesk
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Self.run("/bin/bash", ["-c", probe], environment: ["PATH": Self.path("bin") + ":/usr/bin:/bin"])
        #expect(result.stdout.split(separator: "\n").contains("list"), "\(result.stdout) \(result.stderr)")
    }
}
