/// Every order the queue can be shown in, each written once: the default (`QueueUrgency`) and
/// the ones `s` cycles to. The store's SQL sorts by the same keys (`QueueSQL.orderKeys`), text
/// compared byte by byte as SQLite's BINARY collation does; a test holds the two together, and
/// the in-memory desk of the tests sorts with these.
public enum QueueOrdering {
    /// Whether `a` comes before `b` in `order` (the urgency bands drawn at `now`).
    public static func precedes(_ a: QueueRow, _ b: QueueRow, by order: QueueQuery.Order, at now: Instant) -> Bool {
        switch order {
        case .urgency: return QueueUrgency.precedes(a, b, at: now)
        case .level: return compare([.int(rank(a)), .int(due(a)), .text(a.id)], [.int(rank(b)), .int(due(b)), .text(b.id)])
        case .id: return compare([.text(a.id)], [.text(b.id)])
        case .agency: return compare([.text(a.agency), .int(due(a)), .text(a.id)], [.text(b.agency), .int(due(b)), .text(b.id)])
        case .phase: return compare([.text(a.phase.rawValue), .int(due(a)), .text(a.id)], [.text(b.phase.rawValue), .int(due(b)), .text(b.id)])
        }
    }

    public static func sorted(_ rows: [QueueRow], by order: QueueQuery.Order, at now: Instant) -> [QueueRow] {
        rows.sorted { precedes($0, $1, by: order, at: now) }
    }

    private static func rank(_ row: QueueRow) -> Int64 { Int64(QueueUrgency.levelRank(row.level)) }
    private static func due(_ row: QueueRow) -> Int64 { row.nextDueAt?.millisecondsSinceEpoch ?? .max }

    enum Key {
        case int(Int64)
        case text(String)
    }

    static func compare(_ a: [Key], _ b: [Key]) -> Bool {
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.int(let p), .int(let q)) where p != q: return p < q
            case (.text(let p), .text(let q)) where p != q: return TextOrder.precedes(p, q)
            default: continue
            }
        }
        return false
    }
}

/// Text in the order SQLite's BINARY collation gives it: by UTF-8 bytes (Swift's own `<` compares
/// by Unicode rules and can disagree with the database).
public enum TextOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
