import CertDeskCore
import CertDeskMail
import Foundation

/// How notifications leave the desk, from the environment over the configuration file's `mail:`
/// and `sms:` sections (README, "Notifications"): e-mail by an SMTP server or a sendmail-compatible
/// command, SMS by a gateway command; phone and fax are always recorded, never dialled. The
/// password is read here and handed to the SMTP session only: no description prints it.
public struct NotificationSettings: Sendable {
    public enum MailRoute: Sendable {
        case smtp(SMTPServer)
        case command(TransportCommand)
    }

    public let mail: MailRoute?
    /// The sender's address (`From:`, `MAIL FROM`).
    public let from: String?
    public let sms: TransportCommand?
    /// N-CERT, where the level 3–4 escalation goes (`ncert:`; default name `N-CERT`).
    public let ncert: (name: String, email: String?, phone: String?)
    /// Where each part came from, for `config show` (`url`, `from`, `user`, `password`, …).
    public let origins: [(key: String, shown: String, origin: SettingOrigin)]

    /// Nothing set up: every notice is recorded as the officer's (a drill's desk, a test).
    public static let unconfigured = NotificationSettings(mail: nil, from: nil, sms: nil, ncert: ("N-CERT", nil, nil), origins: [])

    /// The environment variables, one per setting, beside the file's keys.
    public static let variables: [(variable: String, key: String)] = [
        ("CERTDESK_SMTP_URL", "mail.url"), ("CERTDESK_SMTP_FROM", "mail.from"), ("CERTDESK_SMTP_USER", "mail.user"),
        ("CERTDESK_SMTP_PASSWORD", "mail.password"), ("CERTDESK_SMTP_CA_FILE", "mail.ca_file"),
        ("CERTDESK_MAIL_COMMAND", "mail.command"), ("CERTDESK_SMS_COMMAND", "sms.command"),
        ("CERTDESK_SMTP_TIMEOUT", "mail.timeout"), ("CERTDESK_SMS_TIMEOUT", "sms.timeout"),
        ("CERTDESK_NCERT_NAME", "ncert.name"), ("CERTDESK_NCERT_EMAIL", "ncert.email"), ("CERTDESK_NCERT_PHONE", "ncert.phone"),
    ]

    public static func resolve(environment: [String: String], configuration: ConfigurationFile?) throws(DeskError) -> NotificationSettings {
        var chooser = SettingChooser(environment: environment)
        let file = configuration?.mail ?? [:]
        let url = chooser.value("mail.url", "CERTDESK_SMTP_URL", file[.url], shown: SMTPServer.redacted(url:))
        let from = chooser.value("mail.from", "CERTDESK_SMTP_FROM", file[.from])
        let user = chooser.value("mail.user", "CERTDESK_SMTP_USER", file[.user])
        let password = chooser.value("mail.password", "CERTDESK_SMTP_PASSWORD", file[.password], secret: true)
        let caFile = chooser.value("mail.ca_file", "CERTDESK_SMTP_CA_FILE", file[.caFile])
        let command = chooser.value("mail.command", "CERTDESK_MAIL_COMMAND", file[.command])
        let timeout = chooser.value("mail.timeout", "CERTDESK_SMTP_TIMEOUT", file[.timeout])
        let smsCommand = chooser.value("sms.command", "CERTDESK_SMS_COMMAND", configuration?.sms[.command])
        let smsTimeout = chooser.value("sms.timeout", "CERTDESK_SMS_TIMEOUT", configuration?.sms[.timeout])
        let ncertName = chooser.value("ncert.name", "CERTDESK_NCERT_NAME", configuration?.ncert[.name])
        let ncertEmail = chooser.value("ncert.email", "CERTDESK_NCERT_EMAIL", configuration?.ncert[.email])
        let ncertPhone = chooser.value("ncert.phone", "CERTDESK_NCERT_PHONE", configuration?.ncert[.phone])

        let mailTimeout = try SettingChooser.seconds(timeout)
        var route: MailRoute?
        if let url {
            guard let parsed = SMTPServer.parse(url: url.0) else { throw SettingChooser.problem(url.1) { $0.mailURLInvalid(TextChecks.quoted(SMTPServer.redacted(url: url.0))) } }
            if let password, user == nil { throw SettingChooser.problem(password.1) { $0.mailPasswordWithoutUser } }
            route = .smtp(SMTPServer(security: parsed.security, host: parsed.host, port: parsed.port, user: user?.0,
                                     password: password?.0, trustedCertificates: caFile?.0, timeoutSeconds: mailTimeout))
        } else if let command {
            guard let parsed = TransportCommand(command.0, timeoutSeconds: mailTimeout) else {
                throw SettingChooser.problem(command.1) { $0.commandUnreadable(TextChecks.quoted(command.0)) }
            }
            route = .command(parsed)
        }
        if let from, !Self.isAddress(from.0) { throw SettingChooser.problem(from.1) { $0.directoryEmailForm(TextChecks.quoted(from.0)) } }
        var sms: TransportCommand?
        if let smsCommand {
            guard let parsed = TransportCommand(smsCommand.0, timeoutSeconds: try SettingChooser.seconds(smsTimeout)) else {
                throw SettingChooser.problem(smsCommand.1) { $0.commandUnreadable(TextChecks.quoted(smsCommand.0)) }
            }
            sms = parsed
        }
        if let ncertEmail, !Self.isAddress(ncertEmail.0) {
            throw SettingChooser.problem(ncertEmail.1) { $0.directoryEmailForm(TextChecks.quoted(ncertEmail.0)) }
        }
        return NotificationSettings(mail: route, from: from?.0, sms: sms, ncert: (ncertName?.0 ?? "N-CERT", ncertEmail?.0, ncertPhone?.0),
                                    origins: chooser.origins)
    }

    /// How a notice by `channel` would go out: what the desk can carry itself, else recorded as
    /// the officer's; nothing real for an exercise.
    public func delivery(for channel: NotificationRecord.Channel, exercise: Bool, recorded: Bool) -> NotificationRecord.Delivery {
        if exercise { return .exercise }
        if recorded { return .recorded }
        switch channel {
        case .email:
            switch mail {
            case .smtp?: return .smtp
            case .command?: return .sendmail
            case nil: return .recorded
            }
        case .sms: return sms == nil ? .recorded : .smsGateway
        case .phone, .fax, .platform, .other: return .recorded
        }
    }

    /// `name@domain`, with nothing that could end a header or a command line.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains { $0.isWhitespace || $0.isNewline || "<>,;\"".contains($0) || $0.asciiValue.map { $0 < 32 } == true }
    }
}
