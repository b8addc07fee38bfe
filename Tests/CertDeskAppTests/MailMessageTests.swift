import Foundation
import Testing
@testable import CertDeskMail

/// The e-mail as it goes on the wire: UTF-8 subject as RFC 2047 words on lines of at most 78,
/// the body base64 of its UTF-8 (CRLF line ends), the Date in +0800, a Message-ID; and the
/// SMTP details that decide whether it arrives whole (dot-stuffing, reply parsing).
@Suite("Mail message")
struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_796_410_800)   // 2026-12-04 19:00 UTC = 2026-12-05 03:00 +08:00

    static func message(subject: String, body: String) -> MailMessage {
        MailMessage(from: "tcn-cert@example.gov.tw", to: ["liu@beitun.example.gov.tw"], subject: subject, body: body, date: date,
                    messageID: "<1.a@example.gov.tw>", extraHeaders: [("X-Certdesk-Notification", "TCN-2026-0001-N01")])
    }

    @Test func aChineseSubjectIsEncodedWordsOnShortLines() throws {
        let subject = "[TCN CERT] 資安事件通知：臺中市北屯區公所 — 檔案伺服器遭勒索軟體加密，共用資料夾檔案改為 .lockbit (TCN-2026-0001)"
        let text = Self.message(subject: subject, body: "第一行\n.第二行以句點開頭\n").wireText
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines.filter { $0.utf8.count > 78 })")
        #expect(lines.contains("Date: Sat, 05 Dec 2026 03:00:00 +0800"))
        #expect(lines.contains("Message-ID: <1.a@example.gov.tw>"))
        #expect(lines.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(lines.contains("X-Certdesk-Notification: TCN-2026-0001-N01"))
        // The subject's words decode, joined, to the subject.
        let start = try #require(lines.firstIndex { $0.hasPrefix("Subject: ") })
        var words = [String(lines[start].dropFirst("Subject: ".count))]
        var n = start + 1
        while lines[n].hasPrefix(" ") { words.append(String(lines[n].dropFirst())); n += 1 }
        let decoded = words.map { word -> String in
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") && word.count <= 75)
            let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))!
            return String(decoding: data, as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
        // The body is the UTF-8 text with CRLF line ends, base64 after the blank line.
        let blank = try #require(lines.firstIndex(of: ""))
        let body = Data(base64Encoded: lines[(blank + 1)...].joined())!
        #expect(String(decoding: body, as: UTF8.self) == "第一行\r\n.第二行以句點開頭\r\n")
    }

    @Test func anASCIISubjectStaysAsItIs() {
        #expect(Self.message(subject: "Incident notice TCN-2026-0001", body: "x").wireText.contains("\r\nSubject: Incident notice TCN-2026-0001\r\n"))
    }

    @Test func aLineThatBeginsWithADotGetsAnother() {
        #expect(SMTPSession.Conversation.dotStuffed("a\r\n.b\r\n..c\r\n") == "a\r\n..b\r\n...c\r\n")
    }

    @Test func serversURLsAreReadStrictly() {
        #expect(SMTPServer.parse(url: "smtp://mail.example.gov.tw:587").map { "\($0.security) \($0.host) \($0.port)" }
                == "startTLSWhenOffered mail.example.gov.tw 587")
        #expect(SMTPServer.parse(url: "smtps://mail.example.gov.tw")?.port == 465)
        #expect(SMTPServer.parse(url: "smtp://mail.example.gov.tw")?.port == 587)
        // A password in the URL would be printed wherever the URL is: refused.
        #expect(SMTPServer.parse(url: "smtp://user:pw@mail.example.gov.tw:587") == nil)
        #expect(SMTPServer.parse(url: "http://mail.example.gov.tw") == nil)
        #expect(SMTPServer.parse(url: "smtp://:25") == nil)
        let server = SMTPServer(security: .implicitTLS, host: "mail.example.gov.tw", port: 465, user: "tcn-cert", password: "s3cret-Pw")
        #expect(!server.description.contains("s3cret"))
    }

    @Test func commandsSplitLikeAShellWithoutOne() {
        #expect(TransportCommand("msmtp -t --account 'tcn cert'")?.arguments == ["msmtp", "-t", "--account", "tcn cert"])
        #expect(TransportCommand("  ") == nil)
        #expect(TransportCommand("sendmail \"-t") == nil)
    }

    @Test func aCommandGetsTheMessageOnStdinAndItsFailureIsItsAnswer() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("got").path
        let ok = try #require(TransportCommand("/bin/sh -c 'cat > \"$0\"; echo queued' \(out)"))
        #expect(try await ok.run(input: Data("通知內容\n".utf8)) == "queued")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "通知內容\n")
        let failing = try #require(TransportCommand("/bin/sh -c 'echo \"gateway down\" >&2; exit 3'"))
        await #expect(throws: MailFailure.commandFailed(command: failing.description, status: 3, output: "gateway down")) {
            try await failing.run(input: Data())
        }
        let slow = try #require(TransportCommand("/bin/sleep 30", timeoutSeconds: 1))
        await #expect(throws: MailFailure.commandTimedOut(command: "/bin/sleep 30", seconds: 1)) { try await slow.run(input: Data()) }
    }
}
