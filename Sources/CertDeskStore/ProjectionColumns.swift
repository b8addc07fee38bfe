import GRDB

/// A value as a projection row holds it.
enum ColumnValue: Sendable {
    case null
    case integer(Int64)
    case text(String)

    init(_ text: String?) { self = text.map(ColumnValue.text) ?? .null }
    init(_ value: Int64?) { self = value.map(ColumnValue.integer) ?? .null }
    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Bool) { self = .integer(value ? 1 : 0) }

    /// The same value with the same bytes. Text is compared by its UTF-8 bytes: Swift's `==`
    /// calls "é" and "e\u{301}" equal, and a stored row edited only in its Unicode normalisation
    /// must still differ from the journal's.
    func isExactly(_ other: ColumnValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.integer(let a), .integer(let b)): return a == b
        case (.text(let a), .text(let b)): return a.utf8.elementsEqual(b.utf8)
        default: return false
        }
    }

    /// What a stored row holds at `index`, text with every byte (`Row.exactText`).
    init(_ row: Row, _ index: Int) {
        switch (row[index] as DatabaseValue).storage {
        case .null: self = .null
        case .int64(let value): self = .integer(value)
        case .double(let value): self = .text(String(value))
        case .string, .blob: self = .text(row.exactText(index))
        }
    }
}

/// The columns of one projection table, named once: the writer binds them in this order, the
/// reader finds each by its case (its position in the SELECT the table builds), and `verify`
/// compares the stored row with the rebuilt one column by column.
protocol ProjectionColumn: CaseIterable, RawRepresentable where RawValue == Int, AllCases == [Self] {
    /// What one row is made from.
    associatedtype Source
    static var table: String { get }
    /// The SQL name.
    var name: String { get }
    func value(of source: Source) -> ColumnValue
}

extension ProjectionColumn {
    /// `id, source_kind, ...` in row order.
    static var names: String { allCases.map(\.name).joined(separator: ", ") }
    static var parameterMarks: String { Array(repeating: "?", count: allCases.count).joined(separator: ", ") }

    /// `INSERT [OR REPLACE] INTO table (columns) VALUES (?, ...)`.
    static func insert(replacing: Bool) -> String {
        "INSERT \(replacing ? "OR REPLACE " : "")INTO \(table) (\(names)) VALUES (\(parameterMarks))"
    }

    /// An insert that updates the row in place when `key` is taken: unlike REPLACE, which
    /// deletes the row and inserts a new one, it keeps the row's rowid (sqlite.org/lang_upsert.html),
    /// which another table may key on.
    static func upsert(key: Self) -> String {
        let updates = allCases.filter { $0 != key }.map { "\($0.name) = excluded.\($0.name)" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(names)) VALUES (\(parameterMarks)) ON CONFLICT(\(key.name)) DO UPDATE SET \(updates)"
    }

    /// The row's position of this column in a SELECT of `names`.
    var index: Int { rawValue }

    static func bind(_ source: Source, into statement: inout BoundStatement) {
        for column in allCases { statement.bind(column.value(of: source)) }
    }
}

extension Row {
    /// The column's value; NULL is nil.
    func value<C: ProjectionColumn, Value: DatabaseValueConvertible>(_ column: C) -> Value? { self[column.index] }
    /// The column's value in a NOT NULL column.
    func required<C: ProjectionColumn, Value: DatabaseValueConvertible>(_ column: C) -> Value { self[column.index] }

    func exactText<C: ProjectionColumn>(_ column: C) -> String { exactText(column.index) }
    func exactTextIfPresent<C: ProjectionColumn>(_ column: C) -> String? { exactTextIfPresent(column.index) }
    func instant<C: ProjectionColumn>(_ column: C) -> Int64? { self[column.index] }
}

extension BoundStatement {
    mutating func bind(_ value: ColumnValue) {
        switch value {
        case .null: bindNull()
        case .integer(let v): bind(v)
        case .text(let t): bind(t)
        }
    }
}
