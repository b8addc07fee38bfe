import CertDeskCore
import Foundation
import GRDB

/// A journal row's columns as SQLite gave them, before its time and body are read.
struct JournalRowText: Sendable {
    let seq: Int64
    let at: String
    let actor: String
    let incident: String?
    let kind: String
    let body: String
}

extension JournalRowText {
    /// From a row selected as `seq, at, actor, incident, kind, body`.
    init(_ row: Row) {
        seq = row[0]
        at = row[1]
        actor = row[2]
        incident = row[3]
        kind = row[4]
        body = row[5]
    }
}

/// Journal rows read back as the events they record.
enum JournalRows {
    static func recordedEvent(_ row: Row) throws -> RecordedEvent { try recordedEvent(JournalRowText(row)) }

    static func recordedEvent(_ row: JournalRowText) throws -> RecordedEvent {
        guard let at = try? ISO8601.parse(row.at) else {
            throw StoreError.inconsistent(seq: row.seq) { $0.unreadableJournalTime(TextChecks.quoted(row.at)) }
        }
        let body: JSONValue
        do {
            body = try JSONValue.parse(row.body)
        } catch {
            throw StoreError.inconsistent(seq: row.seq) { $0.bodyNotJSON($0.say(error.reason)) }
        }
        do {
            return RecordedEvent(seq: row.seq, at: at, actor: row.actor, event: try DeskEvent(kind: row.kind, incident: row.incident, body: body))
        } catch {
            throw StoreError.inconsistent(seq: row.seq, reason: error.reason)
        }
    }

    /// Rows below this many are read on the calling thread: handing work to another core
    /// costs more than it saves.
    static let rowsWorthSharing = 2_000

    /// The cores the parsing is shared among (a desk's machine has a few).
    static let cores = min(ProcessInfo.processInfo.activeProcessorCount, 8)

    /// `rows` read as events, in the same order, on every core the machine has: reading a
    /// row's JSON body is most of the time a moment takes (thousands of rows for a jump in
    /// replay), and rows are independent of each other. The first unreadable row, in order,
    /// is the error.
    static func recordedEvents(_ rows: [JournalRowText], parts: Int = cores) throws -> [RecordedEvent] {
        let parts = rows.count < rowsWorthSharing ? 1 : max(1, parts)
        guard parts > 1 else { return try rows.map(recordedEvent) }
        let size = (rows.count + parts - 1) / parts
        let results = Slots(capacity: parts)
        defer { results.release() }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let slice = rows[min(part * size, rows.count)..<min((part + 1) * size, rows.count)]
            results.put(Result { try slice.map(recordedEvent) }, at: part)
        }
        var events: [RecordedEvent] = []
        events.reserveCapacity(rows.count)
        for result in results.all { events += try result.get() }
        return events
    }
}

/// One result per part of the work, each written once by the thread that did that part and read
/// only after every part is done (`concurrentPerform` returns when all have): no two threads
/// ever touch the same slot, which is why sharing the memory is safe.
private struct Slots: @unchecked Sendable {
    let memory: UnsafeMutableBufferPointer<Result<[RecordedEvent], any Error>>

    init(capacity: Int) { memory = .allocate(capacity: capacity) }

    func put(_ result: Result<[RecordedEvent], any Error>, at index: Int) { (memory.baseAddress! + index).initialize(to: result) }

    var all: UnsafeMutableBufferPointer<Result<[RecordedEvent], any Error>> { memory }

    func release() {
        memory.deinitialize()
        memory.deallocate()
    }
}
