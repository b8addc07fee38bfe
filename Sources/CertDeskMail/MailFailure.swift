import NIOCore
import NIOSSL

/// Why an e-mail did not go out, with the server's own answer where there was one. No case
/// holds a credential: the AUTH lines are never quoted back.
public enum MailFailure: Error, Sendable, Equatable {
    /// Could not reach the server (refused, no route, name not found).
    case unreachable(host: String, port: Int, reason: String)
    /// The conversation did not finish within the timeout.
    case timedOut(seconds: Int)
    /// The server answered a step with a refusal; `step` is the command (`RCPT TO`), never
    /// its arguments for AUTH.
    case refused(step: String, reply: SMTPReply)
    /// The server closed the connection in the middle.
    case closed(step: String)
    /// TLS could not be set up (handshake failed); the library's reason.
    case tls(String)
    /// The server's certificate is not trusted by the system or the configured CA file.
    case untrustedCertificate
    /// The CA file configured cannot be read as PEM certificates.
    case trustFileUnreadable(String, String)
    /// The server speaks something that is not SMTP.
    case malformedReply(String)
    /// Credentials are set but the server offers no TLS: certdesk does not send them in clear.
    case noTLSForPassword
    /// The server offers none of the AUTH mechanisms certdesk speaks (PLAIN, LOGIN).
    case noAuthMechanism(offered: String)
    /// An address with non-ASCII characters, and the server does not accept SMTPUTF8 (RFC 6531).
    case needsSMTPUTF8(String)
    /// The mail or SMS command failed: its exit status and what it printed.
    case commandFailed(command: String, status: Int32, output: String)
    /// The command could not be started.
    case commandNotRun(command: String, reason: String)
    /// The command did not end within the timeout and was stopped.
    case commandTimedOut(command: String, seconds: Int)

    init(_ error: Error) {
        if let failure = error as? MailFailure { self = failure; return }
        let text = String(describing: error)
        if error is NIOSSLError || error is BoringSSLError {
            self = text.contains("CERTIFICATE_VERIFY_FAILED") ? .untrustedCertificate : .tls(Self.openSSLReason(text))
            return
        }
        self = .unreachable(host: "", port: 0, reason: text)
    }

    /// The reason BoringSSL gives (`WRONG_VERSION_NUMBER`), without its source paths.
    static func openSSLReason(_ text: String) -> String {
        guard let start = text.range(of: "OPENSSL_internal:") else { return text }
        let rest = text[start.upperBound...]
        return String(rest.prefix { $0 != " " && $0 != "]" && $0 != ")" })
    }

    /// The reason of a failure that wraps another library's error.
    var reasonText: String {
        switch self {
        case .tls(let reason), .unreachable(_, _, let reason): reason
        default: String(describing: self)
        }
    }
}
