import NIOCore

/// Cuts the server's bytes into replies: lines `250-…` continue, `250 …` ends one (RFC 5321
/// §4.2.1). A line longer than the RFC allows many times over is a broken or hostile server.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    private var lines: [String] = []
    private var code: Int?

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 16_384 { throw MailFailure.malformedReply("a line of more than 16 KiB") }
            return .needMoreData
        }
        let bytes = buffer.readBytes(length: newline - buffer.readerIndex + 1) ?? []
        // "\r\n" is one Character in Swift: strip the line end as bytes.
        let end = bytes.count - (bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "\r") ? 2 : 1)
        let line = String(decoding: bytes[..<end], as: UTF8.self)
        let characters = Array(line)
        guard characters.count >= 3, let lineCode = Int(String(characters[0..<3])), (200...599).contains(lineCode) else {
            throw MailFailure.malformedReply(String(line.prefix(80)))
        }
        if let code, code != lineCode { throw MailFailure.malformedReply(String(line.prefix(80))) }
        code = lineCode
        lines.append(characters.count > 4 ? String(characters[4...]) : "")
        if characters.count > 3 && characters[3] == "-" { return .continue }
        let reply = SMTPReply(code: lineCode, lines: lines)
        lines = []
        code = nil
        context.fireChannelRead(wrapInboundOut(reply))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Hands each reply, or what went wrong, to the conversation waiting on it.
final class SMTPReplyForwarder: ChannelInboundHandler {
    typealias InboundIn = SMTPReply

    private let continuation: AsyncStream<Result<SMTPReply, MailFailure>>.Continuation

    init(_ continuation: AsyncStream<Result<SMTPReply, MailFailure>>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        continuation.yield(.success(unwrapInboundIn(data)))
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        continuation.yield(.failure(MailFailure(error)))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }
}
