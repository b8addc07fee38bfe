import CertDeskCore

/// A server's reply (RFC 5321 §4.2): its code and its lines, a multi-line reply's joined.
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    public let code: Int
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// `250 2.0.0 Ok: queued as 4F3A2`: what the record keeps as the server's answer, its lines
    /// joined by " / ", every control character taken out (it came from outside).
    public var description: String {
        "\(code) " + TextChecks.sanitized(lines.joined(separator: " / "))
    }

    /// The extensions an EHLO reply names (`STARTTLS`, `AUTH PLAIN LOGIN`), upper-cased, the
    /// first line (the greeting) left out.
    public var extensions: [String] { lines.dropFirst().map { $0.uppercased() } }
}
