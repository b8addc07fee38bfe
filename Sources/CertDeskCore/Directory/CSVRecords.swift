/// Comma-separated values as RFC 4180 writes them, the way spreadsheet exports of an agency
/// directory come: a header row, fields in double quotes when they hold a comma, a quote or a
/// line break (a quote inside doubled), CRLF or LF line ends, and a UTF-8 byte-order mark at
/// the start ignored. Each record keeps the line it starts on, so a problem names it.
public struct CSVRecords: Sendable {
    public struct Record: Sendable, Equatable {
        /// The line the record starts on (1-based).
        public let line: Int
        public let fields: [String]
    }

    public let records: [Record]

    /// Reads `text`; a quoted field left open is a problem at the line it opened on. Lines that
    /// are empty are skipped (a trailing newline, a blank line between blocks).
    public init(_ text: String) throws(FileProblem) {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var quoted = false, quotedOpenedOn = 0, fieldWasQuoted = false
        var index = scalars.startIndex
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            // A line with nothing on it is not a record of one empty field.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while index < scalars.endIndex {
            let c = scalars[index]
            scalars.formIndex(after: &index)
            if quoted {
                if c == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        scalars.formIndex(after: &index)
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                quoted = true
                fieldWasQuoted = true
                quotedOpenedOn = line
            case ",":
                endField()
            case "\r" where index < scalars.endIndex && scalars[index] == "\n":
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if quoted { throw FileProblem(line: quotedOpenedOn, reason: BilingualText { $0.csvQuoteNotClosed }) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        self.records = records
    }
}
