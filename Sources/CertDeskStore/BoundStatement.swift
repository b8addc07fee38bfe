import GRDB
import GRDBSQLite

/// A prepared INSERT run with values bound straight through the SQLite C API.
///
/// Bulk ingest writes several rows per ticket; GRDB's general `StatementArguments` path boxes
/// every value, which cost more than SQLite's own work. This thin binder is used only for the
/// hot inserts, inside a transaction GRDB opened, on a statement GRDB prepared and caches.
struct BoundStatement {
    private let statement: Statement
    private let db: Database
    private var index: Int32 = 0

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: sql)
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// SQLite copies the bytes (SQLITE_TRANSIENT), so the Swift string may go away at once.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    mutating func bind(_ text: String) {
        index += 1
        var text = text
        let i = index
        let statement = self.statement.sqliteStatement
        text.withUTF8 { bytes in
            // An empty string still needs a non-null pointer, or SQLite would store NULL.
            let empty: StaticString = ""
            let start = UnsafeRawPointer(bytes.baseAddress ?? empty.utf8Start).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(statement, i, start, Int32(bytes.count), Self.transient)
        }
    }

    mutating func bind(_ text: String?) {
        guard let text else { bindNull(); return }
        bind(text)
    }

    mutating func bind(_ value: Int64) {
        index += 1
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    mutating func bind(_ value: Int64?) {
        guard let value else { bindNull(); return }
        bind(value)
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }
    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }
    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bindNull() {
        index += 1
        sqlite3_bind_null(statement.sqliteStatement, index)
    }

    /// Runs the statement once and readies it for the next row.
    mutating func run() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(db.sqliteConnection))
        sqlite3_reset(statement.sqliteStatement)
        index = 0
        if code != SQLITE_DONE {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
