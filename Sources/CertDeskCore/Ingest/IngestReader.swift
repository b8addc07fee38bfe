/// Reads one input file — a JSON object, a JSON array or JSON Lines of tickets, or a STIX 2.1
/// bundle — into incident drafts, all or nothing: the first problem rejects the whole file.
///
/// The file is fed a chunk at a time (`feed`, then `finish`), so that standard input and pipes
/// are read as they come: JSON Lines are decoded line by line and their bytes let go, and a
/// stream that is not JSON at all (`/dev/zero`, a log) is refused at its first bytes instead of
/// being held to the end. An array is one value and is held whole until it ends (the caller
/// bounds how much it feeds).
public struct IngestReader: Sendable {
    public let now: Instant
    public let fileLabel: String

    private enum Form: Sendable { case undecided, array, lines }

    private var form = Form.undecided
    /// Bytes fed and not yet let go; in JSON Lines they begin at the start of a line.
    private var pending: [UInt8] = []
    /// The file's line that `pending` begins.
    private var pendingLine = 1
    /// Where in `pending` reading resumes (after the records already taken).
    private var resume = 0
    private var bytesFed = 0
    private var records = 0
    /// The last record ended on the line the next would begin (JSON Lines puts one on a line).
    private var sameLine = false
    /// A record cut off at the end of what was fed is tried again once `pending` has grown to
    /// this many bytes: doubling keeps a large single object (a bundle) linear to read.
    private var retryAt = 0
    private var batch = IngestBatch()

    public init(now: Instant, fileLabel: String) {
        self.now = now
        self.fileLabel = fileLabel
    }

    /// A whole file at once.
    public func read(_ data: [UInt8]) throws(FileProblem) -> IngestBatch {
        var reader = self
        try data.withUnsafeBufferPointer { buffer throws(FileProblem) in try reader.feed(buffer) }
        return try reader.finish()
    }

    /// The next bytes of the file; a problem already certain is thrown at once.
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws(FileProblem) {
        pending.append(contentsOf: chunk)
        bytesFed += chunk.count
        if form == .undecided { try decideForm(final: false) }
        if form == .lines && pending.count >= retryAt { try readLines(final: false) }
    }

    /// The file has ended: what it came to.
    public mutating func finish() throws(FileProblem) -> IngestBatch {
        if form == .undecided { try decideForm(final: true) }
        switch form {
        case .undecided:
            // Nothing but whitespace (or a byte-order mark) was fed: anything else decides the form.
            batch.emptiness = pending.isEmpty || pending == Self.byteOrderMark ? .noBytes : .whitespaceOnly
        case .array:
            try readArray()
        case .lines:
            try readLines(final: true)
        }
        if batch.drafts.isEmpty && batch.emptiness == nil { batch.emptiness = .noIncidents }
        return batch
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Where the file's text starts (after a UTF-8 byte-order mark), nil while the first bytes
    /// may still be the start of one. Until the form is known nothing has been let go, so
    /// `pending` begins at the file's first byte.
    private func textStart(final: Bool) -> Int? {
        if pending.starts(with: Self.byteOrderMark) { return 3 }
        if !final && pending.count < 3 && Self.byteOrderMark.starts(with: pending) { return nil }
        return 0
    }

    private mutating func decideForm(final: Bool) throws(FileProblem) {
        guard let start = textStart(final: final) else { return }
        let decided: Form? = try pending.withUnsafeBufferPointer { bytes throws(FileProblem) in
            var parser = JSONParser(bytes: bytes, offset: start)
            parser.skipWhitespace()
            guard let first = parser.nextByte else { return nil }
            switch first {
            case UInt8(ascii: "["): return .array
            // One object (a ticket or a bundle), or JSON Lines: one object per line.
            case UInt8(ascii: "{"): return .lines
            default: throw problem(at: parser.offset, bytes, BilingualText { $0.notAnIngestFile })
            }
        }
        if let decided {
            form = decided
            resume = start
        }
    }

    private mutating func readArray() throws(FileProblem) {
        let start = resume
        try pending.withUnsafeBufferPointer { bytes throws(FileProblem) in
            var parser = JSONParser(bytes: bytes, offset: start)
            parser.skipWhitespace()
            let arrayStart = parser.offset
            let value = try parse(&parser, bytes, final: true)!
            parser.skipWhitespace()
            if !parser.isAtEnd {
                throw problem(at: parser.offset, bytes, BilingualText { $0.jsonTextAfterEnd })
            }
            guard case .array(let items) = value else { preconditionFailure("a '[' always parses to an array") }
            if items.isEmpty { batch.emptiness = .emptyArray }
            for (n, item) in items.enumerated() {
                try take(item, at: JSONPath([.index(n)]), recordStart: arrayStart, bytes)
            }
        }
    }

    /// Takes every whole record in `pending`, then lets go of the lines they were on.
    private mutating func readLines(final: Bool) throws(FileProblem) {
        var keepFrom = resume
        var waiting = false
        try pending.withUnsafeBufferPointer { bytes throws(FileProblem) in
            var parser = JSONParser(bytes: bytes, offset: resume)
            while true {
                if parser.skipWhitespace() { sameLine = false }
                guard let next = parser.nextByte else {
                    keepFrom = parser.offset
                    return
                }
                let recordStart = parser.offset
                if records > 0 && sameLine {
                    throw problem(at: recordStart, bytes, BilingualText { $0.jsonLinesTwoOnALine })
                }
                if next != UInt8(ascii: "{") {
                    throw problem(at: recordStart, bytes, BilingualText { $0.jsonLinesNotAnObject })
                }
                guard let value = try parse(&parser, bytes, final: final) else {
                    keepFrom = recordStart
                    waiting = true
                    return
                }
                try take(value, at: JSONPath(), recordStart: recordStart, bytes)
                records += 1
                sameLine = true
            }
        }
        // Let go of whole lines only, so that a column is still counted from its line's start.
        var cut = keepFrom
        while cut > 0 && pending[cut - 1] != 0x0A { cut -= 1 }
        if cut > 0 {
            pendingLine += pending[..<cut].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            pending.removeFirst(cut)
        }
        resume = keepFrom - cut
        retryAt = waiting ? pending.count * 2 : 0
    }

    /// The next value; nil when it is cut off by the end of what was fed and more may follow.
    private func parse(_ parser: inout JSONParser, _ bytes: UnsafeBufferPointer<UInt8>, final: Bool) throws(FileProblem) -> JSONValue? {
        do {
            return try parser.parseValue()
        } catch {
            if error.inputEnded && !final { return nil }
            throw problem(at: error.offset, bytes, error.reason)
        }
    }

    private mutating func take(_ value: JSONValue, at path: JSONPath, recordStart: Int,
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
            throw FileProblem(line: position.line + pendingLine - 1, path: error.path, reason: error.reason)
        }
    }

    private func problem(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ reason: BilingualText) -> FileProblem {
        let position = TextPosition(offset: offset, in: bytes)
        return FileProblem(line: position.line + pendingLine - 1, column: position.column, reason: reason)
    }
}
