import Foundation

/// One e-mail as it goes on the wire (RFC 5322): plain text in UTF-8, base64 so that it passes
/// any server without 8BITMIME (RFC 2045), the subject as RFC 2047 encoded words when it is not
/// ASCII, a Message-ID to find it by, and the Date in Taiwan's offset (+0800), as the officer
/// and the recipient read it.
public struct MailMessage: Sendable, Equatable {
    public let from: String
    public let to: [String]
    public let subject: String
    public let body: String
    public let date: Date
    public let messageID: String
    /// Extra headers (`X-Certdesk-Notification`), ASCII names and values.
    public let extraHeaders: [(name: String, value: String)]

    public init(from: String, to: [String], subject: String, body: String, date: Date, messageID: String,
                extraHeaders: [(name: String, value: String)] = []) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
        self.extraHeaders = extraHeaders
    }

    public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.subject == rhs.subject && lhs.body == rhs.body && lhs.date == rhs.date
            && lhs.messageID == rhs.messageID && lhs.extraHeaders.elementsEqual(rhs.extraHeaders) { $0 == $1 }
    }

    /// `<20261204T031200.a1b2c3d4@tcn-cert.example.gov.tw>`: unique, and naming the sender's domain.
    public static func newMessageID(from address: String, date: Date) -> String {
        let domain = address.split(separator: "@").last.map(String.init) ?? "certdesk.invalid"
        let stamp = Int(date.timeIntervalSince1970 * 1000)
        let random = (0..<4).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        return "<\(stamp).\(random)@\(domain)>"
    }

    /// The message with CRLF line ends, as SMTP's DATA carries it (before dot-stuffing).
    public var wireText: String {
        var lines = [
            "Date: " + Self.dateText(date),
            "From: " + from,
            "To: " + to.joined(separator: ", "),
            "Subject: " + EncodedWord.header(subject, nameLength: "Subject: ".count),
            "Message-ID: " + messageID,
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        lines += extraHeaders.map { "\($0.name): \($0.value)" }
        lines.append("")
        lines += Self.base64Lines(body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 5322 §3.3 date-time in +0800 (Asia/Taipei keeps no summer time).
    static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// Base64 in lines of 76 characters (RFC 2045 §6.8).
    static func base64Lines(_ text: String) -> [String] {
        let encoded = Data(text.utf8).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines
    }
}
