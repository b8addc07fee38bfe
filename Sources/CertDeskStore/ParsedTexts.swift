import Foundation

/// Values the store parses from JSON it keeps (an adopted playbook revision, the deadline
/// policy), parsed once per text: the console reads the selected incident's playbook and the
/// policy at every move, and parsing them again each time was a third of a keystroke. An entry
/// is used only while its text is the text read, so a changed row is parsed again.
final class ParsedTexts<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var held: [String: (text: String, value: Value)] = [:]
    private let limit: Int

    init(limit: Int = 64) { self.limit = limit }

    func value(key: String, text: String, parse: (String) throws -> Value) rethrows -> Value {
        if let found = lock.withLock({ held[key] }), found.text == text { return found.value }
        let value = try parse(text)
        lock.withLock {
            if held.count >= limit { held.removeAll() }
            held[key] = (text, value)
        }
        return value
    }
}
