import CertDeskCore
import CertDeskMail
import Foundation

/// Carries a draft out by its channel and says how it went, never throwing: a failure is a
/// result to record (with the server's answer), not an error that loses the attempt. E-mail by
/// the SMTP server or the mail command, SMS by the gateway command; phone, fax, platform and
/// other are the officer's to do, and only recorded.
struct NotificationDelivery {
    struct Result {
        var outcome: NotificationRecord.Outcome
        var delivery: NotificationRecord.Delivery
        var reply: String?
        var failure: String?
        var messageID: String?
    }

    let settings: NotificationSettings

    func send(_ draft: NotificationDraft, id: String, at date: Date) async -> Result {
        switch (draft.channel, settings.mail, settings.sms) {
        case (.email, .some(let route), _):
            let from = settings.from ?? ""
            let message = MailMessage(from: from, to: [draft.recipient], subject: draft.subject, body: draft.message, date: date,
                                      messageID: MailMessage.newMessageID(from: from, date: date),
                                      extraHeaders: [("X-Certdesk-Notification", id)])
            do {
                switch route {
                case .smtp(let server):
                    let reply = try await SMTPSession.deliver(message, to: server)
                    return Result(outcome: .sent, delivery: .smtp, reply: reply.description, messageID: message.messageID)
                case .command(let command):
                    // A sendmail-compatible command reads LF line ends (sendmail(8) -t).
                    let text = message.wireText.replacingOccurrences(of: "\r\n", with: "\n")
                    let printed = try await command.run(input: Data(text.utf8), extra: [])
                    return Result(outcome: .sent, delivery: .sendmail, reply: printed.isEmpty ? nil : printed, messageID: message.messageID)
                }
            } catch {
                let delivery: NotificationRecord.Delivery = if case .smtp = route { .smtp } else { .sendmail }
                return Result(outcome: .failed, delivery: delivery, reply: error.reply?.description,
                              failure: error.text(EnglishWords()), messageID: message.messageID)
            }
        case (.sms, _, .some(let command)):
            do {
                let printed = try await command.run(input: Data(draft.message.utf8), extra: [draft.recipient])
                return Result(outcome: .sent, delivery: .smsGateway, reply: printed.isEmpty ? nil : printed)
            } catch {
                return Result(outcome: .failed, delivery: .smsGateway, failure: error.text(EnglishWords()))
            }
        default:
            return Result(outcome: .sent, delivery: .recorded)
        }
    }
}

extension MailFailure {
    /// The server's reply, when the failure is one.
    var reply: SMTPReply? {
        if case .refused(_, let reply) = self { return reply }
        return nil
    }

    /// The failure as the record keeps it and the officer reads it; never a credential (the
    /// cases hold none).
    public func text(_ words: any Words) -> String {
        switch self {
        case .unreachable(let host, let port, let reason): words.mailUnreachable("\(host):\(port)", TextChecks.sanitized(reason))
        case .timedOut(let seconds): words.mailTimedOut(seconds)
        case .refused(let step, let reply): words.mailRefused(step, reply.description)
        case .closed(let step): words.mailClosed(step)
        case .tls(let reason): words.mailTLS(TextChecks.sanitized(reason))
        case .untrustedCertificate: words.mailCertificateNotTrusted
        case .trustFileUnreadable(let file, let reason): words.mailTrustFileUnreadable(file, TextChecks.sanitized(reason))
        case .malformedReply(let text): words.mailMalformed(TextChecks.sanitized(text))
        case .noTLSForPassword: words.mailNoTLSForPassword
        case .noAuthMechanism(let offered): words.mailNoAuthMechanism(TextChecks.sanitized(offered))
        case .needsSMTPUTF8(let address): words.mailNeedsSMTPUTF8(TextChecks.sanitized(address))
        case .commandFailed(let command, let status, let output): words.commandFailed(command, status: Int(status), TextChecks.sanitized(output))
        case .commandNotRun(let command, let reason): words.commandNotRun(command, TextChecks.sanitized(reason))
        case .commandTimedOut(let command, let seconds): words.commandTimedOut(command, seconds)
        }
    }
}
