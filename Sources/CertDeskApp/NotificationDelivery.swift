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
        var failureKind: NotificationRecord.FailureKind?
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
                              failure: error.detail.isEmpty ? nil : error.detail, failureKind: error.kind, messageID: message.messageID)
            }
        case (.sms, _, .some(let command)):
            do {
                let printed = try await command.run(input: Data(draft.message.utf8), extra: [draft.recipient])
                return Result(outcome: .sent, delivery: .smsGateway, reply: printed.isEmpty ? nil : printed)
            } catch {
                return Result(outcome: .failed, delivery: .smsGateway, failure: error.detail.isEmpty ? nil : error.detail, failureKind: error.kind)
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

    /// The failure as the record keeps it: its kind, and the detail verbatim (sanitized); no
    /// case holds a credential.
    var kind: NotificationRecord.FailureKind {
        switch self {
        case .unreachable: .unreachable
        case .timedOut: .timedOut
        case .refused: .refused
        case .closed: .closed
        case .tls: .tls
        case .untrustedCertificate: .untrustedCertificate
        case .trustFileUnreadable: .trustFileUnreadable
        case .malformedReply: .malformedReply
        case .noTLSForPassword: .noTLSForPassword
        case .noAuthMechanism: .noAuthMechanism
        case .needsSMTPUTF8: .needsSMTPUTF8
        case .commandFailed: .commandFailed
        case .commandNotRun: .commandNotRun
        case .commandTimedOut: .commandTimedOut
        }
    }

    var detail: String {
        let text: String = switch self {
        case .unreachable(let host, let port, let reason): "\(host):\(port): \(reason)"
        case .timedOut(let seconds): "\(seconds)"
        case .refused(let step, let reply): "\(step): \(reply.description)"
        case .closed(let step): step
        case .tls(let reason): reason
        case .untrustedCertificate, .noTLSForPassword: ""
        case .trustFileUnreadable(let file, let reason): "\(file): \(reason)"
        case .malformedReply(let text): text
        case .noAuthMechanism(let offered): offered
        case .needsSMTPUTF8(let address): address
        case .commandFailed(let command, let status, let output): "\(command): \(status)" + (output.isEmpty ? "" : ": \(output)")
        case .commandNotRun(let command, let reason): "\(command): \(reason)"
        case .commandTimedOut(let command, let seconds): "\(command): \(seconds)"
        }
        return TextChecks.sanitized(text)
    }
}
