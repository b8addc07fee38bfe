import Foundation
import Testing

/// Who may write a desk: its owner, or the officers of the sharing group the configuration
/// names. A desk others could write is refused with the fix; a desk this account may only read
/// opens for reading without trying to write.
@Suite("desk file permissions")
struct DeskPermissionTests {
    static let tickets = CLIRunner.samples.appendingPathComponent("tickets/soc-tickets.jsonl").path

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    @Test func aDeskOthersCanWriteIsRefusedWithTheFix() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", Self.tickets]).status == 0)
        #expect(Self.mode(cli.database) == 0o600, "a new desk is its owner's alone")
        let before = try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal")

        for (path, mode) in [(cli.database, 0o666), (cli.folder.path, 0o777)] {
            let original = Self.mode(path)
            chmod(path, mode_t(mode))
            defer { chmod(path, mode_t(original)) }
            for command in [["list"], ["note", "TCN-2026-0001", "已通知機關"]] {
                let refused = try cli.run(command)
                #expect(refused.status == 77, "\(command) with \(path) at \(String(mode, radix: 8)): \(refused.stderr)")
                #expect(refused.stderr.contains("may be written by every user of this machine (mode 0\(String(mode, radix: 8)))"), "\(refused.stderr)")
                #expect(refused.stderr.contains("chmod o-w \"\(path)\""), "\(refused.stderr)")
            }
        }
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal") == before, "nothing refused was written")
        // A sticky folder, as /tmp is, is not one where others can replace the desk's files.
        chmod(cli.folder.path, 0o1777)
        #expect(try cli.run(["list"]).status == 0)
        chmod(cli.folder.path, 0o755)

        // The vault too: an evidence folder others can write could have its files swapped.
        let log = try cli.file("auth.log", "Mar  2 08:40:01 fs01 sshd[811]: Failed password for root\n")
        #expect(try cli.run(["evidence", "add", "TCN-2026-0001", log, "--kind", "log", "--desc", "sshd log"]).status == 0)
        let vault = cli.folder.appendingPathComponent("desk.vault/sha256").path
        chmod(vault, 0o777)
        let vaultRefused = try cli.run(["list"])
        #expect(vaultRefused.status == 77)
        #expect(vaultRefused.stderr.contains("desk.vault/sha256\" may be written by every user"), "\(vaultRefused.stderr)")
        chmod(vault, 0o700)
        #expect(try cli.run(["verify"]).status == 0)
    }

    /// A group-writable desk is refused unless that group is the one the configuration names
    /// for sharing; named, the desk is used, and what certdesk creates is the group's (0660, 2770).
    @Test func onlyTheSharingGroupMayWrite() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let configuration = cli.folder.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: configuration.appendingPathComponent("certdesk"), withIntermediateDirectories: true)
        // A group this account can give files to: as root any (daemon); otherwise its own primary group.
        let group = getuid() == 0 ? "daemon" : String(cString: getgrgid(getgid())!.pointee.gr_name)
        try Data("group: \(group)\n".utf8).write(to: configuration.appendingPathComponent("certdesk/config.yaml"))
        let shared = ["XDG_CONFIG_HOME": configuration.path]
        let desk = cli.folder.appendingPathComponent("shared/desk.sqlite").path
        let created = try cli.run(["ingest", Self.tickets, "--db", desk], environment: shared)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(Self.mode(desk) == 0o660)
        #expect(Self.mode((desk as NSString).deletingLastPathComponent) == 0o2770, "set-group-ID, so SQLite's files stay the group's")
        let log = try cli.file("auth.log", "sshd: Failed password for root\n")
        #expect(try cli.run(["evidence", "add", "TCN-2026-0001", log, "--kind", "log", "--desc", "sshd log", "--db", desk], environment: shared).status == 0)
        let vault = cli.folder.appendingPathComponent("shared/desk.vault")
        #expect(Self.mode(vault.path) == 0o2770)
        let shard = try #require(try FileManager.default.contentsOfDirectory(atPath: vault.appendingPathComponent("sha256").path).first)
        let content = try #require(try FileManager.default.contentsOfDirectory(atPath: vault.appendingPathComponent("sha256/\(shard)").path).first)
        #expect(Self.mode(vault.appendingPathComponent("sha256/\(shard)/\(content)").path) == 0o440)
        let groupID = try #require(getgrnam(group)).pointee.gr_gid
        var status = stat()
        #expect(stat(desk, &status) == 0 && status.st_gid == groupID)

        // Without the configuration the same group-writable desk is refused, unless the group
        // is the owner's private one (Debian's user private groups).
        let unshared = try cli.run(["list", "--db", desk])
        if getuid() == 0 || String(cString: getpwuid(getuid())!.pointee.pw_name) != group {
            #expect(unshared.status == 77, "\(unshared.stderr)")
            #expect(unshared.stderr.contains("may be written by the group \(group)"), "\(unshared.stderr)")
            #expect(unshared.stderr.contains("group: \(group)"), "\(unshared.stderr)")
        }
        let unknown = try cli.run(["list", "--db", desk], environment: ["CERTDESK_GROUP": "no-such-certdesk-group"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("CERTDESK_GROUP: there is no group no-such-certdesk-group"), "\(unknown.stderr)")
    }

    /// Another officer's desk this account may only read (0644): reading commands work without
    /// trying to write; a command that records is refused, and nothing is written.
    @Test func aDeskThisAccountMayOnlyReadOpensForReading() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["ingest", Self.tickets]).status == 0)
        let before = try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal")
        chmod(cli.folder.path, 0o755)
        chmod(cli.database, 0o644)
        var run: ([String]) throws -> CLIRunner.Result = { arguments in try cli.run(arguments) }
        if getuid() == 0 {
            // root may write anything: read it as another account, as a second officer would.
            run = { arguments in
                try CLIRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary] + arguments,
                                  environment: cli.environment.merging(["HOME": "/nonexistent"]) { _, new in new })
            }
        } else {
            chmod(cli.folder.path, 0o555)
            chmod(cli.database, 0o444)
        }
        defer { chmod(cli.folder.path, 0o755); chmod(cli.database, 0o600) }
        let listed = try run(["list", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("TCN-2026-0001"))
        #expect(!listed.stderr.contains("readonly database"), "\(listed.stderr)")
        for command in [["show", "TCN-2026-0001"], ["clocks"], ["verify"]] {
            let read = try run(command)
            #expect(read.status == 0, "\(command): \(read.stderr)")
        }
        let note = try run(["note", "TCN-2026-0001", "已電話通知機關資安聯絡人"])
        #expect(note.status == 77, "\(note.stderr)")
        #expect(note.stderr.contains("is open read-only: this account may read it but not write it"), "\(note.stderr)")
        let chinese = try run(["--lang", "zh-TW", "note", "TCN-2026-0001", "已通知"])
        #expect(chinese.stderr.contains("以唯讀開啟"), "\(chinese.stderr)")
        chmod(cli.folder.path, 0o755)
        chmod(cli.database, 0o600)
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal") == before)
    }
}
