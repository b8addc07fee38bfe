import CertDeskCore
import CertDeskMail
import Testing
@testable import CertDeskApp

/// How notifications leave the desk: the environment over config.yaml's `mail:`, `sms:` and
/// `ncert:`; a setting that cannot be used is refused where it was written; the password never
/// shows.
@Suite("Notification settings")
struct NotificationSettingsTests {
    static let path = "/home/officer/.config/certdesk/config.yaml"

    static func file(_ text: String, othersMayRead: Bool = false) throws -> ConfigurationFile {
        try ConfigurationFile.parse(text, path: path, othersMayRead: othersMayRead)
    }

    @Test func theFileGivesTheServerAndTheEnvironmentOverridesIt() throws {
        let file = try Self.file("""
            mail:
              url: smtps://mail.example.gov.tw:465
              from: tcn-cert@example.gov.tw
              user: tcn-cert
              password: s3cret-Pw
              timeout: 12
            ncert:
              email: ncert@example.gov.tw
            """)
        let settings = try NotificationSettings.resolve(environment: [:], configuration: file)
        guard case .smtp(let server)? = settings.mail else { Issue.record("no SMTP server"); return }
        #expect(server.host == "mail.example.gov.tw" && server.port == 465 && server.security == .implicitTLS)
        #expect(server.user == "tcn-cert" && server.password == "s3cret-Pw" && server.timeoutSeconds == 12)
        #expect(settings.from == "tcn-cert@example.gov.tw" && settings.ncert.email == "ncert@example.gov.tw")
        #expect(settings.origins.first { $0.key == "mail.password" }?.shown == "••••••")
        #expect(!settings.origins.contains { $0.shown.contains("s3cret") })
        let overridden = try NotificationSettings.resolve(
            environment: ["CERTDESK_SMTP_URL": "smtp://127.0.0.1:2525", "CERTDESK_SMTP_USER": "duty"], configuration: file)
        guard case .smtp(let local)? = overridden.mail else { Issue.record("no SMTP server"); return }
        #expect(local.host == "127.0.0.1" && local.port == 2525 && local.security == .startTLSWhenOffered && local.user == "duty")
        #expect(overridden.origins.first { $0.key == "mail.url" }?.origin == .environment("CERTDESK_SMTP_URL"))
    }

    @Test func aPasswordInAFileOthersCanReadIsRefusedAtItsLine() {
        #expect(throws: FileProblem.self) {
            try Self.file("mail:\n  url: smtp://mail.example.gov.tw\n  password: s3cret-Pw\n", othersMayRead: true)
        }
        do {
            _ = try Self.file("mail:\n  url: smtp://mail.example.gov.tw\n  password: s3cret-Pw\n", othersMayRead: true)
        } catch let error as FileProblem {
            #expect(error.line == 3)
            #expect(!error.message(file: Self.path).text(in: .en).contains("s3cret"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func whatCannotBeUsedIsRefusedWhereItWasWritten() throws {
        func refusal(_ environment: [String: String], _ text: String = "") throws -> String {
            let file = text.isEmpty ? nil : try Self.file(text)
            do {
                _ = try NotificationSettings.resolve(environment: environment, configuration: file)
                return ""
            } catch {
                return error.reason.text(in: .en)
            }
        }
        #expect(try refusal(["CERTDESK_SMTP_URL": "smtp://user:pw@mail.example.gov.tw"]).hasPrefix("CERTDESK_SMTP_URL: "))
        #expect(try !refusal(["CERTDESK_SMTP_URL": "smtp://user:pw@mail.example.gov.tw"]).contains(":pw@"))
        #expect(try refusal(["CERTDESK_SMTP_URL": "smtp://mail.example.gov.tw", "CERTDESK_SMTP_PASSWORD": "x"]).contains("without a user"))
        #expect(try refusal([:], "mail:\n  url: ftp://mail.example.gov.tw\n").hasPrefix("\(Self.path):2: "))
        #expect(try refusal([:], "mail:\n  command: msmtp '-t\n").contains("not a command"))
        #expect(try refusal(["CERTDESK_SMTP_FROM": "not an address"]).contains("not an e-mail address"))
        #expect(throws: FileProblem.self) { try Self.file("mail:\n  url: smtp://mail.example.gov.tw\n  timeout: forever\n") }
        #expect(throws: FileProblem.self) { try Self.file("mail:\n  server: smtp://mail.example.gov.tw\n") }
    }

    @Test func aMailCommandAndAnSMSGatewayAreCommandsWithoutAShell() throws {
        let settings = try NotificationSettings.resolve(
            environment: ["CERTDESK_SMS_COMMAND": "/usr/local/bin/sms-send --account tcn"],
            configuration: try Self.file("mail:\n  command: msmtp -t\n  from: tcn-cert@example.gov.tw\n"))
        guard case .command(let command)? = settings.mail else { Issue.record("no mail command"); return }
        #expect(command.arguments == ["msmtp", "-t"])
        #expect(settings.sms?.arguments == ["/usr/local/bin/sms-send", "--account", "tcn"])
        #expect(settings.ncert.name == "N-CERT" && settings.ncert.email == nil)
    }
}
