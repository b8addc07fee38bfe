import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One SMTP conversation that delivers one message (RFC 5321): greeting, EHLO, STARTTLS when
/// offered (RFC 3207) or TLS from the start, AUTH PLAIN or LOGIN when credentials are set
/// (RFC 4954; only over TLS), MAIL FROM, RCPT TO each, DATA, QUIT. The whole conversation runs
/// against one deadline: a slow or dead server costs the timeout, never more.
public enum SMTPSession {
    /// The server's answer to the message's DATA: proof that it accepted it.
    public static func deliver(_ message: MailMessage, to server: SMTPServer) async throws(MailFailure) -> SMTPReply {
        let group = MultiThreadedEventLoopGroup.singleton
        let (stream, continuation) = AsyncStream<Result<SMTPReply, MailFailure>>.makeStream()
        let tls: NIOSSLContext
        do {
            var configuration = TLSConfiguration.makeClientConfiguration()
            if let file = server.trustedCertificates {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(file))
            }
            tls = try NIOSSLContext(configuration: configuration)
        } catch {
            throw .trustFileUnreadable(server.trustedCertificates ?? "", MailFailure(error).reasonText)
        }
        let sniName = Self.isIPAddress(server.host) ? nil : server.host
        let implicitTLS = server.security == .implicitTLS
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.seconds(Int64(server.timeoutSeconds)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: sniName))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    try channel.pipeline.syncOperations.addHandler(SMTPReplyForwarder(continuation))
                }
            }
        let channel: Channel
        do {
            channel = try await bootstrap.connect(host: server.host, port: server.port).get()
        } catch let error as ChannelError where error == .connectTimeout(.seconds(Int64(server.timeoutSeconds))) {
            throw .timedOut(seconds: server.timeoutSeconds)
        } catch {
            throw .unreachable(host: server.host, port: server.port, reason: Self.reason(error))
        }
        // The deadline: when it passes, the conversation is told so and the connection closes.
        let timeout = server.timeoutSeconds
        let deadline = channel.eventLoop.scheduleTask(in: .seconds(Int64(timeout))) {
            continuation.yield(.failure(.timedOut(seconds: timeout)))
            channel.close(promise: nil)
        }
        defer {
            deadline.cancel()
            channel.close(promise: nil)
        }
        var conversation = Conversation(channel: channel, replies: stream.makeAsyncIterator())
        return try await conversation.run(message, server: server, tls: tls, sniName: sniName)
    }

    struct Conversation {
        let channel: Channel
        var replies: AsyncStream<Result<SMTPReply, MailFailure>>.AsyncIterator
        var step = "connect"

        mutating func run(_ message: MailMessage, server: SMTPServer, tls: NIOSSLContext, sniName: String?) async throws(MailFailure) -> SMTPReply {
            try await expect(220, step: "connect")
            let name = Self.clientName()
            var capabilities = try await command("EHLO \(name)", expect: 250).extensions
            var secure = server.security == .implicitTLS
            if !secure, capabilities.contains("STARTTLS") {
                try await command("STARTTLS", expect: 220)
                let channel = self.channel
                do {
                    try await channel.eventLoop.submit {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: sniName), position: .first)
                    }.get()
                } catch {
                    throw MailFailure(error)
                }
                secure = true
                capabilities = try await command("EHLO \(name)", expect: 250).extensions
            }
            if let user = server.user, let password = server.password {
                guard secure else { throw .noTLSForPassword }
                try await authenticate(user: user, password: password, capabilities: capabilities)
            }
            let smtpUTF8 = capabilities.contains("SMTPUTF8")
            let addresses = [message.from] + message.to
            if let wide = addresses.first(where: { !$0.allSatisfy(\.isASCII) }), !smtpUTF8 { throw .needsSMTPUTF8(wide) }
            let utf8Parameter = addresses.allSatisfy { $0.allSatisfy(\.isASCII) } ? "" : " SMTPUTF8"
            try await command("MAIL FROM:<\(message.from)>\(utf8Parameter)", expect: 250, step: "MAIL FROM")
            for recipient in message.to {
                try await command("RCPT TO:<\(recipient)>", expect: 250, step: "RCPT TO")
            }
            try await command("DATA", expect: 354)
            let accepted = try await send(Self.dotStuffed(message.wireText) + ".\r\n", expect: 250, step: "DATA")
            // After the message is accepted, QUIT's answer no longer matters.
            _ = try? await command("QUIT", expect: 221)
            return accepted
        }

        /// AUTH PLAIN when offered, else LOGIN (RFC 4616; the LOGIN draft). The step is named
        /// `AUTH` alone, so no failure ever quotes what was sent.
        private mutating func authenticate(user: String, password: String, capabilities: [String]) async throws(MailFailure) {
            let mechanisms = capabilities.first { $0.hasPrefix("AUTH ") || $0.hasPrefix("AUTH=") }?
                .dropFirst(5).split(separator: " ").map(String.init) ?? []
            if mechanisms.contains("PLAIN") {
                let token = Data(([0] + Array(user.utf8) + [0] + Array(password.utf8))).base64EncodedString()
                try await send("AUTH PLAIN \(token)\r\n", expect: 235, step: "AUTH")
            } else if mechanisms.contains("LOGIN") {
                try await send("AUTH LOGIN\r\n", expect: 334, step: "AUTH")
                try await send(Data(user.utf8).base64EncodedString() + "\r\n", expect: 334, step: "AUTH")
                try await send(Data(password.utf8).base64EncodedString() + "\r\n", expect: 235, step: "AUTH")
            } else {
                throw .noAuthMechanism(offered: mechanisms.joined(separator: " "))
            }
        }

        @discardableResult
        private mutating func command(_ line: String, expect code: Int, step: String? = nil) async throws(MailFailure) -> SMTPReply {
            try await send(line + "\r\n", expect: code, step: step ?? line.split(separator: " ").first.map(String.init) ?? line)
        }

        @discardableResult
        private mutating func send(_ text: String, expect code: Int, step: String) async throws(MailFailure) -> SMTPReply {
            self.step = step
            do {
                try await channel.writeAndFlush(ByteBuffer(string: text)).get()
            } catch {
                // The connection went down: say why if the pipeline said (a TLS handshake that
                // failed), else that it closed.
                if let next = await replies.next(), case .failure(let failure) = next { throw failure }
                throw .closed(step: step)
            }
            return try await expect(code, step: step)
        }

        @discardableResult
        private mutating func expect(_ code: Int, step: String) async throws(MailFailure) -> SMTPReply {
            guard let next = await replies.next() else { throw .closed(step: step) }
            let reply = try next.get()
            guard reply.code == code else { throw .refused(step: step, reply: reply) }
            return reply
        }

        /// RFC 5321 §4.5.2: a line that begins with a dot gets another.
        static func dotStuffed(_ text: String) -> String {
            text.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
        }

        /// The EHLO name: this host's name when it is a usable domain, else an address literal.
        static func clientName() -> String {
            let name = ProcessInfo.processInfo.hostName
            let usable = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
            return usable ? name : "[127.0.0.1]"
        }
    }

    static func isIPAddress(_ host: String) -> Bool {
        host.contains(":") || host.split(separator: ".").count == 4 && host.split(separator: ".").allSatisfy { UInt8($0) != nil }
    }

    /// Why a connection failed, in the system's words (`Connection refused`), not the
    /// library's structure.
    static func reason(_ error: Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        if let failed = error as? NIOConnectionError {
            if let first = failed.connectionErrors.first { return reason(first.error) }
            if failed.dnsAError != nil || failed.dnsAAAAError != nil { return "name not found" }
        }
        return String(describing: error)
    }
}
