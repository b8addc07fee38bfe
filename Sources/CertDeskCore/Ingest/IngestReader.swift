/// Reads one input file — a JSON object, a JSON array or JSON Lines of tickets, or a STIX 2.1
/// bundle — into incident drafts, all or nothing: the first problem rejects the whole file.
public struct IngestReader: Sendable {
    public let now: Instant
    public let fileLabel: String

    public init(now: Instant, fileLabel: String) {
        self.now = now
        self.fileLabel = fileLabel
    }

    public func read(_ data: [UInt8]) throws(FileProblem) -> IngestBatch {
        try data.withUnsafeBufferPointer { buffer throws(FileProblem) in
            try read(buffer)
        }
    }

    private func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(FileProblem) -> IngestBatch {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }   // UTF-8 BOM
        var parser = JSONParser(bytes: bytes, offset: start)
        parser.skipWhitespace()
        var batch = IngestBatch()
        guard let first = parser.nextByte else { return batch }
        switch first {
        case UInt8(ascii: "["):
            let arrayStart = parser.offset
            let value = try parse(&parser, bytes)
            try expectEnd(&parser, bytes)
            guard case .array(let items) = value else { preconditionFailure("a '[' always parses to an array") }
            for (n, item) in items.enumerated() {
                try take(item, at: JSONPath([.index(n)]), recordStart: arrayStart, into: &batch, bytes)
            }
        case UInt8(ascii: "{"):
            // One object (a ticket or a bundle), or JSON Lines: one object per line.
            while !parser.isAtEnd {
                let recordStart = parser.offset
                let value = try parse(&parser, bytes)
                try take(value, at: JSONPath(), recordStart: recordStart, into: &batch, bytes)
                let crossedLine = parser.skipWhitespace()
                if !parser.isAtEnd && !crossedLine {
                    throw problem(at: parser.offset, bytes, BilingualText { $0.jsonLinesTwoOnALine })
                }
                if !parser.isAtEnd && parser.nextByte != UInt8(ascii: "{") {
                    throw problem(at: parser.offset, bytes, BilingualText { $0.jsonLinesNotAnObject })
                }
            }
        default:
            throw problem(at: parser.offset, bytes, BilingualText { $0.notAnIngestFile })
        }
        return batch
    }

    private func parse(_ parser: inout JSONParser, _ bytes: UnsafeBufferPointer<UInt8>) throws(FileProblem) -> JSONValue {
        do {
            return try parser.parseValue()
        } catch {
            throw problem(at: error.offset, bytes, error.reason)
        }
    }

    private func expectEnd(_ parser: inout JSONParser, _ bytes: UnsafeBufferPointer<UInt8>) throws(FileProblem) {
        parser.skipWhitespace()
        if !parser.isAtEnd {
            throw problem(at: parser.offset, bytes, BilingualText { $0.jsonTextAfterEnd })
        }
    }

    private func take(_ value: JSONValue, at path: JSONPath, recordStart: Int, into batch: inout IngestBatch,
                      _ bytes: UnsafeBufferPointer<UInt8>) throws(FileProblem) {
        do {
            if value["type"]?.stringValue == "bundle" {
                let bundle = try StixBundleDecoder(now: now, fileLabel: fileLabel).decode(value, at: path)
                batch.drafts += bundle.drafts
                batch.remarks += bundle.remarks
            } else {
                batch.drafts.append(try TicketDecoder(now: now, fileLabel: fileLabel).decode(value, at: path))
            }
        } catch {
            // Paths are relative to `recordStart`: the array for `[...]` files, the line's object for
            // JSON Lines. Finding the field again gives the line to report.
            var locator = JSONParser(bytes: bytes, offset: recordStart)
            let position = TextPosition(offset: locator.offset(of: error.path), in: bytes)
            throw FileProblem(line: position.line, path: error.path, reason: error.reason)
        }
    }

    private func problem(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ reason: BilingualText) -> FileProblem {
        let position = TextPosition(offset: offset, in: bytes)
        return FileProblem(line: position.line, column: position.column, reason: reason)
    }
}
