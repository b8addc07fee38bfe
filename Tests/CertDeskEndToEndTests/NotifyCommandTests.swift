import Foundation
import Testing

/// `certdesk notify | notifications | reentry` against a real SMTP server on loopback
/// (aiosmtpd): the message that arrives (headers, UTF-8 subject and body, recipients), both
/// clocks met at the time of sending; STARTTLS with AUTH; a server down or slow recorded as a
/// failure and retried; an exercise that sends nothing; a fallback that owes, then closes, its
/// platform re-entry; and no credential anywhere.
@Suite("certdesk notify", .serialized)
struct NotifyCommandTests {
    static let now = "2026-12-05T03:00:00+08:00"
    static let ticket = #"{"id":"SOC-0300","title":"檔案伺服器遭勒索軟體加密","category":"ransomware","level":4,"agency":"臺中市北屯區公所","aware_at":"2026-12-05T02:54:00+08:00","reported_at":"2026-12-05T02:58:00+08:00","description":"共用資料夾檔案改為 .lockbit，已請駐點人員拔除網路線"}"#
    static let directory = """
        agencies:
          - id: AG-020
            name: 臺中市北屯區公所
            name_en: Beitun District Office
            region: TCN
            county: 臺中市
            type: district-office
            grade: C
            contacts:
              - name: 林雅婷（虛構）
                role: 資訊室主任
                phone: 04-0000-1118
                email: lin.yating@beitun.example.gov.tw
                channels: [email, phone]
        """
    static let password = "Tc9!s3cret-Pw"

    /// A desk at 03:00 with the directory and the level-4 ransomware ticket.
    static func desk(ticket: String = ticket) throws -> CLIRunner {
        let cli = CLIRunner(now: now)
        let file = try cli.file("directory.yaml", directory)
        let imported = try cli.run(["agencies", "import", file, "--create", "--region", "TCN"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let ingested = try cli.run(["ingest", "-"], stdin: ticket)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        return cli
    }

    static func mail(_ peer: SMTPPeer, host: String = "127.0.0.1", _ extra: [String: String] = [:]) -> [String: String] {
        ["CERTDESK_SMTP_URL": "smtp://\(host):\(peer.port)", "CERTDESK_SMTP_FROM": "tcn-cert@example.gov.tw",
         "CERTDESK_NCERT_EMAIL": "ncert-duty@example.gov.tw"].merging(extra) { _, new in new }
    }

    static func clock(_ cli: CLIRunner, _ kind: String) throws -> [String: Any]? {
        let clocks = try cli.showJSON("TCN-2026-0001")["obligations"] as? [[String: Any]] ?? []
        return clocks.first { $0["kind"] as? String == kind }
    }

    @Test func aLevelFourIncidentAt0300IsNotifiedByEMailThatArrivesAndBothClocksAreMet() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let peer = try SMTPPeer(folder: cli.folder)
        defer { peer.stop() }
        let clocks = try cli.run(["clocks"])
        #expect(clocks.stdout.contains("notify-agency-contact") && clocks.stdout.contains("ncert-escalation"))
        let owed = try cli.run(["notifications"])
        #expect(owed.stdout.contains("draft ready: agency-contact notice") && owed.stdout.contains("draft ready: N-CERT escalation"))

        // The draft is the directory's contact by e-mail, in the officer's language.
        let draft = try cli.run(["--lang", "zh-TW", "notify", "TCN-2026-0001", "--draft"])
        #expect(draft.stdout.hasPrefix("對象: 電子郵件 → lin.yating@beitun.example.gov.tw\n"), "\(draft.stdout)")
        #expect(try CLIRunner.sqlite(cli.database, "SELECT count(*) FROM journal WHERE kind = 'notification-recorded'") == "0\n")

        let sent = try cli.run(["--lang", "zh-TW", "notify", "TCN-2026-0001"], environment: Self.mail(peer))
        #expect(sent.status == 0, "\(sent.stdout) \(sent.stderr)")
        #expect(sent.stdout.contains("TCN-2026-0001-N01 電子郵件 → lin.yating@beitun.example.gov.tw: 已送出"), "\(sent.stdout)")
        #expect(sent.stdout.contains("250 2.0.0 Ok: queued as CERTDESK1") && sent.stdout.contains("已符合 notify-agency-contact"))
        let escalated = try cli.run(["notify", "TCN-2026-0001", "--template", "ncert"], environment: Self.mail(peer))
        #expect(escalated.status == 0, "\(escalated.stderr)")
        #expect(escalated.stdout.contains("met ncert-escalation"))

        let messages = peer.messages
        #expect(messages.count == 2)
        let notice = try #require(messages.first)
        #expect(notice.from == "tcn-cert@example.gov.tw" && notice.to == ["lin.yating@beitun.example.gov.tw"])
        #expect(notice.header("To") == "lin.yating@beitun.example.gov.tw")
        #expect(notice.header("Date") == "Sat, 05 Dec 2026 03:00:00 +0800")
        #expect(notice.header("Message-ID")?.hasSuffix("@example.gov.tw>") == true)
        #expect(notice.header("X-Certdesk-Notification") == "TCN-2026-0001-N01")
        #expect(notice.header("Subject")?.contains("臺中市北屯區公所") == true, "\(notice.header("Subject") ?? "")")
        #expect(notice.body.contains("林雅婷（虛構）") && notice.body.contains("TCN-2026-0001"), "\(notice.body)")
        #expect(notice.body.contains("檔案伺服器遭勒索軟體加密"))
        #expect(messages[1].to == ["ncert-duty@example.gov.tw"])
        #expect(messages[1].header("Subject")?.contains("level 4") == true)

        // Both clocks read met at the time of sending.
        for kind in ["notify-agency-contact", "ncert-escalation"] {
            let clock = try #require(try Self.clock(cli, kind))
            #expect(clock["state"] as? String == "met", "\(kind)")
            #expect((clock["met_at"] as? String)?.hasPrefix("2026-12-04T19:00:00") == true, "\(kind): \(clock)")
        }
        let listed = try cli.run(["notifications", "TCN-2026-0001", "--json"])
        #expect(listed.stdout.contains(#""delivery":"smtp""#) && listed.stdout.contains(#""reply":"250 2.0.0 Ok: queued as CERTDESK1""#))
        #expect(listed.stdout.contains(#""meets":["notify-agency-contact"]"#))
        #expect(try cli.run(["notifications"]).stdout.contains("TCN-2026-0001") == false)
        #expect(try cli.run(["verify"]).stdout == "ok\n")
    }

    @Test func startTLSWithAuthSendsOnlyWithTheRightPasswordAndNoOutputShowsIt() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let (cert, key) = try SMTPPeer.certificate(in: cli.folder)
        let peer = try SMTPPeer(folder: cli.folder, ["--cert", cert, "--key", key, "--auth", "tcn-cert:\(Self.password)"])
        defer { peer.stop() }
        var outputs: [String] = []
        // The certificate is not trusted until the CA file says so.
        let untrusted = try cli.run(["notify", "TCN-2026-0001"], environment: Self.mail(peer, host: "localhost",
            ["CERTDESK_SMTP_USER": "tcn-cert", "CERTDESK_SMTP_PASSWORD": Self.password]))
        #expect(untrusted.status == 1 && untrusted.stdout.contains("certificate is not trusted"), "\(untrusted.stdout)")
        let wrong = try cli.run(["notify", "--retry", "TCN-2026-0001-N01"], environment: Self.mail(peer, host: "localhost",
            ["CERTDESK_SMTP_USER": "tcn-cert", "CERTDESK_SMTP_PASSWORD": "wrong-password", "CERTDESK_SMTP_CA_FILE": cert]))
        #expect(wrong.status == 1 && wrong.stdout.contains("refused AUTH: 535"), "\(wrong.stdout)")
        #expect(wrong.stderr.contains("certdesk notify --retry TCN-2026-0001-N02"))
        let right = try cli.run(["notify", "--retry", "TCN-2026-0001-N02"], environment: Self.mail(peer, host: "localhost",
            ["CERTDESK_SMTP_USER": "tcn-cert", "CERTDESK_SMTP_PASSWORD": Self.password, "CERTDESK_SMTP_CA_FILE": cert]))
        #expect(right.status == 0, "\(right.stdout) \(right.stderr)")
        outputs += [untrusted.stdout, untrusted.stderr, wrong.stdout, wrong.stderr, right.stdout, right.stderr]
        let message = try #require(peer.messages.first)
        #expect(peer.messages.count == 1 && message.tls && message.authenticated)
        // Nothing printed, listed, journalled or logged holds the password.
        for command in [["notifications", "TCN-2026-0001"], ["notifications", "TCN-2026-0001", "--json"], ["show", "TCN-2026-0001", "--json"],
                        ["config", "show"]] {
            let result = try cli.run(command, environment: Self.mail(peer, ["CERTDESK_SMTP_PASSWORD": Self.password, "CERTDESK_LOG": "trace"]))
            outputs += [result.stdout, result.stderr]
        }
        outputs.append(try cli.dump())
        let shown = try cli.run(["config", "show"], environment: Self.mail(peer, ["CERTDESK_SMTP_USER": "tcn-cert", "CERTDESK_SMTP_PASSWORD": Self.password]))
        #expect(shown.stdout.contains("mail.password") && shown.stdout.contains("••••••") && shown.stdout.contains("CERTDESK_SMTP_URL"), "\(shown.stdout)")
        outputs.append(shown.stdout)
        #expect(!outputs.contains { $0.contains(Self.password) || $0.contains("wrong-password") })
        #expect(try Self.clock(cli, "notify-agency-contact")?["state"] as? String == "met")
    }

    @Test func aServerDownOrSlowIsRecordedAsFailedAndARetryGoesOut() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        // Nothing listens on the port a stopped server had.
        let gone = try SMTPPeer(folder: cli.folder)
        gone.stop()
        let down = try cli.run(["notify", "TCN-2026-0001"], environment: Self.mail(gone))
        #expect(down.status == 1 && down.stdout.contains("could not reach the mail server 127.0.0.1:\(gone.port)"), "\(down.stdout)")
        let slow = try SMTPPeer(folder: cli.folder, ["--delay", "8"])
        defer { slow.stop() }
        let started = Date()
        let late = try cli.run(["notify", "--retry", "TCN-2026-0001-N01"], environment: Self.mail(slow, ["CERTDESK_SMTP_TIMEOUT": "1"]))
        #expect(Date().timeIntervalSince(started) < 6, "the timeout bounds the wait")
        #expect(late.status == 1 && late.stdout.contains("did not finish within 1 s"), "\(late.stdout)")
        #expect(try Self.clock(cli, "notify-agency-contact")?["state"] as? String != "met")
        let owed = try cli.run(["notifications", "--json"])
        #expect(owed.stdout.contains(#""notification":"TCN-2026-0001-N02""#) && owed.stdout.contains(#""owed":"retry""#))

        let healthy = try SMTPPeer(folder: cli.folder)
        defer { healthy.stop() }
        let retried = try cli.run(["notify", "--retry", "TCN-2026-0001-N02"], environment: Self.mail(healthy))
        #expect(retried.status == 0 && retried.stdout.contains("met notify-agency-contact"), "\(retried.stdout) \(retried.stderr)")
        #expect(healthy.messages.count == 1)
        let records = try cli.run(["notifications", "TCN-2026-0001"])
        #expect(records.stdout.contains("TCN-2026-0001-N01") && records.stdout.contains("again after TCN-2026-0001-N02"), "\(records.stdout)")
        #expect(!(try cli.run(["notifications", "--json"]).stdout.contains(#""owed":"retry""#)))
        // What went out is not sent twice.
        let twice = try cli.run(["notify", "--retry", "TCN-2026-0001-N02"], environment: Self.mail(healthy))
        #expect(twice.status == 65 && twice.stderr.contains("went out already"))
    }

    @Test func anExerciseSendsNothingButStillMeetsItsClock() throws {
        let cli = try Self.desk(ticket: Self.ticket.replacingOccurrences(of: #""level":4"#, with: #""level":4,"exercise":true"#))
        defer { cli.remove() }
        let peer = try SMTPPeer(folder: cli.folder)
        defer { peer.stop() }
        let sent = try cli.run(["notify", "TCN-2026-0001"], environment: Self.mail(peer))
        #expect(sent.status == 0 && sent.stdout.contains("exercise: not sent"), "\(sent.stdout) \(sent.stderr)")
        #expect(peer.messages.isEmpty)
        #expect(try Self.clock(cli, "notify-agency-contact")?["state"] as? String == "met")
        #expect(try cli.run(["notifications", "TCN-2026-0001", "--json"]).stdout.contains(#""delivery":"exercise""#))
    }

    @Test func aFallbackOwesThePlatformReentryUntilItIsRecorded() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let fax = try cli.run(["notify", "TCN-2026-0001", "--template", "ncert", "--channel", "fax", "--to", "N-CERT 02-0000-0000",
                               "--fallback-reason", "通報應變網站維護中", "--at", "03:00"])
        #expect(fax.status == 0 && fax.stdout.contains("met ncert-escalation, report-platform"), "\(fax.stdout) \(fax.stderr)")
        let reentry = try #require(try Self.clock(cli, "platform-reentry"))
        #expect(reentry["state"] as? String == "open")
        #expect(try cli.run(["notifications"]).stdout.contains("re-enter the report on the platform"))
        let done = try cli.run(["reentry", "TCN-2026-0001"], environment: ["CERTDESK_NOW": "2026-12-05T09:30:00+08:00"])
        #expect(done.status == 0 && done.stdout == "TCN-2026-0001 platform-reentry: met\n", "\(done.stderr)")
        #expect(try Self.clock(cli, "platform-reentry")?["state"] as? String == "met")
        #expect(try cli.run(["reentry", "TCN-2026-0001"]).status == 65, "nothing owed any more")
        // An e-mail with no server set up is refused before anything is written.
        let before = try cli.dump()
        let refused = try cli.run(["notify", "TCN-2026-0001", "--channel", "email", "--to", "ncert@example.gov.tw", "--message", "補充說明"])
        #expect(refused.status == 65 && refused.stderr.contains("e-mail is not set up"))
        #expect(try cli.dump() == before)
    }

    @Test func theMailCommandAndTheSMSGatewayCarryTheMessage() throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let mailbox = cli.folder.appendingPathComponent("mailbox").path, texts = cli.folder.appendingPathComponent("texts").path
        let mailer = try cli.file("fake-sendmail", "#!/bin/sh\ncat > \(mailbox)\necho accepted\n")
        let gateway = try cli.file("fake-sms", "#!/bin/sh\necho \"$1\" > \(texts)\ncat >> \(texts)\n")
        chmod(mailer, 0o700)
        chmod(gateway, 0o700)
        let mailed = try cli.run(["notify", "TCN-2026-0001"], environment: ["CERTDESK_MAIL_COMMAND": "\(mailer) -t", "CERTDESK_SMTP_FROM": "tcn-cert@example.gov.tw"])
        #expect(mailed.status == 0 && mailed.stdout.contains("by the mail command (accepted)"), "\(mailed.stdout) \(mailed.stderr)")
        let letter = try String(contentsOfFile: mailbox, encoding: .utf8)
        #expect(letter.contains("\nTo: lin.yating@beitun.example.gov.tw\n") && letter.contains("Content-Type: text/plain; charset=UTF-8"))
        let texted = try cli.run(["notify", "TCN-2026-0001", "--template", "ncert", "--channel", "sms", "--to", "0900-000-111",
                                  "--message", "TCN-2026-0001 第 4 級勒索軟體事件，詳見電子郵件"], environment: ["CERTDESK_SMS_COMMAND": gateway])
        #expect(texted.status == 0 && texted.stdout.contains("by the SMS gateway"), "\(texted.stdout) \(texted.stderr)")
        #expect(try String(contentsOfFile: texts, encoding: .utf8) == "0900-000-111\nTCN-2026-0001 第 4 級勒索軟體事件，詳見電子郵件")
        // Without a gateway an SMS is recorded as sent by hand.
        let byHand = try cli.run(["notify", "TCN-2026-0001", "--channel", "sms", "--to", "0900-000-111", "--message", "請回電"])
        #expect(byHand.stdout.contains("recorded by the officer"), "\(byHand.stdout)")
    }

    /// Done when: a level-4 incident ingested at 03:00 shows both clocks; the console's form
    /// sends the e-mails a real SMTP server receives, and both clocks read met at the time of
    /// sending. At 80×24 in English and at 140×40 in Chinese with NO_COLOR.
    @Test(arguments: [(80, 24, "en"), (140, 40, "zh-TW")])
    func theConsoleFormSendsTheEMailsAndBothClocksReadMet(layout: (columns: Int, rows: Int, language: String)) throws {
        let cli = try Self.desk()
        defer { cli.remove() }
        let peer = try SMTPPeer(folder: cli.folder)
        defer { peer.stop() }
        var environment = cli.environment.merging(Self.mail(peer)) { _, new in new }
        environment["NO_COLOR"] = layout.language == "en" ? nil : "1"
        let terminal = try TmuxTerminal(columns: layout.columns, rows: layout.rows, environment: environment)
        try terminal.run(ConsoleTmuxTests.binary + " --lang " + layout.language)
        let agencyClock = layout.language == "en" ? "meets notify-agency-contact" : "符合 notify-agency-contact"
        let escalationClock = layout.language == "en" ? "meets ncert-escalation" : "符合 ncert-escalation"
        #expect(try terminal.waitFor(timeout: 15) { $0.contains("TCN-2026-0001") } != nil, "\(terminal.shown)")
        try terminal.keys("Enter", "N")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains(agencyClock) && $0.contains("lin.yating@beitun.example.gov.tw") } != nil,
                "\(terminal.shown)")
        try terminal.keys("C-x")
        #expect(try terminal.waitFor(timeout: 10) { $0.contains("TCN-2026-0001-N01") } != nil, "\(terminal.shown)")
        try terminal.keys("N")
        #expect(try terminal.waitFor(timeout: 5) { $0.contains(escalationClock) && $0.contains("ncert-duty@example.gov.tw") } != nil,
                "\(terminal.shown)")
        try terminal.keys("C-x")
        #expect(try terminal.waitFor(timeout: 10) { $0.contains("TCN-2026-0001-N02") } != nil, "\(terminal.shown)")
        try terminal.keys("Escape", "q")
        #expect(peer.messages.map(\.to) == [["lin.yating@beitun.example.gov.tw"], ["ncert-duty@example.gov.tw"]])
        for kind in ["notify-agency-contact", "ncert-escalation"] {
            let clock = try #require(try Self.clock(cli, kind))
            #expect(clock["state"] as? String == "met" && (clock["met_at"] as? String)?.hasPrefix("2026-12-04T19:00:00") == true,
                    "\(kind): \(clock)")
        }
    }
}
