import Foundation

/// A real SMTP server on loopback (aiosmtpd, `Tests/Peers/smtp-peer.py`, installed into
/// `.build/peers` by `make test`), and what it received: each message's envelope and bytes.
final class SMTPPeer {
    struct Received {
        let from: String
        let to: [String]
        let tls: Bool
        let authenticated: Bool
        let data: String

        /// A header's value, folded lines joined, encoded words decoded (RFC 2047 B, UTF-8).
        func header(_ name: String) -> String? {
            let head = data.components(separatedBy: "\r\n\r\n").first ?? ""
            var lines: [String] = []
            for line in head.components(separatedBy: "\r\n") {
                if line.hasPrefix(" "), !lines.isEmpty { lines[lines.count - 1] += line } else { lines.append(line) }
            }
            guard let line = lines.first(where: { $0.lowercased().hasPrefix(name.lowercased() + ":") }) else { return nil }
            let value = line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            let words = value.components(separatedBy: " ")
            guard words.allSatisfy({ $0.hasPrefix("=?UTF-8?B?") }) else { return value }
            return words.map { String(decoding: Data(base64Encoded: String($0.dropFirst(10).dropLast(2))) ?? Data(), as: UTF8.self) }.joined()
        }

        /// The body, base64 decoded.
        var body: String {
            let parts = data.components(separatedBy: "\r\n\r\n")
            let encoded = parts.dropFirst().joined().replacingOccurrences(of: "\r\n", with: "")
            return String(decoding: Data(base64Encoded: encoded) ?? Data(), as: UTF8.self)
        }
    }

    static let python: String = ProcessInfo.processInfo.environment["CERTDESK_TEST_PYTHON"]
        ?? CLIRunner.packageRoot.appendingPathComponent(".build/peers/bin/python").path

    let process: Process
    let port: Int
    let received: URL

    /// Starts the server with the script's options (`--auth user:pw`, `--delay 5`, …).
    init(folder: URL, _ options: [String] = []) throws {
        received = folder.appendingPathComponent("received-\(UUID().uuidString).jsonl")
        (process, port) = try PeerProcess.start(script: "smtp-peer.py", arguments: ["--received", received.path] + options, what: "aiosmtpd")
    }

    deinit { stop() }

    func stop() { PeerProcess.stop(process) }

    var messages: [Received] {
        guard let text = try? String(contentsOf: received, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let data = Data(base64Encoded: object["data"] as? String ?? "") else { return nil }
            return Received(from: object["from"] as? String ?? "", to: object["to"] as? [String] ?? [], tls: object["tls"] as? Bool ?? false,
                            authenticated: object["authenticated"] as? Bool ?? false, data: String(decoding: data, as: UTF8.self))
        }
    }

    /// A self-signed certificate for `localhost` and its key, made with openssl.
    static func certificate(in folder: URL) throws -> (cert: String, key: String) {
        let cert = folder.appendingPathComponent("localhost.pem").path, key = folder.appendingPathComponent("localhost-key.pem").path
        let made = try CLIRunner.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                          "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                                     environment: ["PATH": "/usr/bin:/bin"])
        guard made.status == 0 else { throw PeerMissing(what: "openssl: \(made.stderr)") }
        return (cert, key)
    }

    struct PeerMissing: Error, CustomStringConvertible {
        let what: String
        var description: String { what }
    }
}
