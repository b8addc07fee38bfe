import Foundation

/// Where e-mail goes and how certdesk logs in: `smtp://host:port` (STARTTLS when the server
/// offers it, RFC 3207) or `smtps://host:port` (TLS from the first byte, RFC 8314). The password
/// lives here only for the session; nothing prints it (`description` leaves it out).
public struct SMTPServer: Sendable, CustomStringConvertible {
    public enum Security: String, Sendable {
        /// Plain at first; upgraded with STARTTLS when the server offers it.
        case startTLSWhenOffered = "smtp"
        /// Implicit TLS (port 465).
        case implicitTLS = "smtps"
    }

    public let security: Security
    public let host: String
    public let port: Int
    public let user: String?
    public let password: String?
    /// A PEM file of certificates to trust besides the system's (a private mail server's CA).
    public let trustedCertificates: String?
    /// The whole conversation, connection included, must end within this many seconds.
    public let timeoutSeconds: Int

    public init(security: Security, host: String, port: Int, user: String? = nil, password: String? = nil,
                trustedCertificates: String? = nil, timeoutSeconds: Int = 30) {
        self.security = security
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.trustedCertificates = trustedCertificates
        self.timeoutSeconds = timeoutSeconds
    }

    /// Reads `smtp://host[:port]` or `smtps://host[:port]`; nil when it is neither. A user or
    /// password written into the URL is refused by the caller, not kept (it would be printed).
    public static func parse(url: String) -> (security: Security, host: String, port: Int)? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let security = Security(rawValue: scheme), let host = components.host, !host.isEmpty,
              components.user == nil, components.password == nil, components.path.isEmpty || components.path == "/",
              components.query == nil
        else { return nil }
        let port = components.port ?? (security == .implicitTLS ? 465 : 587)
        guard (1...65535).contains(port) else { return nil }
        return (security, host, port)
    }

    /// `url` as it may be shown: a user and password written into it replaced by `•••`.
    public static func redacted(url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].lastIndex(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + "•••" + String(url[at...])
    }

    /// `smtps://mail.example.gov.tw:465 as tcn-cert`: never the password.
    public var description: String {
        "\(security.rawValue)://\(host):\(port)" + (user.map { " as \($0)" } ?? "")
    }
}
